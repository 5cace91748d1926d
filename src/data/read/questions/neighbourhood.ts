import { RECORD_TYPES, type FieldModel } from '../../../model/index.js';
import { CAPS } from './caps.js';
import { displayName, kindOf } from './fragments.js';
import { relationWords } from './relationWords.js';
import { integer, type Tx } from '../../database.js';
import { ask } from './run.js';

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
 * The links a statement declares, and every other link between records. A neighbour is found along these
 * types by name: a hub's tens of thousands of made-for links (write/madeFor.ts), which repeat what a
 * statement's own links say and are no edges, are then never read. Statements have a bound of their own, so a
 * country's thousands of statements do not crowd out its stances, organizations and members.
 */
const STATEMENT_LINK_TYPES = linkTypes(RECORD_TYPES.filter((t) => t.label === 'Statement')).split('|');
const STATEMENT_LINKS = STATEMENT_LINK_TYPES.join('|');
const RECORD_LINKS = linkTypes(RECORD_TYPES);
const OTHER_LINKS = RECORD_LINKS.split('|')
  .filter((type) => !STATEMENT_LINK_TYPES.includes(type))
  .join('|');

/**
 * Links only facts have (a round's participations, a group's memberships). Pointing at `n`, they are skipped by
 * their type before the record at their other end is read: a busy round's were read, then dropped, one by one.
 */
const DRAWN_AS_NODES = linkTypes(RECORD_TYPES.filter((t) => !COLLAPSED_LABELS.includes(t.label))).split('|');
const FACT_ONLY = FACT_LINKS.split('|').filter((type) => !DRAWN_AS_NODES.includes(type));

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
 * At most `per` rows of one kind of link around `n`, read in storage order and no further, with `cut` true
 * when there were more: the rows the branch matched are bound to `m` and `e`.
 */
const atMost = (per: number) => `
    WITH collect({m: m, e: e}) AS rows
    UNWIND rows[..${per}] AS row
    RETURN row.m AS m, row.e AS e, size(rows) > ${per} AS cut`;

/**
 * Rows (m, e, cut): each neighbour `m` of `n` as the graph view draws it, with the edge `e`; at most `per`
 * along statements' links, along other records' links, through collapsed facts and along evacuation legs
 * each, so what is read depends on these bounds and not on how many links a hub has.
 * An edge travels as its ends' element ids and what it is made from; it is drawn (ids, labels, modality read)
 * only if its page shows it, since most edges found around a hub's neighbours join nodes no page reaches.
 */
const expand = (per: number, statementsApart: boolean) => `
  CALL (n) {
    ${statementsApart ? `MATCH (n)-[r:${STATEMENT_LINKS}]-(m:Entity)
    WITH r, m WHERE none(label IN labels(m) WHERE label IN [${NOT_NEIGHBOURS}])
    WITH r, m, CASE WHEN n:Position THEN n WHEN m:Position THEN m END AS stance LIMIT ${per + 1}
    WITH m, {s: elementId(startNode(r)), t: elementId(endNode(r)), via: 'rel', r: r, stance: stance} AS e
    ${atMost(per)}
    UNION
    ` : ''}MATCH (n)-[r:${statementsApart ? OTHER_LINKS : RECORD_LINKS}]-(m)
    WHERE NOT (startNode(r) = m AND type(r) IN [${FACT_ONLY.map((t) => `'${t}'`).join(', ')}])
    // Provenance is evidence, not a neighbour; facts are drawn as edges. One read of the labels: a test per label cost a db hit each.
    WITH r, m WHERE m:Entity AND none(label IN labels(m) WHERE label IN [${NOT_NEIGHBOURS}])
    WITH r, m, CASE WHEN n:Position THEN n WHEN m:Position THEN m END AS stance LIMIT ${per + 1}
    WITH m, {s: elementId(startNode(r)), t: elementId(endNode(r)), via: 'rel', r: r, stance: stance} AS e
    ${atMost(per)}
    UNION
    MATCH (n)<-[:${FACT_LINKS}]-(f:${COLLAPSED})
    WITH DISTINCT f LIMIT ${per + 1}
    WITH collect(f) AS facts
    UNWIND facts[..${per}] AS f
    UNWIND ${FACT_EDGES} AS x
    WITH facts, f, x WHERE x.s IS NOT NULL AND x.t IS NOT NULL AND (x.s = n OR x.t = n)
    RETURN CASE WHEN x.s = n THEN x.t ELSE x.s END AS m,
      {s: elementId(x.s), t: elementId(x.t), via: 'fact', sn: x.s, tn: x.t, f: f, type: x.type, label: x.label, qualifier: x.qualifier} AS e,
      size(facts) > ${per} AS cut
    UNION
    MATCH (n:EvacuationMovement)-[:HAS_LEG]->(l:EvacuationLeg)-[r:FROM|TO|VIA|CARRIED_BY]->(m:Entity)
    WITH l, r, m LIMIT ${per + 1}
    WITH m, {s: elementId(n), t: elementId(m), via: 'leg', sn: n, tn: m, r: r, l: l} AS e
    ${atMost(per)}
    UNION
    MATCH (n)<-[r:FROM|TO|VIA|CARRIED_BY]-(l:EvacuationLeg)<-[:HAS_LEG]-(m:EvacuationMovement)
    WITH l, r, m LIMIT ${per + 1}
    WITH m, {s: elementId(m), t: elementId(n), via: 'leg', sn: m, tn: n, r: r, l: l} AS e
    ${atMost(per)}
  }
  RETURN collect(m) AS around, collect(e) AS edges, any(c IN collect(cut) WHERE c) AS cut`;

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

/** Entries strictly after the cursor's node in the order of the view: depth, kind, id. */
const AFTER_CURSOR = (x: string) => {
  const kind = kindOf(`${x}.node`);
  return `($afterId = '' OR ${x}.depth > $afterDepth OR (${x}.depth = $afterDepth AND (${kind} > $afterKind OR (${kind} = $afterKind AND ${x}.node.id > $afterId))))`;
};

/**
 * Nodes are the centre (depth 0, so first on the first page), its neighbours (depth 1) and theirs (depth 2),
 * ordered by depth, kind and id and paged after the cursor's node; `totalNodes` counts the same list. A page's
 * edges are those between its nodes and the nodes of this or earlier pages. `truncated` says a node had more
 * neighbours of one kind than are explored, so the network is a sample and there are more nodes than counted.
 */
const CYPHER = `
  MATCH (c:Entity {id: $id})
  CALL (c) { WITH c AS n ${expand(CAPS.fanout, true)} }
  WITH c, edges AS edges1, cut AS cut1, reduce(seen = [], m IN around | CASE WHEN m = c OR m IN seen THEN seen ELSE seen + m END) AS ring1
  CALL (ring1) {
    UNWIND CASE WHEN $depth = 2 THEN ring1 ELSE [] END AS n
    CALL (n) { ${expand(CAPS.outerFanout, false)} }
    RETURN collect(around) AS nodeLists, collect(edges) AS edgeLists, any(c IN collect(cut) WHERE c) AS cutOuter
  }
  CALL (nodeLists) { UNWIND nodeLists AS l UNWIND l AS m RETURN collect(DISTINCT m) AS ring2Raw }
  CALL (edgeLists) { UNWIND edgeLists AS l UNWIND l AS e RETURN collect(DISTINCT e) AS edges2 }
  WITH c, cut1 OR cutOuter AS truncated,
    [{node: c, depth: 0}] + [m IN ring1 | {node: m, depth: 1}] + [m IN ring2Raw WHERE m <> c AND NOT m IN ring1 | {node: m, depth: 2}] AS entries,
    edges1 + edges2 AS allEdges
  CALL (entries) {
    UNWIND entries AS entry
    WITH entry ORDER BY entry.depth, ${kindOf('entry.node')}, entry.node.id
    RETURN collect(entry) AS ordered
  }
  WITH c, truncated, ordered, allEdges, size([x IN ordered WHERE NOT ${AFTER_CURSOR('x')}]) AS skip
  WITH c, truncated, ordered, allEdges, ordered[skip..(skip + $limit)] AS page, size(ordered) > skip + $limit AS hasNextPage,
    [elementId(c)] + [x IN ordered[..(skip + $limit)] | elementId(x.node)] AS knownIds
  WITH c, truncated, ordered, allEdges, page, hasNextPage, knownIds, [x IN page | elementId(x.node)] AS pageIds
  CALL (allEdges, pageIds, knownIds) {
    UNWIND allEdges AS e
    WITH DISTINCT e
    WHERE e.s IN knownIds AND e.t IN knownIds AND (e.s IN pageIds OR e.t IN pageIds)
    WITH DISTINCT ${EDGE_VIEW} AS drawn
    RETURN collect(drawn) AS pageEdges
  }
  CALL (page) {
    UNWIND range(0, size(page) - 1) AS i
    WITH i, page[i] AS entry
    WITH i, entry, entry.node AS gn
    ORDER BY i
    RETURN collect(${NODE_VIEW}) AS nodes
  }
  CALL (c) {
    WITH c AS gn, {depth: 0} AS entry
    RETURN ${NODE_VIEW} AS center
  }
  RETURN center, nodes, pageEdges, size(ordered) AS totalNodes, truncated, hasNextPage`;

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

/** A node of the view by its place in the view's order: the last node of the previous page. */
export interface GraphPosition {
  depth: number;
  kind: string;
  id: string;
}

/** The ego network of an entity, one page of `limit` nodes after `after` with the edges that page draws. */
export async function neighbourhood(tx: Tx, request: NeighbourhoodRequest, after: GraphPosition | null, limit: number) {
  const position = { afterDepth: integer(after?.depth ?? 0), afterKind: after?.kind ?? '', afterId: after?.id ?? '' };
  const row = await ask(tx, CYPHER, { ...request, ...position, limit: integer(limit) }, [{ field: 'id', id: request.id }]);
  const edges = (row.pageEdges as EdgeRow[]).map((e) => ({
    ...e,
    id: [e.type, e.source, e.target, e.factId ?? ''].join('|'),
    label: e.label ?? relationWords(e.type),
    conditional: e.modality === 'CONDITIONAL',
  }));
  // Code-point order: localeCompare costs ICU collation per comparison, and edge ids are not prose.
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const truncated = row.truncated as boolean;
  return {
    center: row.center,
    nodes: row.nodes as GraphPosition[],
    edges,
    totalNodes: row.totalNodes as number,
    totalNodesIsLowerBound: truncated,
    truncated,
    hasNextPage: row.hasNextPage as boolean,
  };
}
