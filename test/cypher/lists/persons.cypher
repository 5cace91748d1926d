// GraphQL, unfiltered:
// { persons { totalCount } }
// GraphQL, every filter:
// { persons(filter: { name: "peace", country: "country:KZ" }, sort: { field: NAME, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:Person)  RETURN count(n) AS total }
CALL () { MATCH (n:Person)  WITH n ORDER BY n.name ASC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 20
//   $skip = 0
//   $value_country = null
//   $value_name = null

// statement 2 of 2
CALL () { MATCH (n:Person) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (EXISTS { (n)<-[:HELD_BY]-(:Office)-[:IN_ORGANIZATION]->(:Organization)-[:OF_COUNTRY]->(:Country {id: $value_country}) }) RETURN count(n) AS total }
CALL () { MATCH (n:Person) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (EXISTS { (n)<-[:HELD_BY]-(:Office)-[:IN_ORGANIZATION]->(:Organization)-[:OF_COUNTRY]->(:Country {id: $value_country}) }) WITH n ORDER BY n.name IS NULL, n.name DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_country = "country:KZ"
//   $value_name = "peace"
