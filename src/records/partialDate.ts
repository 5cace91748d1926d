import { z } from 'zod';
import { refusal } from '../errors.js';

/** How precisely a single date is known. */
export type SinglePrecision = 'DAY' | 'MONTH' | 'YEAR';
/** A single date's precision, or RANGE (`2026-03-03/2026-03-08`) or BOUND (`../2025-05`, `2021/..`) for an interval. */
export type DatePrecision = SinglePrecision | 'RANGE' | 'BOUND';

/** How a question matches uncertain dates against its range: every day the value can denote, or some day. */
export const DATE_MATCHES = ['CERTAINLY', 'POSSIBLY'] as const;
export type DateMatch = (typeof DATE_MATCHES)[number];
/** Questions ask "certainly within" unless told otherwise: a month never silently matches a day inside it. */
export const DEFAULT_DATE_MATCH: DateMatch = 'CERTAINLY';

/** Stand-ins for an open end, so that every stored date has a first and a last day an index can range over. */
export const EARLIEST_DAY = '0001-01-01';
export const LATEST_DAY = '9999-12-31';

/**
 * A stored partial date: a day, month or year, a range of them (`2026-03-03/2026-03-08`), or a bound
 * (`../2025-05` on or before May 2025, `2021/..` from 2021 on). Kept as the text written and the first
 * and last day it can denote, so that questions compare stored days and never compute them per row.
 */
export interface StoredDate {
  /** The canonical text: what a researcher wrote, and what the API and the export show. */
  value: string;
  /** The first day it can denote (sortable as text); EARLIEST_DAY when open before. */
  date: string;
  /** The last day it can denote; LATEST_DAY when open after. */
  last: string;
  /** How precisely it is known: DAY, MONTH or YEAR, or RANGE or BOUND for an interval. */
  precision: DatePrecision;
}

const FORMS: Array<[RegExp, SinglePrecision]> = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, 'DAY'],
  [/^(\d{4})-(\d{2})$/, 'MONTH'],
  [/^(\d{4})$/, 'YEAR'],
];
const OPEN = '..';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** One day, month or year, or null for anything else (2013-02-30 included). */
function parseSingle(text: string): StoredDate | null {
  for (const [form, precision] of FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const [year, month = 1, day = 1] = m.slice(1).map(Number);
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
    const lastMonth = precision === 'YEAR' ? 12 : month;
    const lastDay = precision === 'DAY' ? day : daysIn(year, lastMonth);
    return { value: text, date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, last: `${pad(year, 4)}-${pad(lastMonth)}-${pad(lastDay)}`, precision };
  }
  return null;
}

function daysIn(year: number, month: number): number {
  const probe = new Date(Date.UTC(2000, 0, 1));
  probe.setUTCFullYear(year, month, 0);
  return probe.getUTCDate();
}

/**
 * Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a range `A/B` of two of them (inclusive), or a bound `../B`
 * (on or before B) or `A/..` (on or after A), the ISO 8601 interval forms. Returns null for anything else,
 * including 2013-02-30 and a range that ends before it starts.
 */
export function parsePartialDate(text: string): StoredDate | null {
  if (!text.includes('/')) return parseSingle(text);
  const [from, to, ...rest] = text.split('/');
  if (rest.length || (from === OPEN && to === OPEN)) return null;
  const start = from === OPEN ? null : parseSingle(from);
  const end = to === OPEN ? null : parseSingle(to);
  if ((from !== OPEN && !start) || (to !== OPEN && !end)) return null;
  if (start && end && end.last < start.date) return null;
  return { value: text, date: start?.date ?? EARLIEST_DAY, last: end?.last ?? LATEST_DAY, precision: start && end ? 'RANGE' : 'BOUND' };
}

/** The last day a partial date can denote, for "held on date D" comparisons against an end date. */
export function lastDayOf(stored: StoredDate): string {
  return stored.last;
}

/**
 * How the graph keeps a date field `key`: its first day (`key`, EARLIEST_DAY when open before) and last day
 * (`keyLast`, LATEST_DAY when open after), which every question compares, and the text as written
 * (`keyText`) with its precision (`keyPrecision`), which answers and exports show. Open ends are stand-ins,
 * not nulls, so that a null first day still means "no date" and comparisons need no special case.
 */
export function storedProps(key: string, value: StoredDate | undefined): Record<string, string | null> {
  return {
    [key]: value?.date ?? null,
    [`${key}Last`]: value?.last ?? null,
    [`${key}Precision`]: value?.precision ?? null,
    [`${key}Text`]: value?.value ?? null,
  };
}

/** A date field read back from the graph (its `keyText`), or null when the node has none. */
export function fromStored(row: Record<string, unknown>, key: string): StoredDate | null {
  const text = row[`${key}Text`];
  return typeof text === 'string' ? parsePartialDate(text) : null;
}

/** A date as questions and records hand it to the API: the text as written, from which the rest follows. */
export interface DateText {
  value: string;
}

/** A date as the API answers it: as written, its precision, and its first and last possible days (null when open). */
export function answered(date: DateText) {
  const stored = parsePartialDate(date.value);
  if (!stored) throw new Error(`The graph holds a date written "${date.value}", which is not a date this server can read.`);
  return {
    value: stored.value,
    precision: stored.precision,
    first: stored.date === EARLIEST_DAY ? null : stored.date,
    last: stored.last === LATEST_DAY ? null : stored.last,
  };
}

/**
 * The days a value must fall in to match: `certain*` are the days it surely covers, `possible*` the days it
 * may cover; a null certain end is unknown, so nothing is certainly within it. A question's range is the
 * same days both ways; an office from an unknown start surely covers nothing and may cover anything.
 */
export interface Extent {
  certainFirst: string | null;
  certainLast: string | null;
  possibleFirst: string;
  possibleLast: string;
}

/** A question's range (either end may be open). */
export const rangeExtent = (first: string | null, last: string | null): Extent => ({
  certainFirst: first ?? EARLIEST_DAY,
  certainLast: last ?? LATEST_DAY,
  possibleFirst: first ?? EARLIEST_DAY,
  possibleLast: last ?? LATEST_DAY,
});

/** A period from `start` to `end` (an office): surely from its latest start to its earliest end; unknown ends stay unknown. */
export const periodExtent = (start: StoredDate | null, end: StoredDate | null): Extent => ({
  certainFirst: start?.last ?? null,
  certainLast: end?.date ?? null,
  possibleFirst: start?.date ?? EARLIEST_DAY,
  possibleLast: end?.last ?? LATEST_DAY,
});

/**
 * The one rule for dates in questions: CERTAINLY, every day the value can denote lies in the extent's
 * certain days; POSSIBLY, some day it can denote lies in its possible days. A value with no date matches
 * neither. The Cypher fragment `dateWithin` (src/data/read/questions/fragments.ts) is the same rule.
 */
export function within(value: StoredDate | null, extent: Extent, match: DateMatch): boolean {
  if (!value) return false;
  if (match === 'CERTAINLY') {
    return extent.certainFirst !== null && extent.certainLast !== null && value.date >= extent.certainFirst && value.last <= extent.certainLast;
  }
  return value.last >= extent.possibleFirst && value.date <= extent.possibleLast;
}

/**
 * Whether a period (an office) is held on a date: CERTAINLY when its known start and end surround every day
 * the date can denote, POSSIBLY when the two can overlap. An office with an unknown start or end is never
 * certainly held; `../2026-03-03` as its start says it began on or before that day.
 */
// Callers not yet given a dateMatch keep today's rule, which is POSSIBLY (unknown bounds open).
export function heldOn(period: { start: StoredDate | null; end: StoredDate | null }, on: StoredDate, match: DateMatch = 'POSSIBLY'): boolean {
  return within(on, periodExtent(period.start, period.end), match);
}

/** What every reader of dates says of one that is not: records' date fields (which take intervals) and the rest. */
function notADate(text: string): string {
  const ends = text.split('/');
  if (ends.length === 2 && ends.every((e) => parseSingle(e))) return `"${text}" ends before it starts; write the earlier date first`;
  return `"${text}" is not a real date; write YYYY, YYYY-MM or YYYY-MM-DD, a range FIRST/LAST of two of them, or a bound ../LAST or FIRST/..`;
}
const notADay = (text: string) => `"${text}" is not a real date; write YYYY, YYYY-MM or YYYY-MM-DD`;

/** A date a researcher asked with (a question's range, a list filter, officesAt): parsed, or refused naming its field. */
export function dateArgument(text: string, field: string): StoredDate {
  const parsed = parseSingle(text);
  if (!parsed) throw refusal('BAD_USER_INPUT', `${notADay(text)}.`, field);
  return parsed;
}

/** How a question matches dates, refused naming its field when it is neither. */
export function dateMatchArgument(match: string | null | undefined, field = 'dateMatch'): DateMatch {
  if (match === null || match === undefined) return DEFAULT_DATE_MATCH;
  if (!(DATE_MATCHES as readonly string[]).includes(match)) throw refusal('BAD_USER_INPUT', `${field} is CERTAINLY or POSSIBLY.`, field);
  return match as DateMatch;
}

/** A date field of a record: a single date, a range or a bound, as the import format and the API write it. */
export const partialDate = z.string().transform((text, ctx) => {
  const parsed = parsePartialDate(text);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: notADate(text) });
    return z.NEVER;
  }
  return parsed;
});

/** A single date, where an interval has no meaning (when a name came into or went out of use). */
export const singleDate = z.string().transform((text, ctx) => {
  const parsed = parseSingle(text);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: notADay(text) });
    return z.NEVER;
  }
  return parsed;
});
