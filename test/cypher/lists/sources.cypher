// GraphQL, unfiltered:
// { sources { totalCount } }
// GraphQL, every filter:
// { sources(filter: { text: "peace", kind: NEWS_ARTICLE, language: "ru", publishedFrom: "2026-03", publishedTo: "2026-03" }, sort: { field: PUBLISHED, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:Source)  RETURN count(n) AS total }
CALL () { MATCH (n:Source)  WITH n ORDER BY n.published ASC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 20
//   $skip = 0
//   $value_kind = null
//   $value_language = null
//   $value_publishedFrom = null
//   $value_publishedTo = null
//   $value_text = null

// statement 2 of 2
CALL () { MATCH (n:Source) WHERE ((toLower(coalesce(n.title, '')) CONTAINS $value_text OR toLower(coalesce(n.publisher, '')) CONTAINS $value_text)) AND (n.kind = $value_kind) AND (n.language = $value_language) AND (n.published >= $value_publishedFrom) AND (n.published <= $value_publishedTo AND n.publishedLast <= $value_publishedTo) RETURN count(n) AS total }
CALL () { MATCH (n:Source) WHERE ((toLower(coalesce(n.title, '')) CONTAINS $value_text OR toLower(coalesce(n.publisher, '')) CONTAINS $value_text)) AND (n.kind = $value_kind) AND (n.language = $value_language) AND (n.published >= $value_publishedFrom) AND (n.published <= $value_publishedTo AND n.publishedLast <= $value_publishedTo) WITH n ORDER BY n.published IS NULL, n.published DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_kind = "NEWS_ARTICLE"
//   $value_language = "ru"
//   $value_publishedFrom = "2026-03-01"
//   $value_publishedTo = "2026-03-31"
//   $value_text = "peace"
