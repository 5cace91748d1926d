import type { Tx } from '../database.js';
import { recordRows } from '../read/subgraph.js';
import { toRecord } from '../../export/toRecord.js';

/**
 * The record an entity holds now, in the import format (what its export line says), with the given fields
 * laid over it: a field given as null is left out, so it is cleared. Null when no record has the id or it
 * is of another type. Run under the record's write lock (versions.ts), so no other write lands between this
 * read and the write of the result.
 */
export async function patchedRecord(
  tx: Tx,
  type: string,
  id: string,
  set: Record<string, unknown>,
): Promise<Record<string, unknown> | null> {
  const [row] = await recordRows(tx, [id]);
  if (!row || row.label !== type) return null;
  const merged: Record<string, unknown> = { ...toRecord(row) };
  for (const [field, value] of Object.entries(set)) {
    if (value === null || value === undefined) delete merged[field];
    else merged[field] = value;
  }
  return merged;
}
