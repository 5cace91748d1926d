// GraphQL, unfiltered:
// { negotiationRounds { totalCount } }
// GraphQL, every filter:
// { negotiationRounds(filter: { process: "country:KZ", venue: "country:KZ", from: "2026-03", to: "2026-03" }, sort: { field: START, direction: DESC }, first: 5) { totalCount } }
// GraphQL, the page after a cursor:
// { negotiationRounds(sort: { field: START, direction: DESC }, first: 5, after: "YWZ0ZXI6WyJOZWdvdGlhdGlvblJvdW5kIGJ5IFNUQVJUIERFU0MiLCJrIiwieDpsYXN0LXNlZW4iXQ") { totalCount } }

// statement 1 of 3
CALL () { MATCH (n:NegotiationRound) RETURN count(n) AS total }
CALL () { MATCH (n:NegotiationRound) WHERE n.start IS NOT NULL WITH n ORDER BY n.start ASC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.start}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:NegotiationRound) WHERE n.start IS NULL
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
//   $value_from = null
//   $value_process = null
//   $value_to = null
//   $value_venue = null

// statement 2 of 3
CALL () { MATCH (n:NegotiationRound) WHERE (EXISTS { (n)-[:OF_PROCESS]->(:NegotiationProcess {id: $value_process}) }) AND (EXISTS { (n)-[:HELD_IN]->(:Place {id: $value_venue}) }) AND (n.start >= $value_from) AND (n.start <= $value_to AND n.startLast <= $value_to) RETURN count(n) AS total }
CALL () { MATCH (n:NegotiationRound) WHERE (EXISTS { (n)-[:OF_PROCESS]->(:NegotiationProcess {id: $value_process}) }) AND (EXISTS { (n)-[:HELD_IN]->(:Place {id: $value_venue}) }) AND (n.start >= $value_from) AND (n.start <= $value_to AND n.startLast <= $value_to) AND n.start IS NOT NULL WITH n ORDER BY n.start DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.start}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:NegotiationRound) WHERE n.start IS NULL
  WITH n ORDER BY n.id ASC WITH n WHERE (EXISTS { (n)-[:OF_PROCESS]->(:NegotiationProcess {id: $value_process}) }) AND (EXISTS { (n)-[:HELD_IN]->(:Place {id: $value_venue}) }) AND (n.start >= $value_from) AND (n.start <= $value_to AND n.startLast <= $value_to) WITH n LIMIT $take
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
//   $value_from = "2026-03-01"
//   $value_process = "country:KZ"
//   $value_to = "2026-03-31"
//   $value_venue = "country:KZ"

// statement 3 of 3
CALL () { MATCH (n:NegotiationRound) RETURN count(n) AS total }
CALL () {
  CALL () {
    MATCH (n:NegotiationRound) USING INDEX n:NegotiationRound(start) WHERE n.start = $afterKey AND n.id > $afterId WITH n ORDER BY n.id ASC LIMIT $take RETURN n
    UNION ALL
    MATCH (n:NegotiationRound) WHERE n.start < $afterKey WITH n ORDER BY n.start DESC, n.id ASC LIMIT $take RETURN n
  }
  WITH n ORDER BY n.start DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.start}) AS keyed
}
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:NegotiationRound) WHERE n.start IS NULL
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
//   $value_from = null
//   $value_process = null
//   $value_to = null
//   $value_venue = null
