import { integer, type Row, type Tx } from '../database.js';

export interface ChangeFilter {
  recordId?: string | null;
  by?: string | null;
  /** ISO 8601 date-times: from inclusive, until exclusive. */
  from?: string | null;
  until?: string | null;
}

/**
 * Newest first, then by record id. A change has no id of its own and one write could in principle log two
 * changes of a record in the same instant, so the node's element id breaks the last ties: change nodes are
 * never deleted, so it is stable for as long as a cursor can name it.
 */
export const CHANGES_ORDER = { scope: 'changes newest first', values: 2 } as const;

/** Where a page of changes starts: after this change's instant (ISO text), record id and element id. */
export interface ChangeCursor {
  at: string;
  recordId: string;
  element: string;
}

export interface ChangePage {
  total: number;
  nodes: Row[];
  /** Each change's key: instant, record id, element id. */
  keys: string[][];
  hasNextPage: boolean;
}

/**
 * The audit trail, newest first, the page after `after`; each condition is a fixed fragment chosen by which
 * filters are given. The seek on `at` stands alone so the index on it serves the page in its order.
 */
export async function listChanges(tx: Tx, filter: ChangeFilter, after: ChangeCursor | null, limit: number): Promise<ChangePage> {
  const where = [
    filter.recordId ? 'c.recordId = $recordId' : null,
    filter.by ? 'c.by = $by' : null,
    filter.from ? 'c.at >= datetime($from)' : null,
    filter.until ? 'c.at < datetime($until)' : null,
  ].filter(Boolean);
  const match = `MATCH (c:Change) ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const beyond = after
    ? `c.at <= datetime($afterAt)
       AND (c.at < datetime($afterAt) OR c.recordId > $afterRecord OR (c.recordId = $afterRecord AND elementId(c) > $afterElement))`
    : 'c.at IS NOT NULL';
  const params = { recordId: filter.recordId ?? null, by: filter.by ?? null, from: filter.from ?? null, until: filter.until ?? null };
  const [counted] = await tx.run(`${match} RETURN count(c) AS total`, params);
  const rows = await tx.run(
    `${match} ${where.length ? 'AND' : 'WHERE'} ${beyond}
     WITH c ORDER BY c.at DESC, c.recordId ASC, elementId(c) ASC LIMIT $limit + 1
     RETURN c {.*, at: toString(c.at)} AS change, elementId(c) AS element`,
    { ...params, afterAt: after?.at ?? null, afterRecord: after?.recordId ?? null, afterElement: after?.element ?? null, limit: integer(limit) },
  );
  const page = rows.slice(0, limit);
  return {
    total: counted.total,
    nodes: page.map((r) => r.change as Row),
    keys: page.map((r) => [(r.change as Row).at as string, (r.change as Row).recordId as string, r.element as string]),
    hasNextPage: rows.length > limit,
  };
}
