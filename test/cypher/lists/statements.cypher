// GraphQL, unfiltered:
// { statements { totalCount } }
// GraphQL, every filter:
// { statements(filter: { text: "peace", kind: QUOTE, language: "ru", speaker: "country:KZ", onBehalfOf: "country:KZ", about: "country:KZ", from: "2026-03", to: "2026-03" }, sort: { field: DATE, direction: DESC }, first: 5) { totalCount } }
// GraphQL, the page after a cursor:
// { statements(sort: { field: DATE, direction: DESC }, first: 5, after: "YWZ0ZXI6WyJTdGF0ZW1lbnQgYnkgREFURSBERVNDIiwiayIsIng6bGFzdC1zZWVuIl0") { totalCount } }

// statement 1 of 3
CALL () { MATCH (n:Statement) RETURN count(n) AS total }
CALL () { MATCH (n:Statement) WHERE n.date IS NOT NULL WITH n ORDER BY n.date DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.date}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Statement) WHERE n.date IS NULL
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
//   $value_about = null
//   $value_from = null
//   $value_kind = null
//   $value_language = null
//   $value_onBehalfOf = null
//   $value_speaker = null
//   $value_text = null
//   $value_to = null

// statement 2 of 3
CALL () { MATCH (n:Statement) WHERE (toLower(n.text) CONTAINS $value_text) AND (n.kind = $value_kind) AND (n.language = $value_language) AND (EXISTS { (n)-[:SPOKEN_BY]->(:Person {id: $value_speaker}) }) AND (EXISTS { (n)-[:ON_BEHALF_OF]->(:Entity {id: $value_onBehalfOf}) }) AND (EXISTS { (n)-[:ABOUT]->(:Conflict {id: $value_about}) }) AND (n.date >= $value_from) AND (n.date <= $value_to AND n.dateLast <= $value_to) RETURN count(n) AS total }
CALL () { MATCH (n:Statement) WHERE (toLower(n.text) CONTAINS $value_text) AND (n.kind = $value_kind) AND (n.language = $value_language) AND (EXISTS { (n)-[:SPOKEN_BY]->(:Person {id: $value_speaker}) }) AND (EXISTS { (n)-[:ON_BEHALF_OF]->(:Entity {id: $value_onBehalfOf}) }) AND (EXISTS { (n)-[:ABOUT]->(:Conflict {id: $value_about}) }) AND (n.date >= $value_from) AND (n.date <= $value_to AND n.dateLast <= $value_to) AND n.date IS NOT NULL WITH n ORDER BY n.date DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.date}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Statement) WHERE n.date IS NULL
  WITH n ORDER BY n.id ASC WITH n WHERE (toLower(n.text) CONTAINS $value_text) AND (n.kind = $value_kind) AND (n.language = $value_language) AND (EXISTS { (n)-[:SPOKEN_BY]->(:Person {id: $value_speaker}) }) AND (EXISTS { (n)-[:ON_BEHALF_OF]->(:Entity {id: $value_onBehalfOf}) }) AND (EXISTS { (n)-[:ABOUT]->(:Conflict {id: $value_about}) }) AND (n.date >= $value_from) AND (n.date <= $value_to AND n.dateLast <= $value_to) WITH n LIMIT $take
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
//   $value_about = "country:KZ"
//   $value_from = "2026-03-01"
//   $value_kind = "QUOTE"
//   $value_language = "ru"
//   $value_onBehalfOf = "country:KZ"
//   $value_speaker = "country:KZ"
//   $value_text = "peace"
//   $value_to = "2026-03-31"

// statement 3 of 3
CALL () { MATCH (n:Statement) RETURN count(n) AS total }
CALL () {
  CALL () {
    MATCH (n:Statement) USING INDEX n:Statement(date) WHERE n.date = $afterKey AND n.id > $afterId WITH n ORDER BY n.id ASC LIMIT $take RETURN n
    UNION ALL
    MATCH (n:Statement) WHERE n.date < $afterKey WITH n ORDER BY n.date DESC, n.id ASC LIMIT $take RETURN n
  }
  WITH n ORDER BY n.date DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.date}) AS keyed
}
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Statement) WHERE n.date IS NULL
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
//   $value_about = null
//   $value_from = null
//   $value_kind = null
//   $value_language = null
//   $value_onBehalfOf = null
//   $value_speaker = null
//   $value_text = null
//   $value_to = null
