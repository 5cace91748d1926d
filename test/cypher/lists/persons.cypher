// GraphQL, unfiltered:
// { persons { totalCount } }
// GraphQL, every filter:
// { persons(filter: { name: "peace", country: "country:KZ" }, sort: { field: NAME, direction: DESC }, first: 5) { totalCount } }
// GraphQL, the page after a cursor:
// { persons(sort: { field: NAME, direction: DESC }, first: 5, after: "YWZ0ZXI6WyJQZXJzb24gYnkgTkFNRSBERVNDIiwiayIsIng6bGFzdC1zZWVuIl0") { totalCount } }

// statement 1 of 3
CALL () { MATCH (n:Person) RETURN count(n) AS total }
CALL () { MATCH (n:Person) WHERE n.name IS NOT NULL WITH n ORDER BY n.name ASC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.name}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Person) WHERE n.name IS NULL
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
//   $value_country = null
//   $value_name = null

// statement 2 of 3
CALL () { MATCH (n:Person) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (EXISTS { (n)<-[:HELD_BY]-(:Office)-[:IN_ORGANIZATION]->(:Organization)-[:OF_COUNTRY]->(:Country {id: $value_country}) }) RETURN count(n) AS total }
CALL () { MATCH (n:Person) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (EXISTS { (n)<-[:HELD_BY]-(:Office)-[:IN_ORGANIZATION]->(:Organization)-[:OF_COUNTRY]->(:Country {id: $value_country}) }) AND n.name IS NOT NULL WITH n ORDER BY n.name DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.name}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Person) WHERE n.name IS NULL
  WITH n ORDER BY n.id ASC WITH n WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (EXISTS { (n)<-[:HELD_BY]-(:Office)-[:IN_ORGANIZATION]->(:Organization)-[:OF_COUNTRY]->(:Country {id: $value_country}) }) WITH n LIMIT $take
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
//   $value_country = "country:KZ"
//   $value_name = "peace"

// statement 3 of 3
CALL () { MATCH (n:Person) RETURN count(n) AS total }
CALL () {
  CALL () {
    MATCH (n:Person) USING INDEX n:Person(name) WHERE n.name = $afterKey AND n.id > $afterId WITH n ORDER BY n.id ASC LIMIT $take RETURN n
    UNION ALL
    MATCH (n:Person) WHERE n.name < $afterKey WITH n ORDER BY n.name DESC, n.id ASC LIMIT $take RETURN n
  }
  WITH n ORDER BY n.name DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.name}) AS keyed
}
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Person) WHERE n.name IS NULL
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
//   $value_country = null
//   $value_name = null
