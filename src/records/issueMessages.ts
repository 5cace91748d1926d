import type { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object with named fields',
  date: 'a date',
};

const kind = (expected: unknown) => KINDS[String(expected)] ?? String(expected);

/** A value as a researcher would quote it back: strings in quotes (shortened), lists and objects by kind. */
function shown(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function oneOf(values: readonly unknown[]): string {
  const words = values.map((v) => String(v));
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

function bound(issue: RawIssue & { code: 'too_small' | 'too_big' }): string | undefined {
  const small = issue.code === 'too_small';
  const limit = String(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'number':
    case 'int':
    case 'bigint': {
      const rule = small ? (inclusive ? `${limit} or more` : `more than ${limit}`) : inclusive ? `${limit} or less` : `less than ${limit}`;
      return `must be ${rule}, not ${shown(issue.input)}`;
    }
    case 'string':
      return small ? `must be at least ${limit} characters long` : `must be at most ${limit} characters long`;
    case 'array':
    case 'set':
      return small ? `needs at least ${limit} ${limit === '1' ? 'entry' : 'entries'}` : `takes at most ${limit} entries`;
  }
  return undefined;
}

/**
 * Zod's default wording ("Too small: expected number to be >=0", "Invalid discriminator value. Expected
 * 'Source' | …") as a sentence that says what the field accepts. Used as a per-parse error map, so a message
 * a schema gives itself ("a fact needs at least one source") still wins; undefined keeps Zod's own words.
 */
export function researcherMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required: give ${kind(issue.expected)}`;
      return `must be ${kind(issue.expected)}, not ${shown(issue.input)}`;
    case 'too_small':
    case 'too_big':
      return bound(issue);
    case 'invalid_value':
      if (issue.input === undefined) return `is required: give one of ${oneOf(issue.values)}`;
      return `must be one of ${oneOf(issue.values)}, not ${shown(issue.input)}`;
    case 'invalid_union': {
      const options = (issue as { options?: readonly unknown[] }).options;
      if (!options?.length) return undefined;
      const given = (issue.input as Record<string, unknown> | undefined)?.[String((issue as { discriminator?: unknown }).discriminator)];
      const list = `one of the record types ${oneOf(options)}`;
      return given === undefined ? `is required: give ${list}` : `must be ${list}, not ${shown(given)}`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => JSON.stringify(k));
      return `has ${keys.length === 1 ? 'a field' : 'fields'} this record type does not take: ${keys.join(', ')} (docs/import-format.md lists the fields)`;
    }
  }
  return undefined;
}
