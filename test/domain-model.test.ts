import { buildSchema, getNamedType, isEnumType, isInputObjectType, isNonNullType, isObjectType, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { LEG, linksOf, RECORD_TYPES, type FieldModel } from '../src/model/index.js';
import { loadTypeDefs } from '../src/graphql/schema.js';

/** The domain model and the SDL say the same things: same fields, same enum values, links to known types. */
const schema = buildSchema(loadTypeDefs());
const LABELS = RECORD_TYPES.map((t) => t.label as string);

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; entries?: Record<string, string> };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The values of an enum field (or of a list of one), or null for any other field. */
function enumValues(schema: z.ZodType): string[] | null {
  const d = def(schema);
  if (d.type === 'optional' || d.type === 'default') return enumValues(d.innerType!);
  if (d.type === 'array') return enumValues(d.element!);
  return d.type === 'enum' ? Object.values(d.entries!).sort() : null;
}

const inputFields = (fields: Record<string, FieldModel>) => Object.keys(fields).filter((k) => fields[k].kind !== 'importOnly');

describe('the domain model', () => {
  it.each(RECORD_TYPES.map((t) => [t.label, t] as const))('%s has the fields of its SDL input, with the same enum values', (label, t) => {
    const input = schema.getType(`${label}Input`);
    expect(isInputObjectType(input)).toBe(true);
    const sdl = (input as GraphQLInputObjectType).getFields();
    const fields = t.fields as Record<string, FieldModel>;
    expect(Object.keys(sdl).sort()).toEqual(['id', ...inputFields(fields)].sort());
    for (const [key, field] of Object.entries(fields)) {
      const values = enumValues(field.schema);
      if (!values || !sdl[key]) continue;
      const type = getNamedType(sdl[key].type);
      expect(isEnumType(type) && type.getValues().map((v) => v.name).sort(), `${label}.${key}`).toEqual(values);
    }
  });

  it.each(RECORD_TYPES.map((t) => [t.label, t] as const))('%s has a patch input with the fields of its input, none required', (label) => {
    const patch = schema.getType(`${label}Patch`);
    const input = schema.getType(`${label}Input`) as GraphQLInputObjectType;
    expect(isInputObjectType(patch)).toBe(true);
    const fields = (patch as GraphQLInputObjectType).getFields();
    expect(Object.keys(fields).sort()).toEqual(Object.keys(input.getFields()).filter((k) => k !== 'id').sort());
    for (const [key, field] of Object.entries(fields)) {
      expect(isNonNullType(field.type), `${label}Patch.${key} is optional`).toBe(false);
      expect(getNamedType(field.type), `${label}Patch.${key}`).toBe(getNamedType(input.getFields()[key].type));
    }
    expect(schema.getMutationType()?.getFields()[`patch${label}`]?.args.map((a) => a.name)).toEqual(['id', 'set', 'ifVersion']);
  });

  it.each(RECORD_TYPES.map((t) => [t.label, t] as const))('%s has an SDL type answering each of its values, dates and links', (label, t) => {
    const type = schema.getType(label);
    expect(isObjectType(type)).toBe(true);
    const answered = Object.keys((type as GraphQLObjectType).getFields());
    const fields = t.fields as Record<string, FieldModel>;
    const stored = Object.entries(fields).filter(([, f]) => ['value', 'date', 'link', 'names'].includes(f.kind));
    expect(stored.map(([k, f]) => f.answeredAs ?? k).filter((k) => !answered.includes(k))).toEqual([]);
  });

  it('links only to record types it has', () => {
    const targets = [...RECORD_TYPES.flatMap((t) => linksOf(t.fields)), ...linksOf(LEG)].flatMap((l) => l.targets);
    expect(targets.filter((target) => !LABELS.includes(target))).toEqual([]);
  });

  it('gives every record type its own identifier prefix', () => {
    const prefixes = RECORD_TYPES.map((t) => t.idPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});
