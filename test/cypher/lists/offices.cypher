// GraphQL, unfiltered:
// { offices { totalCount } }
// GraphQL, every filter:
// { offices(filter: { title: "peace", holder: "country:KZ", organization: "country:KZ", heldOn: "2026-03" }, sort: { field: START, direction: DESC }, first: 5) { totalCount } }
// GraphQL, the page after a cursor:
// { offices(sort: { field: START, direction: DESC }, first: 5, after: "YWZ0ZXI6WyJPZmZpY2UgYnkgU1RBUlQgREVTQyIsImsiLCJ4Omxhc3Qtc2VlbiJd") { totalCount } }

// statement 1 of 3
CALL () { MATCH (n:Office) RETURN count(n) AS total }
CALL () { MATCH (n:Office) WHERE n.start IS NOT NULL WITH n ORDER BY n.start ASC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.start}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Office) WHERE n.start IS NULL
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
//   $value_heldOn = null
//   $value_holder = null
//   $value_organization = null
//   $value_title = null

// statement 2 of 3
CALL () { MATCH (n:Office) WHERE (toLower(n.title) CONTAINS $value_title) AND (EXISTS { (n)-[:HELD_BY]->(:Person {id: $value_holder}) }) AND (EXISTS { (n)-[:IN_ORGANIZATION]->(:Organization {id: $value_organization}) }) AND ((n.start IS NULL OR n.start <= $value_heldOn) AND (n.end IS NULL OR n.endLast >= $value_heldOn)) RETURN count(n) AS total }
CALL () { MATCH (n:Office) WHERE (toLower(n.title) CONTAINS $value_title) AND (EXISTS { (n)-[:HELD_BY]->(:Person {id: $value_holder}) }) AND (EXISTS { (n)-[:IN_ORGANIZATION]->(:Organization {id: $value_organization}) }) AND ((n.start IS NULL OR n.start <= $value_heldOn) AND (n.end IS NULL OR n.endLast >= $value_heldOn)) AND n.start IS NOT NULL WITH n ORDER BY n.start DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.start}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Office) WHERE n.start IS NULL
  WITH n ORDER BY n.id ASC WITH n WHERE (toLower(n.title) CONTAINS $value_title) AND (EXISTS { (n)-[:HELD_BY]->(:Person {id: $value_holder}) }) AND (EXISTS { (n)-[:IN_ORGANIZATION]->(:Organization {id: $value_organization}) }) AND ((n.start IS NULL OR n.start <= $value_heldOn) AND (n.end IS NULL OR n.endLast >= $value_heldOn)) WITH n LIMIT $take
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
//   $value_heldOn = "2026-03-01"
//   $value_holder = "country:KZ"
//   $value_organization = "country:KZ"
//   $value_title = "peace"

// statement 3 of 3
CALL () { MATCH (n:Office) RETURN count(n) AS total }
CALL () {
  CALL () {
    MATCH (n:Office) USING INDEX n:Office(start) WHERE n.start = $afterKey AND n.id > $afterId WITH n ORDER BY n.id ASC LIMIT $take RETURN n
    UNION ALL
    MATCH (n:Office) WHERE n.start < $afterKey WITH n ORDER BY n.start DESC, n.id ASC LIMIT $take RETURN n
  }
  WITH n ORDER BY n.start DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.start}) AS keyed
}
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Office) WHERE n.start IS NULL
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
//   $value_heldOn = null
//   $value_holder = null
//   $value_organization = null
//   $value_title = null
