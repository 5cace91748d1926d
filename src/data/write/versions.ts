import type { Tx } from '../database.js';

/**
 * The version a record holds now (its record hash), read under the record's write lock: a concurrent
 * write of the same record waits until this transaction ends, so a version checked here cannot move before
 * this transaction's own write. Null when no record has the id.
 */
export async function lockedVersion(tx: Tx, id: string): Promise<string | null> {
  const rows = await tx.run(
    `OPTIONAL MATCH (n:Entity {id: $id})
     CALL (n) { WITH n WHERE n IS NOT NULL SET n.versionLock = true REMOVE n.versionLock }
     RETURN n.recordHash AS version`,
    { id },
  );
  return (rows[0]?.version as string | null) ?? null;
}
