import { RECORD_TYPES, type FieldModel } from '../../../model/index.js';
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
const COLLAPSED_LABELS = ['Participation', 'Involvement', 'Membership', 'Office'];
const COLLAPSED = COLLAPSED_LABELS.join('|');
const NOT_NEIGHBOURS = ['Source', 'Dateline', ...COLLAPSED_LABELS].map((label) => `'${label}'`).join(', ');

/** The relationship types of the links the model declares on `types` (src/model), for a typed expand. */
const linkTypes = (types: ReadonlyArray<(typeof RECORD_TYPES)[number]>) =>
  [
    ...new Set(
      types.flatMap((t) => Object.values(t.fields as Record<string, FieldModel>).flatMap((f) => (f.kind === 'link' ? [f.rel] : []))),
    ),
  ].join('|');

/**
 * The links by which a collapsed fact points at what it links, from the model. A hub is found by its facts
 * along these types only: walking all its relationships to find them read every statement made for it.
 */
const FACT_LINKS = linkTypes(RECORD_TYPES.filter((t) => COLLAPSED_LABELS.includes(t.label)));

/**
 * Every link between records. A neighbour is found along these types by name: a hub's tens of thousands of
 * made-for links (write/madeFor.ts), which repeat what a statement's own links say and are no edges, are then
 * never read, where `!MADE_FOR` read them all to skip them.
 */
const RECORD_LINKS = linkTypes(RECORD_TYPES);

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

/**
 * Rows (m, e): each neighbour `m` of `n` as the graph view draws it, with the edge `e`, at most fanout + 1.
 * An edge travels as its ends' element ids and what it is made from; it is drawn (ids, labels, modality read)
 * only if its page shows it, since most edges found around a hub's neighbours join nodes no page reaches.
 */
const expand = (fanout: number) => `
  CALL (n) {
    MATCH (n)-[r:${RECORD_LINKS}]-(m:Entity)
    // Provenance is evidence, not a neighbour; facts are drawn as edges. One read of the labels: a test per label cost a db hit each.
    WHERE none(label IN labels(m) WHERE label IN [${NOT_NEIGHBOURS}])
    WITH r, m, CASE WHEN n:Position THEN n WHEN m:Position THEN m END AS stance LIMIT ${fanout + 1}
    RETURN m, {s: elementId(startNode(r)), t: elementId(endNode(r)), via: 'rel', r: r, stance: stance} AS e
    UNION
    MATCH (n)<-[:${FACT_LINKS}]-(f:${COLLAPSED})
    WITH DISTINCT f LIMIT ${fanout + 1}
    UNWIND ${FACT_EDGES} AS x
    WITH f, x WHERE x.s IS NOT NULL AND x.t IS NOT NULL AND (x.s = n OR x.t = n)
    RETURN CASE WHEN x.s = n THEN x.t ELSE x.s END AS m,
      {s: elementId(x.s), t: elementId(x.t), via: 'fact', sn: x.s, tn: x.t, f: f, type: x.type, label: x.label, qualifier: x.qualifier} AS e
    UNION
    MATCH (n:EvacuationMovement)-[:HAS_LEG]->(l:EvacuationLeg)-[r:FROM|TO|VIA|CARRIED_BY]->(m:Entity)
    WITH l, r, m LIMIT ${fanout + 1}
    RETURN m, {s: elementId(n), t: elementId(m), via: 'leg', sn: n, tn: m, r: r, l: l} AS e
    UNION
    MATCH (n)<-[r:FROM|TO|VIA|CARRIED_BY]-(l:EvacuationLeg)<-[:HAS_LEG]-(m:EvacuationMovement)
    WITH l, r, m LIMIT ${fanout + 1}
    RETURN m, {s: elementId(m), t: elementId(n), via: 'leg', sn: m, tn: n, r: r, l: l} AS e
  }
  WITH m, e LIMIT ${fanout + 1}
  RETURN collect(m) AS around, collect(e) AS edges`;

/** An edge `e` found by `expand` as the API draws it: a relationship (a stance on it gives its modality), a collapsed fact or an evacuation leg (from its movement). */
const EDGE_VIEW = `CASE e.via
  WHEN 'rel' THEN {source: startNode(e.r).id, target: endNode(e.r).id, type: type(e.r), label: null, qualifier: null,
    factId: CASE WHEN startNode(e.r):Country|Person|Organization|Place THEN null ELSE startNode(e.r).id END,
    modality: e.stance.modality, condition: e.stance.condition}
  WHEN 'fact' THEN {source: e.sn.id, target: e.tn.id, type: e.type, label: e.label, qualifier: e.qualifier, factId: e.f.id, modality: null, condition: null}
  ELSE {source: e.sn.id, target: e.tn.id, type: ${LEG_TYPES}[type(e.r)], label: ${LEG_LABELS}[type(e.r)], qualifier: e.l.mode, factId: e.sn.id,
    modality: null, condition: null}
END`;

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
    [x IN ordered[$skip..($skip + $limit)] | elementId(x.node)] AS pageIds,
    [elementId(c)] + [x IN ordered[..($skip + $limit)] | elementId(x.node)] AS knownIds
  CALL (allEdges, pageIds, knownIds) {
    UNWIND allEdges AS e
    WITH DISTINCT e
    WHERE e.s IN knownIds AND e.t IN knownIds AND (e.s IN pageIds OR e.t IN pageIds)
    WITH DISTINCT ${EDGE_VIEW} AS drawn
    RETURN collect(drawn) AS pageEdges
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
