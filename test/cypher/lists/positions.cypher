// GraphQL, unfiltered:
// { positions { totalCount } }
// GraphQL, every filter:
// { positions(filter: { stance: NOT_TAKING_SIDES, modality: ASSERTED, holder: "country:KZ", toward: "country:KZ", asOf: "2026-03" }, sort: { field: SINCE, direction: DESC }, first: 5) { totalCount } }
// GraphQL, the page after a cursor:
// { positions(sort: { field: SINCE, direction: DESC }, first: 5, after: "YWZ0ZXI6WyJQb3NpdGlvbiBieSBTSU5DRSBERVNDIiwiayIsIng6bGFzdC1zZWVuIl0") { totalCount } }

// statement 1 of 3
CALL () { MATCH (n:Position) RETURN count(n) AS total }
CALL () { MATCH (n:Position) WHERE COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] IS NOT NULL WITH n ORDER BY COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] ASC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0]}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Position) WHERE COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] IS NULL
  WITH n ORDER BY n.id ASC WITH n LIMIT $take
  RETURN collect({node: n, key: null}) AS unkeyed
}
WITH total, (keyed + unkeyed)[0..$take] AS rows
WITH total, [r IN rows[0..$limit] | r.node] AS found, [r IN rows[0..$limit] | r.key] AS keys, size(rows) > $limit AS hasNextPage
RETURN total, [n IN found | CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
  ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END] AS nodes, keys, hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $limit = 20
//   $take = 21
//   $value_asOf = null
//   $value_holder = null
//   $value_modality = null
//   $value_stance = null
//   $value_toward = null

// statement 2 of 3
CALL () { MATCH (n:Position) WHERE (n.stance = $value_stance) AND (n.modality = $value_modality) AND (EXISTS { (n)-[:HELD_BY]->(:Entity {id: $value_holder}) }) AND (EXISTS { (n)-[:TOWARD]->(:Entity {id: $value_toward}) }) AND (EXISTS { (n)<-[:EXPRESSES]-(s:Statement) WHERE s.date <= $value_asOf } AND (n.until IS NULL OR n.until > $value_asOf)) RETURN count(n) AS total }
CALL () { MATCH (n:Position) WHERE (n.stance = $value_stance) AND (n.modality = $value_modality) AND (EXISTS { (n)-[:HELD_BY]->(:Entity {id: $value_holder}) }) AND (EXISTS { (n)-[:TOWARD]->(:Entity {id: $value_toward}) }) AND (EXISTS { (n)<-[:EXPRESSES]-(s:Statement) WHERE s.date <= $value_asOf } AND (n.until IS NULL OR n.until > $value_asOf)) AND COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] IS NOT NULL WITH n ORDER BY COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0]}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Position) WHERE COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] IS NULL
  WITH n ORDER BY n.id ASC WITH n WHERE (n.stance = $value_stance) AND (n.modality = $value_modality) AND (EXISTS { (n)-[:HELD_BY]->(:Entity {id: $value_holder}) }) AND (EXISTS { (n)-[:TOWARD]->(:Entity {id: $value_toward}) }) AND (EXISTS { (n)<-[:EXPRESSES]-(s:Statement) WHERE s.date <= $value_asOf } AND (n.until IS NULL OR n.until > $value_asOf)) WITH n LIMIT $take
  RETURN collect({node: n, key: null}) AS unkeyed
}
WITH total, (keyed + unkeyed)[0..$take] AS rows
WITH total, [r IN rows[0..$limit] | r.node] AS found, [r IN rows[0..$limit] | r.key] AS keys, size(rows) > $limit AS hasNextPage
RETURN total, [n IN found | CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
  ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END] AS nodes, keys, hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $limit = 5
//   $take = 6
//   $value_asOf = "2026-03-01"
//   $value_holder = "country:KZ"
//   $value_modality = "ASSERTED"
//   $value_stance = "NOT_TAKING_SIDES"
//   $value_toward = "country:KZ"

// statement 3 of 3
CALL () { MATCH (n:Position) RETURN count(n) AS total }
CALL () {
  CALL () {
    MATCH (n:Position) WHERE COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] = $afterKey AND n.id > $afterId WITH n ORDER BY n.id ASC LIMIT $take RETURN n
    UNION ALL
    MATCH (n:Position) WHERE COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] < $afterKey WITH n ORDER BY COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] DESC, n.id ASC LIMIT $take RETURN n
  }
  WITH n ORDER BY COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0]}) AS keyed
}
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Position) WHERE COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] IS NULL
  WITH n ORDER BY n.id ASC WITH n LIMIT $take
  RETURN collect({node: n, key: null}) AS unkeyed
}
WITH total, (keyed + unkeyed)[0..$take] AS rows
WITH total, [r IN rows[0..$limit] | r.node] AS found, [r IN rows[0..$limit] | r.key] AS keys, size(rows) > $limit AS hasNextPage
RETURN total, [n IN found | CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
  ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END] AS nodes, keys, hasNextPage
// parameters:
//   $afterId = "x:last-seen"
//   $afterKey = "k"
//   $limit = 5
//   $take = 6
//   $value_asOf = null
//   $value_holder = null
//   $value_modality = null
//   $value_stance = null
//   $value_toward = null
