import type { RecordRow } from '../data/read/subgraph.js';
import type { RecordType } from '../records/schemas.js';
import { LEG_SHAPE, SHAPES, type Shape } from './shape.js';
import { readValue } from './toRecord.js';

export type Scalar = string | number | boolean;
export type ColumnKind = 'string' | 'int' | 'boolean';

export interface GraphNode {
  id: string;
  type: string;
  label: string;
  values: Record<string, Scalar>;
}

export interface GraphEdge {
  source: string;
  target: string;
  relationship: string;
  values: Record<string, Scalar>;
}

export interface Column {
  name: string;
  kind: ColumnKind;
}

/** Held source texts run to megabytes: graph files carry the facts, the JSON export carries the texts. */
const LEFT_OUT: Partial<Record<RecordType, string[]>> = { Source: ['text'] };
const LABEL_FIELDS = ['name', 'title', 'label', 'text', 'description', 'stance', 'role'];
const LABEL_LENGTH = 80;

export const EDGE_COLUMNS: Column[] = [
  { name: 'seq', kind: 'int' },
  { name: 'start', kind: 'int' },
  { name: 'end', kind: 'int' },
  { name: 'match', kind: 'string' },
  { name: 'note', kind: 'string' },
];

function columnsOf(shape: Shape, leftOut: string[] = []): Column[] {
  return shape.values
    .filter((v) => !leftOut.includes(v.field))
    .flatMap(({ field, kind }): Column[] => {
      if (kind === 'date') return [{ name: field, kind: 'string' }, { name: `${field}Precision`, kind: 'string' }];
      return [{ name: field, kind: kind === 'int' || kind === 'boolean' ? kind : 'string' }];
    });
}

/** The node columns the given record types fill (with legs when movements are among them); a name used with two kinds is text. */
export function nodeColumns(types: readonly RecordType[]): Column[] {
  const all = types.flatMap((t) => columnsOf(SHAPES[t], LEFT_OUT[t]));
  if (types.includes('EvacuationMovement')) all.push(...columnsOf(LEG_SHAPE));
  const byName = new Map<string, Column>();
  for (const c of all) {
    const seen = byName.get(c.name);
    byName.set(c.name, seen && seen.kind !== c.kind ? { name: c.name, kind: 'string' } : c);
  }
  return [...byName.values()];
}

function values(props: Record<string, unknown>, shape: Shape, leftOut: string[] = []): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const { field, kind } of shape.values) {
    if (leftOut.includes(field)) continue;
    const value = readValue(props, field, kind);
    if (value === undefined) continue;
    out[field] = Array.isArray(value) ? value.join('; ') : (value as Scalar);
    if (kind === 'date') out[`${field}Precision`] = props[`${field}Precision`] as string;
  }
  return out;
}

function displayLabel(id: string, props: Record<string, unknown>): string {
  const field = LABEL_FIELDS.find((f) => typeof props[f] === 'string' && props[f]);
  const text = field ? (props[field] as string) : id;
  return text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text;
}

const withSeq = (seq: number | null): Record<string, Scalar> => (seq === null || seq === undefined ? {} : { seq });

/**
 * An entity as graph elements: its node (and its legs' nodes), and the relationships it owns whose other
 * end is exported too. Names are left out: they are spellings of the node, not nodes of the network.
 */
export function graphElements(row: RecordRow, exported: (id: string) => boolean): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const type = row.label as RecordType;
  const nodes: GraphNode[] = [{ id: row.id, type, label: displayLabel(row.id, row.props), values: values(row.props, SHAPES[type], LEFT_OUT[type]) }];
  const edges: GraphEdge[] = [];
  for (const l of row.links) {
    if (exported(l.target)) edges.push({ source: row.id, target: l.target, relationship: l.rel, values: withSeq(l.seq) });
  }
  for (const c of row.citations) {
    if (!exported(c.source)) continue;
    const span = Object.fromEntries(['start', 'end', 'match', 'note'].filter((k) => c[k] !== null && c[k] !== undefined).map((k) => [k, c[k] as Scalar]));
    edges.push({ source: row.id, target: c.source, relationship: 'CITES', values: { ...withSeq(c.seq), ...span } });
  }
  for (const leg of row.legs) {
    const id = `${row.id}#leg-${leg.props.sequence}`;
    nodes.push({ id, type: 'EvacuationLeg', label: `leg ${leg.props.sequence}`, values: values(leg.props, LEG_SHAPE) });
    edges.push({ source: row.id, target: id, relationship: 'HAS_LEG', values: withSeq(leg.seq) });
    for (const l of leg.links) {
      if (exported(l.target)) edges.push({ source: id, target: l.target, relationship: l.rel, values: withSeq(l.seq) });
    }
  }
  return { nodes, edges };
}
