// GraphQL:
// { participations(filter: { actor: "country:KZ" }) { edges { node { role round { id start { value } } } } } }
CALL () { MATCH (n:Participation) WHERE (EXISTS { (n)-[:OF_ACTOR]->(:Entity {id: $value_actor}) }) RETURN count(n) AS total }
CALL () { MATCH (n:Participation) WHERE (EXISTS { (n)-[:OF_ACTOR]->(:Entity {id: $value_actor}) }) AND n.role IS NOT NULL WITH n ORDER BY n.role ASC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.role}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Participation) WHERE n.role IS NULL
  WITH n ORDER BY n.id ASC WITH n WHERE (EXISTS { (n)-[:OF_ACTOR]->(:Entity {id: $value_actor}) }) WITH n LIMIT $take
  RETURN collect({node: n, key: null}) AS unkeyed
}
WITH total, (keyed + unkeyed)[0..$take] AS rows
WITH total, [r IN rows[0..$limit] | r.node] AS found, [r IN rows[0..$limit] | r.key] AS keys, size(rows) > $limit AS hasNextPage
CALL (found) {
  UNWIND found AS n
  CALL (n) {
    MATCH (n)-[:IN_ROUND]->(m:NegotiationRound)
    WITH DISTINCT m
    WITH m, null AS key, m.id AS mid
    ORDER BY mid ASC
    WITH collect({node: m, key: key, id: mid}) AS sorted
    RETURN size(sorted) AS total, sorted[0..$relatedTake0] AS taken
  }
  RETURN collect({id: n.id, total: total, nodes: [m IN [r IN taken[0..$relatedLimit0] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
        ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END], keys: [r IN taken[0..$relatedLimit0] | r.key], hasNextPage: size(taken) > $relatedLimit0}) AS related0
}
RETURN total, [n IN found | CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
  ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END] AS nodes, keys, hasNextPage, related0
// parameters:
//   $afterId = null
//   $afterKey = null
//   $limit = 20
//   $relatedLimit0 = 1
//   $relatedTake0 = 2
//   $take = 21
//   $value_actor = "country:KZ"
//   $value_process = null
//   $value_role = null

// GraphQL:
// { statements(filter: { onBehalfOf: "country:KZ" }, first: 10) { edges { node { text speaker { name } onBehalfOfAll { name } citations { excerpt } } } } }
CALL () { MATCH (n:Statement) WHERE (EXISTS { (n)-[:ON_BEHALF_OF]->(:Entity {id: $value_onBehalfOf}) }) RETURN count(n) AS total }
CALL () { MATCH (n:Statement) WHERE (EXISTS { (n)-[:ON_BEHALF_OF]->(:Entity {id: $value_onBehalfOf}) }) AND n.date IS NOT NULL WITH n ORDER BY n.date DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.date}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Statement) WHERE n.date IS NULL
  WITH n ORDER BY n.id ASC WITH n WHERE (EXISTS { (n)-[:ON_BEHALF_OF]->(:Entity {id: $value_onBehalfOf}) }) WITH n LIMIT $take
  RETURN collect({node: n, key: null}) AS unkeyed
}
WITH total, (keyed + unkeyed)[0..$take] AS rows
WITH total, [r IN rows[0..$limit] | r.node] AS found, [r IN rows[0..$limit] | r.key] AS keys, size(rows) > $limit AS hasNextPage
CALL (found) {
  UNWIND found AS n
  CALL (n) {
    MATCH (n)-[:SPOKEN_BY]->(m:Person)
    WITH DISTINCT m
    WITH m, null AS key, m.id AS mid
    ORDER BY mid ASC
    WITH collect({node: m, key: key, id: mid}) AS sorted
    RETURN size(sorted) AS total, sorted[0..$relatedTake0] AS taken
  }
  RETURN collect({id: n.id, total: total, nodes: [m IN [r IN taken[0..$relatedLimit0] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
        ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END], keys: [r IN taken[0..$relatedLimit0] | r.key], hasNextPage: size(taken) > $relatedLimit0}) AS related0
}
CALL (found) {
  UNWIND found AS n
  CALL (n) {
    MATCH (n)-[:ON_BEHALF_OF]->(m) WHERE (m:Country OR m:Person OR m:Organization)
    WITH DISTINCT m
    WITH m, COLLECT { MATCH (n)-[r:ON_BEHALF_OF]->(m) RETURN r.seq AS seq }[0] AS key, m.id AS mid
    ORDER BY key ASC, mid ASC
    WITH collect({node: m, key: key, id: mid}) AS sorted
    RETURN size(sorted) AS total, sorted[0..$relatedTake1] AS taken
  }
  RETURN collect({id: n.id, total: total, nodes: [m IN [r IN taken[0..$relatedLimit1] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
        ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END], keys: [r IN taken[0..$relatedLimit1] | toString(r.key)], hasNextPage: size(taken) > $relatedLimit1}) AS related1
}
CALL (found) {
  UNWIND found AS n
  RETURN collect({id: n.id, citations: COLLECT { MATCH (n)-[c:CITES]->(s:Source) RETURN {
          source: CASE WHEN s:Source THEN s {.*, text: null, textHeld: s.text IS NOT NULL, version: s.recordHash, __label: 'Source'}
          ELSE s {.*, version: s.recordHash, __label: head([label IN labels(s) WHERE label <> 'Entity'])} END,
          start: c.start, end: c.end, match: c.match, note: c.note,
          excerpt: CASE WHEN c.start IS NOT NULL AND s.text IS NOT NULL THEN substring(s.text, c.start, c.end - c.start) END
        } AS citation ORDER BY c.seq }}) AS citationsOfPage
}
RETURN total, [n IN found | CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
  ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END] AS nodes, keys, hasNextPage, related0, related1, citationsOfPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $limit = 10
//   $relatedLimit0 = 1
//   $relatedLimit1 = 500
//   $relatedTake0 = 2
//   $relatedTake1 = 501
//   $take = 11
//   $value_about = null
//   $value_from = null
//   $value_kind = null
//   $value_language = null
//   $value_onBehalfOf = "country:KZ"
//   $value_speaker = null
//   $value_text = null
//   $value_to = null
