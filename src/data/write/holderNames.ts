import { integer, type Database, type Tx } from '../database.js';
import { KEPT_PLAN } from './keptPlan.js';

const BATCH = 1_000;

/**
 * stanceHolders lists stances by their holder's name, read in order from the index on
 * (Position.stance, Position.holderName) instead of ranking every holder of a stance. The name is the
 * holder's, copied onto the Position, so a write that changes it (the Position's holder, or the holder's
 * name) copies it again in the same transaction.
 */
const COPY = 'SET p.holderName = head([(p)-[:HELD_BY]->(h) | h.name])';

/** Copies the holder's name onto the Positions among the records `ids` and onto those the records hold. */
export async function copyHolderNames(tx: Tx, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await tx.run(
    `${KEPT_PLAN}
     UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     CALL (n) {
       WITH n WHERE n:Position RETURN n AS p
       UNION
       MATCH (n)<-[:HELD_BY]-(p:Position) RETURN p
     }
     WITH DISTINCT p
     ${COPY}`,
    { ids },
  );
}

/** A graph written before the copy existed gets it once, in batches, on start. */
export async function backfillHolderNames(db: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.write((tx) =>
      tx.run(
        `MATCH (p:Position) WHERE p.holderName IS NULL AND EXISTS { (p)-[:HELD_BY]->() }
         WITH p LIMIT $batch
         ${COPY}
         RETURN count(p) AS copied`,
        { batch: integer(BATCH) },
      ),
    );
    const copied = Number(row?.copied ?? 0);
    total += copied;
    if (copied < BATCH) return total;
  }
}
