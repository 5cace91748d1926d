import { integer, type Row, type Tx } from '../database.js';
import { afterParameters, type After, type KeyedPage } from './keyset.js';

/** Newest first, ties by id (a record is retracted at most once at a time, so the id is unique among them). */
export const RETRACTIONS_ORDER = 'retractions newest first';

/**
 * Retracted records (data/write/retractions.ts), newest first, the page after `after` (its retractedAt and id).
 * The seek on retractedAt is a separate conjunct so that the index on it serves the range in its order.
 */
export async function listRetractions(tx: Tx, after: After | null, limit: number): Promise<KeyedPage> {
  const [counted] = await tx.run('MATCH (t:Retracted) RETURN count(t) AS total');
  const beyond = after
    ? 't.retractedAt <= datetime($afterKey) AND (t.retractedAt < datetime($afterKey) OR t.id > $afterId)'
    : 't.retractedAt IS NOT NULL';
  const rows = await tx.run(
    `MATCH (t:Retracted) WHERE ${beyond}
     WITH t ORDER BY t.retractedAt DESC, t.id ASC LIMIT $limit + 1
     RETURN t {.id, .recordType, .record, .reason, .retractedBy, retractedAt: toString(t.retractedAt)} AS retraction`,
    { ...afterParameters(after), limit: integer(limit) },
  );
  const page = rows.slice(0, limit).map((r) => r.retraction as Row);
  return { total: counted.total, nodes: page, keys: page.map((r) => r.retractedAt as string), hasNextPage: rows.length > limit };
}
