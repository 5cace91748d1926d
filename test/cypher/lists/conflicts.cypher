// GraphQL, unfiltered:
// { conflicts { totalCount } }
// GraphQL, every filter:
// { conflicts(filter: { name: "peace", kind: ARMED_CONFLICT, involving: "country:KZ" }, sort: { field: NAME, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:Conflict)  RETURN count(n) AS total }
CALL () { MATCH (n:Conflict)  WITH n ORDER BY n.name ASC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 20
//   $skip = 0
//   $value_involving = null
//   $value_kind = null
//   $value_name = null

// statement 2 of 2
CALL () { MATCH (n:Conflict) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (n.kind = $value_kind) AND (EXISTS { (n)<-[:IN_CONFLICT]-(:Involvement)-[:OF_ACTOR]->(:Entity {id: $value_involving}) }) RETURN count(n) AS total }
CALL () { MATCH (n:Conflict) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (n.kind = $value_kind) AND (EXISTS { (n)<-[:IN_CONFLICT]-(:Involvement)-[:OF_ACTOR]->(:Entity {id: $value_involving}) }) WITH n ORDER BY n.name IS NULL, n.name DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_involving = "country:KZ"
//   $value_kind = "ARMED_CONFLICT"
//   $value_name = "peace"
