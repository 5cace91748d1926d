// GraphQL:
// { neighbourhood(id: "country:KZ", depth: 2, limit: 500) { center { id kind label depth } totalNodes truncated pageInfo { hasNextPage endCursor } nodes { id kind label depth } edges { id source target type label qualifier factId modality conditional condition } } }
CALL () { RETURN [a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field] AS missing } OPTIONAL CALL () {
  MATCH (c:Entity {id: $id})
  CALL (c) { WITH c AS n
    CALL (n) {
      MATCH (n)-[r:!MADE_FOR]-(m:Entity)
      WHERE NOT m:Source AND NOT m:Dateline AND NOT m:Participation|Involvement|Membership|Office // provenance is evidence, not a neighbour AND NOT type(r) IN ['CITES', 'HAS_NAME']
      WITH r, m, CASE WHEN n:Position THEN n WHEN m:Position THEN m END AS stance LIMIT 201
      RETURN m, {source: startNode(r).id, target: endNode(r).id, type: type(r), label: null, qualifier: null,
        factId: CASE WHEN startNode(r):Country|Person|Organization|Place THEN null ELSE startNode(r).id END, modality: stance.modality, condition: stance.condition} AS e
      UNION
      MATCH (n)--(f:Participation|Involvement|Membership|Office)
      WITH DISTINCT f LIMIT 201
      UNWIND
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
        END][0] AS x
      WITH f, x WHERE x.s IS NOT NULL AND x.t IS NOT NULL AND (x.s = n OR x.t = n)
      RETURN CASE WHEN x.s = n THEN x.t ELSE x.s END AS m,
      {source: x.s.id, target: x.t.id, type: x.type, label: x.label, qualifier: x.qualifier, factId: f.id, modality: null, condition: null} AS e
      UNION
      MATCH (n:EvacuationMovement)-[:HAS_LEG]->(l:EvacuationLeg)-[r:FROM|TO|VIA|CARRIED_BY]->(m:Entity)
      WITH l, r, m LIMIT 201
      RETURN m, {source: n.id, target: m.id, type: {FROM: 'ROUTE_FROM', TO: 'ROUTE_TO', VIA: 'TRANSIT_VIA', CARRIED_BY: 'CARRIED_BY'}[type(r)], label: {FROM: 'from', TO: 'to', VIA: 'via', CARRIED_BY: 'carried by'}[type(r)], qualifier: l.mode, factId: n.id, modality: null, condition: null} AS e
      UNION
      MATCH (n)<-[r:FROM|TO|VIA|CARRIED_BY]-(l:EvacuationLeg)<-[:HAS_LEG]-(m:EvacuationMovement)
      WITH l, r, m LIMIT 201
      RETURN m, {source: m.id, target: n.id, type: {FROM: 'ROUTE_FROM', TO: 'ROUTE_TO', VIA: 'TRANSIT_VIA', CARRIED_BY: 'CARRIED_BY'}[type(r)], label: {FROM: 'from', TO: 'to', VIA: 'via', CARRIED_BY: 'carried by'}[type(r)], qualifier: l.mode, factId: m.id, modality: null, condition: null} AS e
    }
    WITH m, e LIMIT 201
    RETURN collect(m) AS around, collect(e) AS edges }
  WITH c, around[..200] AS ring1Raw, edges[..200] AS edges1, size(around) > 200 AS cut1
  WITH c, edges1, cut1, reduce(seen = [], m IN ring1Raw | CASE WHEN m = c OR m IN seen THEN seen ELSE seen + m END) AS ring1
  CALL (ring1) {
    UNWIND CASE WHEN $depth = 2 THEN ring1 ELSE [] END AS n
    CALL (n) {
      CALL (n) {
        MATCH (n)-[r:!MADE_FOR]-(m:Entity)
        WHERE NOT m:Source AND NOT m:Dateline AND NOT m:Participation|Involvement|Membership|Office // provenance is evidence, not a neighbour AND NOT type(r) IN ['CITES', 'HAS_NAME']
        WITH r, m, CASE WHEN n:Position THEN n WHEN m:Position THEN m END AS stance LIMIT 51
        RETURN m, {source: startNode(r).id, target: endNode(r).id, type: type(r), label: null, qualifier: null,
          factId: CASE WHEN startNode(r):Country|Person|Organization|Place THEN null ELSE startNode(r).id END, modality: stance.modality, condition: stance.condition} AS e
        UNION
        MATCH (n)--(f:Participation|Involvement|Membership|Office)
        WITH DISTINCT f LIMIT 51
        UNWIND
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
          END][0] AS x
        WITH f, x WHERE x.s IS NOT NULL AND x.t IS NOT NULL AND (x.s = n OR x.t = n)
        RETURN CASE WHEN x.s = n THEN x.t ELSE x.s END AS m,
        {source: x.s.id, target: x.t.id, type: x.type, label: x.label, qualifier: x.qualifier, factId: f.id, modality: null, condition: null} AS e
        UNION
        MATCH (n:EvacuationMovement)-[:HAS_LEG]->(l:EvacuationLeg)-[r:FROM|TO|VIA|CARRIED_BY]->(m:Entity)
        WITH l, r, m LIMIT 51
        RETURN m, {source: n.id, target: m.id, type: {FROM: 'ROUTE_FROM', TO: 'ROUTE_TO', VIA: 'TRANSIT_VIA', CARRIED_BY: 'CARRIED_BY'}[type(r)], label: {FROM: 'from', TO: 'to', VIA: 'via', CARRIED_BY: 'carried by'}[type(r)], qualifier: l.mode, factId: n.id, modality: null, condition: null} AS e
        UNION
        MATCH (n)<-[r:FROM|TO|VIA|CARRIED_BY]-(l:EvacuationLeg)<-[:HAS_LEG]-(m:EvacuationMovement)
        WITH l, r, m LIMIT 51
        RETURN m, {source: m.id, target: n.id, type: {FROM: 'ROUTE_FROM', TO: 'ROUTE_TO', VIA: 'TRANSIT_VIA', CARRIED_BY: 'CARRIED_BY'}[type(r)], label: {FROM: 'from', TO: 'to', VIA: 'via', CARRIED_BY: 'carried by'}[type(r)], qualifier: l.mode, factId: m.id, modality: null, condition: null} AS e
      }
      WITH m, e LIMIT 51
      RETURN collect(m) AS around, collect(e) AS edges }
    RETURN collect(around[..50]) AS nodeLists, collect(edges[..50]) AS edgeLists,
    any(cut IN collect(size(around) > 50) WHERE cut) AS cutOuter
  }
  CALL (nodeLists) { UNWIND nodeLists AS l UNWIND l AS m WITH DISTINCT m LIMIT 5001 RETURN collect(m) AS ring2Raw }
  CALL (edgeLists) { UNWIND edgeLists AS l UNWIND l AS e RETURN collect(DISTINCT e) AS edges2 }
  WITH c, cut1 OR cutOuter OR size(ring2Raw) > 5000 AS truncated,
  [{node: c, depth: 0}] + [m IN ring1 | {node: m, depth: 1}] + [m IN ring2Raw[..5000] WHERE m <> c AND NOT m IN ring1 | {node: m, depth: 2}] AS entries,
  edges1 + edges2 AS allEdges
  CALL (entries) {
    UNWIND entries AS entry
    WITH DISTINCT entry
    WITH entry ORDER BY entry.depth, head([typeLabel IN labels(entry.node) WHERE typeLabel <> 'Entity']), entry.node.id
    RETURN collect(entry)[..5000] AS ordered
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
    RETURN collect({id: gn.id, kind: head([typeLabel IN labels(gn) WHERE typeLabel <> 'Entity']), label: [gn_ends IN [[(gn)-[gn_r:HELD_BY|OF_ACTOR|OF_MEMBER|IN_GROUP]->(gn_h) | {t: type(gn_r), n: gn_h.name}]] | CASE
          WHEN gn:Position THEN coalesce(head([gn_end IN gn_ends WHERE gn_end.t <> 'IN_GROUP' | gn_end.n]), '?') + ': ' + coalesce(COLLECT { MATCH (gn_stance_def:StanceDefinition {code: gn.stance}) RETURN gn_stance_def.label }[0], gn.stance)
          + CASE gn.modality WHEN 'ASSERTED' THEN '' ELSE ' (' + toLower(gn.modality) + ')' END
          WHEN gn:Participation OR gn:Involvement OR gn:Attendance THEN coalesce(head([gn_end IN gn_ends WHERE gn_end.t <> 'IN_GROUP' | gn_end.n]), '?') + ' as ' + gn.role
          WHEN gn:Membership THEN coalesce(head([gn_end IN gn_ends WHERE gn_end.t = 'OF_MEMBER' | gn_end.n]), '?') + ' in ' + coalesce(head([gn_end IN gn_ends WHERE gn_end.t = 'IN_GROUP' | gn_end.n]), '?')
          ELSE CASE WHEN gn:Statement THEN CASE WHEN size(gn.text) > 80 THEN left(gn.text, 79) + '…' ELSE gn.text END
          ELSE coalesce(gn.name, gn.title, gn.label, gn.description, 'Round ' + toString(gn.ordinal), gn.publisher, gn.id) END END][0], depth: entry.depth}) AS nodes
  }
  CALL (c) {
    WITH c AS gn, {depth: 0} AS entry
    RETURN {id: gn.id, kind: head([typeLabel IN labels(gn) WHERE typeLabel <> 'Entity']), label: [gn_ends IN [[(gn)-[gn_r:HELD_BY|OF_ACTOR|OF_MEMBER|IN_GROUP]->(gn_h) | {t: type(gn_r), n: gn_h.name}]] | CASE
        WHEN gn:Position THEN coalesce(head([gn_end IN gn_ends WHERE gn_end.t <> 'IN_GROUP' | gn_end.n]), '?') + ': ' + coalesce(COLLECT { MATCH (gn_stance_def:StanceDefinition {code: gn.stance}) RETURN gn_stance_def.label }[0], gn.stance)
        + CASE gn.modality WHEN 'ASSERTED' THEN '' ELSE ' (' + toLower(gn.modality) + ')' END
        WHEN gn:Participation OR gn:Involvement OR gn:Attendance THEN coalesce(head([gn_end IN gn_ends WHERE gn_end.t <> 'IN_GROUP' | gn_end.n]), '?') + ' as ' + gn.role
        WHEN gn:Membership THEN coalesce(head([gn_end IN gn_ends WHERE gn_end.t = 'OF_MEMBER' | gn_end.n]), '?') + ' in ' + coalesce(head([gn_end IN gn_ends WHERE gn_end.t = 'IN_GROUP' | gn_end.n]), '?')
        ELSE CASE WHEN gn:Statement THEN CASE WHEN size(gn.text) > 80 THEN left(gn.text, 79) + '…' ELSE gn.text END
        ELSE coalesce(gn.name, gn.title, gn.label, gn.description, 'Round ' + toString(gn.ordinal), gn.publisher, gn.id) END END][0], depth: entry.depth} AS center
  }
  RETURN center, nodes, pageEdges, size(ordered) AS totalNodes, truncated } RETURN *
// parameters:
//   $anchors = [{"field":"id","id":"country:KZ"}]
//   $depth = 2
//   $id = "country:KZ"
//   $limit = 500
//   $skip = 0
