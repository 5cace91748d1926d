import type { Tx } from '../../database.js';
import { CAPS } from './caps.js';
import { displayName, kindOf } from './fragments.js';
import { relationWords } from './relationWords.js';
import { ask, windowParams, type Window } from './run.js';

export interface NeighbourhoodRequest {
  id: string;
  depth: 1 | 2;
}

/** Reified facts a graph view draws as one labelled edge between the entities they link. */
const COLLAPSED = 'Participation|Involvement|Membership|Office';

/**
 * The edges a collapsed fact `f` stands for, between the nodes it links: an actor's role in a round (or
 * the whole process) and the delegation leader's; an actor's role in a conflict; a membership; an office.
 */
const FACT_EDGES = `
  [ends IN [{
    actor: head([(f)-[:OF_ACTOR|OF_MEMBER]->(x) | x]),
    venue: coalesce(head([(f)-[:IN_ROUND]->(x) | x]), head([(f)-[:IN_PROCESS|IN_CONFLICT|IN_GROUP|IN_ORGANIZATION]->(x) | x])),
    leader: head([(f)-[:LED_BY]->(x) | x]),
    holder: head([(f)-[:HELD_BY]->(x) | x])
  }] | CASE
    WHEN f:Participation THEN [
      {s: ends.actor, t: ends.venue, type: 'PARTICIPATES_IN', label: f.role, qualifier: f.role},
      {s: ends.leader, t: ends.venue, type: 'LED_DELEGATION', label: 'led the delegation (' + f.role + ')', qualifier: f.role}]
    WHEN f:Involvement THEN [{s: ends.actor, t: ends.venue, type: 'INVOLVED_IN', label: f.role, qualifier: f.role}]
    WHEN f:Membership THEN [{s: ends.actor, t: ends.venue, type: 'MEMBER_OF', label: 'member of', qualifier: null}]
    ELSE [{s: ends.holder, t: ends.venue, type: 'HOLDS_OFFICE', label: f.title, qualifier: f.title}]
  END][0]`;

const LEG_TYPES = `{FROM: 'ROUTE_FROM', TO: 'ROUTE_TO', VIA: 'TRANSIT_VIA', CARRIED_BY: 'CARRIED_BY'}`;
const LEG_LABELS = `{FROM: 'from', TO: 'to', VIA: 'via', CARRIED_BY: 'carried by'}`;

function edge(source: string, target: string, rest: string): string {
  return `{source: ${source}.id, target: ${target}.id, ${rest}}`;
}

/** A stance an edge touches gives the edge its modality and condition. */
function stanceFields(stance: string): string {
  return `modality: ${stance}.modality, condition: ${stance}.condition`;
}

/**
 * Rows (m, e): each neighbour `m` of `n` as the graph view draws it, with the edge `e`, at most fanout + 1.
 * Made-for links (write/madeFor.ts) are no edges: they repeat what a statement's own links say.
 */
const expand = (fanout: number) => `
  CALL (n) {
    MATCH (n)-[r:!MADE_FOR]-(m:Entity)
    WHERE NOT m:Source AND NOT m:Dateline AND NOT m:${COLLAPSED} // provenance is evidence, not a neighbour AND NOT type(r) IN ['CITES', 'HAS_NAME']
    WITH r, m, CASE WHEN n:Position THEN n WHEN m:Position THEN m END AS stance LIMIT ${fanout + 1}
    RETURN m, ${edge('startNode(r)', 'endNode(r)', `type: type(r), label: null, qualifier: null,
      factId: CASE WHEN startNode(r):Country|Person|Organization|Place THEN null ELSE startNode(r).id END, ${stanceFields('stance')}`)} AS e
    UNION
    MATCH (n)--(f:${COLLAPSED})
    WITH DISTINCT f LIMIT ${fanout + 1}
    UNWIND ${FACT_EDGES} AS x
    WITH f, x WHERE x.s IS NOT NULL AND x.t IS NOT NULL AND (x.s = n OR x.t = n)
    RETURN CASE WHEN x.s = n THEN x.t ELSE x.s END AS m,
      ${edge('x.s', 'x.t', `type: x.type, label: x.label, qualifier: x.qualifier, factId: f.id, modality: null, condition: null`)} AS e
    UNION
    MATCH (n:EvacuationMovement)-[:HAS_LEG]->(l:EvacuationLeg)-[r:FROM|TO|VIA|CARRIED_BY]->(m:Entity)
    WITH l, r, m LIMIT ${fanout + 1}
    RETURN m, ${edge('n', 'm', `type: ${LEG_TYPES}[type(r)], label: ${LEG_LABELS}[type(r)], qualifier: l.mode, factId: n.id, modality: null, condition: null`)} AS e
    UNION
    MATCH (n)<-[r:FROM|TO|VIA|CARRIED_BY]-(l:EvacuationLeg)<-[:HAS_LEG]-(m:EvacuationMovement)
    WITH l, r, m LIMIT ${fanout + 1}
    RETURN m, ${edge('m', 'n', `type: ${LEG_TYPES}[type(r)], label: ${LEG_LABELS}[type(r)], qualifier: l.mode, factId: m.id, modality: null, condition: null`)} AS e
  }
  WITH m, e LIMIT ${fanout + 1}
  RETURN collect(m) AS around, collect(e) AS edges`;

const NODE_VIEW = `{id: gn.id, kind: ${kindOf('gn')}, label: ${displayName('gn')}, depth: entry.depth}`;

/**
 * Nodes are the centre (depth 0, so first on the first page), its neighbours (depth 1) and theirs (depth 2),
 * ordered by depth, kind and id and paged; `totalNodes` counts the same list. A page's edges are those between its nodes and the nodes of this or earlier pages. `truncated`
 * says a hub had more neighbours than are explored, or the network more nodes than are paged.
 */
const CYPHER = `
  MATCH (c:Entity {id: $id})
  CALL (c) { WITH c AS n ${expand(CAPS.fanout)} }
  WITH c, around[..${CAPS.fanout}] AS ring1Raw, edges[..${CAPS.fanout}] AS edges1, size(around) > ${CAPS.fanout} AS cut1
  WITH c, edges1, cut1, reduce(seen = [], m IN ring1Raw | CASE WHEN m = c OR m IN seen THEN seen ELSE seen + m END) AS ring1
  CALL (ring1) {
    UNWIND CASE WHEN $depth = 2 THEN ring1 ELSE [] END AS n
    CALL (n) { ${expand(CAPS.outerFanout)} }
    RETURN collect(around[..${CAPS.outerFanout}]) AS nodeLists, collect(edges[..${CAPS.outerFanout}]) AS edgeLists,
      any(cut IN collect(size(around) > ${CAPS.outerFanout}) WHERE cut) AS cutOuter
  }
  CALL (nodeLists) { UNWIND nodeLists AS l UNWIND l AS m WITH DISTINCT m LIMIT ${CAPS.graphNodes + 1} RETURN collect(m) AS ring2Raw }
  CALL (edgeLists) { UNWIND edgeLists AS l UNWIND l AS e RETURN collect(DISTINCT e) AS edges2 }
  WITH c, cut1 OR cutOuter OR size(ring2Raw) > ${CAPS.graphNodes} AS truncated,
    [{node: c, depth: 0}] + [m IN ring1 | {node: m, depth: 1}] + [m IN ring2Raw[..${CAPS.graphNodes}] WHERE m <> c AND NOT m IN ring1 | {node: m, depth: 2}] AS entries,
    edges1 + edges2 AS allEdges
  CALL (entries) {
    UNWIND entries AS entry
    WITH DISTINCT entry
    WITH entry ORDER BY entry.depth, ${kindOf('entry.node')}, entry.node.id
    RETURN collect(entry)[..${CAPS.graphNodes}] AS ordered
  }
  WITH c, truncated, ordered, allEdges,
    [x IN ordered[$skip..($skip + $limit)] | x.node.id] AS pageIds,
    [c.id] + [x IN ordered[..($skip + $limit)] | x.node.id] AS knownIds
  CALL (allEdges, pageIds, knownIds) {
    UNWIND allEdges AS e
    WITH DISTINCT e
    WHERE e.source IN knownIds AND e.target IN knownIds AND (e.source IN pageIds OR e.target IN pageIds)
    RETURN collect(e) AS pageEdges
  }
  CALL (ordered) {
    UNWIND range(0, size(ordered[$skip..($skip + $limit)]) - 1) AS i
    WITH i, ordered[$skip + i] AS entry
    WITH i, entry, entry.node AS gn
    ORDER BY i
    RETURN collect(${NODE_VIEW}) AS nodes
  }
  CALL (c) {
    WITH c AS gn, {depth: 0} AS entry
    RETURN ${NODE_VIEW} AS center
  }
  RETURN center, nodes, pageEdges, size(ordered) AS totalNodes, truncated`;

interface EdgeRow {
  source: string;
  target: string;
  type: string;
  label: string | null;
  qualifier: string | null;
  factId: string | null;
  modality: string | null;
  condition: string | null;
}

/** The ego network of an entity, one page of nodes with the edges that page draws. */
export async function neighbourhood(tx: Tx, request: NeighbourhoodRequest, window: Window) {
  const row = await ask(tx, CYPHER, { ...request, ...windowParams(window) }, [{ field: 'id', id: request.id }]);
  const edges = (row.pageEdges as EdgeRow[]).map((e) => ({
    ...e,
    id: [e.type, e.source, e.target, e.factId ?? ''].join('|'),
    label: e.label ?? relationWords(e.type),
    conditional: e.modality === 'CONDITIONAL',
  }));
  // Code-point order: localeCompare costs ICU collation per comparison, and edge ids are not prose.
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { center: row.center, nodes: row.nodes as unknown[], edges, totalNodes: row.totalNodes as number, truncated: row.truncated as boolean };
}
