// GraphQL, unfiltered:
// { evacuationOperations { totalCount } }
// GraphQL, every filter:
// { evacuationOperations(filter: { conductedBy: "country:KZ", conflict: "country:KZ" }, sort: { field: NAME, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:EvacuationOperation)  RETURN count(n) AS total }
CALL () { MATCH (n:EvacuationOperation)  WITH n ORDER BY n.name ASC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 20
//   $skip = 0
//   $value_conductedBy = null
//   $value_conflict = null

// statement 2 of 2
CALL () { MATCH (n:EvacuationOperation) WHERE (EXISTS { (n)-[:CONDUCTED_BY]->(:Entity {id: $value_conductedBy}) }) AND (EXISTS { (n)-[:PROMPTED_BY]->(:Conflict {id: $value_conflict}) }) RETURN count(n) AS total }
CALL () { MATCH (n:EvacuationOperation) WHERE (EXISTS { (n)-[:CONDUCTED_BY]->(:Entity {id: $value_conductedBy}) }) AND (EXISTS { (n)-[:PROMPTED_BY]->(:Conflict {id: $value_conflict}) }) WITH n ORDER BY n.name IS NULL, n.name DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_conductedBy = "country:KZ"
//   $value_conflict = "country:KZ"
