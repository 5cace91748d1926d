import { z } from 'zod';
import { citations, optionalCitations, optionalDate, names, ref, refList } from '../records/fields.js';
import type { partialDate } from '../records/partialDate.js';

/**
 * The kinds of field a record type is made of. Each carries its validation (`schema`, from
 * src/records/fields.ts) and says how it is kept in the graph; the import schema, the write specs and
 * the export all read these, so a field is declared once, in src/model/recordTypes.ts.
 */

interface FieldBase {
  /** The API field that answers it, where that is not the field's own name. */
  answeredAs?: string;
}

/** A property of the node, stored under the field's name (or as `store` says, for derived search keys). */
export interface ValueField<S extends z.ZodType = z.ZodType> extends FieldBase {
  kind: 'value';
  schema: S;
  store?: (value: z.output<S>) => Record<string, unknown>;
}

/** A partial date, range or bound, stored as its first and last days, precision and text (`start`, `startLast`, `startPrecision`, `startText`). */
export interface DateField<S extends z.ZodType = z.ZodType> extends FieldBase {
  kind: 'date';
  schema: S;
}

/** A relationship to other records: replaced whole on every write of the record, kept in the order given. */
export interface LinkField<S extends z.ZodType = z.ZodType> extends FieldBase {
  kind: 'link';
  schema: S;
  rel: string;
  /** Labels the linked records may have. */
  targets: readonly string[];
  many: boolean;
}

/** What the record rests on: required for a fact, optional for an entity whose links need one only once given. */
export interface CitationsField<S extends z.ZodType = z.ZodType> extends FieldBase {
  kind: 'citations';
  schema: S;
  required: boolean;
}

/** Names in other languages and scripts, each with its own citations; stored as Name nodes. */
export interface NamesField<S extends z.ZodType = z.ZodType> extends FieldBase {
  kind: 'names';
  schema: S;
}

/** Accepted in an import file and not stored as given (a Source's `textFile` becomes its `text`). */
export interface ImportOnlyField<S extends z.ZodType = z.ZodType> extends FieldBase {
  kind: 'importOnly';
  schema: S;
}

/** Nested parts stored as nodes of their own (an evacuation movement's legs). */
export interface PartsField<S extends z.ZodType = z.ZodType> extends FieldBase {
  kind: 'parts';
  schema: S;
}

export type FieldModel = ValueField | DateField | LinkField | CitationsField | NamesField | ImportOnlyField | PartsField;

/** The field, answered in the API by another field (`renders` by `renderings`, which lists both ways). */
export const answeredAs = <F extends FieldModel>(field: F, apiField: string): F => ({ ...field, answeredAs: apiField });

export const value = <S extends z.ZodType>(schema: S, store?: (v: z.output<S>) => Record<string, unknown>): ValueField<S> => ({
  kind: 'value',
  schema,
  ...(store ? { store } : {}),
});

export const date = <S extends typeof partialDate | typeof optionalDate>(schema: S): DateField<S> => ({ kind: 'date', schema });
export const optionalDateField = date(optionalDate);

/** A link to exactly one record. */
export const one = (rel: string, targets: readonly string[]): LinkField<typeof ref> => ({ kind: 'link', schema: ref, rel, targets, many: false });

/** A link to at most one record. */
export const maybeOne = (rel: string, targets: readonly string[]) =>
  ({ kind: 'link', schema: ref.optional(), rel, targets, many: false }) satisfies LinkField;

/** Links to any number of records, in order. */
export const many = (rel: string, targets: readonly string[]): LinkField<typeof refList> => ({ kind: 'link', schema: refList, rel, targets, many: true });

/**
 * Links to any number of records, in order, where the field once took one: a single identifier is read as
 * a list of one, so documents written before keep importing (and re-export as a list).
 */
export const manyOnceOne = (rel: string, targets: readonly string[]) =>
  ({ kind: 'link', schema: z.preprocess((v) => (typeof v === 'string' ? [v] : v), refList), rel, targets, many: true }) satisfies LinkField;

export const requiredCitations: CitationsField<typeof citations> = { kind: 'citations', schema: citations, required: true };
export const linkCitations: CitationsField<typeof optionalCitations> = { kind: 'citations', schema: optionalCitations, required: false };
export const otherNames: NamesField<typeof names> = { kind: 'names', schema: names };

export const importOnly = <S extends z.ZodType>(schema: S): ImportOnlyField<S> => ({ kind: 'importOnly', schema });
export const parts = <S extends z.ZodType>(schema: S): PartsField<S> => ({ kind: 'parts', schema });

/** A record type: its node label, the prefix of its identifiers, and its fields in the order a record lists them. */
export interface RecordTypeModel<L extends string = string, F extends Record<string, FieldModel> = Record<string, FieldModel>> {
  label: L;
  idPrefix: string;
  fields: F;
}

export const recordType = <L extends string, F extends Record<string, FieldModel>>(label: L, idPrefix: string, fields: F): RecordTypeModel<L, F> => ({
  label,
  idPrefix,
  fields,
});
