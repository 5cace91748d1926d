// GraphQL, unfiltered:
// { offices { totalCount } }
// GraphQL, every filter:
// { offices(filter: { title: "peace", holder: "country:KZ", organization: "country:KZ", heldOn: "2026-03" }, sort: { field: START, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:Office)  RETURN count(n) AS total }
CALL () { MATCH (n:Office)  WITH n ORDER BY n.start ASC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 20
//   $skip = 0
//   $value_heldOn = null
//   $value_holder = null
//   $value_organization = null
//   $value_title = null

// statement 2 of 2
CALL () { MATCH (n:Office) WHERE (toLower(n.title) CONTAINS $value_title) AND (EXISTS { (n)-[:HELD_BY]->(:Person {id: $value_holder}) }) AND (EXISTS { (n)-[:IN_ORGANIZATION]->(:Organization {id: $value_organization}) }) AND ((n.start IS NULL OR n.start <= $value_heldOn) AND (n.end IS NULL OR n.endLast >= $value_heldOn)) RETURN count(n) AS total }
CALL () { MATCH (n:Office) WHERE (toLower(n.title) CONTAINS $value_title) AND (EXISTS { (n)-[:HELD_BY]->(:Person {id: $value_holder}) }) AND (EXISTS { (n)-[:IN_ORGANIZATION]->(:Organization {id: $value_organization}) }) AND ((n.start IS NULL OR n.start <= $value_heldOn) AND (n.end IS NULL OR n.endLast >= $value_heldOn)) WITH n ORDER BY n.start IS NULL, n.start DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_heldOn = "2026-03-01"
//   $value_holder = "country:KZ"
//   $value_organization = "country:KZ"
//   $value_title = "peace"
