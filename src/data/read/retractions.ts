import { integer, type Row, type Tx } from '../database.js';
import type { Page } from './queries.js';

/** Retracted records (data/write/retractions.ts), newest first. */
export async function listRetractions(tx: Tx, skip: number, limit: number): Promise<Page> {
  const [counted] = await tx.run('MATCH (t:Retracted) RETURN count(t) AS total');
  const rows = await tx.run(
    `MATCH (t:Retracted)
     WITH t ORDER BY t.retractedAt DESC, t.id ASC SKIP $skip LIMIT $limit
     RETURN t {.id, .recordType, .record, .reason, .retractedBy, retractedAt: toString(t.retractedAt)} AS retraction`,
    { skip: integer(skip), limit: integer(limit) },
  );
  return { total: counted.total, nodes: rows.map((r) => r.retraction as Row) };
}
