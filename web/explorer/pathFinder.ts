import { button, el } from './dom';
import type { GraphData } from './graphView';
import { kindLabel } from './kinds';
import type { ConnectionsResult, GraphEdge, GraphPath, PathStep } from './queries';

/** Path edges get their own ids: the same relationship may already be drawn under the neighbourhood's id. */
const stepEdgeId = (step: PathStep) => `path:${step.fact.id}:${step.from.id}->${step.to.id}:${step.type}`;

/** The nodes and edges of the paths, ready to be drawn on the graph. */
export function pathElements(paths: GraphPath[]): GraphData & { nodeIds: string[]; edgeIds: string[] } {
  const nodes = new Map<string, GraphData['nodes'][number]>();
  const edges = new Map<string, GraphEdge>();
  for (const path of paths) {
    for (const node of path.nodes) nodes.set(node.id, { id: node.id, kind: node.kind, label: node.name, depth: 3 });
    for (const step of path.steps) {
      edges.set(stepEdgeId(step), {
        id: stepEdgeId(step),
        source: step.forward ? step.from.id : step.to.id,
        target: step.forward ? step.to.id : step.from.id,
        type: step.type,
        label: step.type,
        qualifier: null,
        factId: step.fact.id,
        modality: null,
        conditional: false,
        condition: null,
      });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], nodeIds: [...nodes.keys()], edgeIds: [...edges.keys()] };
}

/** Each path as numbered steps in words, each with the source that states it. */
export function renderPaths(container: HTMLElement, result: ConnectionsResult['connections'], onOpenFact: (id: string, kind: string) => void) {
  if (!result.paths.length) {
    container.replaceChildren(el('p', { role: 'status' }, `No path of at most 4 steps links ${result.from.name} and ${result.to.name}.`));
    return;
  }
  container.replaceChildren(
    el('p', {}, `${result.paths.length} shortest path${result.paths.length > 1 ? 's' : ''} from ${result.from.name} to ${result.to.name}:`),
    ...result.paths.map((path, i) =>
      el(
        'section',
        { class: 'path', 'aria-label': `Path ${i + 1}, ${path.length} steps` },
        el('h3', {}, `Path ${i + 1} · ${path.length} step${path.length > 1 ? 's' : ''}`),
        el(
          'ol',
          { class: 'path-steps' },
          ...path.steps.map((step) =>
            el(
              'li',
              { class: 'path-step', 'data-from': step.from.id, 'data-to': step.to.id },
              el('span', { class: 'step-label' }, step.label),
              ' ',
              button(`${kindLabel(step.fact.kind)} record`, () => onOpenFact(step.fact.id, step.fact.kind), { 'aria-label': `Open the record: ${step.fact.name}` }),
              el(
                'ul',
                { class: 'step-sources' },
                ...step.evidence.map((ev) =>
                  el(
                    'li',
                    {},
                    'Source: ',
                    ev.source.url
                      ? el('a', { href: ev.source.url, rel: 'noreferrer', target: '_blank' }, ev.source.title ?? ev.source.publisher ?? ev.source.id)
                      : (ev.source.title ?? ev.source.publisher ?? ev.source.id),
                    ev.excerpt ? el('q', {}, ev.excerpt) : null,
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
