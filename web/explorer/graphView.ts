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

  /** New nodes start around the node they were reached from, so an expansion grows out of it. */
  function addNodes(nodes: GraphNode[], near: string | undefined): number {
    const fresh = nodes.filter((n) => cy.getElementById(n.id).empty());
    const anchor = near && !cy.getElementById(near).empty() ? cy.getElementById(near).position() : null;
    cy.add(
      fresh.map((n, i) => ({
        group: 'nodes' as const,
        data: { ...n },
        position: anchor ? { x: anchor.x + 60 * Math.cos(i), y: anchor.y + 60 * Math.sin(i) } : undefined,
      })),
    );
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
        data: {
          ...e,
          qualifier: e.qualifier ?? undefined,
          modality: e.modality ?? undefined,
          conditionLabel: e.conditional ? `${e.label} (conditional)` : undefined,
        },
      })),
    );
    return fresh.length;
  }

  /** What the filters leave on screen (tracked by class: Cytoscape applies styles only when it next draws). */
  function shown() {
    return cy.elements().filter((el) => !el.hasClass('filtered') && (el.isNode() || (!el.source().hasClass('filtered') && !el.target().hasClass('filtered'))));
  }

  function layout(fresh: boolean) {
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: fresh,
      padding: 30,
      nodeRepulsion: () => 400_000,
      idealEdgeLength: () => 100,
      nodeOverlap: 20,
      gravity: 80,
      componentSpacing: 100,
      numIter: 1000,
    } as cytoscape.LayoutOptions).run();
  }

  return {
    clear() {
      cy.elements().remove();
    },
    /** Adds what is not drawn yet; `near` names the node the new ones were reached from. */
    add(data: GraphData, near?: string): boolean {
      const fresh = cy.nodes().empty();
      const added = addNodes(data.nodes, near) + addEdges(data.edges);
      if (added) layout(fresh);
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
      cy.fit(shown(), 30);
    },
    zoom(factor: number) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    /** The nodes and edges a reader sees now (filters applied), for the table and the exports. */
    visible(): GraphData {
      const nodes = shown().nodes().map((n) => n.data() as GraphNode);
      const edges = shown().edges().map((e) => {
        const { conditionLabel: _drawnOnly, ...d } = e.data();
        return { ...d, qualifier: d.qualifier ?? null, modality: d.modality ?? null } as GraphEdge;
      });
      return { nodes, edges };
    },
    png(): Blob {
      return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    },
  };
}
