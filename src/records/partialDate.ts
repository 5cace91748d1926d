import { z } from 'zod';
import { refusal } from '../errors.js';

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** A stored date: the first day it can denote (sortable as text) and how much of it is known. */
export interface StoredDate {
  date: string;
  precision: DatePrecision;
}

const FORMS: Array<[RegExp, DatePrecision]> = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, 'DAY'],
  [/^(\d{4})-(\d{2})$/, 'MONTH'],
  [/^(\d{4})$/, 'YEAR'],
];

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else, including 2013-02-30. */
export function parsePartialDate(text: string): StoredDate | null {
  for (const [form, precision] of FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const [year, month = 1, day = 1] = m.slice(1).map(Number);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
      return null;
    }
    const pad = (n: number) => String(n).padStart(2, '0');
    return { date: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`, precision };
  }
  return null;
}

/** The text a researcher wrote, recovered from what is stored: `2013-02-01` with MONTH is `2013-02`. */
export function formatPartialDate(stored: StoredDate): string {
  if (stored.precision === 'YEAR') return stored.date.slice(0, 4);
  if (stored.precision === 'MONTH') return stored.date.slice(0, 7);
  return stored.date;
}

/** The last day a partial date can denote, for "held on date D" comparisons against an end date. */
export function lastDayOf(stored: StoredDate): string {
  const [y, m] = stored.date.split('-').map(Number);
  if (stored.precision === 'YEAR') return `${stored.date.slice(0, 4)}-12-31`;
  if (stored.precision === 'MONTH') {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${stored.date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
  }
  return stored.date;
}

/**
 * Whether a period (an office) is held on a date: the two overlap, each partial date taken from its first
 * to its last day, so an office ending 2026-03 is held on 2026-03-15 and a statement dated 2026 falls in an
 * office begun in June of it. A bound left unknown is open. The Cypher fragment `heldOn` is the same rule.
 */
export function heldOn(period: { start: StoredDate | null; end: StoredDate | null }, on: StoredDate): boolean {
  if (period.start && period.start.date > lastDayOf(on)) return false;
  if (period.end && lastDayOf(period.end) < on.date) return false;
  return true;
}

/** What every reader of dates says of one that is not: the import format, questions, lists and fields. */
const notADate = (text: string) => `"${text}" is not a real date; write YYYY, YYYY-MM or YYYY-MM-DD`;

/** A date a researcher asked with (a question's range, a list filter, officesAt): parsed, or refused naming its field. */
export function dateArgument(text: string, field: string): StoredDate {
  const parsed = parsePartialDate(text);
  if (!parsed) throw refusal('BAD_USER_INPUT', `${notADate(text)}.`, field);
  return parsed;
}

export const partialDate = z.string().transform((text, ctx) => {
  const parsed = parsePartialDate(text);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: notADate(text),
    });
    return z.NEVER;
  }
  return parsed;
});
