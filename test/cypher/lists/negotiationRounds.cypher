// GraphQL, unfiltered:
// { negotiationRounds { totalCount } }
// GraphQL, every filter:
// { negotiationRounds(filter: { process: "country:KZ", venue: "country:KZ", from: "2026-03", to: "2026-03" }, sort: { field: START, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:NegotiationRound)  RETURN count(n) AS total }
CALL () { MATCH (n:NegotiationRound)  WITH n ORDER BY n.start ASC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 20
//   $skip = 0
//   $value_from = null
//   $value_process = null
//   $value_to = null
//   $value_venue = null

// statement 2 of 2
CALL () { MATCH (n:NegotiationRound) WHERE (EXISTS { (n)-[:OF_PROCESS]->(:NegotiationProcess {id: $value_process}) }) AND (EXISTS { (n)-[:HELD_IN]->(:Place {id: $value_venue}) }) AND (n.start >= $value_from) AND (n.start <= $value_to AND n.startLast <= $value_to) RETURN count(n) AS total }
CALL () { MATCH (n:NegotiationRound) WHERE (EXISTS { (n)-[:OF_PROCESS]->(:NegotiationProcess {id: $value_process}) }) AND (EXISTS { (n)-[:HELD_IN]->(:Place {id: $value_venue}) }) AND (n.start >= $value_from) AND (n.start <= $value_to AND n.startLast <= $value_to) WITH n ORDER BY n.start IS NULL, n.start DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_from = "2026-03-01"
//   $value_process = "country:KZ"
//   $value_to = "2026-03-31"
//   $value_venue = "country:KZ"
