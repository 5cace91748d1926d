/** Latency percentiles of samples, and throughput with a pool of concurrent clients. */

export interface Latency {
  medianMs: number;
  p95Ms: number;
}

export function summary(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { medianMs: +at(0.5).toFixed(2), p95Ms: +at(0.95).toFixed(2) };
}

/** Requests per second that `clients` loops, each waiting for its answer before asking again, complete in `ms`. */
export async function throughput(clients: number, ms: number, work: () => Promise<void>): Promise<number> {
  const until = performance.now() + ms;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        await work();
        done++;
      }
    }),
  );
  return +(done / ((performance.now() - started) / 1000)).toFixed(1);
}
