import { button, el } from './dom';
import type { GraphData } from './graphView';
import { kindLabel } from './kinds';

/**
 * The graph as tables: every node in view with its links, each node a button that does what a click on
 * the canvas does. This is how keyboard and screen-reader users reach the graph.
 */
export function renderGraphTable(container: HTMLElement, data: GraphData, onChoose: (id: string) => void) {
  const names = new Map(data.nodes.map((n) => [n.id, n.label]));
  const linksOf = new Map<string, string[]>();
  for (const e of data.edges) {
    linksOf.set(e.source, [...(linksOf.get(e.source) ?? []), `${e.label} → ${names.get(e.target) ?? e.target}`]);
    linksOf.set(e.target, [...(linksOf.get(e.target) ?? []), `${names.get(e.source) ?? e.source} → ${e.label}`]);
  }
  const rows = [...data.nodes]
    .sort((a, b) => a.depth - b.depth || a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label))
    .map((n) =>
      el(
        'tr',
        { 'data-node-id': n.id },
        el('td', {}, button(n.label, () => onChoose(n.id), { class: 'link-button' })),
        el('td', {}, kindLabel(n.kind)),
        el('td', {}, (linksOf.get(n.id) ?? []).join('; ')),
      ),
    );
  container.replaceChildren(
    el(
      'table',
      { class: 'graph-table' },
      el('caption', {}, `${data.nodes.length} nodes and ${data.edges.length} links in view`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Kind'), el('th', { scope: 'col' }, 'Links'))),
      el('tbody', {}, ...rows),
    ),
  );
}
