/** Dates as day numbers (days since 1970-01-01, UTC) and the ticks of an axis over a range of them. */

const DAY_MS = 86_400_000;

/** A partial date's first day as a day number: 2013 is 1 January 2013. */
export const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7) || 1) - 1, Number(date.slice(8, 10) || 1)) / DAY_MS;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Tick {
  day: number;
  label: string;
}

const YEAR_STEPS = [1, 2, 5, 10, 25, 50, 100];
const MONTH_STEPS = [1, 3, 6];
const DAY_STEPS = [1, 2, 7, 14];

/**
 * Calendar ticks for the days [start, end]: whole years, months or days, whichever gives the most ticks
 * without passing `most`. A day is labelled "3 Mar 2026", a month "Mar 2026", a year "2026".
 */
export function ticks(start: number, end: number, most = 8): Tick[] {
  const span = Math.max(1, end - start);
  const from = new Date(start * DAY_MS);
  const candidates: Array<() => Tick[]> = [
    ...DAY_STEPS.map((step) => () => {
      const out: Tick[] = [];
      for (let d = Math.ceil(start / step) * step; d <= end; d += step) {
        const date = new Date(d * DAY_MS);
        out.push({ day: d, label: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` });
      }
      return out;
    }),
    ...MONTH_STEPS.map((step) => () => {
      const out: Tick[] = [];
      let y = from.getUTCFullYear();
      let m = Math.ceil(from.getUTCMonth() / step) * step;
      for (;;) {
        if (m >= 12) {
          y += Math.floor(m / 12);
          m %= 12;
        }
        const d = Date.UTC(y, m, 1) / DAY_MS;
        if (d > end) break;
        if (d >= start) out.push({ day: d, label: `${MONTHS[m]} ${y}` });
        m += step;
      }
      return out;
    }),
    ...YEAR_STEPS.map((step) => () => {
      const out: Tick[] = [];
      for (let y = Math.ceil(from.getUTCFullYear() / step) * step; ; y += step) {
        const d = Date.UTC(y, 0, 1) / DAY_MS;
        if (d > end) break;
        if (d >= start) out.push({ day: d, label: String(y) });
      }
      return out;
    }),
  ];
  // Rough spacing first, so that a long span never walks through every day.
  const roughStep = span / most;
  const unitDays = [...DAY_STEPS, ...MONTH_STEPS.map((m) => m * 30.4), ...YEAR_STEPS.map((y) => y * 365.25)];
  const firstFitting = unitDays.findIndex((u) => u >= roughStep * 0.8);
  for (let i = Math.max(0, firstFitting); i < candidates.length; i++) {
    const made = candidates[i]();
    if (made.length <= most) return made;
  }
  return candidates.at(-1)!();
}

/** A stretch of the axis drawn to scale: days [start, end] over [left, left + width] percent of the plot. */
export interface Segment {
  start: number;
  end: number;
  left: number;
  width: number;
}

/** Percent of the plot's width between two stretches, where the axis skips a long time without entries. */
const BREAK_WIDTH = 5;

/**
 * An axis that fits the marks: the days [start, end], cut where the marks leave a long gap (a quarter of
 * the range and at least half a year), so that 2013 and a busy March 2026 each get room instead of the
 * years between them. Each stretch gets width by its length, but never less than its share of a quarter.
 */
export function segments(days: number[], start: number, end: number): Segment[] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const minimumGap = Math.max(180, (end - start) * 0.25);
  const groups: Array<[number, number]> = [];
  for (const day of sorted) {
    const last = groups.at(-1);
    if (last && day - last[1] < minimumGap) last[1] = day;
    else groups.push([day, day]);
  }
  if (groups.length <= 1) return [{ start, end, left: 0, width: 100 }];
  const padded = groups.map(([a, b], i) => {
    const pad = Math.max(10, (b - a) * 0.05);
    return [i === 0 ? Math.max(start, a - pad) : a - pad, i === groups.length - 1 ? Math.min(end, b + pad) : b + pad] as [number, number];
  });
  const lengths = padded.map(([a, b]) => b - a);
  const total = lengths.reduce((n, l) => n + l, 0);
  const weights = lengths.map((l) => Math.max(l, total / (4 * padded.length)));
  const available = 100 - BREAK_WIDTH * (padded.length - 1);
  const sum = weights.reduce((n, w) => n + w, 0);
  let left = 0;
  return padded.map(([a, b], i) => {
    const width = (weights[i] / sum) * available;
    const segment = { start: a, end: b, left, width };
    left += width + BREAK_WIDTH;
    return segment;
  });
}

/** Where a day falls on the axis, in percent; a day between stretches falls in the break. */
export function position(day: number, axis: Segment[]): number {
  for (const [i, s] of axis.entries()) {
    if (day <= s.end || i === axis.length - 1) {
      if (day < s.start) return i === 0 ? s.left : s.left - BREAK_WIDTH / 2;
      return s.left + ((Math.min(day, s.end) - s.start) / Math.max(1, s.end - s.start)) * s.width;
    }
  }
  return 0;
}
