import {
  locateProposals,
  plannedActors,
  referencedIds,
  resolve,
  sourceRecord,
  stanceHolder,
  statementRecords,
  type ConfirmInput,
  type ConfirmIssue,
  type HeldEntity,
  type HeldPosition,
} from '../../records/annotationRecords.js';
import { positionPrefix, sourceId } from '../../records/recordIds.js';
import { toRecord } from '../../export/toRecord.js';
import type { Tx } from '../database.js';
import type { Label } from '../labels.js';
import { labelsOf, recordRows } from '../read/subgraph.js';
import { applyRecords, type RecordResult } from './applyRecords.js';

export type Confirmation =
  | { ok: true; sourceId: string; statementIds: string[]; results: RecordResult[]; relocated: number[] }
  | { ok: false; issues: ConfirmIssue[] };

/** The source this article already is: the one at its web address, or one at its id with the same text. */
async function heldSource(tx: Tx, input: ConfirmInput) {
  const base = sourceId(input.source);
  const rows = await tx.run(
    `OPTIONAL MATCH (byUrl:Source) WHERE $url IS NOT NULL AND byUrl.url = $url
     WITH byUrl LIMIT 1
     OPTIONAL MATCH (n:Entity) WHERE n.id = $base OR n.id STARTS WITH $base + '-'
     RETURN byUrl.id AS byUrl, collect({id: n.id, sameText: n:Source AND n.text = $text AND n.url IS NULL}) AS near`,
    { url: input.source.url ?? null, base, text: input.source.text },
  );
  const near = (rows[0]?.near ?? []).filter((n: { id: string | null }) => n.id) as Array<{ id: string; sameText: boolean }>;
  const heldId = rows[0]?.byUrl ?? (input.source.url ? null : near.find((n) => n.sameText)?.id) ?? null;
  const held = heldId ? toRecord((await recordRows(tx, [heldId]))[0]) : null;
  return { held, takenIds: new Set(near.map((n) => n.id)) };
}

/** Entities at the ids new people and organizations would get, with their names, to reuse or step around. */
async function heldNear(tx: Tx, bases: string[]): Promise<HeldEntity[]> {
  if (!bases.length) return [];
  return (await tx.run(
    `UNWIND $bases AS base
     MATCH (n:Entity) WHERE n.id = base OR n.id STARTS WITH base + '-'
     RETURN DISTINCT n.id AS id, head([l IN labels(n) WHERE l <> 'Entity']) AS label, n.name AS name`,
    { bases },
  )) as HeldEntity[];
}

/** The positions the holders hold, and every position id new ones of theirs could clash with. */
async function heldPositions(tx: Tx, holders: string[]) {
  const positions = (await tx.run(
    `UNWIND $holders AS holder
     MATCH (p:Position)-[:HELD_BY]->(:Entity {id: holder})
     RETURN p.id AS id, holder, p.stance AS stance, p.modality AS modality, p.condition AS condition,
            head([(p)-[:TOWARD]->(c:Conflict) | c.id]) AS toward`,
    { holders },
  )) as HeldPosition[];
  const near = await tx.run(
    'UNWIND $prefixes AS prefix MATCH (p:Entity) WHERE p.id STARTS WITH prefix RETURN DISTINCT p.id AS id',
    { prefixes: holders.map(positionPrefix) },
  );
  return { positions, taken: new Set([...positions.map((p) => p.id), ...near.map((r) => r.id as string)]) };
}

/** A refused record's issues, said at the input field the researcher sent. */
function issuesOf(result: RecordResult, owner: Map<string, Array<string | number>>): ConfirmIssue[] {
  const at = (result.id && owner.get(result.id)) || [];
  return result.issues.map((issue) => ({ path: [...at, ...issue.path], message: issue.message }));
}

/**
 * Writes an annotated article inside the caller's transaction: the source, new people and organizations,
 * the statements with their spans and the positions they express, all through applyRecords. Any issue
 * returns the issues and writes nothing; the caller's transaction is rolled back by throwing them.
 */
export async function confirmAnnotations(tx: Tx, input: ConfirmInput, actor: string): Promise<Confirmation> {
  const located = locateProposals(input);
  const source = await heldSource(tx, input);
  const labels: Map<string, Label> = await labelsOf(tx, referencedIds(input));
  const near = await heldNear(tx, [...new Set(plannedActors(input).map((p) => p.base))]);
  const resolution = resolve(input, source, labels, near);
  const holders = [...new Set(input.proposals.map((_, i) => stanceHolder(resolution, i)).filter((h): h is string => Boolean(h)))];
  const positions = await heldPositions(tx, holders);
  const built = statementRecords(input, located, resolution, labels, positions.positions, positions.taken);
  const issues = [...located.issues, ...resolution.issues, ...built.issues];
  if (issues.length) return { ok: false, issues };

  const records = [sourceRecord(input.source, resolution.sourceId, source.held), ...resolution.actorRecords, ...built.records];
  const owner = new Map<string, Array<string | number>>([[resolution.sourceId, ['source']]]);
  built.statementIds.forEach((id, i) => owner.set(id, ['proposals', i]));
  for (const [id, path] of built.positionsAskedAt) owner.set(id, path);
  for (const [path, id] of resolution.actors) if (!owner.has(id)) owner.set(id, path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
  const results = await applyRecords(tx, records, { actor });
  const refused = results.filter((r) => r.outcome === 'refused');
  if (refused.length) return { ok: false, issues: refused.flatMap((r) => issuesOf(r, owner)) };
  return { ok: true, sourceId: resolution.sourceId, statementIds: built.statementIds, results, relocated: located.relocated };
}
