// GraphQL, unfiltered:
// { events { totalCount } }
// GraphQL, every filter:
// { events(filter: { name: "peace", kind: BRIEFING, from: "2026-03", to: "2026-03" }, sort: { field: DATE, direction: DESC }, first: 5) { totalCount } }
// GraphQL, the page after a cursor:
// { events(sort: { field: DATE, direction: DESC }, first: 5, after: "YWZ0ZXI6WyJFdmVudCBieSBEQVRFIERFU0MiLCJrIiwieDpsYXN0LXNlZW4iXQ") { totalCount } }

// statement 1 of 3
CALL () { MATCH (n:Event) RETURN count(n) AS total }
CALL () { MATCH (n:Event) WHERE n.date IS NOT NULL WITH n ORDER BY n.date DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.date}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Event) WHERE n.date IS NULL
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
//   $value_from = null
//   $value_kind = null
//   $value_name = null
//   $value_to = null

// statement 2 of 3
CALL () { MATCH (n:Event) WHERE (toLower(n.name) CONTAINS $value_name) AND (n.kind = $value_kind) AND (n.date >= $value_from) AND (n.date <= $value_to AND n.dateLast <= $value_to) RETURN count(n) AS total }
CALL () { MATCH (n:Event) WHERE (toLower(n.name) CONTAINS $value_name) AND (n.kind = $value_kind) AND (n.date >= $value_from) AND (n.date <= $value_to AND n.dateLast <= $value_to) AND n.date IS NOT NULL WITH n ORDER BY n.date DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.date}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Event) WHERE n.date IS NULL
  WITH n ORDER BY n.id ASC WITH n WHERE (toLower(n.name) CONTAINS $value_name) AND (n.kind = $value_kind) AND (n.date >= $value_from) AND (n.date <= $value_to AND n.dateLast <= $value_to) WITH n LIMIT $take
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
//   $value_from = "2026-03-01"
//   $value_kind = "BRIEFING"
//   $value_name = "peace"
//   $value_to = "2026-03-31"

// statement 3 of 3
CALL () { MATCH (n:Event) RETURN count(n) AS total }
CALL () {
  CALL () {
    MATCH (n:Event) USING INDEX n:Event(date) WHERE n.date = $afterKey AND n.id > $afterId WITH n ORDER BY n.id ASC LIMIT $take RETURN n
    UNION ALL
    MATCH (n:Event) WHERE n.date < $afterKey WITH n ORDER BY n.date DESC, n.id ASC LIMIT $take RETURN n
  }
  WITH n ORDER BY n.date DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.date}) AS keyed
}
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Event) WHERE n.date IS NULL
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
//   $value_from = null
//   $value_kind = null
//   $value_name = null
//   $value_to = null
