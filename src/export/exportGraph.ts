import type { Database } from '../data/database.js';
import { recordRows, type RecordRow } from '../data/read/subgraph.js';
import { csvEdgeHeader, csvEdges, csvNodeHeader, csvNodes } from './csv.js';
import { graphElements, nodeColumns } from './graphElements.js';
import { GRAPHML_TAIL, graphmlEdge, graphmlHead, graphmlNode } from './graphml.js';
import type { ExportPlan } from './plan.js';
import { toRecord } from './toRecord.js';

export type ExportFormat = 'GRAPHML' | 'CSV' | 'JSON';

export const EXPORT_FILES: Record<ExportFormat, Array<{ name: string; mediaType: string }>> = {
  GRAPHML: [{ name: 'envoy-graph.graphml', mediaType: 'application/graphml+xml' }],
  CSV: [
    { name: 'nodes.csv', mediaType: 'text/csv' },
    { name: 'edges.csv', mediaType: 'text/csv' },
  ],
  JSON: [{ name: 'envoy-graph.jsonl', mediaType: 'application/x-ndjson' }],
};

/** Receives the export a piece at a time, by file name. */
export type Sink = (file: string, text: string) => void | Promise<void>;

export interface ExportCounts {
  nodeCount: number;
  edgeCount: number;
}

async function* rowsOf(db: Database, plan: ExportPlan): AsyncGenerator<RecordRow[]> {
  for await (const ids of plan.chunks()) yield await db.read((tx) => recordRows(tx, ids));
}

/** Writes a planned export in one format. GraphML lists every node before any edge, so its nodes and edges take two passes. */
export async function writeExport(db: Database, format: ExportFormat, plan: ExportPlan, sink: Sink): Promise<ExportCounts> {
  const counts: ExportCounts = { nodeCount: 0, edgeCount: 0 };
  const exported = plan.contains ?? (() => true);
  const [file, second] = EXPORT_FILES[format].map((f) => f.name);
  const columns = nodeColumns(plan.types);

  if (format === 'GRAPHML') {
    await sink(file, graphmlHead(columns));
    for await (const rows of rowsOf(db, plan)) {
      const nodes = rows.flatMap((r) => graphElements(r, exported).nodes);
      counts.nodeCount += nodes.length;
      await sink(file, nodes.map((n) => graphmlNode(n, columns)).join(''));
    }
    for await (const rows of rowsOf(db, plan)) {
      const edges = rows.flatMap((r) => graphElements(r, exported).edges);
      await sink(file, edges.map((e, i) => graphmlEdge(e, counts.edgeCount + i)).join(''));
      counts.edgeCount += edges.length;
    }
    await sink(file, GRAPHML_TAIL);
    return counts;
  }

  if (format === 'CSV') {
    await sink(file, csvNodeHeader(columns));
    await sink(second, csvEdgeHeader());
  }
  for await (const rows of rowsOf(db, plan)) {
    const elements = rows.map((r) => graphElements(r, exported));
    const nodes = elements.flatMap((e) => e.nodes);
    const edges = elements.flatMap((e) => e.edges);
    counts.edgeCount += edges.length;
    if (format === 'CSV') {
      counts.nodeCount += nodes.length;
      await sink(file, csvNodes(nodes, columns));
      await sink(second, csvEdges(edges));
    } else {
      counts.nodeCount += rows.length;
      await sink(file, rows.map((r) => `${JSON.stringify(toRecord(r))}\n`).join(''));
    }
  }
  return counts;
}
