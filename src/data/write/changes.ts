import type { Tx } from '../database.js';
import { KEPT_PLAN } from './keptPlan.js';

/** One entry of the audit trail; `record` is the record as written, in the import format. */
export interface ChangeRow {
  recordId: string;
  recordType: string;
  outcome: 'CREATED' | 'UPDATED' | 'RETRACTED' | 'RESTORED';
  hash: string;
  record: string;
  /** Why a record was retracted or restored, in the editor's words. */
  reason?: string | null;
}

/**
 * Written in the transaction of the write itself, so the trail holds exactly what was committed.
 * Change nodes are not Entities: reads, paths and exports never meet them.
 */
export async function recordChanges(tx: Tx, changes: ChangeRow[], actor: string): Promise<void> {
  if (!changes.length) return;
  await tx.run(
    `${KEPT_PLAN}
     UNWIND $changes AS c
     CREATE (:Change {at: datetime(), by: $actor, recordId: c.recordId, recordType: c.recordType,
                      outcome: c.outcome, hash: c.hash, record: c.record, reason: c.reason})`,
    { changes, actor },
  );
}
