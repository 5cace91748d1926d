import { toRecord } from '../../export/toRecord.js';
import { integer, type Tx } from '../database.js';
import { recordRows } from '../read/subgraph.js';
import { applyRecords, type RecordResult } from './applyRecords.js';
import { recordChanges } from './changes.js';
import { refreshMadeFor, standingOf, statementsResting } from './madeFor.js';

/**
 * A retracted record leaves the graph: its node, names, legs and relationships are deleted, and a
 * `Retracted` node (not an Entity) keeps its id, the record in the import format, who retracted it, when
 * and why. So no question, list, search, path or export can meet it, and none of their Cypher needs a
 * filter; restoring writes the kept record back through the ordinary write path, checked like any write.
 */

export interface RetractionTarget {
  id: string;
  ifVersion?: string | null;
  /** This record's own reason (import lines); else the call's. */
  reason?: string;
}

export type RetractionProblem =
  | { kind: 'missing'; id: string; retracted: boolean }
  | { kind: 'conflict'; id: string; currentVersion: string }
  | { kind: 'reliedOn'; id: string; by: string[]; count: number };

/** The held records among `ids`, read under their write locks, with whether an absent one was retracted. */
async function lockedRecords(tx: Tx, ids: string[]) {
  const rows = await tx.run(
    `UNWIND $ids AS id
     OPTIONAL MATCH (n:Entity {id: id})
     CALL (n) { WITH n WHERE n IS NOT NULL SET n.versionLock = true REMOVE n.versionLock }
     OPTIONAL MATCH (t:Retracted {id: id})
     RETURN id, n.recordHash AS version, t IS NOT NULL AS retracted`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id as string, { version: r.version as string | null, retracted: r.retracted as boolean }]));
}

/** A country thousands of statements rely on is refused naming this many of them, and how many there are. */
const SHOWN_RELIERS = 50;

/**
 * The held records (outside `ids`) that point at each of `ids`: by a link, a citation, a name's citation or
 * an evacuation leg. A record relied on cannot go alone, or those records would point at nothing. A made-for
 * link is derived (madeFor.ts), not relied on: it goes with its statement.
 */
async function reliance(tx: Tx, ids: string[]) {
  const rows = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Entity {id: id})<-[:!MADE_FOR]-(m)
     WITH id, CASE WHEN m:Entity THEN m ELSE head([(o:Entity)-[:HAS_NAME|HAS_LEG]->(m) | o]) END AS owner
     WHERE owner IS NOT NULL AND NOT owner.id IN $ids
     WITH id, owner.id AS owner ORDER BY owner
     WITH id, collect(DISTINCT owner) AS owners
     RETURN id, owners[..$shown] AS owners, size(owners) AS count`,
    { ids, shown: integer(SHOWN_RELIERS) },
  );
  return new Map(rows.map((r) => [r.id as string, { by: r.owners as string[], count: r.count as number }]));
}

/** Retracts the records together, or returns why not (and writes nothing, if the caller rolls back). */
export async function retractRecords(tx: Tx, targets: RetractionTarget[], reason: string, actor: string): Promise<RetractionProblem[]> {
  const ids = [...new Set(targets.map((t) => t.id))];
  const held = await lockedRecords(tx, ids);
  const problems: RetractionProblem[] = [];
  for (const t of targets) {
    const h = held.get(t.id)!;
    if (h.version === null) problems.push({ kind: 'missing', id: t.id, retracted: h.retracted });
    else if (t.ifVersion != null && t.ifVersion !== h.version) problems.push({ kind: 'conflict', id: t.id, currentVersion: h.version });
  }
  if (problems.length) return problems;
  for (const [id, { by, count }] of await reliance(tx, ids)) if (count) problems.push({ kind: 'reliedOn', id, by, count });
  if (problems.length) return problems;

  // Statements spoken by a retracted office's holder, or made under a retracted organization, are made for less.
  const resting = await statementsResting(tx, [...(await standingOf(tx, ids))].map(([id, s]) => ({ id, holders: s.holders })));
  const rows = await recordRows(tx, ids);
  const reasonOf = new Map(targets.map((t) => [t.id, t.reason ?? reason]));
  const kept = rows.map((row) => ({
    id: row.id,
    type: row.label,
    hash: row.props.recordHash as string,
    record: JSON.stringify(toRecord(row)),
    reason: reasonOf.get(row.id)!,
  }));
  await tx.run(
    `UNWIND $kept AS k
     MATCH (n:Entity {id: k.id})
     CREATE (:Retracted {id: k.id, recordType: k.type, record: k.record, recordHash: k.hash, createdAt: n.createdAt,
                         createdBy: n.createdBy, retractedAt: datetime(), retractedBy: $actor, reason: k.reason})
     WITH n
     CALL (n) { MATCH (n)-[:HAS_NAME|HAS_LEG]->(x) DETACH DELETE x }
     DETACH DELETE n`,
    { kept, actor },
  );
  await refreshMadeFor(tx, resting);
  await recordChanges(
    tx,
    kept.map((k) => ({ recordId: k.id, recordType: k.type, outcome: 'RETRACTED', hash: k.hash, record: k.record, reason: k.reason })),
    actor,
  );
  return [];
}

/** A retraction line of an import: `{"type": "Retraction", "id": …, "reason": …, "ifVersion"?: …}`. */
export interface RetractionLine {
  index: number;
  record: Record<string, unknown>;
}

function lineIssue(record: Record<string, unknown>): string | null {
  const extra = Object.keys(record).filter((k) => !['type', 'id', 'reason', 'ifVersion'].includes(k));
  if (extra.length) return `a Retraction has only id, reason and ifVersion, not ${extra.join(', ')}`;
  if (typeof record.id !== 'string') return 'a Retraction names the id of the record it retracts';
  if (typeof record.reason !== 'string' || !record.reason.trim()) return 'a Retraction says why (reason): it stays in the audit trail';
  if (record.ifVersion !== undefined && typeof record.ifVersion !== 'string') return 'ifVersion is the version read, a string';
  return null;
}

/**
 * Retracts the records of an import's Retraction lines, all of a batch together (so records relying on
 * each other go in one batch), line by line: a line that cannot go is refused with why, and the rest are
 * tried again without it, since leaving one out may leave another relied on. A record already retracted
 * is unchanged, so a file runs again without complaint. Returns each line's refusal, or null.
 */
export async function retractLines(tx: Tx, lines: RetractionLine[], actor: string): Promise<Map<number, { outcome: 'retracted' | 'unchanged' } | { issue: string }>> {
  const results = new Map<number, { outcome: 'retracted' | 'unchanged' } | { issue: string }>();
  let pending = lines.filter((l) => {
    const issue = lineIssue(l.record);
    if (issue) results.set(l.index, { issue });
    return !issue;
  });
  const ids = new Set<string>();
  pending = pending.filter((l) => {
    const id = l.record.id as string;
    if (ids.has(id)) results.set(l.index, { issue: `"${id}" is retracted twice in one batch` });
    ids.add(id);
    return !results.has(l.index);
  });
  while (pending.length) {
    const targets = pending.map((l) => ({ id: l.record.id as string, ifVersion: (l.record.ifVersion as string | undefined) ?? null, reason: (l.record.reason as string).trim() }));
    const problems = await retractRecords(tx, targets, '', actor);
    if (!problems.length) {
      pending.forEach((l) => results.set(l.index, { outcome: 'retracted' }));
      break;
    }
    const byId = new Map(problems.map((p) => [p.id, p]));
    pending = pending.filter((l) => {
      const p = byId.get(l.record.id as string);
      if (!p) return true;
      if (p.kind === 'missing') results.set(l.index, p.retracted ? { outcome: 'unchanged' } : { issue: `no record "${p.id}" is held` });
      else if (p.kind === 'conflict') results.set(l.index, { issue: `"${p.id}" has changed since version ${String(l.record.ifVersion)}; it is at version ${p.currentVersion}` });
      else results.set(l.index, { issue: `"${p.id}" is relied on by ${p.by.slice(0, 10).join(', ')}${p.count > 10 ? ` and ${p.count - 10} more` : ''}: retract those in the same batch` });
      return false;
    });
  }
  return results;
}

/** What restoring a record found: not retracted, or refused by the write path (a reference gone meanwhile). */
export type RestoreProblem = { kind: 'notRetracted'; id: string } | { kind: 'refused'; result: RecordResult };

/** Writes retracted records back as they were retracted, checked like any write, with their first creation kept. */
export async function restoreRecords(tx: Tx, ids: string[], reason: string | null, actor: string): Promise<RestoreProblem[]> {
  const rows = await tx.run(
    `UNWIND $ids AS id
     OPTIONAL MATCH (t:Retracted {id: id})
     WITH id, t, t {.record, .createdAt, .createdBy} AS kept
     DELETE t
     RETURN id, kept`,
    { ids },
  );
  const missing = rows.filter((r) => r.kept === null).map((r): RestoreProblem => ({ kind: 'notRetracted', id: r.id as string }));
  if (missing.length) return missing;
  const results = await applyRecords(
    tx,
    rows.map((r) => JSON.parse(r.kept.record as string)),
    { actor, auditedAs: { outcome: 'RESTORED', reason } },
  );
  const refused = results.filter((r) => r.outcome === 'refused');
  if (refused.length) return refused.map((result) => ({ kind: 'refused', result }));
  await tx.run(
    `UNWIND $rows AS r
     MATCH (n:Entity {id: r.id})
     SET n.createdAt = r.kept.createdAt, n.createdBy = r.kept.createdBy`,
    { rows },
  );
  return [];
}

/** Whether each of `ids` is retracted: the write path refuses to write over a retracted id. */
export async function retractedAmong(tx: Tx, ids: string[]): Promise<Map<string, { by: string; reason: string }>> {
  if (!ids.length) return new Map();
  const rows = await tx.run(
    'UNWIND $ids AS id MATCH (t:Retracted {id: id}) RETURN id, t.retractedBy AS by, t.reason AS reason',
    { ids },
  );
  return new Map(rows.map((r) => [r.id as string, { by: r.by as string, reason: r.reason as string }]));
}
