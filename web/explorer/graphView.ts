import cytoscape from 'cytoscape';
import { GRAPH_STYLE } from './graphStyle';
import type { GraphEdge, GraphNode } from './queries';

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The graph view: Cytoscape on a canvas, fed with neighbourhood pages and paths. */
export function createGraphView(container: HTMLElement, onTapNode: (id: string) => void) {
  const cy = cytoscape({
    container,
    style: GRAPH_STYLE,
    minZoom: 0.05,
    maxZoom: 4,
    selectionType: 'single',
    boxSelectionEnabled: false,
  });
  cy.on('tap', 'node', (event) => onTapNode(event.target.id()));

  function addNodes(nodes: GraphNode[]): number {
    const fresh = nodes.filter((n) => cy.getElementById(n.id).empty());
    cy.add(fresh.map((n) => ({ group: 'nodes' as const, data: { ...n } })));
    return fresh.length;
  }

  function addEdges(edges: GraphEdge[]): number {
    const fresh = edges.filter(
      (e) => cy.getElementById(e.id).empty() && !cy.getElementById(e.source).empty() && !cy.getElementById(e.target).empty(),
    );
    // Cytoscape's [qualifier] selector matches any defined value, so absent qualifiers stay undefined.
    cy.add(
      fresh.map((e) => ({
        group: 'edges' as const,
        data: { ...e, qualifier: e.qualifier ?? undefined, modality: e.modality ?? undefined },
      })),
    );
    return fresh.length;
  }

  function layout() {
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      padding: 30,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      numIter: 1500,
    } as cytoscape.LayoutOptions).run();
  }

  return {
    clear() {
      cy.elements().remove();
    },
    add(data: GraphData): boolean {
      const added = addNodes(data.nodes) + addEdges(data.edges);
      if (added) layout();
      return added > 0;
    },
    has: (id: string) => !cy.getElementById(id).empty(),
    select(id: string | null) {
      cy.nodes().unselect();
      if (id) cy.getElementById(id).select();
    },
    /** Hides the nodes the filters leave out, and the edges that touch them. */
    hide(ids: Set<string>) {
      cy.batch(() => {
        cy.elements().removeClass('filtered');
        cy.nodes().filter((n) => ids.has(n.id())).addClass('filtered');
        cy.edges().filter((e) => ids.has(e.source().id()) || ids.has(e.target().id())).addClass('filtered');
      });
    },
    highlightPath(nodeIds: string[], edgeIds: string[]) {
      cy.batch(() => {
        cy.elements().removeClass('on-path faded');
        if (!nodeIds.length) return;
        const nodes = new Set(nodeIds);
        const edges = new Set(edgeIds);
        cy.elements().addClass('faded');
        cy.nodes().filter((n) => nodes.has(n.id())).removeClass('faded').addClass('on-path');
        cy.edges().filter((e) => edges.has(e.id())).removeClass('faded').addClass('on-path');
      });
    },
    fit() {
      cy.fit(cy.elements(':visible'), 30);
    },
    zoom(factor: number) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    /** The nodes and edges a reader sees now (filters applied), for the table and the exports. */
    visible(): GraphData {
      const nodes = cy.nodes(':visible').map((n) => n.data() as GraphNode);
      const edges = cy.edges(':visible').map((e) => {
        const d = e.data();
        return { ...d, qualifier: d.qualifier ?? null, modality: d.modality ?? null } as GraphEdge;
      });
      return { nodes, edges };
    },
    png(): Blob {
      return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    },
  };
}

export type GraphView = ReturnType<typeof createGraphView>;
