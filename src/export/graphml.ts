import { EDGE_COLUMNS, type Column, type GraphEdge, type GraphNode, type Scalar } from './graphElements.js';

/** XML 1.0 cannot carry most control characters even escaped, so they are dropped. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const GRAPHML_TYPE = { string: 'string', int: 'long', boolean: 'boolean' } as const;

function key(id: string, scope: 'node' | 'edge', name: string, kind: Column['kind']): string {
  return `  <key id="${xml(id)}" for="${scope}" attr.name="${xml(name)}" attr.type="${GRAPHML_TYPE[kind]}"/>\n`;
}

function data(keyId: string, value: Scalar | undefined): string {
  return value === undefined ? '' : `<data key="${xml(keyId)}">${xml(String(value))}</data>`;
}

/** The opening of a GraphML document: one key per property, so Gephi, yEd and NetworkX type every column. */
export function graphmlHead(nodeColumns: Column[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ',
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    key('label', 'node', 'label', 'string'),
    key('type', 'node', 'type', 'string'),
    ...nodeColumns.map((c) => key(`n_${c.name}`, 'node', c.name, c.kind)),
    key('e_label', 'edge', 'label', 'string'),
    ...EDGE_COLUMNS.map((c) => key(`e_${c.name}`, 'edge', c.name, c.kind)),
    '  <graph id="envoy-graph" edgedefault="directed">\n',
  ].join('');
}

export function graphmlNode(node: GraphNode, nodeColumns: Column[]): string {
  const cells = nodeColumns.map((c) => data(`n_${c.name}`, node.values[c.name])).join('');
  return `    <node id="${xml(node.id)}">${data('label', node.label)}${data('type', node.type)}${cells}</node>\n`;
}

export function graphmlEdge(edge: GraphEdge, index: number): string {
  const cells = EDGE_COLUMNS.map((c) => data(`e_${c.name}`, edge.values[c.name])).join('');
  return `    <edge id="e${index}" source="${xml(edge.source)}" target="${xml(edge.target)}">${data('e_label', edge.relationship)}${cells}</edge>\n`;
}

export const GRAPHML_TAIL = '  </graph>\n</graphml>\n';
