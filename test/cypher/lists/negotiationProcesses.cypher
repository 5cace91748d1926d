// GraphQL, unfiltered:
// { negotiationProcesses { totalCount } }
// GraphQL, every filter:
// { negotiationProcesses(filter: { name: "peace", concerns: "country:KZ", participant: "country:KZ", role: HOST }, sort: { field: NAME, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:NegotiationProcess)  RETURN count(n) AS total }
CALL () { MATCH (n:NegotiationProcess)  WITH n ORDER BY n.start ASC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 20
//   $skip = 0
//   $value_concerns = null
//   $value_name = null
//   $value_participant = null
//   $value_role = null

// statement 2 of 2
CALL () { MATCH (n:NegotiationProcess) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (EXISTS { (n)-[:CONCERNS]->(:Conflict {id: $value_concerns}) }) AND (EXISTS { (n)<-[:IN_PROCESS]-(p:Participation)-[:OF_ACTOR]->(:Entity {id: $value_participant}) WHERE $value_role IS NULL OR p.role = $value_role }) AND (EXISTS { (n)<-[:IN_PROCESS]-(p:Participation) WHERE p.role = $value_role }) RETURN count(n) AS total }
CALL () { MATCH (n:NegotiationProcess) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (EXISTS { (n)-[:CONCERNS]->(:Conflict {id: $value_concerns}) }) AND (EXISTS { (n)<-[:IN_PROCESS]-(p:Participation)-[:OF_ACTOR]->(:Entity {id: $value_participant}) WHERE $value_role IS NULL OR p.role = $value_role }) AND (EXISTS { (n)<-[:IN_PROCESS]-(p:Participation) WHERE p.role = $value_role }) WITH n ORDER BY n.name IS NULL, n.name DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_concerns = "country:KZ"
//   $value_name = "peace"
//   $value_participant = "country:KZ"
//   $value_role = "HOST"
