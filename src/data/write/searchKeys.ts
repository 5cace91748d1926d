import { fold } from '../../search/fold.js';
import { integer, type Database } from '../database.js';

const BATCH = 1_000;

/**
 * Names and statements get their search key when written; a graph written before search existed gets
 * its keys here, in batches, once (nodes that have a key are left alone).
 */
export async function backfillSearchKeys(db: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await db.read((tx) =>
      tx.run(
        `MATCH (n) WHERE (n:Name OR n:Statement) AND n.folded IS NULL
         RETURN elementId(n) AS key, coalesce(n.value, n.text) AS text LIMIT $batch`,
        { batch: integer(BATCH) },
      ),
    );
    if (!rows.length) return total;
    const keys = rows.map((r) => ({ key: r.key, folded: fold(String(r.text ?? '')) }));
    await db.write((tx) => tx.run('UNWIND $keys AS k MATCH (n) WHERE elementId(n) = k.key SET n.folded = k.folded', { keys }));
    total += rows.length;
  }
}
