import type { FieldModel, LinkField } from './kinds.js';
import { LEG, RECORD_TYPES } from './recordTypes.js';

export * from './recordTypes.js';
export type { FieldModel, LinkField, RecordTypeModel } from './kinds.js';

type RecordTypes = (typeof RECORD_TYPES)[number];
export type RecordTypeName = RecordTypes['label'];

/** Each record type by its label. */
export const MODEL = Object.fromEntries(RECORD_TYPES.map((t) => [t.label, t])) as { [T in RecordTypes as T['label']]: T };

/** The fields of a record type as zod shapes, in the record's order. */
export type FieldSchemas<F extends Record<string, FieldModel>> = { [K in keyof F]: F[K]['schema'] };

export function fieldSchemas<F extends Record<string, FieldModel>>(fields: F): FieldSchemas<F> {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.schema])) as FieldSchemas<F>;
}

/** The links of a set of fields, with the field that holds each. */
export function linksOf(fields: Record<string, FieldModel>): Array<LinkField & { field: string }> {
  return Object.entries(fields).flatMap(([field, f]) => (f.kind === 'link' ? [{ ...f, field }] : []));
}

export const LEG_LINKS = linksOf(LEG);

