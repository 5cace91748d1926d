// GraphQL, unfiltered:
// { negotiationProcesses { totalCount } }
// GraphQL, every filter:
// { negotiationProcesses(filter: { name: "peace", concerns: "country:KZ", participant: "country:KZ", role: HOST }, sort: { field: NAME, direction: DESC }, first: 5) { totalCount } }
// GraphQL, the page after a cursor:
// { negotiationProcesses(sort: { field: NAME, direction: DESC }, first: 5, after: "YWZ0ZXI6WyJOZWdvdGlhdGlvblByb2Nlc3MgYnkgTkFNRSBERVNDIiwiayIsIng6bGFzdC1zZWVuIl0") { totalCount } }

// statement 1 of 3
CALL () { MATCH (n:NegotiationProcess) RETURN count(n) AS total }
CALL () { MATCH (n:NegotiationProcess) WHERE n.start IS NOT NULL WITH n ORDER BY n.start ASC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.start}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:NegotiationProcess) WHERE n.start IS NULL
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
//   $value_concerns = null
//   $value_name = null
//   $value_participant = null
//   $value_role = null

// statement 2 of 3
CALL () { MATCH (n:NegotiationProcess) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (EXISTS { (n)-[:CONCERNS]->(:Conflict {id: $value_concerns}) }) AND (EXISTS { (n)<-[:IN_PROCESS]-(p:Participation)-[:OF_ACTOR]->(:Entity {id: $value_participant}) WHERE $value_role IS NULL OR p.role = $value_role }) AND (EXISTS { (n)<-[:IN_PROCESS]-(p:Participation) WHERE p.role = $value_role }) RETURN count(n) AS total }
CALL () { MATCH (n:NegotiationProcess) WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (EXISTS { (n)-[:CONCERNS]->(:Conflict {id: $value_concerns}) }) AND (EXISTS { (n)<-[:IN_PROCESS]-(p:Participation)-[:OF_ACTOR]->(:Entity {id: $value_participant}) WHERE $value_role IS NULL OR p.role = $value_role }) AND (EXISTS { (n)<-[:IN_PROCESS]-(p:Participation) WHERE p.role = $value_role }) AND n.name IS NOT NULL WITH n ORDER BY n.name DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.name}) AS keyed }
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:NegotiationProcess) WHERE n.name IS NULL
  WITH n ORDER BY n.id ASC WITH n WHERE ((toLower(n.name) CONTAINS $value_name OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value_name })) AND (EXISTS { (n)-[:CONCERNS]->(:Conflict {id: $value_concerns}) }) AND (EXISTS { (n)<-[:IN_PROCESS]-(p:Participation)-[:OF_ACTOR]->(:Entity {id: $value_participant}) WHERE $value_role IS NULL OR p.role = $value_role }) AND (EXISTS { (n)<-[:IN_PROCESS]-(p:Participation) WHERE p.role = $value_role }) WITH n LIMIT $take
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
//   $value_concerns = "country:KZ"
//   $value_name = "peace"
//   $value_participant = "country:KZ"
//   $value_role = "HOST"

// statement 3 of 3
CALL () { MATCH (n:NegotiationProcess) RETURN count(n) AS total }
CALL () {
  CALL () {
    MATCH (n:NegotiationProcess) USING INDEX n:NegotiationProcess(name) WHERE n.name = $afterKey AND n.id > $afterId WITH n ORDER BY n.id ASC LIMIT $take RETURN n
    UNION ALL
    MATCH (n:NegotiationProcess) WHERE n.name < $afterKey WITH n ORDER BY n.name DESC, n.id ASC LIMIT $take RETURN n
  }
  WITH n ORDER BY n.name DESC, n.id ASC LIMIT $take
  RETURN collect({node: n, key: n.name}) AS keyed
}
CALL (keyed) {
  UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
  MATCH (n:NegotiationProcess) WHERE n.name IS NULL
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
//   $value_concerns = null
//   $value_name = null
//   $value_participant = null
//   $value_role = null
