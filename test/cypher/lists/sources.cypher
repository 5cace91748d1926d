// GraphQL, unfiltered:
// { sources { totalCount } }
// GraphQL, every filter:
// { sources(filter: { text: "peace", kind: NEWS_ARTICLE, language: "ru", publishedFrom: "2026-03", publishedTo: "2026-03" }, sort: { field: PUBLISHED, direction: DESC }, first: 5) { totalCount } }
// GraphQL, the page after a cursor:
// { sources(sort: { field: PUBLISHED, direction: DESC }, first: 5, after: "YWZ0ZXI6WyJTb3VyY2UgYnkgUFVCTElTSEVEIERFU0MiLCJrIiwieDpsYXN0LXNlZW4iXQ") { totalCount } }

// statement 1 of 3
CALL () { MATCH (n:Source) RETURN count(n) AS total }
CALL () { MATCH (n:Source) WHERE n.published IS NOT NULL WITH n ORDER BY n.published ASC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.published}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Source) WHERE n.published IS NULL
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
//   $value_kind = null
//   $value_language = null
//   $value_publishedFrom = null
//   $value_publishedTo = null
//   $value_text = null

// statement 2 of 3
CALL () { MATCH (n:Source) WHERE ((toLower(coalesce(n.title, '')) CONTAINS $value_text OR toLower(coalesce(n.publisher, '')) CONTAINS $value_text)) AND (n.kind = $value_kind) AND (n.language = $value_language) AND (n.published >= $value_publishedFrom) AND (n.published <= $value_publishedTo AND n.publishedLast <= $value_publishedTo) RETURN count(n) AS total }
CALL () { MATCH (n:Source) WHERE ((toLower(coalesce(n.title, '')) CONTAINS $value_text OR toLower(coalesce(n.publisher, '')) CONTAINS $value_text)) AND (n.kind = $value_kind) AND (n.language = $value_language) AND (n.published >= $value_publishedFrom) AND (n.published <= $value_publishedTo AND n.publishedLast <= $value_publishedTo) AND n.published IS NOT NULL WITH n ORDER BY n.published DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.published}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Source) WHERE n.published IS NULL
  WITH n ORDER BY n.id ASC WITH n WHERE ((toLower(coalesce(n.title, '')) CONTAINS $value_text OR toLower(coalesce(n.publisher, '')) CONTAINS $value_text)) AND (n.kind = $value_kind) AND (n.language = $value_language) AND (n.published >= $value_publishedFrom) AND (n.published <= $value_publishedTo AND n.publishedLast <= $value_publishedTo) WITH n LIMIT $take
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
//   $value_kind = "NEWS_ARTICLE"
//   $value_language = "ru"
//   $value_publishedFrom = "2026-03-01"
//   $value_publishedTo = "2026-03-31"
//   $value_text = "peace"

// statement 3 of 3
CALL () { MATCH (n:Source) RETURN count(n) AS total }
CALL () {
  CALL () {
    MATCH (n:Source) USING INDEX n:Source(published) WHERE n.published = $afterKey AND n.id > $afterId WITH n ORDER BY n.id ASC LIMIT $take RETURN n
    UNION ALL
    MATCH (n:Source) WHERE n.published < $afterKey WITH n ORDER BY n.published DESC, n.id ASC LIMIT $take RETURN n
  }
  WITH n ORDER BY n.published DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.published}) AS keyed
}
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:Source) WHERE n.published IS NULL
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
//   $value_kind = null
//   $value_language = null
//   $value_publishedFrom = null
//   $value_publishedTo = null
//   $value_text = null
