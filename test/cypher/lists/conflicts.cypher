// GraphQL, unfiltered:
// { conflicts { totalCount } }
// GraphQL, every filter:
// { conflicts(filter: { name: "peace", kind: ARMED_CONFLICT, involving: "country:KZ" }, sort: { field: NAME, direction: DESC }, first: 5) { totalCount } }
// GraphQL, the page after a cursor:
// { conflicts(sort: { field: NAME, direction: DESC }, first: 5, after: "YWZ0ZXI6WyJDb25mbGljdCBieSBOQU1FIERFU0MiLCJrIiwieDpsYXN0LXNlZW4iXQ") { totalCount } }

// statement 1 of 3
CALL () { MATCH (n:Conflict) RETURN count(n) AS total }
CALL () { MATCH (n:Conflict) WHERE n.name IS NOT NULL WITH n ORDER BY n.name ASC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.name}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Conflict) WHERE n.name IS NULL
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
//   $value_involving = null
//   $value_kind = null
//   $value_name = null

// statement 2 of 3
CALL () { MATCH (n:Conflict) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (n.kind = $value_kind) AND (EXISTS { (n)<-[:IN_CONFLICT]-(:Involvement)-[:OF_ACTOR]->(:Entity {id: $value_involving}) }) RETURN count(n) AS total }
CALL () { MATCH (n:Conflict) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (n.kind = $value_kind) AND (EXISTS { (n)<-[:IN_CONFLICT]-(:Involvement)-[:OF_ACTOR]->(:Entity {id: $value_involving}) }) AND n.name IS NOT NULL WITH n ORDER BY n.name DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.name}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Conflict) WHERE n.name IS NULL
  WITH n ORDER BY n.id ASC WITH n WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (n.kind = $value_kind) AND (EXISTS { (n)<-[:IN_CONFLICT]-(:Involvement)-[:OF_ACTOR]->(:Entity {id: $value_involving}) }) WITH n LIMIT $take
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
//   $value_involving = "country:KZ"
//   $value_kind = "ARMED_CONFLICT"
//   $value_name = "peace"

// statement 3 of 3
CALL () { MATCH (n:Conflict) RETURN count(n) AS total }
CALL () {
  CALL () {
    MATCH (n:Conflict) USING INDEX n:Conflict(name) WHERE n.name = $afterKey AND n.id > $afterId WITH n ORDER BY n.id ASC LIMIT $take RETURN n
    UNION ALL
    MATCH (n:Conflict) WHERE n.name < $afterKey WITH n ORDER BY n.name DESC, n.id ASC LIMIT $take RETURN n
  }
  WITH n ORDER BY n.name DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.name}) AS keyed
}
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Conflict) WHERE n.name IS NULL
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
//   $value_involving = null
//   $value_kind = null
//   $value_name = null
