import { LEG, linksOf, RECORD_TYPES, type FieldModel } from '../../model/index.js';
import type { ImportRecord, RecordType } from '../../records/schemas.js';
import { storedProps, type StoredDate } from '../../records/partialDate.js';
import type { Label } from '../labels.js';

/** An outgoing relationship a record owns: replaced whole on every write of the record. */
export interface LinkSpec {
  field: string;
  rel: string;
  targets: readonly Label[];
}

/** How the write path stores a record type, read off the domain model (src/model/). */
export interface RecordSpec {
  label: Label;
  props(record: Record<string, unknown>): Record<string, unknown>;
  links: readonly LinkSpec[];
  hasNames: boolean;
}

/** The node properties of the value and date fields, in the record's order; an absent value is stored as null. */
export function propsOf(fields: Record<string, FieldModel>, record: Record<string, unknown>): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    if (field.kind === 'date') Object.assign(props, storedProps(key, record[key] as StoredDate | undefined));
    else if (field.kind === 'value') Object.assign(props, field.store && record[key] !== undefined ? field.store(record[key] as never) : { [key]: record[key] ?? null });
  }
  return props;
}

const linkSpecs = (fields: Record<string, FieldModel>): LinkSpec[] =>
  linksOf(fields).map((l) => ({ field: l.field, rel: l.rel, targets: l.targets as readonly Label[] }));

export const RECORD_SPECS = Object.fromEntries(
  RECORD_TYPES.map((t) => {
    const fields = t.fields as Record<string, FieldModel>;
    const spec: RecordSpec = {
      label: t.label,
      props: (record) => propsOf(fields, record),
      links: linkSpecs(fields),
      hasNames: Object.values(fields).some((f) => f.kind === 'names'),
    };
    return [t.label, spec];
  }),
) as Record<RecordType, RecordSpec>;

/** Where an evacuation leg may start, end, pass and who carries it. */
export const LEG_LINKS: readonly LinkSpec[] = linkSpecs(LEG);

/** The stored properties of a leg. */
export const legProps = (leg: Record<string, unknown>) => propsOf(LEG, leg);

export function specOf(record: ImportRecord): RecordSpec {
  return RECORD_SPECS[record.type];
}
