// GraphQL, unfiltered:
// { places { totalCount } }
// GraphQL, every filter:
// { places(filter: { name: "peace", country: "country:KZ", kind: CITY }, sort: { field: NAME, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:Place)  RETURN count(n) AS total }
CALL () { MATCH (n:Place)  WITH n ORDER BY n.name ASC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 20
//   $skip = 0
//   $value_country = null
//   $value_kind = null
//   $value_name = null

// statement 2 of 2
CALL () { MATCH (n:Place) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (EXISTS { (n)-[:IN_COUNTRY]->(:Country {id: $value_country}) }) AND (n.kind = $value_kind) RETURN count(n) AS total }
CALL () { MATCH (n:Place) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (EXISTS { (n)-[:IN_COUNTRY]->(:Country {id: $value_country}) }) AND (n.kind = $value_kind) WITH n ORDER BY n.name IS NULL, n.name DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_country = "country:KZ"
//   $value_kind = "CITY"
//   $value_name = "peace"
