import type { Tx } from '../database.js';
import { recordRows } from '../read/subgraph.js';
import { toRecord } from '../../export/toRecord.js';

/**
 * The records held under `ids`, in the import format (what their export lines say), each read under its
 * write lock: no other write lands between this read and this transaction's write of a patched record.
 */
export async function heldRecords(tx: Tx, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  if (!ids.length) return new Map();
  await tx.run('UNWIND $ids AS id MATCH (n:Entity {id: id}) SET n.versionLock = true REMOVE n.versionLock', { ids });
  return new Map((await recordRows(tx, ids)).map((row) => [row.id, toRecord(row)]));
}

/** The fields given laid over a record: a field given as null is left out, so it is cleared. */
export function overlay(current: Record<string, unknown>, set: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(set)) {
    if (value === null || value === undefined) delete merged[field];
    else merged[field] = value;
  }
  return merged;
}

/** The record `id` with the fields given laid over it; null when no record has the id or it is of another type. */
export async function patchedRecord(tx: Tx, type: string, id: string, set: Record<string, unknown>): Promise<Record<string, unknown> | null> {
  const current = (await heldRecords(tx, [id])).get(id);
  return current && current.type === type ? overlay(current, set) : null;
}
