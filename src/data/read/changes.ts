import { integer, type Row, type Tx } from '../database.js';
import type { Page } from './queries.js';

export interface ChangeFilter {
  recordId?: string | null;
  by?: string | null;
  /** ISO 8601 date-times: from inclusive, until exclusive. */
  from?: string | null;
  until?: string | null;
}

/** The audit trail, newest first; each condition is a fixed fragment chosen by which filters are given. */
export async function listChanges(tx: Tx, filter: ChangeFilter, skip: number, limit: number): Promise<Page> {
  const where = [
    filter.recordId ? 'c.recordId = $recordId' : null,
    filter.by ? 'c.by = $by' : null,
    filter.from ? 'c.at >= datetime($from)' : null,
    filter.until ? 'c.at < datetime($until)' : null,
  ].filter(Boolean);
  const match = `MATCH (c:Change) ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const params = { recordId: filter.recordId ?? null, by: filter.by ?? null, from: filter.from ?? null, until: filter.until ?? null };
  const [counted] = await tx.run(`${match} RETURN count(c) AS total`, params);
  const rows = await tx.run(
    `${match}
     WITH c ORDER BY c.at DESC, c.recordId ASC SKIP $skip LIMIT $limit
     RETURN c {.*, at: toString(c.at)} AS change`,
    { ...params, skip: integer(skip), limit: integer(limit) },
  );
  return { total: counted.total, nodes: rows.map((r) => r.change as Row) };
}
