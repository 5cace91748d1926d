// GraphQL, unfiltered:
// { participations { totalCount } }
// GraphQL, every filter:
// { participations(filter: { actor: "country:KZ", process: "country:KZ", role: HOST }, sort: { field: ROLE, direction: DESC }, first: 5) { totalCount } }
// GraphQL, the page after a cursor:
// { participations(sort: { field: ROLE, direction: DESC }, first: 5, after: "YWZ0ZXI6WyJQYXJ0aWNpcGF0aW9uIGJ5IFJPTEUgREVTQyIsImsiLCJ4Omxhc3Qtc2VlbiJd") { totalCount } }

// statement 1 of 3
CALL () { MATCH (n:Participation) RETURN count(n) AS total }
CALL () { MATCH (n:Participation) WHERE n.role IS NOT NULL WITH n ORDER BY n.role ASC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.role}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Participation) WHERE n.role IS NULL
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
//   $value_actor = null
//   $value_process = null
//   $value_role = null

// statement 2 of 3
CALL () { MATCH (n:Participation) WHERE (EXISTS { (n)-[:OF_ACTOR]->(:Entity {id: $value_actor}) }) AND (EXISTS { (n)-[:IN_PROCESS]->(:NegotiationProcess {id: $value_process}) }) AND (n.role = $value_role) RETURN count(n) AS total }
CALL () { MATCH (n:Participation) WHERE (EXISTS { (n)-[:OF_ACTOR]->(:Entity {id: $value_actor}) }) AND (EXISTS { (n)-[:IN_PROCESS]->(:NegotiationProcess {id: $value_process}) }) AND (n.role = $value_role) AND n.role IS NOT NULL WITH n ORDER BY n.role DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.role}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Participation) WHERE n.role IS NULL
  WITH n ORDER BY n.id ASC WITH n WHERE (EXISTS { (n)-[:OF_ACTOR]->(:Entity {id: $value_actor}) }) AND (EXISTS { (n)-[:IN_PROCESS]->(:NegotiationProcess {id: $value_process}) }) AND (n.role = $value_role) WITH n LIMIT $take
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
//   $value_actor = "country:KZ"
//   $value_process = "country:KZ"
//   $value_role = "HOST"

// statement 3 of 3
CALL () { MATCH (n:Participation) RETURN count(n) AS total }
CALL () {
  CALL () {
    MATCH (n:Participation) USING INDEX n:Participation(role) WHERE n.role = $afterKey AND n.id > $afterId WITH n ORDER BY n.id ASC LIMIT $take RETURN n
    UNION ALL
    MATCH (n:Participation) WHERE n.role < $afterKey WITH n ORDER BY n.role DESC, n.id ASC LIMIT $take RETURN n
  }
  WITH n ORDER BY n.role DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.role}) AS keyed
}
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Participation) WHERE n.role IS NULL
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
//   $value_actor = null
//   $value_process = null
//   $value_role = null
