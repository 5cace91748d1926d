import { z } from 'zod';
import { partialDate, singleDate } from './partialDate.js';

/** Limits a researcher can hit; the messages say them in words. */
export const LIMITS = {
  idLength: 200,
  nameLength: 300,
  shortText: 2_000,
  statementText: 20_000,
  sourceText: 2_000_000,
  listLength: 500,
} as const;

const ID_FORM = /^[a-z][a-zA-Z]*:[A-Za-z0-9._~:/-]+$/;

/** An identifier of a given kind: `person:alibek-bakayev` for the kind `person`. */
export function idOf(prefix: string) {
  return z
    .string()
    .max(LIMITS.idLength, `an identifier has at most ${LIMITS.idLength} characters`)
    .regex(ID_FORM, 'an identifier looks like kind:name, e.g. person:alibek-bakayev (letters, digits, . _ ~ : / -)')
    .refine((id) => id.startsWith(`${prefix}:`), `this identifier must start with "${prefix}:"`);
}

/** A reference to another record; which kinds it may point to is checked against the database. */
export const ref = z
  .string()
  .max(LIMITS.idLength, `an identifier has at most ${LIMITS.idLength} characters`)
  .regex(ID_FORM, 'an identifier looks like kind:name, e.g. country:KZ');

export const refList = z.array(ref).max(LIMITS.listLength).default([]);

export function text(max: number) {
  return z
    .string()
    .min(1, 'must not be empty')
    .max(max, `is too long: at most ${max} characters`)
    .refine((s) => s.trim().length > 0, 'must not be blank');
}

export const language = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language is a BCP 47 tag such as en, ru, kk or zh-Hans');

export const optionalDate = partialDate.optional();

export const citation = z
  .object({
    source: ref,
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(0).optional(),
    match: z.enum(['EXACT', 'WHITESPACE_FOLDED', 'SUPPORTS']).optional(),
    note: text(LIMITS.shortText).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.start === undefined) !== (c.end === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'a span needs both start and end' });
    } else if (c.start !== undefined && c.end !== undefined && c.end <= c.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'a span must end after it starts' });
    }
    if (c.match && c.match !== 'SUPPORTS' && c.start === undefined) {
      ctx.addIssue({ code: 'custom', path: ['match'], message: `${c.match} needs a span (start and end)` });
    }
  })
  .transform((c) => ({ ...c, match: c.match ?? (c.start === undefined ? null : 'SUPPORTS') }));

const NO_SOURCE = 'a fact needs at least one source: add a citation';

export const citations = z
  .array(citation, { error: (issue) => (issue.input === undefined ? NO_SOURCE : 'citations are a list of {source, start, end, match, note}') })
  .min(1, NO_SOURCE)
  .max(LIMITS.listLength);

export const name = z
  .object({
    value: text(LIMITS.nameLength),
    language,
    kind: z.enum(['OFFICIAL', 'ALIAS', 'FORMER']).default('ALIAS'),
    validFrom: singleDate.optional(),
    validTo: singleDate.optional(),
    citations,
  })
  .strict();

export const names = z.array(name).max(LIMITS.listLength).default([]);

/** For records whose citations back optional links (a place's country): none is fine until a link needs one. */
export const optionalCitations = z.array(citation).max(LIMITS.listLength).default([]);

/** How a reported number relates to the truth: "more than 20 rounds" is 20 with MORE_THAN. */
export const QUANTITY_QUALIFIERS = ['EXACT', 'ABOUT', 'AT_LEAST', 'MORE_THAN', 'AT_MOST', 'FEWER_THAN'] as const;
export const quantityQualifier = z.enum(QUANTITY_QUALIFIERS);
