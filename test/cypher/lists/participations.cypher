// GraphQL, unfiltered:
// { participations { totalCount } }
// GraphQL, every filter:
// { participations(filter: { actor: "country:KZ", process: "country:KZ", role: HOST }, sort: { field: ROLE, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:Participation)  RETURN count(n) AS total }
CALL () { MATCH (n:Participation)  WITH n ORDER BY n.role ASC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 20
//   $skip = 0
//   $value_actor = null
//   $value_process = null
//   $value_role = null

// statement 2 of 2
CALL () { MATCH (n:Participation) WHERE (EXISTS { (n)-[:OF_ACTOR]->(:Entity {id: $value_actor}) }) AND (EXISTS { (n)-[:IN_PROCESS]->(:NegotiationProcess {id: $value_process}) }) AND (n.role = $value_role) RETURN count(n) AS total }
CALL () { MATCH (n:Participation) WHERE (EXISTS { (n)-[:OF_ACTOR]->(:Entity {id: $value_actor}) }) AND (EXISTS { (n)-[:IN_PROCESS]->(:NegotiationProcess {id: $value_process}) }) AND (n.role = $value_role) WITH n ORDER BY n.role IS NULL, n.role DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_actor = "country:KZ"
//   $value_process = "country:KZ"
//   $value_role = "HOST"
