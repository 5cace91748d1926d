// GraphQL, unfiltered:
// { statements { totalCount } }
// GraphQL, every filter:
// { statements(filter: { text: "peace", kind: QUOTE, language: "ru", speaker: "country:KZ", onBehalfOf: "country:KZ", about: "country:KZ", from: "2026-03", to: "2026-03" }, sort: { field: DATE, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:Statement)  RETURN count(n) AS total }
CALL () { MATCH (n:Statement)  WITH n ORDER BY n.date IS NULL, n.date DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 20
//   $skip = 0
//   $value_about = null
//   $value_from = null
//   $value_kind = null
//   $value_language = null
//   $value_onBehalfOf = null
//   $value_speaker = null
//   $value_text = null
//   $value_to = null

// statement 2 of 2
CALL () { MATCH (n:Statement) WHERE (toLower(n.text) CONTAINS $value_text) AND (n.kind = $value_kind) AND (n.language = $value_language) AND (EXISTS { (n)-[:SPOKEN_BY]->(:Person {id: $value_speaker}) }) AND (EXISTS { (n)-[:ON_BEHALF_OF]->(:Entity {id: $value_onBehalfOf}) }) AND (EXISTS { (n)-[:ABOUT]->(:Conflict {id: $value_about}) }) AND (n.date >= $value_from) AND (n.date <= $value_to AND n.dateLast <= $value_to) RETURN count(n) AS total }
CALL () { MATCH (n:Statement) WHERE (toLower(n.text) CONTAINS $value_text) AND (n.kind = $value_kind) AND (n.language = $value_language) AND (EXISTS { (n)-[:SPOKEN_BY]->(:Person {id: $value_speaker}) }) AND (EXISTS { (n)-[:ON_BEHALF_OF]->(:Entity {id: $value_onBehalfOf}) }) AND (EXISTS { (n)-[:ABOUT]->(:Conflict {id: $value_about}) }) AND (n.date >= $value_from) AND (n.date <= $value_to AND n.dateLast <= $value_to) WITH n ORDER BY n.date IS NULL, n.date DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_about = "country:KZ"
//   $value_from = "2026-03-01"
//   $value_kind = "QUOTE"
//   $value_language = "ru"
//   $value_onBehalfOf = "country:KZ"
//   $value_speaker = "country:KZ"
//   $value_text = "peace"
//   $value_to = "2026-03-31"
