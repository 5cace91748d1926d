import type { z } from 'zod';
import { LEG, linksOf, RECORD_TYPES as MODEL_TYPES, type FieldModel } from '../model/index.js';
import type { LinkSpec } from '../data/write/recordSpecs.js';
import type { Label } from '../data/labels.js';
import type { RecordType } from '../records/schemas.js';

/** How a stored property reads back: dates are stored as first day + precision and written as YYYY[-MM[-DD]]. */
export type ValueKind = 'string' | 'int' | 'boolean' | 'date' | 'list';

export interface LinkShape extends LinkSpec {
  many: boolean;
}

export interface Shape {
  values: Array<{ field: string; kind: ValueKind }>;
  links: LinkShape[];
}

type Def = { type: string; innerType?: z.ZodType };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: z.ZodType): z.ZodType {
  const d = def(s);
  return d.type === 'optional' || d.type === 'default' ? unwrap(d.innerType!) : s;
}

const KIND_OF_DEF: Record<string, ValueKind> = { string: 'string', enum: 'string', number: 'int', boolean: 'boolean', array: 'list' };

/**
 * The values and links of a record type as the domain model declares them, so an export writes exactly
 * the fields an import accepts (and nothing the graph keeps for itself, like search keys or audit stamps).
 */
function shapeOf(fields: Record<string, FieldModel>): Shape {
  return {
    values: Object.entries(fields).flatMap(([field, f]): Shape['values'] => {
      if (f.kind === 'date') return [{ field, kind: 'date' }];
      if (f.kind === 'value') return [{ field, kind: KIND_OF_DEF[def(unwrap(f.schema)).type] ?? 'string' }];
      return [];
    }),
    links: linksOf(fields).map((l) => ({ field: l.field, rel: l.rel, targets: l.targets as readonly Label[], many: l.many })),
  };
}

export const SHAPES = Object.fromEntries(MODEL_TYPES.map((t) => [t.label, shapeOf(t.fields)])) as Record<RecordType, Shape>;

export const LEG_SHAPE: Shape = shapeOf(LEG);

export const RECORD_TYPES = MODEL_TYPES.map((t) => t.label) as RecordType[];
