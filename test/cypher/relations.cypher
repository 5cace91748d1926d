// Source.relays
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:RELAYS]->(m:Source)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Organization.country
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:OF_COUNTRY]->(m:Country)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Organization.parent
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:PART_OF]->(m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Place.country
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:IN_COUNTRY]->(m:Country)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Dateline.source
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:OF_SOURCE]->(m:Source)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Dateline.place
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:DATELINED_IN]->(m:Place)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Membership.member
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:OF_MEMBER]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Membership.group
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:IN_GROUP]->(m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Office.holder
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:HELD_BY]->(m:Person)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Office.organization
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:IN_ORGANIZATION]->(m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Event.place
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:HELD_IN]->(m:Place)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Event.organizer
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:ORGANIZED_BY]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Event.actors
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:CARRIED_OUT_BY]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Event.targets
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:DIRECTED_AT]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Attendance.event
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:OF_EVENT]->(m:Event)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Attendance.actor
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:OF_ACTOR]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Attendance.representing
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:REPRESENTING]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Involvement.actor
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:OF_ACTOR]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Involvement.conflict
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:IN_CONFLICT]->(m:Conflict)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// NegotiationProcess.concerns
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:CONCERNS]->(m:Conflict)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// NegotiationRound.process
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:OF_PROCESS]->(m:NegotiationProcess)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// NegotiationRound.venue
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:HELD_IN]->(m:Place)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// StanceDefinition.broader
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:BROADER]->(m:StanceDefinition)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Position.holder
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:HELD_BY]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Position.toward
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:TOWARD]->(m:Conflict|Country|Person|Organization|Event)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Position.reaffirms
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:REAFFIRMS]->(m:Position)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Position.supersedes
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:SUPERSEDES]->(m:Position)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Statement.speaker
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:SPOKEN_BY]->(m:Person)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Statement.occasion
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:AT_EVENT]->(m:Event)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Statement.about
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:ABOUT]->(m:Conflict)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Statement.mentions
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:MENTIONS]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Statement.expresses
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:EXPRESSES]->(m:Position)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Statement.deliveredBy
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:DELIVERED_BY]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Statement.atRound
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:AT_ROUND]->(m:NegotiationRound)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Statement.aboutProcess
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:ABOUT_PROCESS]->(m:NegotiationProcess)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Participation.actor
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:OF_ACTOR]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Participation.process
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:IN_PROCESS]->(m:NegotiationProcess)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Participation.round
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:IN_ROUND]->(m:NegotiationRound)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Participation.ledBy
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:LED_BY]->(m:Person)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// EvacuationOperation.conductedBy
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:CONDUCTED_BY]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// EvacuationOperation.conflict
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:PROMPTED_BY]->(m:Conflict)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// EvacuationMovement.operation
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:OF_OPERATION]->(m:EvacuationOperation)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Actor.positions
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:HELD_BY]-(m:Position)
  WITH DISTINCT m
  WITH m, COLLECT { MATCH (m)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Actor.participations
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:OF_ACTOR]-(m:Participation)
  WITH DISTINCT m
  WITH m, m.role AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Actor.statementsOnBehalf
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:ON_BEHALF_OF]-(m:Statement)
  WITH DISTINCT m
  WITH m, m.date AS key, m.id AS mid
  ORDER BY key IS NULL, key DESC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Actor.mentionedIn
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:MENTIONS]-(m:Statement)
  WITH DISTINCT m
  WITH m, m.date AS key, m.id AS mid
  ORDER BY key IS NULL, key DESC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Actor.involvements
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:OF_ACTOR]-(m:Involvement)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Actor.memberOf
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:OF_MEMBER]-(m:Membership)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Actor.evacuations
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:CONDUCTED_BY]-(m:EvacuationOperation)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Country.organizations
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:OF_COUNTRY]-(m:Organization)
  WITH DISTINCT m
  WITH m, m.name AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Country.officials
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:OF_COUNTRY]-(:Organization)<-[:IN_ORGANIZATION]-(m:Office)
  WITH DISTINCT m
  WITH m, m.start AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Person.offices
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:HELD_BY]-(m:Office)
  WITH DISTINCT m
  WITH m, m.start AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Person.statements
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:SPOKEN_BY]-(m:Statement)
  WITH DISTINCT m
  WITH m, m.date AS key, m.id AS mid
  ORDER BY key IS NULL, key DESC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Person.ledParticipations
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:LED_BY]-(m:Participation)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Organization.children
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:PART_OF]-(m:Organization)
  WITH DISTINCT m
  WITH m, m.name AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Organization.members
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:IN_GROUP]-(m:Membership)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Organization.offices
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:IN_ORGANIZATION]-(m:Office)
  WITH DISTINCT m
  WITH m, m.start AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Place.rounds
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:HELD_IN]-(m:NegotiationRound)
  WITH DISTINCT m
  WITH m, m.start AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Source.dateline
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:OF_SOURCE]-(m:Dateline)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Source.relayedBy
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:RELAYS]-(m:Source)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Source.citedBy
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:CITES]-(m:Entity)
  WITH DISTINCT m
  WITH m, m.updatedAt AS key, m.id AS mid
  ORDER BY key IS NULL, key DESC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | toString(r.key)] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Statement.speakerOffices
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(m:Office) WHERE n.date IS NOT NULL AND (m.start IS NULL OR m.start <= n.dateLast)
  AND (m.end IS NULL OR m.endLast >= n.date)
  WITH DISTINCT m
  WITH m, m.start AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Statement.onBehalfOf
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r:ON_BEHALF_OF]->(m) WHERE r.seq = 0 AND (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Statement.onBehalfOfAll
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:ON_BEHALF_OF]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, COLLECT { MATCH (n)-[r:ON_BEHALF_OF]->(m) RETURN r.seq AS seq }[0] AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | toString(r.key)] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Statement.renderings
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH m_path = (n)-[:RENDERS]-{1,8}(m:Statement)
  WHERE m <> n AND none(m_i IN range(1, length(m_path) - 1)
    WHERE startNode(relationships(m_path)[m_i - 1]) = startNode(relationships(m_path)[m_i]))
  WITH DISTINCT m
  WITH m, m.language AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Event.statements
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:AT_EVENT]-(m:Statement)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Event.participants
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:OF_EVENT]-(m:Attendance)
  WITH DISTINCT m
  WITH m, m.role AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Position.expressedBy
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:EXPRESSES]-(m:Statement)
  WITH DISTINCT m
  WITH m, m.date AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Position.reaffirmedBy
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:REAFFIRMS]-(m:Position)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Position.supersededBy
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:SUPERSEDES]-(m:Position)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// StanceDefinition.narrower
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:BROADER]-(m:StanceDefinition)
  WITH DISTINCT m
  WITH m, m.code AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Conflict.involvements
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:IN_CONFLICT]-(m:Involvement)
  WITH DISTINCT m
  WITH m, m.role AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Conflict.positions
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:TOWARD]-(m:Position)
  WITH DISTINCT m
  WITH m, COLLECT { MATCH (m)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Conflict.statements
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:ABOUT]-(m:Statement)
  WITH DISTINCT m
  WITH m, m.date AS key, m.id AS mid
  ORDER BY key IS NULL, key DESC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Conflict.processes
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:CONCERNS]-(m:NegotiationProcess)
  WITH DISTINCT m
  WITH m, m.start AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Conflict.evacuations
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:PROMPTED_BY]-(m:EvacuationOperation)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// NegotiationProcess.rounds
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:OF_PROCESS]-(m:NegotiationRound)
  WITH DISTINCT m
  WITH m, m.start AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// NegotiationProcess.participations
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:IN_PROCESS]-(m:Participation) WHERE NOT (m)-[:IN_ROUND]->()
  WITH DISTINCT m
  WITH m, m.role AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// NegotiationRound.participations
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:IN_ROUND]-(m:Participation)
  WITH DISTINCT m
  WITH m, m.role AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// NegotiationRound.statements
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:AT_ROUND]-(m:Statement)
  WITH DISTINCT m
  WITH m, m.date AS key, m.id AS mid
  ORDER BY key IS NULL, key DESC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// NegotiationProcess.statements
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:ABOUT_PROCESS]-(m:Statement)
  WITH DISTINCT m
  WITH m, m.date AS key, m.id AS mid
  ORDER BY key IS NULL, key DESC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// EvacuationOperation.movements
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:OF_OPERATION]-(m:EvacuationMovement)
  WITH DISTINCT m
  WITH m, m.date AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// EvacuationMovement.alternatives
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:ALTERNATIVE_TO]-(m:EvacuationMovement)
  WITH DISTINCT m
  WITH m, m.date AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// EvacuationMovement.transitCountries
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  CALL (n) {
    MATCH (n)-[:HAS_LEG]->(:EvacuationLeg)-[:VIA]->(m:Country) RETURN m
    UNION
    MATCH (n)-[:HAS_LEG]->(l:EvacuationLeg)-[:TO]->(stop)
    WHERE EXISTS { (n)-[:HAS_LEG]->(later:EvacuationLeg) WHERE later.sequence > l.sequence }
    MATCH (m:Country) WHERE m = stop OR (stop)-[:IN_COUNTRY]->(m)
    RETURN m
  }
  WITH DISTINCT m
  WITH m, m.name AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, sorted[0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = null
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Person.statements, after a row keyed "2026-03-03"
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:SPOKEN_BY]-(m:Statement)
  WITH DISTINCT m
  WITH m, m.date AS key, m.id AS mid
  ORDER BY key IS NULL, key DESC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, [r IN sorted WHERE (r.key < $afterKey OR (r.key = $afterKey AND r.id > $afterId) OR r.key IS NULL)][0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = "x:last-seen"
//   $afterKey = "2026-03-03"
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Person.statements, after a row keyed null
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:SPOKEN_BY]-(m:Statement)
  WITH DISTINCT m
  WITH m, m.date AS key, m.id AS mid
  ORDER BY key IS NULL, key DESC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, [r IN sorted WHERE r.key IS NULL AND r.id > $afterId][0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = "x:last-seen"
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Event.statements, after a row keyed null
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:AT_EVENT]-(m:Statement)
  WITH DISTINCT m
  WITH m, null AS key, m.id AS mid
  ORDER BY mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, [r IN sorted WHERE r.id > $afterId][0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | r.key] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = "x:last-seen"
//   $afterKey = null
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Source.citedBy, after a row keyed "2026-03-03T10:00:00Z"
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[:CITES]-(m:Entity)
  WITH DISTINCT m
  WITH m, m.updatedAt AS key, m.id AS mid
  ORDER BY key IS NULL, key DESC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, [r IN sorted WHERE (r.key < datetime($afterKey) OR (r.key = datetime($afterKey) AND r.id > $afterId) OR r.key IS NULL)][0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | toString(r.key)] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = "x:last-seen"
//   $afterKey = "2026-03-03T10:00:00Z"
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21

// Statement.onBehalfOfAll, after a row keyed "1"
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:ON_BEHALF_OF]->(m) WHERE (m:Country OR m:Person OR m:Organization)
  WITH DISTINCT m
  WITH m, COLLECT { MATCH (n)-[r:ON_BEHALF_OF]->(m) RETURN r.seq AS seq }[0] AS key, m.id AS mid
  ORDER BY key ASC, mid ASC
  WITH collect({node: m, key: key, id: mid}) AS sorted
  RETURN size(sorted) AS total, [r IN sorted WHERE (r.key > toInteger($afterKey) OR (r.key = toInteger($afterKey) AND r.id > $afterId) OR r.key IS NULL)][0..$take] AS taken
}
RETURN id, total, [m IN [r IN taken[0..$limit] | r.node] | CASE WHEN m:Source THEN m {.*, text: null, textHeld: m.text IS NOT NULL, version: m.recordHash, __label: 'Source'}
  ELSE m {.*, version: m.recordHash, __label: head([label IN labels(m) WHERE label <> 'Entity'])} END] AS nodes, [r IN taken[0..$limit] | toString(r.key)] AS keys, size(taken) > $limit AS hasNextPage
// parameters:
//   $afterId = "x:last-seen"
//   $afterKey = "1"
//   $ids = ["entity:example"]
//   $limit = 20
//   $take = 21
