// GraphQL, unfiltered:
// { positions { totalCount } }
// GraphQL, every filter:
// { positions(filter: { stance: NOT_TAKING_SIDES, modality: ASSERTED, holder: "country:KZ", toward: "country:KZ", asOf: "2026-03" }, sort: { field: SINCE, direction: DESC }, first: 5) { totalCount } }

// statement 1 of 2
CALL () { MATCH (n:Position)  RETURN count(n) AS total }
CALL () { MATCH (n:Position)  WITH n ORDER BY COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] ASC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 20
//   $skip = 0
//   $value_asOf = null
//   $value_holder = null
//   $value_modality = null
//   $value_stance = null
//   $value_toward = null

// statement 2 of 2
CALL () { MATCH (n:Position) WHERE (n.stance = $value_stance) AND (n.modality = $value_modality) AND (EXISTS { (n)-[:HELD_BY]->(:Entity {id: $value_holder}) }) AND (EXISTS { (n)-[:TOWARD]->(:Entity {id: $value_toward}) }) AND (EXISTS { (n)<-[:EXPRESSES]-(s:Statement) WHERE s.date <= $value_asOf } AND (n.until IS NULL OR n.until > $value_asOf)) RETURN count(n) AS total }
CALL () { MATCH (n:Position) WHERE (n.stance = $value_stance) AND (n.modality = $value_modality) AND (EXISTS { (n)-[:HELD_BY]->(:Entity {id: $value_holder}) }) AND (EXISTS { (n)-[:TOWARD]->(:Entity {id: $value_toward}) }) AND (EXISTS { (n)<-[:EXPRESSES]-(s:Statement) WHERE s.date <= $value_asOf } AND (n.until IS NULL OR n.until > $value_asOf)) WITH n ORDER BY COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] IS NULL, COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] DESC, n.id ASC SKIP $skip LIMIT $limit
  RETURN collect(CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
    ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END) AS nodes }
RETURN total, nodes
// parameters:
//   $limit = 5
//   $skip = 0
//   $value_asOf = "2026-03-01"
//   $value_holder = "country:KZ"
//   $value_modality = "ASSERTED"
//   $value_stance = "NOT_TAKING_SIDES"
//   $value_toward = "country:KZ"
