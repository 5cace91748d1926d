// GraphQL:
// { neighbourhood(id: "country:KZ", depth: 2, limit: 500) { center { id kind label depth } totalNodes truncated pageInfo { hasNextPage endCursor } nodes { id kind label depth } edges { id source target type label qualifier factId modality conditional condition } } }
CALL () { RETURN [a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field] AS missing } OPTIONAL CALL () {
  MATCH (c:Entity {id: $id})
  CALL (c) { WITH c AS n
    CALL (n) {
      MATCH (n)-[r:SPOKEN_BY|ON_BEHALF_OF|AT_EVENT|ABOUT|MENTIONS|EXPRESSES|RENDERS|DELIVERED_BY|AT_ROUND|ABOUT_PROCESS]-(m:Entity)
      WITH r, m WHERE none(label IN labels(m) WHERE label IN ['Source', 'Dateline', 'Participation', 'Involvement', 'Membership', 'Office'])
      WITH r, m, CASE WHEN n:Position THEN n WHEN m:Position THEN m END AS stance LIMIT 26
      WITH m, {s: elementId(startNode(r)), t: elementId(endNode(r)), via: 'rel', r: r, stance: stance} AS e
      WITH collect({m: m, e: e}) AS rows
      UNWIND rows[..25] AS row
      RETURN row.m AS m, row.e AS e, size(rows) > 25 AS cut
      UNION
      MATCH (n)-[r:RELAYS|OF_COUNTRY|PART_OF|IN_COUNTRY|OF_SOURCE|DATELINED_IN|OF_MEMBER|IN_GROUP|HELD_BY|IN_ORGANIZATION|HELD_IN|ORGANIZED_BY|CARRIED_OUT_BY|DIRECTED_AT|OF_EVENT|OF_ACTOR|REPRESENTING|IN_CONFLICT|CONCERNS|OF_PROCESS|BROADER|TOWARD|REAFFIRMS|SUPERSEDES|IN_PROCESS|IN_ROUND|LED_BY|CONDUCTED_BY|PROMPTED_BY|OF_OPERATION|ALTERNATIVE_TO]-(m)
      WHERE NOT (startNode(r) = m AND type(r) IN ['OF_MEMBER', 'IN_GROUP', 'IN_ORGANIZATION', 'IN_CONFLICT', 'IN_PROCESS', 'IN_ROUND', 'LED_BY'])
      // Provenance is evidence, not a neighbour; facts are drawn as edges. One read of the labels: a test per label cost a db hit each.
      WITH r, m WHERE m:Entity AND none(label IN labels(m) WHERE label IN ['Source', 'Dateline', 'Participation', 'Involvement', 'Membership', 'Office'])
      WITH r, m, CASE WHEN n:Position THEN n WHEN m:Position THEN m END AS stance LIMIT 26
      WITH m, {s: elementId(startNode(r)), t: elementId(endNode(r)), via: 'rel', r: r, stance: stance} AS e
      WITH collect({m: m, e: e}) AS rows
      UNWIND rows[..25] AS row
      RETURN row.m AS m, row.e AS e, size(rows) > 25 AS cut
      UNION
      MATCH (n)<-[:OF_MEMBER|IN_GROUP|HELD_BY|IN_ORGANIZATION|OF_ACTOR|IN_CONFLICT|IN_PROCESS|IN_ROUND|LED_BY]-(f:Participation|Involvement|Membership|Office)
      WITH DISTINCT f LIMIT 26
      WITH collect(f) AS facts
      UNWIND facts[..25] AS f
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
      WITH facts, f, x WHERE x.s IS NOT NULL AND x.t IS NOT NULL AND (x.s = n OR x.t = n)
      RETURN CASE WHEN x.s = n THEN x.t ELSE x.s END AS m,
      {s: elementId(x.s), t: elementId(x.t), via: 'fact', sn: x.s, tn: x.t, f: f, type: x.type, label: x.label, qualifier: x.qualifier} AS e,
      size(facts) > 25 AS cut
      UNION
      MATCH (n:EvacuationMovement)-[:HAS_LEG]->(l:EvacuationLeg)-[r:FROM|TO|VIA|CARRIED_BY]->(m:Entity)
      WITH l, r, m LIMIT 26
      WITH m, {s: elementId(n), t: elementId(m), via: 'leg', sn: n, tn: m, r: r, l: l} AS e
      WITH collect({m: m, e: e}) AS rows
      UNWIND rows[..25] AS row
      RETURN row.m AS m, row.e AS e, size(rows) > 25 AS cut
      UNION
      MATCH (n)<-[r:FROM|TO|VIA|CARRIED_BY]-(l:EvacuationLeg)<-[:HAS_LEG]-(m:EvacuationMovement)
      WITH l, r, m LIMIT 26
      WITH m, {s: elementId(m), t: elementId(n), via: 'leg', sn: m, tn: n, r: r, l: l} AS e
      WITH collect({m: m, e: e}) AS rows
      UNWIND rows[..25] AS row
      RETURN row.m AS m, row.e AS e, size(rows) > 25 AS cut
    }
    RETURN collect(m) AS around, collect(e) AS edges, any(c IN collect(cut) WHERE c) AS cut }
  WITH c, edges AS edges1, cut AS cut1, reduce(seen = [], m IN around | CASE WHEN m = c OR m IN seen THEN seen ELSE seen + m END) AS ring1
  CALL (ring1) {
    UNWIND CASE WHEN $depth = 2 THEN ring1 ELSE [] END AS n
    CALL (n) {
      CALL (n) {
        MATCH (n)-[r:RELAYS|OF_COUNTRY|PART_OF|IN_COUNTRY|OF_SOURCE|DATELINED_IN|OF_MEMBER|IN_GROUP|HELD_BY|IN_ORGANIZATION|HELD_IN|ORGANIZED_BY|CARRIED_OUT_BY|DIRECTED_AT|OF_EVENT|OF_ACTOR|REPRESENTING|IN_CONFLICT|CONCERNS|OF_PROCESS|BROADER|TOWARD|REAFFIRMS|SUPERSEDES|SPOKEN_BY|ON_BEHALF_OF|AT_EVENT|ABOUT|MENTIONS|EXPRESSES|RENDERS|DELIVERED_BY|AT_ROUND|ABOUT_PROCESS|IN_PROCESS|IN_ROUND|LED_BY|CONDUCTED_BY|PROMPTED_BY|OF_OPERATION|ALTERNATIVE_TO]-(m)
        WHERE NOT (startNode(r) = m AND type(r) IN ['OF_MEMBER', 'IN_GROUP', 'IN_ORGANIZATION', 'IN_CONFLICT', 'IN_PROCESS', 'IN_ROUND', 'LED_BY'])
        // Provenance is evidence, not a neighbour; facts are drawn as edges. One read of the labels: a test per label cost a db hit each.
        WITH r, m WHERE m:Entity AND none(label IN labels(m) WHERE label IN ['Source', 'Dateline', 'Participation', 'Involvement', 'Membership', 'Office'])
        WITH r, m, CASE WHEN n:Position THEN n WHEN m:Position THEN m END AS stance LIMIT 11
        WITH m, {s: elementId(startNode(r)), t: elementId(endNode(r)), via: 'rel', r: r, stance: stance} AS e
        WITH collect({m: m, e: e}) AS rows
        UNWIND rows[..10] AS row
        RETURN row.m AS m, row.e AS e, size(rows) > 10 AS cut
        UNION
        MATCH (n)<-[:OF_MEMBER|IN_GROUP|HELD_BY|IN_ORGANIZATION|OF_ACTOR|IN_CONFLICT|IN_PROCESS|IN_ROUND|LED_BY]-(f:Participation|Involvement|Membership|Office)
        WITH DISTINCT f LIMIT 11
        WITH collect(f) AS facts
        UNWIND facts[..10] AS f
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
        WITH facts, f, x WHERE x.s IS NOT NULL AND x.t IS NOT NULL AND (x.s = n OR x.t = n)
        RETURN CASE WHEN x.s = n THEN x.t ELSE x.s END AS m,
        {s: elementId(x.s), t: elementId(x.t), via: 'fact', sn: x.s, tn: x.t, f: f, type: x.type, label: x.label, qualifier: x.qualifier} AS e,
        size(facts) > 10 AS cut
        UNION
        MATCH (n:EvacuationMovement)-[:HAS_LEG]->(l:EvacuationLeg)-[r:FROM|TO|VIA|CARRIED_BY]->(m:Entity)
        WITH l, r, m LIMIT 11
        WITH m, {s: elementId(n), t: elementId(m), via: 'leg', sn: n, tn: m, r: r, l: l} AS e
        WITH collect({m: m, e: e}) AS rows
        UNWIND rows[..10] AS row
        RETURN row.m AS m, row.e AS e, size(rows) > 10 AS cut
        UNION
        MATCH (n)<-[r:FROM|TO|VIA|CARRIED_BY]-(l:EvacuationLeg)<-[:HAS_LEG]-(m:EvacuationMovement)
        WITH l, r, m LIMIT 11
        WITH m, {s: elementId(m), t: elementId(n), via: 'leg', sn: m, tn: n, r: r, l: l} AS e
        WITH collect({m: m, e: e}) AS rows
        UNWIND rows[..10] AS row
        RETURN row.m AS m, row.e AS e, size(rows) > 10 AS cut
      }
      RETURN collect(m) AS around, collect(e) AS edges, any(c IN collect(cut) WHERE c) AS cut }
    RETURN collect(around) AS nodeLists, collect(edges) AS edgeLists, any(c IN collect(cut) WHERE c) AS cutOuter
  }
  CALL (nodeLists) { UNWIND nodeLists AS l UNWIND l AS m RETURN collect(DISTINCT m) AS ring2Raw }
  CALL (edgeLists) { UNWIND edgeLists AS l UNWIND l AS e RETURN collect(DISTINCT e) AS edges2 }
  WITH c, cut1 OR cutOuter AS truncated,
  [{node: c, depth: 0}] + [m IN ring1 | {node: m, depth: 1}] + [m IN ring2Raw WHERE m <> c AND NOT m IN ring1 | {node: m, depth: 2}] AS entries,
  edges1 + edges2 AS allEdges
  CALL (entries) {
    UNWIND entries AS entry
    WITH entry ORDER BY entry.depth, head([typeLabel IN labels(entry.node) WHERE typeLabel <> 'Entity']), entry.node.id
    RETURN collect(entry) AS ordered
  }
  WITH c, truncated, ordered, allEdges, size([x IN ordered WHERE NOT ($afterId = '' OR x.depth > $afterDepth OR (x.depth = $afterDepth AND (head([typeLabel IN labels(x.node) WHERE typeLabel <> 'Entity']) > $afterKind OR (head([typeLabel IN labels(x.node) WHERE typeLabel <> 'Entity']) = $afterKind AND x.node.id > $afterId))))]) AS skip
  WITH c, truncated, ordered, allEdges, ordered[skip..(skip + $limit)] AS page, size(ordered) > skip + $limit AS hasNextPage,
  [elementId(c)] + [x IN ordered[..(skip + $limit)] | elementId(x.node)] AS knownIds
  WITH c, truncated, ordered, allEdges, page, hasNextPage, knownIds, [x IN page | elementId(x.node)] AS pageIds
  CALL (allEdges, pageIds, knownIds) {
    UNWIND allEdges AS e
    WITH DISTINCT e
    WHERE e.s IN knownIds AND e.t IN knownIds AND (e.s IN pageIds OR e.t IN pageIds)
    WITH DISTINCT CASE e.via
    WHEN 'rel' THEN {source: startNode(e.r).id, target: endNode(e.r).id, type: type(e.r), label: null, qualifier: null,
      factId: CASE WHEN startNode(e.r):Country|Person|Organization|Place THEN null ELSE startNode(e.r).id END,
      modality: e.stance.modality, condition: e.stance.condition}
    WHEN 'fact' THEN {source: e.sn.id, target: e.tn.id, type: e.type, label: e.label, qualifier: e.qualifier, factId: e.f.id, modality: null, condition: null}
    ELSE {source: e.sn.id, target: e.tn.id, type: {FROM: 'ROUTE_FROM', TO: 'ROUTE_TO', VIA: 'TRANSIT_VIA', CARRIED_BY: 'CARRIED_BY'}[type(e.r)], label: {FROM: 'from', TO: 'to', VIA: 'via', CARRIED_BY: 'carried by'}[type(e.r)], qualifier: e.l.mode, factId: e.sn.id,
      modality: null, condition: null}
    END AS drawn
    RETURN collect(drawn) AS pageEdges
  }
  CALL (page) {
    UNWIND range(0, size(page) - 1) AS i
    WITH i, page[i] AS entry
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
  RETURN center, nodes, pageEdges, size(ordered) AS totalNodes, truncated, hasNextPage } RETURN *
// parameters:
//   $afterDepth = 0
//   $afterId = ""
//   $afterKind = ""
//   $anchors = [{"field":"id","id":"country:KZ"}]
//   $depth = 2
//   $id = "country:KZ"
//   $limit = 500
