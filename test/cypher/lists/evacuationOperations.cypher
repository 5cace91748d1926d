// GraphQL, unfiltered:
// { evacuationOperations { totalCount } }
// GraphQL, every filter:
// { evacuationOperations(filter: { conductedBy: "country:KZ", conflict: "country:KZ" }, sort: { field: NAME, direction: DESC }, first: 5) { totalCount } }
// GraphQL, the page after a cursor:
// { evacuationOperations(sort: { field: NAME, direction: DESC }, first: 5, after: "YWZ0ZXI6WyJFdmFjdWF0aW9uT3BlcmF0aW9uIGJ5IE5BTUUgREVTQyIsImsiLCJ4Omxhc3Qtc2VlbiJd") { totalCount } }

// statement 1 of 3
CALL () { MATCH (n:EvacuationOperation) RETURN count(n) AS total }
CALL () { MATCH (n:EvacuationOperation) WHERE n.name IS NOT NULL WITH n ORDER BY n.name ASC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.name}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:EvacuationOperation) WHERE n.name IS NULL
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
//   $value_conductedBy = null
//   $value_conflict = null

// statement 2 of 3
CALL () { MATCH (n:EvacuationOperation) WHERE (EXISTS { (n)-[:CONDUCTED_BY]->(:Entity {id: $value_conductedBy}) }) AND (EXISTS { (n)-[:PROMPTED_BY]->(:Conflict {id: $value_conflict}) }) RETURN count(n) AS total }
CALL () { MATCH (n:EvacuationOperation) WHERE (EXISTS { (n)-[:CONDUCTED_BY]->(:Entity {id: $value_conductedBy}) }) AND (EXISTS { (n)-[:PROMPTED_BY]->(:Conflict {id: $value_conflict}) }) AND n.name IS NOT NULL WITH n ORDER BY n.name DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.name}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:EvacuationOperation) WHERE n.name IS NULL
  WITH n ORDER BY n.id ASC WITH n WHERE (EXISTS { (n)-[:CONDUCTED_BY]->(:Entity {id: $value_conductedBy}) }) AND (EXISTS { (n)-[:PROMPTED_BY]->(:Conflict {id: $value_conflict}) }) WITH n LIMIT $take
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
//   $value_conductedBy = "country:KZ"
//   $value_conflict = "country:KZ"

// statement 3 of 3
CALL () { MATCH (n:EvacuationOperation) RETURN count(n) AS total }
CALL () {
  CALL () {
    MATCH (n:EvacuationOperation) USING INDEX n:EvacuationOperation(name) WHERE n.name = $afterKey AND n.id > $afterId WITH n ORDER BY n.id ASC LIMIT $take RETURN n
    UNION ALL
    MATCH (n:EvacuationOperation) WHERE n.name < $afterKey WITH n ORDER BY n.name DESC, n.id ASC LIMIT $take RETURN n
  }
  WITH n ORDER BY n.name DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.name}) AS keyed
}
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:EvacuationOperation) WHERE n.name IS NULL
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
//   $value_conductedBy = null
//   $value_conflict = null
