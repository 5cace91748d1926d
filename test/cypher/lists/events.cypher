// GraphQL, unfiltered:
// { events { totalCount } }
// GraphQL, every filter:
// { events(filter: { name: "peace", kind: BRIEFING, from: "2026-03", to: "2026-03" }, sort: { field: DATE, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:Event)  RETURN count(n) AS total }
CALL () { MATCH (n:Event)  WITH n ORDER BY n.date IS NULL, n.date DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 20
//   $skip = 0
//   $value_from = null
//   $value_kind = null
//   $value_name = null
//   $value_to = null

// statement 2 of 2
CALL () { MATCH (n:Event) WHERE (toLower(n.name) CONTAINS $value_name) AND (n.kind = $value_kind) AND (n.date >= $value_from) AND (n.date <= $value_to AND n.dateLast <= $value_to) RETURN count(n) AS total }
CALL () { MATCH (n:Event) WHERE (toLower(n.name) CONTAINS $value_name) AND (n.kind = $value_kind) AND (n.date >= $value_from) AND (n.date <= $value_to AND n.dateLast <= $value_to) WITH n ORDER BY n.date IS NULL, n.date DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_from = "2026-03-01"
//   $value_kind = "BRIEFING"
//   $value_name = "peace"
//   $value_to = "2026-03-31"
