import { z } from 'zod';
import { fieldSchemas, RECORD_TYPES, type FieldSchemas } from '../model/index.js';
import type { RecordTypeModel } from '../model/kinds.js';
import { idOf, type name } from './fields.js';

/**
 * The import format: one JSON object per fact, told apart by `type`, with the fields the domain model
 * (src/model/) gives each record type. Mutations build the same records, so the import, the seed and the
 * API validate and write through one path.
 */

type RecordTypes = typeof RECORD_TYPES;
type Shape<T extends RecordTypeModel> = { type: z.ZodLiteral<T['label']>; id: ReturnType<typeof idOf> } & FieldSchemas<T['fields']>;
type SchemaOf<T extends RecordTypeModel> = z.ZodObject<Shape<T>, z.core.$strict>;

function schemaOf<T extends RecordTypeModel>(t: T): SchemaOf<T> {
  return z.object({ type: z.literal(t.label), id: idOf(t.idPrefix), ...fieldSchemas(t.fields) } as Shape<T>).strict();
}

/** Generic, so the mapping keeps the tuple: one schema per record type, in the model's order. */
type SchemasOf<T extends readonly RecordTypeModel[]> = { [I in keyof T]: T[I] extends RecordTypeModel ? SchemaOf<T[I]> : never };

const schemas = RECORD_TYPES.map(schemaOf) as unknown as SchemasOf<RecordTypes>;

export const record = z.discriminatedUnion('type', schemas);

export type ImportRecord = z.infer<typeof record>;
export type RecordType = ImportRecord['type'];
export type RecordOf<T extends RecordType> = Extract<ImportRecord, { type: T }>;
export type NameInput = z.infer<typeof name>;
