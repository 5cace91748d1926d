// The seed, applied to an empty graph (rows shown by their first entry)

// statement 1 of 45
CYPHER replan=skip
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n.recordHash AS hash, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n:Source AS isSource,
CASE WHEN n:Source THEN n.text END AS text, EXISTS { (:Retracted {id: id}) } AS retracted
// parameters:
//   $ids = ["source:iso-3166-i18n-iso-countries","… 372 more"]

// statement 2 of 45
CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE n:Office OR n:Organization
RETURN id,
COLLECT { MATCH (n)-[r:HELD_BY|IN_ORGANIZATION|OF_COUNTRY|PART_OF]->(m) RETURN type(r) + ' ' + m.id AS item ORDER BY item } AS links,
CASE WHEN n:Office THEN [n.start, n.startLast, n.end, n.endLast] ELSE [] END AS period,
COLLECT { MATCH (n:Office)-[:HELD_BY]->(p) RETURN p.id AS item } AS holders
// parameters:
//   $ids = ["org:kz-mfa","… 10 more"]

// statement 3 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Source, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"source:iso-3166-i18n-iso-countries","hash":"9eebfb6fe81baee541cd395fd31c90eface890aab9a9eef3b8b21cb62fd22b82","props":{"title":"ISO 3166-1 codes and country names (i18n-iso-countries 7.14.0)","publisher":"i18n-iso-countries","url":"https://www.npmjs.com/package/i18n-iso-countries","published":null,"publishedLast":null,"publishedPrecision":null,"publishedText":null,"language":"en","kind":"DATASET","text":null,"inferredFromUrl":[],"hypothetical":false}},"… 14 more"]

// statement 4 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Country, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"country:AF","hash":"1ed68a134f2729a32487d35f8c6144ad8c486df1ead35547ec690cb86f30d212","props":{"iso2":"AF","iso3":"AFG","name":"Afghanistan"}},"… 249 more"]

// statement 5 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Person, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"person:alibek-bakayev","hash":"15f3c184eeb941a965bcb0b7780770a5a779629b92f62dc2f2f18c2d4d904407","props":{"name":"Alibek Bakayev"}},"… 4 more"]

// statement 6 of 45
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
//   $actor = "seed"
//   $rows = [{"id":"org:kz-mfa","hash":"cfe1ea743aa702f7cbc9268fc5846c0eb6b8241357386a965b049debba46892f","props":{"name":"Ministry of Foreign Affairs of the Republic of Kazakhstan","kind":"MINISTRY","membersKnown":true}},"… 7 more"]

// statement 7 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Place, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"place:astana","hash":"9e1d43e972663049dbe7fca51e849795c0c06d2c2f410e3c31387eb106e3be58","props":{"name":"Astana","kind":"CITY"}},"… 5 more"]

// statement 8 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Dateline, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"dateline:astana-times-2026-03-03-kz-neutral-stance","hash":"96507b477da22aa7f9172aba60f7afa84122e20d71e9e538ddcc592e01947132","props":{}}]

// statement 9 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Membership, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"membership:p5-plus-1/CN","hash":"167defe8218f7201cc49cf1ce4123467a05f6ffaeaa4328ea78c896830c73025","props":{}},"… 5 more"]

// statement 10 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Office, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"office:alibek-bakayev/kz-deputy-foreign-minister","hash":"2c1a723fac6af7a4637b9895dc450d07ef72582fb4a82da2e536ea1fe82bf676","props":{"title":"Deputy Minister of Foreign Affairs","start":null,"startLast":null,"startPrecision":null,"startText":null,"end":null,"endLast":null,"endPrecision":null,"endText":null}},"… 2 more"]

// statement 11 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Event, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"event:kz-government-briefing-2026-03-03","hash":"d5569641c8b050a69415779a6401810e7ef672d27cc7271a7e022c0b68e0000c","props":{"name":"Government briefing of 3 March 2026","kind":"BRIEFING","date":"2026-03-03","dateLast":"2026-03-03","datePrecision":"DAY","dateText":"2026-03-03"}}]

// statement 12 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Conflict, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"conflict:middle-east-2026","hash":"663117a5b49d6db74b2a22de9de05f39e4698fc4ca3c65bd0a6adadb12fb5f38","props":{"name":"Middle East conflict of 2026","kind":"ARMED_CONFLICT","start":"2026-02-28","startLast":"2026-02-28","startPrecision":"DAY","startText":"2026-02-28","end":null,"endLast":null,"endPrecision":null,"endText":null}},"… 2 more"]

// statement 13 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Involvement, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"involvement:middle-east-2026/US","hash":"11a65499893f704d24a41a893fb51a4e35de2f57188d6bfae6d11e123e9fa46e","props":{"role":"ATTACKER","side":null}},"… 5 more"]

// statement 14 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:NegotiationProcess, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"process:iran-p5-plus-1-2013","hash":"dabd27c6caeced8a002f68a8bd0819385ca4a3002099f4cd682b641de6dac88f","props":{"name":"Talks between Iran and the P5+1 on Iran's nuclear programme (2013)","start":null,"startLast":null,"startPrecision":null,"startText":null,"end":null,"endLast":null,"endPrecision":null,"endText":null,"roundCount":null,"roundCountQualifier":null,"roundCountAsOf":null,"roundCountAsOfLast":null,"roundCountAsOfPrecision":null,"roundCountAsOfText":null}},"… 1 more"]

// statement 15 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:NegotiationRound, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"round:iran-p5-plus-1-2013/almaty-1","hash":"2be239f12fe71bb1e78d7e6b88b653eaf6474b2d79b609a4ab9dcddea78d0d13","props":{"ordinal":null,"label":"Almaty, first round","start":"2013-02-26","startLast":"2013-02-26","startPrecision":"DAY","startText":"2013-02-26","end":"2013-02-27","endLast":"2013-02-27","endPrecision":"DAY","endText":"2013-02-27","outcome":null}},"… 6 more"]

// statement 16 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:StanceDefinition, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"stance:not-taking-sides","hash":"dfdcfb4dfe9bed65eab2fd0d57761423622cc00cc60c0e09864ca6f3bd4fc8a2","props":{"code":"NOT_TAKING_SIDES","label":"Not taking sides","definition":"The actor declares it supports neither side of a conflict (neutrality toward that conflict).","cameoCode":null,"cameoLabel":null,"cameoQuality":"NONE","cameoNote":"CAMEO has no neutrality event; such declarations fall under 010 \"Make statement, not specified below\".","ploverCode":null,"ploverLabel":null,"ploverQuality":"NONE","ploverNote":"PLOVER has no neutrality event type."}},"… 15 more"]

// statement 17 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Position, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"position:kz/not-taking-sides/middle-east-2026","hash":"4e97c5486f0d85d7c9873fc0dd3a48630cd514656303fc11cc79a9b90b5b037e","props":{"stance":"NOT_TAKING_SIDES","modality":"ASSERTED","condition":null,"conditionMet":null,"conditionStatusDate":null,"conditionStatusDateLast":null,"conditionStatusDatePrecision":null,"conditionStatusDateText":null,"until":null,"untilLast":null,"untilPrecision":null,"untilText":null,"presentedAsUnchanged":false}},"… 8 more"]

// statement 18 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Statement, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"statement:kz-briefing-2026-03-03/no-sides-diplomacy","hash":"fffee8a034e5032ec2fbc6784f05b687a2ccae0df9135628f4083dc093ca7465","props":{"kind":"PARAPHRASE","text":"Kazakhstan does not take sides in the escalating Middle East conflict and calls for disputes to be resolved exclusively through diplomatic means","folded":"kazahstan does not take sides in the escalating midle east conflict and cals for disputes to be resolved exclusiveli through diplomatic means","language":"en","date":"2026-03-03","dateLast":"2026-03-03","datePrecision":"DAY","dateText":"2026-03-03","context":null,"deliveryRole":null}},"… 9 more"]

// statement 19 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Participation, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"participation:iran-p5-plus-1-2013/almaty-1/KZ-host","hash":"696b458123de96bb85e6784a77527dfc2bca4d9e8c08701c699c946080dc7dcc","props":{"role":"HOST","status":"TOOK_PLACE"}},"… 19 more"]

// statement 20 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:EvacuationOperation, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"evacuation:kz-middle-east-2026","hash":"96964409988a622fc93d26fc9141faf1ce51926e274d66371058d74c7732790b","props":{"name":"Evacuation of Kazakh citizens from the Middle East, 2026","priorityGroups":["women with minor children","… 2 more"]}}]

// statement 21 of 45
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:EvacuationMovement, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before
// parameters:
//   $actor = "seed"
//   $rows = [{"id":"movement:kz-middle-east-2026/via-oman","hash":"44eff04dc5ba3dfaccc6123d9a3345b5f10a41a54bfb351139dac8e810cb1d32","props":{"description":"Repatriation via the Sultanate of Oman: by bus from Dubai to Oman, then by air to Kazakhstan","count":467,"countQualifier":null,"countKind":"INCREMENT","countUnit":"CITIZENS","date":"2026-03-03","dateLast":"2026-03-03","datePrecision":"DAY","dateText":"2026-03-03","status":"UNDERWAY","reportedOn":"2026-03-03","reportedOnLast":"2026-03-03","reportedOnPrecision":"DAY","reportedOnText":"2026-03-03"}},"… 3 more"]

// statement 22 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:RELAYS|CITES]->() DELETE r }
CALL (n, row) { UNWIND range(0, size(row.links.relays) - 1) AS i MATCH (m:Entity {id: row.links.relays[i]}) CREATE (n)-[:RELAYS {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
// parameters:
//   $rows = [{"id":"source:iso-3166-i18n-iso-countries","links":{"relays":[]},"citations":[],"names":[],"legs":[]},"… 14 more"]

// statement 23 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:CITES]->() DELETE r }
CALL (n) { MATCH (n)-[:HAS_NAME]->(x:Name) DETACH DELETE x }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
CALL (n, row) { UNWIND range(0, size(row.names) - 1) AS j WITH n, j, row.names[j] AS nm CREATE (n)-[:HAS_NAME {seq: j}]->(x:Name) SET x = nm.props WITH x, nm CALL (x, nm) { UNWIND range(0, size(nm.citations) - 1) AS i WITH i, nm.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (x)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) } }
// parameters:
//   $rows = [{"id":"country:AF","links":{},"citations":[],"names":[{"props":{"value":"Afghanistan","folded":"afghanistan","language":"en","kind":"OFFICIAL","validFrom":null,"validFromLast":null,"validFromPrecision":null,"validFromText":null,"validTo":null,"validToLast":null,"validToPrecision":null,"validToText":null},"citations":[{"source":"source:iso-3166-i18n-iso-countries","match":null}]},"… 15 more"],"legs":[]},"… 249 more"]

// statement 24 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:CITES]->() DELETE r }
CALL (n) { MATCH (n)-[:HAS_NAME]->(x:Name) DETACH DELETE x }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
CALL (n, row) { UNWIND range(0, size(row.names) - 1) AS j WITH n, j, row.names[j] AS nm CREATE (n)-[:HAS_NAME {seq: j}]->(x:Name) SET x = nm.props WITH x, nm CALL (x, nm) { UNWIND range(0, size(nm.citations) - 1) AS i WITH i, nm.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (x)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) } }
// parameters:
//   $rows = [{"id":"person:alibek-bakayev","links":{},"citations":[],"names":[{"props":{"value":"Alibek Bakayev","folded":"alibek bakaev","language":"en","kind":"OFFICIAL","validFrom":null,"validFromLast":null,"validFromPrecision":null,"validFromText":null,"validTo":null,"validToLast":null,"validToPrecision":null,"validToText":null},"citations":[{"source":"source:astana-times-2026-03-03-kz-neutral-stance","start":196,"end":210,"match":"EXACT"},"… 1 more"]},"… 3 more"],"legs":[]},"… 4 more"]

// statement 25 of 45
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
//   $rows = [{"id":"org:kz-mfa","links":{"country":["country:KZ"],"parent":[]},"citations":[{"source":"source:envoy-background-notes","start":1195,"end":1259,"match":"SUPPORTS","note":"A ministry of the Republic of Kazakhstan."}],"names":[{"props":{"value":"Ministry of Foreign Affairs of the Republic of Kazakhstan","folded":"ministri of foreign afairs of the republic of kazahstan","language":"en","kind":"OFFICIAL","validFrom":null,"validFromLast":null,"validFromPrecision":null,"validFromText":null,"validTo":null,"validToLast":null,"validToPrecision":null,"validToText":null},"citations":[{"source":"source:envoy-background-notes","start":1195,"end":1259,"match":"SUPPORTS","note":"The name as the office’s title gives it; no source names the ministry on its own."}]},"… 1 more"],"legs":[]},"… 7 more"]

// statement 26 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:IN_COUNTRY|CITES]->() DELETE r }
CALL (n) { MATCH (n)-[:HAS_NAME]->(x:Name) DETACH DELETE x }
CALL (n, row) { UNWIND range(0, size(row.links.country) - 1) AS i MATCH (m:Entity {id: row.links.country[i]}) CREATE (n)-[:IN_COUNTRY {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
CALL (n, row) { UNWIND range(0, size(row.names) - 1) AS j WITH n, j, row.names[j] AS nm CREATE (n)-[:HAS_NAME {seq: j}]->(x:Name) SET x = nm.props WITH x, nm CALL (x, nm) { UNWIND range(0, size(nm.citations) - 1) AS i WITH i, nm.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (x)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) } }
// parameters:
//   $rows = [{"id":"place:astana","links":{"country":["country:KZ"]},"citations":[{"source":"source:envoy-background-notes","start":3325,"end":3368,"match":"SUPPORTS"}],"names":[{"props":{"value":"Astana","folded":"astana","language":"en","kind":"FORMER","validFrom":null,"validFromLast":null,"validFromPrecision":null,"validFromText":null,"validTo":"2019-03-20","validToLast":"2019-03-20","validToPrecision":"DAY","validToText":"2019-03-20"},"citations":[{"source":"source:kazaktours-astana-renamed","match":null},"… 1 more"]},"… 2 more"],"legs":[]},"… 5 more"]

// statement 27 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:OF_SOURCE|DATELINED_IN|CITES]->() DELETE r }
CALL (n, row) { UNWIND range(0, size(row.links.source) - 1) AS i MATCH (m:Entity {id: row.links.source[i]}) CREATE (n)-[:OF_SOURCE {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.place) - 1) AS i MATCH (m:Entity {id: row.links.place[i]}) CREATE (n)-[:DATELINED_IN {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
// parameters:
//   $rows = [{"id":"dateline:astana-times-2026-03-03-kz-neutral-stance","links":{"source":["source:astana-times-2026-03-03-kz-neutral-stance"],"place":["place:astana"]},"citations":[{"source":"source:astana-times-2026-03-03-kz-neutral-stance","start":17,"end":23,"match":"SUPPORTS"}],"names":[],"legs":[]}]

// statement 28 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:OF_MEMBER|IN_GROUP|CITES]->() DELETE r }
CALL (n, row) { UNWIND range(0, size(row.links.member) - 1) AS i MATCH (m:Entity {id: row.links.member[i]}) CREATE (n)-[:OF_MEMBER {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.group) - 1) AS i MATCH (m:Entity {id: row.links.group[i]}) CREATE (n)-[:IN_GROUP {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
// parameters:
//   $rows = [{"id":"membership:p5-plus-1/CN","links":{"member":["country:CN"],"group":["org:p5-plus-1"]},"citations":[{"source":"source:astana-times-2013-02-almaty-talks","match":null},"… 1 more"],"names":[],"legs":[]},"… 5 more"]

// statement 29 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:HELD_BY|IN_ORGANIZATION|CITES]->() DELETE r }
CALL (n, row) { UNWIND range(0, size(row.links.holder) - 1) AS i MATCH (m:Entity {id: row.links.holder[i]}) CREATE (n)-[:HELD_BY {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.organization) - 1) AS i MATCH (m:Entity {id: row.links.organization[i]}) CREATE (n)-[:IN_ORGANIZATION {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
// parameters:
//   $rows = [{"id":"office:alibek-bakayev/kz-deputy-foreign-minister","links":{"holder":["person:alibek-bakayev"],"organization":["org:kz-mfa"]},"citations":[{"source":"source:astana-times-2026-03-03-kz-neutral-stance","start":172,"end":210,"match":"SUPPORTS"},"… 1 more"],"names":[],"legs":[]},"… 2 more"]

// statement 30 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:HELD_IN|ORGANIZED_BY|CARRIED_OUT_BY|DIRECTED_AT|CITES]->() DELETE r }
CALL (n, row) { UNWIND range(0, size(row.links.place) - 1) AS i MATCH (m:Entity {id: row.links.place[i]}) CREATE (n)-[:HELD_IN {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.organizer) - 1) AS i MATCH (m:Entity {id: row.links.organizer[i]}) CREATE (n)-[:ORGANIZED_BY {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.actors) - 1) AS i MATCH (m:Entity {id: row.links.actors[i]}) CREATE (n)-[:CARRIED_OUT_BY {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.targets) - 1) AS i MATCH (m:Entity {id: row.links.targets[i]}) CREATE (n)-[:DIRECTED_AT {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
// parameters:
//   $rows = [{"id":"event:kz-government-briefing-2026-03-03","links":{"place":["place:astana"],"organizer":[],"actors":[],"targets":[]},"citations":[{"source":"source:astana-times-2026-03-03-kz-neutral-stance","start":216,"end":248,"match":"SUPPORTS"},"… 1 more"],"names":[],"legs":[]}]

// statement 31 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:CITES]->() DELETE r }
CALL (n) { MATCH (n)-[:HAS_NAME]->(x:Name) DETACH DELETE x }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
CALL (n, row) { UNWIND range(0, size(row.names) - 1) AS j WITH n, j, row.names[j] AS nm CREATE (n)-[:HAS_NAME {seq: j}]->(x:Name) SET x = nm.props WITH x, nm CALL (x, nm) { UNWIND range(0, size(nm.citations) - 1) AS i WITH i, nm.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (x)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) } }
// parameters:
//   $rows = [{"id":"conflict:middle-east-2026","links":{},"citations":[{"source":"source:orda-kz-evacuation-7300","match":null},"… 2 more"],"names":[{"props":{"value":"the escalating Middle East conflict","folded":"the escalating midle east conflict","language":"en","kind":"ALIAS","validFrom":null,"validFromLast":null,"validFromPrecision":null,"validFromText":null,"validTo":null,"validToLast":null,"validToPrecision":null,"validToText":null},"citations":[{"source":"source:astana-times-2026-03-03-kz-neutral-stance","start":60,"end":95,"match":"EXACT"}]}],"legs":[]},"… 2 more"]

// statement 32 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:OF_ACTOR|IN_CONFLICT|CITES]->() DELETE r }
CALL (n, row) { UNWIND range(0, size(row.links.actor) - 1) AS i MATCH (m:Entity {id: row.links.actor[i]}) CREATE (n)-[:OF_ACTOR {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.conflict) - 1) AS i MATCH (m:Entity {id: row.links.conflict[i]}) CREATE (n)-[:IN_CONFLICT {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
// parameters:
//   $rows = [{"id":"involvement:middle-east-2026/US","links":{"actor":["country:US"],"conflict":["conflict:middle-east-2026"]},"citations":[{"source":"source:orda-kz-evacuation-7300","match":null},"… 1 more"],"names":[],"legs":[]},"… 5 more"]

// statement 33 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:CONCERNS|CITES]->() DELETE r }
CALL (n) { MATCH (n)-[:HAS_NAME]->(x:Name) DETACH DELETE x }
CALL (n, row) { UNWIND range(0, size(row.links.concerns) - 1) AS i MATCH (m:Entity {id: row.links.concerns[i]}) CREATE (n)-[:CONCERNS {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
CALL (n, row) { UNWIND range(0, size(row.names) - 1) AS j WITH n, j, row.names[j] AS nm CREATE (n)-[:HAS_NAME {seq: j}]->(x:Name) SET x = nm.props WITH x, nm CALL (x, nm) { UNWIND range(0, size(nm.citations) - 1) AS i WITH i, nm.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (x)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) } }
// parameters:
//   $rows = [{"id":"process:iran-p5-plus-1-2013","links":{"concerns":["conflict:iran-nuclear-programme"]},"citations":[{"source":"source:astana-times-2013-02-almaty-talks","match":null},"… 1 more"],"names":[],"legs":[]},"… 1 more"]

// statement 34 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:OF_PROCESS|HELD_IN|CITES]->() DELETE r }
CALL (n, row) { UNWIND range(0, size(row.links.process) - 1) AS i MATCH (m:Entity {id: row.links.process[i]}) CREATE (n)-[:OF_PROCESS {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.venue) - 1) AS i MATCH (m:Entity {id: row.links.venue[i]}) CREATE (n)-[:HELD_IN {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
// parameters:
//   $rows = [{"id":"round:iran-p5-plus-1-2013/almaty-1","links":{"process":["process:iran-p5-plus-1-2013"],"venue":["place:almaty"]},"citations":[{"source":"source:astana-times-2013-02-almaty-talks","match":null},"… 1 more"],"names":[],"legs":[]},"… 6 more"]

// statement 35 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:BROADER|CITES]->() DELETE r }
CALL (n, row) { UNWIND range(0, size(row.links.broader) - 1) AS i MATCH (m:Entity {id: row.links.broader[i]}) CREATE (n)-[:BROADER {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
// parameters:
//   $rows = [{"id":"stance:not-taking-sides","links":{"broader":[]},"citations":[],"names":[],"legs":[]},"… 15 more"]

// statement 36 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:HELD_BY|TOWARD|REAFFIRMS|SUPERSEDES|CITES]->() DELETE r }
CALL (n, row) { UNWIND range(0, size(row.links.holder) - 1) AS i MATCH (m:Entity {id: row.links.holder[i]}) CREATE (n)-[:HELD_BY {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.toward) - 1) AS i MATCH (m:Entity {id: row.links.toward[i]}) CREATE (n)-[:TOWARD {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.reaffirms) - 1) AS i MATCH (m:Entity {id: row.links.reaffirms[i]}) CREATE (n)-[:REAFFIRMS {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.supersedes) - 1) AS i MATCH (m:Entity {id: row.links.supersedes[i]}) CREATE (n)-[:SUPERSEDES {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
// parameters:
//   $rows = [{"id":"position:kz/not-taking-sides/middle-east-2026","links":{"holder":["country:KZ"],"toward":["conflict:middle-east-2026"],"reaffirms":[],"supersedes":[]},"citations":[{"source":"source:astana-times-2026-03-03-kz-neutral-stance","start":26,"end":95,"match":"SUPPORTS"}],"names":[],"legs":[]},"… 8 more"]

// statement 37 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:SPOKEN_BY|ON_BEHALF_OF|AT_EVENT|ABOUT|MENTIONS|EXPRESSES|RENDERS|DELIVERED_BY|AT_ROUND|ABOUT_PROCESS|CITES]->() DELETE r }
CALL (n, row) { UNWIND range(0, size(row.links.speaker) - 1) AS i MATCH (m:Entity {id: row.links.speaker[i]}) CREATE (n)-[:SPOKEN_BY {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.onBehalfOf) - 1) AS i MATCH (m:Entity {id: row.links.onBehalfOf[i]}) CREATE (n)-[:ON_BEHALF_OF {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.occasion) - 1) AS i MATCH (m:Entity {id: row.links.occasion[i]}) CREATE (n)-[:AT_EVENT {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.about) - 1) AS i MATCH (m:Entity {id: row.links.about[i]}) CREATE (n)-[:ABOUT {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.mentions) - 1) AS i MATCH (m:Entity {id: row.links.mentions[i]}) CREATE (n)-[:MENTIONS {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.expresses) - 1) AS i MATCH (m:Entity {id: row.links.expresses[i]}) CREATE (n)-[:EXPRESSES {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.renders) - 1) AS i MATCH (m:Entity {id: row.links.renders[i]}) CREATE (n)-[:RENDERS {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.deliveredBy) - 1) AS i MATCH (m:Entity {id: row.links.deliveredBy[i]}) CREATE (n)-[:DELIVERED_BY {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.atRound) - 1) AS i MATCH (m:Entity {id: row.links.atRound[i]}) CREATE (n)-[:AT_ROUND {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.aboutProcess) - 1) AS i MATCH (m:Entity {id: row.links.aboutProcess[i]}) CREATE (n)-[:ABOUT_PROCESS {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
// parameters:
//   $rows = [{"id":"statement:kz-briefing-2026-03-03/no-sides-diplomacy","links":{"speaker":["person:alibek-bakayev"],"onBehalfOf":["country:KZ"],"occasion":["event:kz-government-briefing-2026-03-03"],"about":["conflict:middle-east-2026"],"mentions":[],"expresses":["position:kz/not-taking-sides/middle-east-2026","… 1 more"],"renders":[],"deliveredBy":[],"atRound":[],"aboutProcess":[]},"citations":[{"source":"source:astana-times-2026-03-03-kz-neutral-stance","start":26,"end":170,"match":"EXACT"}],"names":[],"legs":[]},"… 9 more"]

// statement 38 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:OF_ACTOR|IN_PROCESS|IN_ROUND|LED_BY|CITES]->() DELETE r }
CALL (n, row) { UNWIND range(0, size(row.links.actor) - 1) AS i MATCH (m:Entity {id: row.links.actor[i]}) CREATE (n)-[:OF_ACTOR {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.process) - 1) AS i MATCH (m:Entity {id: row.links.process[i]}) CREATE (n)-[:IN_PROCESS {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.round) - 1) AS i MATCH (m:Entity {id: row.links.round[i]}) CREATE (n)-[:IN_ROUND {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.ledBy) - 1) AS i MATCH (m:Entity {id: row.links.ledBy[i]}) CREATE (n)-[:LED_BY {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
// parameters:
//   $rows = [{"id":"participation:iran-p5-plus-1-2013/almaty-1/KZ-host","links":{"actor":["country:KZ"],"process":["process:iran-p5-plus-1-2013"],"round":["round:iran-p5-plus-1-2013/almaty-1"],"ledBy":[]},"citations":[{"source":"source:astana-times-2013-02-almaty-talks","note":"The Astana Times 2013 report gives Kazakhstan’s role as host country only, not a party or mediator.","match":null},"… 2 more"],"names":[],"legs":[]},"… 19 more"]

// statement 39 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:CONDUCTED_BY|PROMPTED_BY|CITES]->() DELETE r }
CALL (n, row) { UNWIND range(0, size(row.links.conductedBy) - 1) AS i MATCH (m:Entity {id: row.links.conductedBy[i]}) CREATE (n)-[:CONDUCTED_BY {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.conflict) - 1) AS i MATCH (m:Entity {id: row.links.conflict[i]}) CREATE (n)-[:PROMPTED_BY {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
// parameters:
//   $rows = [{"id":"evacuation:kz-middle-east-2026","links":{"conductedBy":["country:KZ"],"conflict":["conflict:middle-east-2026"]},"citations":[{"source":"source:astana-times-2026-03-03-kz-neutral-stance","start":1315,"end":1346,"match":"SUPPORTS"},"… 1 more"],"names":[],"legs":[]}]

// statement 40 of 45
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) { MATCH (n)-[r:OF_OPERATION|ALTERNATIVE_TO|CITES]->() DELETE r }
CALL (n, row) { UNWIND range(0, size(row.links.operation) - 1) AS i MATCH (m:Entity {id: row.links.operation[i]}) CREATE (n)-[:OF_OPERATION {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.links.alternativeTo) - 1) AS i MATCH (m:Entity {id: row.links.alternativeTo[i]}) CREATE (n)-[:ALTERNATIVE_TO {seq: i}]->(m) }
CALL (n, row) { UNWIND range(0, size(row.citations) - 1) AS i WITH i, row.citations[i] AS c MATCH (s:Source {id: c.source}) CREATE (n)-[:CITES {seq: i, start: c.start, end: c.end, match: c.match, note: c.note}]->(s) }
CALL (n) { MATCH (n)-[:HAS_LEG]->(l:EvacuationLeg) DETACH DELETE l }
CALL (n, row) { UNWIND range(0, size(row.legs) - 1) AS j WITH n, j, row.legs[j] AS leg CREATE (n)-[:HAS_LEG {seq: j}]->(l:EvacuationLeg) SET l = leg.props WITH l, leg CALL (l, leg) { UNWIND range(0, size(leg.links.from) - 1) AS i MATCH (m:Entity {id: leg.links.from[i]}) CREATE (l)-[:FROM {seq: i}]->(m) } CALL (l, leg) { UNWIND range(0, size(leg.links.to) - 1) AS i MATCH (m:Entity {id: leg.links.to[i]}) CREATE (l)-[:TO {seq: i}]->(m) } CALL (l, leg) { UNWIND range(0, size(leg.links.via) - 1) AS i MATCH (m:Entity {id: leg.links.via[i]}) CREATE (l)-[:VIA {seq: i}]->(m) } CALL (l, leg) { UNWIND range(0, size(leg.links.carrier) - 1) AS i MATCH (m:Entity {id: leg.links.carrier[i]}) CREATE (l)-[:CARRIED_BY {seq: i}]->(m) } }
// parameters:
//   $rows = [{"id":"movement:kz-middle-east-2026/via-oman","links":{"operation":["evacuation:kz-middle-east-2026"],"alternativeTo":[]},"citations":[{"source":"source:astana-times-2026-03-03-kz-neutral-stance","start":1371,"end":1448,"match":"SUPPORTS"},"… 1 more"],"names":[],"legs":[{"props":{"sequence":1,"mode":"BUS","note":"The first group had already travelled this leg when the article was written."},"links":{"from":["place:dubai"],"to":["country:OM"],"via":[],"carrier":[]}},"… 1 more"]},"… 3 more"]

// statement 41 of 45
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
//   $ids = ["source:iso-3166-i18n-iso-countries","… 372 more"]

// statement 42 of 45
CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE n:Office OR n:Organization
RETURN id,
COLLECT { MATCH (n)-[r:HELD_BY|IN_ORGANIZATION|OF_COUNTRY|PART_OF]->(m) RETURN type(r) + ' ' + m.id AS item ORDER BY item } AS links,
CASE WHEN n:Office THEN [n.start, n.startLast, n.end, n.endLast] ELSE [] END AS period,
COLLECT { MATCH (n:Office)-[:HELD_BY]->(p) RETURN p.id AS item } AS holders
// parameters:
//   $ids = ["org:kz-mfa","… 10 more"]

// statement 43 of 45
CYPHER replan=skip
UNWIND $ids AS id
MATCH (s:Statement {id: id})
CALL (s) {
  MATCH (s)-[:SPOKEN_BY]->(n:Person) RETURN n
  UNION
  MATCH (s)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(n:Office) RETURN n
  UNION
  MATCH (s)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(:Office)-[:IN_ORGANIZATION]->(:Organization)-[:PART_OF]->{0,2}(n:Organization) RETURN n
  UNION
  MATCH (s)-[:ON_BEHALF_OF]->(:Organization)-[:PART_OF]->{0,2}(n:Organization) RETURN n
}
WITH DISTINCT n
SET n.madeForLock = true REMOVE n.madeForLock
// parameters:
//   $ids = ["statement:kz-briefing-2026-03-03/no-sides-diplomacy","… 9 more"]

// statement 44 of 45
CYPHER replan=skip
UNWIND $ids AS id
MATCH (s:Statement {id: id})
CALL (s) { MATCH (s)-[r:MADE_FOR]->() DELETE r }
CALL (s) {
  CALL (s) {
    MATCH (s)-[:SPOKEN_BY|ON_BEHALF_OF]->(a) RETURN a
    UNION
    MATCH (s)-[:ON_BEHALF_OF]->(:Organization)-[:OF_COUNTRY|PART_OF]->{1,3}(a) RETURN a
    UNION
    MATCH (s)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(o:Office)-[:IN_ORGANIZATION]->(:Organization)-[:OF_COUNTRY|PART_OF]->{0,3}(a)
    WHERE s.date IS NOT NULL AND (o.start IS NULL OR o.start <= s.dateLast)
    AND (o.end IS NULL OR o.endLast >= s.date)
    RETURN a }
  CREATE (s)-[:MADE_FOR {actor: a.id, date: coalesce(s.date, ''), dateLast: s.dateLast, kind: s.kind}]->(a)
}
// parameters:
//   $ids = ["statement:kz-briefing-2026-03-03/no-sides-diplomacy","… 9 more"]

// statement 45 of 45
CYPHER replan=skip
UNWIND $changes AS c
CREATE (:Change {at: datetime(), by: $actor, recordId: c.recordId, recordType: c.recordType,
    outcome: c.outcome, hash: c.hash, record: c.record, reason: c.reason})
// parameters:
//   $actor = "seed"
//   $changes = [{"recordId":"source:iso-3166-i18n-iso-countries","recordType":"Source","outcome":"UPDATED","hash":"9eebfb6fe81baee541cd395fd31c90eface890aab9a9eef3b8b21cb62fd22b82","record":"{\"type\":\"Source\",\"id\":\"source:iso-3166-i18n-iso-countries\",\"title\":\"ISO 3166-1 codes and country names (i18n-iso-countries 7.14.0)\",\"publisher\":\"i18n-iso-countries\",\"url\":\"https://www.npmjs.com/package/i18n-iso-countries\",\"language\":\"en\",\"kind\":\"DATASET\"}","reason":null},"… 372 more"]
