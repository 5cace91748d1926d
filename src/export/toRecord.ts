import type { Row } from '../data/database.js';
import type { RecordRow } from '../data/read/subgraph.js';
import type { RecordType } from '../records/schemas.js';
import { LEG_SHAPE, SHAPES, type Shape } from './shape.js';

type Linked = { rel: string; seq: number | null; target: string };

const bySeq = <T extends { seq: number | null }>(items: T[]) => [...items].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));

/** A stored value as the import format writes it; undefined when the record leaves it out. */
export function readValue(props: Row, field: string, kind: Shape['values'][number]['kind']): unknown {
  const value = props[field];
  if (value === null || value === undefined) return undefined;
  // The text as written: a range or bound re-imports as the same interval.
  if (kind === 'date') return props[`${field}Text`];
  return value;
}

function fill(out: Record<string, unknown>, props: Row, links: Linked[], shape: Shape) {
  for (const { field, kind } of shape.values) {
    const value = readValue(props, field, kind);
    if (value !== undefined) out[field] = value;
  }
  for (const link of shape.links) {
    const targets = bySeq(links.filter((l) => l.rel === link.rel)).map((l) => l.target);
    if (link.many) {
      if (targets.length) out[link.field] = targets;
    } else if (targets.length) {
      out[link.field] = targets[0];
    }
  }
  return out;
}

function citation(c: Row): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries({ source: c.source, start: c.start, end: c.end, match: c.match, note: c.note }).filter(([, v]) => v !== null && v !== undefined),
  );
}

const citations = (list: RecordRow['citations']) => bySeq(list).map(citation);

/** The import record an entity was written from: importing it again reports it unchanged. */
export function toRecord(row: RecordRow): Record<string, unknown> {
  const type = row.label as RecordType;
  const out = fill({ type, id: row.id }, row.props, row.links, SHAPES[type]);
  if (row.names.length) {
    out.names = bySeq(row.names).map((n) => ({
      value: n.props.value,
      language: n.props.language,
      kind: n.props.kind,
      ...(n.props.validFrom ? { validFrom: readValue(n.props, 'validFrom', 'date') } : {}),
      ...(n.props.validTo ? { validTo: readValue(n.props, 'validTo', 'date') } : {}),
      citations: citations(n.citations),
    }));
  }
  if (row.legs.length) out.legs = bySeq(row.legs).map((leg) => fill({}, leg.props, leg.links, LEG_SHAPE));
  if (row.citations.length) out.citations = citations(row.citations);
  return out;
}
