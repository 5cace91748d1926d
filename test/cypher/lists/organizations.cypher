// GraphQL, unfiltered:
// { organizations { totalCount } }
// GraphQL, every filter:
// { organizations(filter: { name: "peace", kind: GOVERNMENT, country: "country:KZ" }, sort: { field: NAME, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:Organization)  RETURN count(n) AS total }
CALL () { MATCH (n:Organization)  WITH n ORDER BY n.name ASC, n.id ASC SKIP $skip LIMIT $limit
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
CALL () { MATCH (n:Organization) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (n.kind = $value_kind) AND (EXISTS { (n)-[:OF_COUNTRY]->(:Country {id: $value_country}) }) RETURN count(n) AS total }
CALL () { MATCH (n:Organization) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (n.kind = $value_kind) AND (EXISTS { (n)-[:OF_COUNTRY]->(:Country {id: $value_country}) }) WITH n ORDER BY n.name IS NULL, n.name DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_country = "country:KZ"
//   $value_kind = "GOVERNMENT"
//   $value_name = "peace"
