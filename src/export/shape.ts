import type { z } from 'zod';
import { LEG_LINKS, RECORD_SPECS, type LinkSpec } from '../data/write/recordSpecs.js';
import { record as recordSchema, type RecordType } from '../records/schemas.js';

/** How a stored property reads back: dates are stored as first day + precision and written as YYYY[-MM[-DD]]. */
export type ValueKind = 'string' | 'int' | 'boolean' | 'date' | 'list';

export interface LinkShape extends LinkSpec {
  many: boolean;
}

export interface Shape {
  values: Array<{ field: string; kind: ValueKind }>;
  links: LinkShape[];
}

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: z.ZodType): z.ZodType {
  const d = def(s);
  return d.type === 'optional' || d.type === 'default' ? unwrap(d.innerType!) : s;
}

const KIND_OF_DEF: Record<string, ValueKind> = { string: 'string', enum: 'string', number: 'int', boolean: 'boolean', pipe: 'date', array: 'list' };
/** Fields that are not properties of the node: its identity, and what is stored as other nodes. */
const NOT_VALUES = new Set(['type', 'id', 'textFile', 'citations', 'names', 'legs']);

function shapeOf(fields: Record<string, z.ZodType>, links: readonly LinkSpec[]): Shape {
  const linkFields = new Set(links.map((l) => l.field));
  return {
    values: Object.entries(fields)
      .filter(([field]) => !NOT_VALUES.has(field) && !linkFields.has(field))
      .map(([field, schema]) => ({ field, kind: KIND_OF_DEF[def(unwrap(schema)).type] ?? 'string' })),
    links: links.map((l) => ({ ...l, many: def(unwrap(fields[l.field])).type === 'array' })),
  };
}

const objects = (recordSchema as unknown as { options: z.ZodObject[] }).options;
const typeOf = (o: z.ZodObject) => (def(o.shape.type) as unknown as { values: string[] }).values[0] as RecordType;

/**
 * The fields of each record type, read from the import schema itself, so an export writes exactly the
 * fields an import accepts (and nothing the graph keeps for itself, like search keys or audit stamps).
 */
export const SHAPES = Object.fromEntries(
  objects.map((o) => [typeOf(o), shapeOf(o.shape as Record<string, z.ZodType>, RECORD_SPECS[typeOf(o)].links)]),
) as Record<RecordType, Shape>;

const legs = unwrap(objects.find((o) => typeOf(o) === 'EvacuationMovement')!.shape.legs as z.ZodType);
export const LEG_SHAPE: Shape = shapeOf(def(def(legs).element!).shape!, LEG_LINKS);

export const RECORD_TYPES = Object.keys(RECORD_SPECS) as RecordType[];
