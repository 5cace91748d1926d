import { stringify } from 'csv-stringify/sync';
import { EDGE_COLUMNS, type Column, type GraphEdge, type GraphNode } from './graphElements.js';

/** csv-stringify writes true as 1 and false as nothing; a researcher's spreadsheet should read true and false. */
const OPTIONS = { cast: { boolean: (value: boolean) => String(value) } };

/** Gephi's spreadsheet import reads Id and Label for nodes, Source, Target, Type and Label for edges. */
export function csvNodeHeader(columns: Column[]): string {
  return stringify([['Id', 'Label', 'type', ...columns.map((c) => c.name)]], OPTIONS);
}

export function csvNodes(nodes: GraphNode[], columns: Column[]): string {
  return stringify(nodes.map((n) => [n.id, n.label, n.type, ...columns.map((c) => n.values[c.name] ?? '')]), OPTIONS);
}

export function csvEdgeHeader(): string {
  return stringify([['Source', 'Target', 'Type', 'Label', ...EDGE_COLUMNS.map((c) => c.name)]], OPTIONS);
}

export function csvEdges(edges: GraphEdge[]): string {
  return stringify(edges.map((e) => [e.source, e.target, 'Directed', e.relationship, ...EDGE_COLUMNS.map((c) => e.values[c.name] ?? '')]), OPTIONS);
}
