// GraphQL, unfiltered:
// { countries { totalCount } }
// GraphQL, every filter:
// { countries(filter: { name: "peace", iso2: "kz", iso3: "kz" }, sort: { field: NAME, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:Country)  RETURN count(n) AS total }
CALL () { MATCH (n:Country)  WITH n ORDER BY n.name ASC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 20
//   $skip = 0
//   $value_iso2 = null
//   $value_iso3 = null
//   $value_name = null

// statement 2 of 2
CALL () { MATCH (n:Country) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (n.iso2 = $value_iso2) AND (n.iso3 = $value_iso3) RETURN count(n) AS total }
CALL () { MATCH (n:Country) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (n.iso2 = $value_iso2) AND (n.iso3 = $value_iso3) WITH n ORDER BY n.name IS NULL, n.name DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_iso2 = "KZ"
//   $value_iso3 = "KZ"
//   $value_name = "peace"
