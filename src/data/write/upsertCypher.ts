import { LEG_LINKS, RECORD_SPECS, type RecordSpec } from './recordSpecs.js';
import type { RecordType } from '../../records/schemas.js';
import { KEPT_PLAN } from './keptPlan.js';

/**
 * The Cypher that writes records, generated once per record type from RECORD_SPECS. Labels and
 * relationship types come only from those specs; every value travels as a parameter.
 */

const CITE_PROPS = '{seq: i, start: c.start, end: c.end, match: c.match, note: c.note}';

/** Citations, names and legs keep their order too (`seq`), so an export gives back the record as written. */
function createCitations(owner: string, list: string): string {
  return `UNWIND range(0, size(${list}) - 1) AS i WITH i, ${list}[i] AS c MATCH (s:Source {id: c.source}) CREATE (${owner})-[:CITES ${CITE_PROPS}]->(s)`;
}

/** Links keep the order the record lists them in (`seq`): transit countries as the source names them. */
function createLinks(owner: string, list: string, rel: string): string {
  return `UNWIND range(0, size(${list}) - 1) AS i MATCH (m:Entity {id: ${list}[i]}) CREATE (${owner})-[:${rel} {seq: i}]->(m)`;
}

/**
 * Returns each record's hash as it was when the MERGE held the node: a retry that raced its original
 * (and waited on the id's lock) finds the record already written and leaves it, and its audit, alone.
 */
function nodeStatement(spec: RecordSpec): string {
  return `${KEPT_PLAN}
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n:${spec.label}, n.createdAt = datetime(), n.createdBy = $actor
WITH n, row, n.recordHash AS before
CALL (n, row, before) {
  WITH * WHERE before IS NULL OR before <> row.hash
  SET n += row.props, n.recordHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN row.id AS id, before`;
}

function linkStatement(type: RecordType, spec: RecordSpec): string {
  const owned = [...spec.links.map((l) => l.rel), 'CITES'];
  const parts = [
    KEPT_PLAN,
    'UNWIND $rows AS row',
    'MATCH (n:Entity {id: row.id})',
    `CALL (n) { MATCH (n)-[r:${owned.join('|')}]->() DELETE r }`,
  ];
  if (spec.hasNames) parts.push('CALL (n) { MATCH (n)-[:HAS_NAME]->(x:Name) DETACH DELETE x }');
  for (const l of spec.links) {
    parts.push(`CALL (n, row) { ${createLinks('n', `row.links.${l.field}`, l.rel)} }`);
  }
  parts.push(`CALL (n, row) { ${createCitations('n', 'row.citations')} }`);
  if (spec.hasNames) {
    parts.push(
      `CALL (n, row) { UNWIND range(0, size(row.names) - 1) AS j WITH n, j, row.names[j] AS nm CREATE (n)-[:HAS_NAME {seq: j}]->(x:Name) SET x = nm.props WITH x, nm CALL (x, nm) { ${createCitations('x', 'nm.citations')} } }`,
    );
  }
  if (type === 'EvacuationMovement') {
    const legLinks = LEG_LINKS.map(
      (link) => `CALL (l, leg) { ${createLinks('l', `leg.links.${link.field}`, link.rel)} }`,
    ).join(' ');
    parts.push('CALL (n) { MATCH (n)-[:HAS_LEG]->(l:EvacuationLeg) DETACH DELETE l }');
    parts.push(
      `CALL (n, row) { UNWIND range(0, size(row.legs) - 1) AS j WITH n, j, row.legs[j] AS leg CREATE (n)-[:HAS_LEG {seq: j}]->(l:EvacuationLeg) SET l = leg.props WITH l, leg ${legLinks} }`,
    );
  }
  return parts.join('\n');
}

export const UPSERT_CYPHER = Object.fromEntries(
  (Object.keys(RECORD_SPECS) as RecordType[]).map((type) => {
    const spec = RECORD_SPECS[type] as RecordSpec;
    return [type, { nodes: nodeStatement(spec), links: linkStatement(type, spec) }];
  }),
) as Record<RecordType, { nodes: string; links: string }>;
