import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { PROJECT_ROOT } from '../src/config.js';

export interface ServerProcess {
  url: string;
  /** The highest resident set size the process has had (Linux VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  /** Receives what the server prints (its request log). */
  logFile?: string;
  /** Writes a V8 CPU profile of the server into this directory when it stops. */
  cpuProfileDir?: string;
  /** A line the server prints, after its URL, before which it does not count as started (plan warm-up). */
  readyLine?: string;
  /** The checkout the script is run from (another version of this project, to compare); this one by default. */
  root?: string;
}

/**
 * Runs a GraphQL server in a process of its own, so the load generator does not share its heap and its
 * peak memory can be read; resolves once it prints its URL.
 */
export function startServerProcess(script: string, env: Record<string, string>, options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script], {
    cwd: options.root ?? PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const errors: string[] = [];
  if (options.logFile) child.stdout!.pipe(fs.createWriteStream(options.logFile));
  readline.createInterface({ input: child.stderr! }).on('line', (line) => errors.push(line));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 300 s: ${errors.slice(-5).join('\n')}`)), 300_000);
    void exited.then(() => reject(new Error(`${script} exited: ${errors.slice(-10).join('\n')}`)));
    let url: string | null = null;
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      url ??= /(http:\/\/\S+)/.exec(line)?.[1] ?? null;
      if (!url || (options.readyLine && !line.includes(options.readyLine))) return;
      clearTimeout(timer);
      resolve({
        url: url.endsWith('/graphql') || url.endsWith('/') ? url : `${url}/`,
        peakRssMb: () => {
          const kb = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
          return kb ? Math.round(Number(kb) / 1024) : NaN;
        },
        stop: async () => {
          child.kill('SIGTERM');
          // A profile is written only when the process ends by itself, after Neo4j has stopped.
          const grace = setTimeout(() => child.kill('SIGKILL'), options.cpuProfileDir ? 60_000 : 5_000);
          await exited;
          clearTimeout(grace);
        },
      });
    });
  });
}
