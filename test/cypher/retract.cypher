// GraphQL:
// mutation { retractRecords(records: [{ id: "statement:example", ifVersion: "v1" }], reason: "Misattributed.") { retracted } }

// statement 1 of 5
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n) { WITH n WHERE n IS NOT NULL SET n.versionLock = true REMOVE n.versionLock }
OPTIONAL MATCH (t:Retracted {id: id})
RETURN id, n.recordHash AS version, t IS NOT NULL AS retracted
// parameters:
//   $ids = ["statement:example"]

// statement 2 of 5
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:!MADE_FOR]-(m)
WITH id, CASE WHEN m:Entity THEN m ELSE head([(o:Entity)-[:HAS_NAME|HAS_LEG]->(m) | o]) END AS owner
WHERE owner IS NOT NULL AND NOT owner.id IN $ids
WITH id, owner.id AS owner ORDER BY owner
WITH id, collect(DISTINCT owner) AS owners
RETURN id, owners[..$shown] AS owners, size(owners) AS count
// parameters:
//   $ids = ["statement:example"]
//   $shown = 50

// statement 3 of 5
CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE n:Office OR n:Organization
RETURN id,
COLLECT { MATCH (n)-[r:HELD_BY|IN_ORGANIZATION|OF_COUNTRY|PART_OF]->(m) RETURN type(r) + ' ' + m.id AS item ORDER BY item } AS links,
CASE WHEN n:Office THEN [n.start, n.startLast, n.end, n.endLast] ELSE [] END AS period,
COLLECT { MATCH (n:Office)-[:HELD_BY]->(p) RETURN p.id AS item } AS holders
// parameters:
//   $ids = ["statement:example"]

// statement 4 of 5
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN {
  id: n.id,
  label: head([l IN labels(n) WHERE l <> 'Entity']),
  props: properties(n),
  links: [(n)-[r:!CITES&!MADE_FOR]->(m:Entity) | {rel: type(r), seq: r.seq, target: m.id}],
  citations: [(n)-[c:CITES]->(s:Source) | c {.*, source: s.id}],
  names: [(n)-[h:HAS_NAME]->(x:Name) | {seq: h.seq, props: properties(x), citations: [(x)-[c:CITES]->(s:Source) | c {.*, source: s.id}]}],
  legs: [(n)-[h:HAS_LEG]->(l:EvacuationLeg) | {seq: h.seq, props: properties(l), links: [(l)-[r:!CITES&!MADE_FOR]->(m:Entity) | {rel: type(r), seq: r.seq, target: m.id}]}]
} AS row
// parameters:
//   $ids = ["statement:example"]

// statement 5 of 5
UNWIND $kept AS k
MATCH (n:Entity {id: k.id})
CREATE (:Retracted {id: k.id, recordType: k.type, record: k.record, recordHash: k.hash, createdAt: n.createdAt,
    createdBy: n.createdBy, retractedAt: datetime(), retractedBy: $actor, reason: k.reason})
WITH n
CALL (n) { MATCH (n)-[:HAS_NAME|HAS_LEG]->(x) DETACH DELETE x }
DETACH DELETE n
// parameters:
//   $actor = "snapshot-editor"
//   $kept = []
