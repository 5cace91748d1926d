import type { GraphData } from './graphView';
import type { MatrixData } from './queries';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

const NODE_KEYS = ['kind', 'label', 'depth'] as const;
const EDGE_KEYS = ['type', 'label', 'qualifier', 'factId', 'modality', 'conditional', 'condition'] as const;

/** The view as GraphML, built with the browser's XML DOM so every value is escaped. */
export function toGraphML(data: GraphData): string {
  const doc = document.implementation.createDocument(GRAPHML_NS, 'graphml', null);
  const root = doc.documentElement;
  const element = (name: string, attributes: Record<string, string>) => {
    const el = doc.createElementNS(GRAPHML_NS, name);
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
    return el;
  };
  for (const key of NODE_KEYS) root.append(element('key', { id: `n_${key}`, for: 'node', 'attr.name': key, 'attr.type': key === 'depth' ? 'int' : 'string' }));
  for (const key of EDGE_KEYS) root.append(element('key', { id: `e_${key}`, for: 'edge', 'attr.name': key, 'attr.type': key === 'conditional' ? 'boolean' : 'string' }));
  const graph = element('graph', { id: 'envoy-graph', edgedefault: 'directed' });
  root.append(graph);
  const withData = (el: Element, prefix: string, values: Record<string, unknown>, keys: readonly string[]) => {
    for (const key of keys) {
      const value = values[key];
      if (value === null || value === undefined) continue;
      const data = element('data', { key: `${prefix}_${key}` });
      data.textContent = String(value);
      el.append(data);
    }
    return el;
  };
  for (const node of data.nodes) graph.append(withData(element('node', { id: node.id }), 'n', { ...node }, NODE_KEYS));
  for (const edge of data.edges) {
    graph.append(withData(element('edge', { id: edge.id, source: edge.source, target: edge.target }), 'e', { ...edge }, EDGE_KEYS));
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

/** RFC 4180: quote every field, double the quotes inside. */
function csvLine(fields: unknown[]): string {
  return fields.map((f) => `"${String(f ?? '').replaceAll('"', '""')}"`).join(',');
}

/** One row per edge, with both ends named, so a spreadsheet reads it without the node list. */
export function edgesToCsv(data: GraphData): string {
  const names = new Map(data.nodes.map((n) => [n.id, n]));
  const header = ['source_id', 'source_kind', 'source_name', 'relationship', 'label', 'target_id', 'target_kind', 'target_name', 'fact_id', 'modality', 'condition'];
  const rows = data.edges.map((e) => [
    e.source,
    names.get(e.source)?.kind,
    names.get(e.source)?.label,
    e.type,
    e.label,
    e.target,
    names.get(e.target)?.kind,
    names.get(e.target)?.label,
    e.factId,
    e.modality,
    e.condition,
  ]);
  return [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}

export function nodesToCsv(data: GraphData): string {
  const rows = data.nodes.map((n) => [n.id, n.kind, n.label, n.depth]);
  return [['id', 'kind', 'name', 'depth'], ...rows].map(csvLine).join('\r\n') + '\r\n';
}

/** The stance matrix in long form: one row per stance an actor holds, with how, toward what, from how many statements and when. */
export function matrixToCsv(matrix: MatrixData): string {
  const header = ['actor_id', 'actor', 'stance_code', 'stance', 'modality', 'condition', 'toward_id', 'toward', 'general_principle', 'statements', 'first_date', 'latest_date', 'statement_ids'];
  const rows = matrix.rows.flatMap((row) =>
    row.cells.flatMap((cell) =>
      cell.holdings.map((h) => [
        row.actor.id,
        row.actor.name,
        cell.stance,
        h.position.stanceLabel,
        h.position.modality,
        h.position.condition,
        h.position.toward?.id,
        h.position.toward?.name,
        h.general,
        h.statementCount,
        h.since?.value,
        h.latest?.value,
        h.statements.map((s) => s.id).join(' '),
      ]),
    ),
  );
  return [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}

export function download(name: string, content: Blob | string, type = 'text/plain') {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
