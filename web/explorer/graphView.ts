import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStyle } from './graphStyle';
import { separate, type Box } from './labelSpace';
import type { GraphEdge, GraphNode } from './queries';

cytoscape.use(fcose);

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphEvents {
  onTapNode(id: string): void;
  /** The pointer rests on a node (null: it left); `at` is where, in page coordinates. */
  onHover(id: string | null, at: { x: number; y: number } | null): void;
}

/** Boxes the explorer draws to group a speaker with their statements; never part of the data. */
const GROUP = 'Group';
const groupOf = (personId: string) => `group:${personId}`;

/** A statement's opening words, short enough to sit beside its node; the full words are in the hover card and the feed. */
export function shortLabel(node: GraphNode): string {
  const words = node.label.replace(/\s+/g, ' ').trim();
  const limit = node.kind === 'Statement' ? 22 : 34;
  return words.length > limit ? `${words.slice(0, limit - 1).trimEnd()}…` : words;
}

/** The graph view: Cytoscape on a canvas, fed with neighbourhood pages and paths. */
export function createGraphView(container: HTMLElement, events: GraphEvents) {
  const cy = cytoscape({
    container,
    style: graphStyle(1),
    minZoom: 0.05,
    maxZoom: 4,
    selectionType: 'single',
    boxSelectionEnabled: false,
  });
  cy.on('tap', 'node', (event) => {
    if (event.target.data('kind') !== GROUP) events.onTapNode(event.target.id());
  });
  cy.on('tap', (event) => {
    if (event.target === cy) focusOn(null);
  });
  cy.on('mouseover', 'node', (event) => {
    if (event.target.data('kind') === GROUP) return;
    const box = container.getBoundingClientRect();
    const at = event.target.renderedPosition();
    events.onHover(event.target.id(), { x: box.left + window.scrollX + at.x, y: box.top + window.scrollY + at.y });
  });
  cy.on('mouseout', 'node', () => events.onHover(null, null));
  cy.on('zoom pan', () => events.onHover(null, null));

  const real = () => cy.nodes().filter((n) => n.data('kind') !== GROUP);

  /** New nodes start around the node they were reached from, so an expansion grows out of it. */
  function addNodes(nodes: GraphNode[], near: string | undefined): number {
    const fresh = nodes.filter((n) => cy.getElementById(n.id).empty());
    const anchor = near && !cy.getElementById(near).empty() ? cy.getElementById(near).position() : null;
    cy.add(
      fresh.map((n, i) => ({
        group: 'nodes' as const,
        data: { ...n, shortLabel: shortLabel(n) },
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

  /**
   * A speaker's statements sit in one box with the speaker, so "who said it" reads from the picture and the
   * SPOKEN_BY lines need not be drawn; a statement whose speaker is not in view stays loose.
   */
  function groupBySpeaker() {
    cy.batch(() => {
      for (const edge of cy.edges('[type = "SPOKEN_BY"]')) {
        const statement = edge.source();
        const speaker = edge.target();
        const group = groupOf(speaker.id());
        if (cy.getElementById(group).empty()) {
          cy.add({ group: 'nodes', data: { id: group, kind: GROUP, label: '', shortLabel: '' } });
        }
        // A statement has one speaker, so it joins one box; a speaker already boxed stays in it.
        if (speaker.parent().empty()) speaker.move({ parent: group });
        if (statement.parent().empty()) statement.move({ parent: group });
        edge.addClass('implied');
      }
    });
  }

  /** Links between the same two nodes are drawn as one line, which says how many it carries. */
  function bundleParallelEdges() {
    cy.batch(() => {
      const byPair = new Map<string, cytoscape.EdgeSingular[]>();
      for (const edge of cy.edges().not('.implied')) {
        const key = [edge.source().id(), edge.target().id()].sort().join('\u0000');
        byPair.set(key, [...(byPair.get(key) ?? []), edge]);
      }
      cy.edges().removeClass('bundled').removeData('bundleLabel');
      for (const edges of byPair.values()) {
        if (edges.length < 2) continue;
        const [first, ...rest] = edges;
        const words = [...new Set(edges.map((e) => e.data('label') as string))];
        first.data('bundleLabel', `${edges.length} links: ${words.join(', ')}`);
        for (const e of rest) e.addClass('bundled');
      }
    });
  }

  /** Moves nodes so that no two labels overlap, a speaker's statements moving with their box. */
  function clearLabels() {
    const leaves = real().filter((n) => !n.hasClass('filtered'));
    const boxes: Box[] = leaves.map((n) => {
      const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
      return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
    });
    const shifts = separate(boxes, 6);
    cy.batch(() => {
      for (const [id, s] of shifts) {
        const n = cy.getElementById(id);
        const p = n.position();
        n.position({ x: p.x + s.dx, y: p.y + s.dy });
      }
    });
  }

  /** The smallest size, in screen pixels, a name is drawn at when the graph is fitted to its area. */
  const READABLE_PX = 11;
  let labelScale = 1;

  /**
   * Names grow until they read at READABLE_PX with the whole graph in view: larger names need more room,
   * which the label pass makes, which zooms the fitted graph out a little further; three rounds settle it.
   */
  function readableNames() {
    for (let round = 0; round < 3; round++) {
      cy.fit(shown(), 30);
      if (12 * labelScale * cy.zoom() >= READABLE_PX - 0.5) break;
      const needed = Math.min(4, READABLE_PX / (12 * cy.zoom()));
      if (needed <= labelScale) break;
      labelScale = needed;
      cy.style(graphStyle(labelScale));
      clearLabels();
    }
  }

  function layout(fresh: boolean) {
    const started = performance.now();
    cy.layout({
      name: 'fcose',
      quality: 'proof',
      animate: false,
      randomize: fresh,
      fit: false,
      padding: 30,
      nodeDimensionsIncludeLabels: true,
      packComponents: false,
      nodeRepulsion: () => 4_500,
      idealEdgeLength: () => 50,
      nodeSeparation: 60,
      nestingFactor: 0.4,
      gravity: 0.6,
      numIter: 2500,
      tile: true,
    } as cytoscape.LayoutOptions).run();
    clearLabels();
    readableNames();
    // How long the reader waits for the picture, for measuring (the browser tests report it).
    performance.measure('envoy:layout', { start: started, end: performance.now() });
  }

  /** What the filters leave on screen (tracked by class: Cytoscape applies styles only when it next draws). */
  function shown() {
    return cy
      .elements()
      .filter((el) => el.data('kind') !== GROUP && !el.hasClass('filtered') && (el.isNode() || (!el.source().hasClass('filtered') && !el.target().hasClass('filtered'))));
  }

  /** Focus + context: the node and its neighbours stand out, the rest fades but keeps its labels. */
  function focusOn(id: string | null) {
    cy.batch(() => {
      cy.elements().removeClass('context in-focus');
      if (!id || cy.getElementById(id).empty()) return;
      const near = cy.getElementById(id).closedNeighborhood();
      cy.elements().not(near).not(near.parents()).addClass('context');
      near.addClass('in-focus');
    });
  }

  return {
    clear() {
      cy.elements().remove();
      labelScale = 1;
      cy.style(graphStyle(labelScale));
    },
    /** Adds what is not drawn yet; `near` names the node the new ones were reached from. */
    add(data: GraphData, near?: string): boolean {
      const fresh = real().empty();
      const added = addNodes(data.nodes, near) + addEdges(data.edges);
      if (added) {
        groupBySpeaker();
        bundleParallelEdges();
        layout(fresh);
      }
      return added > 0;
    },
    has: (id: string) => !cy.getElementById(id).empty(),
    node: (id: string) => (cy.getElementById(id).empty() ? null : (cy.getElementById(id).data() as GraphNode)),
    /** How many links the node has in view. */
    degree: (id: string) => (cy.getElementById(id).empty() ? 0 : cy.getElementById(id).connectedEdges().length),
    select(id: string | null) {
      cy.nodes().unselect();
      if (id) cy.getElementById(id).select();
      focusOn(id);
    },
    focusOn,
    /** Hides the nodes the filters leave out, and the edges that touch them; a speaker's box goes when it is empty. */
    hide(ids: Set<string>) {
      cy.batch(() => {
        cy.elements().removeClass('filtered');
        cy.nodes().filter((n) => ids.has(n.id())).addClass('filtered');
        cy.edges().filter((e) => ids.has(e.source().id()) || ids.has(e.target().id())).addClass('filtered');
        cy.nodes(`[kind = "${GROUP}"]`).filter((g) => g.children().not('.filtered').empty()).addClass('filtered');
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
        cy.nodes().filter((n) => nodes.has(n.id())).parents().removeClass('faded');
      });
    },
    fit() {
      cy.fit(shown(), 30);
    },
    /** After the container was hidden: Cytoscape measures it again. */
    resize() {
      cy.resize();
    },
    zoom(factor: number) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    /** The nodes and edges a reader sees now (filters applied), for the table and the exports. */
    visible(): GraphData {
      const nodes = shown()
        .nodes()
        .map((n) => {
          const { shortLabel: _drawnOnly, parent: _box, ...d } = n.data();
          return d as GraphNode;
        });
      const edges = shown()
        .edges()
        .map((e) => {
          const { conditionLabel: _drawnOnly, bundleLabel: _bundle, ...d } = e.data();
          return { ...d, qualifier: d.qualifier ?? null, modality: d.modality ?? null } as GraphEdge;
        });
      return { nodes, edges };
    },
    png(): Blob {
      return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    },
  };
}
