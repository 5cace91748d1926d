import { ARGUMENT_LIMITS } from '../data/read/questions/caps.js';
import { ACTOR_LABELS, LABELS, labelOfId, type Label } from '../data/labels.js';
import { refusal } from '../errors.js';
import { MODEL } from '../model/index.js';
import { language } from '../records/fields.js';
import { dateArgument as parsed, dateMatchArgument, lastDayOf } from '../records/partialDate.js';

/**
 * The checks every question applies to its arguments before it reaches the database, each refusal a
 * BAD_USER_INPUT naming the argument.
 */

const KINDS = Object.keys(LABELS) as Label[];

/** An identifier of one of the given kinds, or null when none was given. */
export function idOf(id: string | null | undefined, field: string, kinds: readonly Label[] = KINDS): string | null {
  if (id === null || id === undefined) return null;
  const kind = labelOfId(id);
  if (!kind) {
    throw refusal('BAD_USER_INPUT', `"${id}" is not an identifier: they read like country:KZ or person:alibek-bakayev.`, field);
  }
  if (!kinds.includes(kind)) {
    throw refusal('BAD_USER_INPUT', `${field} must name a ${kinds.join(', ').replace(/, ([^,]*)$/, ' or $1')}; "${id}" is a ${kind}.`, field);
  }
  return id;
}

export const actorId = (id: string | null | undefined, field: string) => idOf(id, field, ACTOR_LABELS);
export const conflictId = (id: string | null | undefined, field: string) => idOf(id, field, ['Conflict']);
/** What a stance can be toward, as the domain model says: a conflict or issue, an actor, an act. */
export const stanceTargetId = (id: string | null | undefined, field: string) => idOf(id, field, MODEL.Position.fields.toward.targets as readonly Label[]);

/**
 * A date range as stored days: `from` from its first day, `to` to its last; either may be open. `dateMatch`
 * says how a less precise date meets it (CERTAINLY unless asked: a month never silently matches days inside it).
 */
export function dateRange(from: string | null | undefined, to: string | null | undefined, match?: string | null) {
  const first = from ? parsed(from, 'from').date : null;
  const last = to ? lastDayOf(parsed(to, 'to')) : null;
  if (first && last && last < first) throw refusal('BAD_USER_INPUT', `The range ends (${to}) before it starts (${from}).`, 'to');
  return { from: first, to: last, dateMatch: dateMatchArgument(match) };
}

/** The day a stance is judged on: the last day of `asOf`, or today. */
export function standingDay(asOf: string | null | undefined, today = new Date().toISOString().slice(0, 10)) {
  if (!asOf) return { asOf: null, standingOn: today };
  return { asOf: parsed(asOf, 'asOf').date, standingOn: lastDayOf(parsed(asOf, 'asOf')) };
}

/** A whole number within bounds. */
export function bounded(value: number | null | undefined, fallback: number, min: number, max: number, field: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw refusal('BAD_USER_INPUT', `${field} must be a whole number from ${min} to ${max}.`, field);
  }
  return n;
}

/** Type labels to keep, each one a kind the graph has. */
export function kindsOf(kinds: readonly string[] | null | undefined, field: string, allowed: readonly Label[] = KINDS): string[] | null {
  if (!kinds) return null;
  for (const kind of kinds) {
    if (!allowed.includes(kind as Label)) {
      throw refusal('BAD_USER_INPUT', `"${kind}" is not a kind here; use one of ${allowed.join(', ')}.`, field);
    }
  }
  return [...kinds];
}

export function searchText(text: string): string {
  if (text.length > ARGUMENT_LIMITS.maxSearchText) {
    throw refusal('BAD_USER_INPUT', `Search text is limited to ${ARGUMENT_LIMITS.maxSearchText} characters.`, 'text');
  }
  return text;
}

/** A BCP 47 language tag as records store them (en, ru, zh-Hans), or null when none was given. */
export function languageCode(tag: string | null | undefined, field: string): string | null {
  if (tag === null || tag === undefined) return null;
  if (!language.safeParse(tag).success) throw refusal('BAD_USER_INPUT', `"${tag}" is not a language tag; write one such as en, ru, kk or zh-Hans.`, field);
  return tag;
}
