// GraphQL:
// mutation { upsertOrganization(ifVersion: "v1", input: { id: "org:example-ministry", name: "Ministry of Examples", kind: MINISTRY, citations: [] }) { outcome organization { id version } } }

// statement 1 of 9
OPTIONAL MATCH (n:Entity {id: $id})
CALL (n) { WITH n WHERE n IS NOT NULL SET n.versionLock = true REMOVE n.versionLock }
RETURN n.recordHash AS version
// parameters:
//   $id = "org:example-ministry"

// statement 2 of 9
CYPHER replan=skip
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n.recordHash AS hash, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n:Source AS isSource,
CASE WHEN n:Source THEN n.text END AS text, EXISTS { (:Retracted {id: id}) } AS retracted
// parameters:
//   $ids = ["org:example-ministry"]

// statement 3 of 9
CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE n:Office OR n:Organization
RETURN id,
COLLECT { MATCH (n)-[r:HELD_BY|IN_ORGANIZATION|OF_COUNTRY|PART_OF]->(m) RETURN type(r) + ' ' + m.id AS item ORDER BY item } AS links,
CASE WHEN n:Office THEN [n.start, n.startLast, n.end, n.endLast] ELSE [] END AS period,
COLLECT { MATCH (n:Office)-[:HELD_BY]->(p) RETURN p.id AS item } AS holders
// parameters:
//   $ids = ["org:example-ministry"]

// statement 4 of 9
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Organization, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "snapshot-editor"
//   $rows = [{"id":"org:example-ministry","hash":"fded8dd4f315f92ebd1950a76005780ab94b6a7ccfb7e64d7ef9401807531f01","props":{"name":"Ministry of Examples","kind":"MINISTRY","membersKnown":true}}]

// statement 5 of 9
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:OF_COUNTRY|PART_OF|CITES]->() DELETE r }
CALL (n) { MATCH (n)-[:HAS_NAME]->(x:Name) DETACH DELETE x }
CALL (n, row) { UNWIND range(0, size(row.links.country) - 1) AS i MATCH (m:Entity {id: row.links.country[i]}) CREATE (n)-[:OF_COUNTRY {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.parent) - 1) AS i MATCH (m:Entity {id: row.links.parent[i]}) CREATE (n)-[:PART_OF {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
CALL (n, row) { UNWIND range(0, size(row.names) - 1) AS j WITH n, j, row.names[j] AS nm CREATE (n)-[:HAS_NAME {seq: j}]->(x:Name) SET x = nm.props WITH x, nm CALL (x, nm) { UNWIND range(0, size(nm.citations) - 1) AS i WITH i, nm.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (x)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) } }
// parameters:
//   $rows = [{"id":"org:example-ministry","links":{"country":[],"parent":[]},"citations":[],"names":[],"legs":[]}]

// statement 6 of 9
CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  WITH n WHERE n:Position RETURN n AS p
  UNION
  MATCH (n)<-[:HELD_BY]-(p:Position) RETURN p
}
WITH DISTINCT p
SET p.holderName = head([(p)-[:HELD_BY]->(h) | h.name])
// parameters:
//   $ids = ["org:example-ministry"]

// statement 7 of 9
CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE n:Office OR n:Organization
RETURN id,
COLLECT { MATCH (n)-[r:HELD_BY|IN_ORGANIZATION|OF_COUNTRY|PART_OF]->(m) RETURN type(r) + ' ' + m.id AS item ORDER BY item } AS links,
CASE WHEN n:Office THEN [n.start, n.startLast, n.end, n.endLast] ELSE [] END AS period,
COLLECT { MATCH (n:Office)-[:HELD_BY]->(p) RETURN p.id AS item } AS holders
// parameters:
//   $ids = ["org:example-ministry"]

// statement 8 of 9
CYPHER replan=skip
UNWIND $changes AS c
CREATE (:Change {at: datetime(), by: $actor, recordId: c.recordId, recordType: c.recordType,
    outcome: c.outcome, hash: c.hash, record: c.record, reason: c.reason})
// parameters:
//   $actor = "snapshot-editor"
//   $changes = [{"recordId":"org:example-ministry","recordType":"Organization","outcome":"UPDATED","hash":"fded8dd4f315f92ebd1950a76005780ab94b6a7ccfb7e64d7ef9401807531f01","record":"{\"type\":\"Organization\",\"id\":\"org:example-ministry\",\"name\":\"Ministry of Examples\",\"kind\":\"MINISTRY\",\"citations\":[]}","reason":null}]

// statement 9 of 9
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, CASE WHEN n:Source THEN n {.*, text: null, textHeld: n.text IS NOT NULL, version: n.recordHash, __label: 'Source'}
ELSE n {.*, version: n.recordHash, __label: head([label IN labels(n) WHERE label <> 'Entity'])} END AS node
// parameters:
//   $ids = ["org:example-ministry"]
