import { refusal } from '../../../errors.js';
import { integer, type Row, type Tx } from '../../database.js';
import { MISSING_ANCHORS } from './fragments.js';

/** An identifier a question starts from, with the argument that gave it (for NOT_FOUND). */
export interface Anchor {
  field: string;
  id: string;
}

/**
 * Runs a question's one statement with the parameters every question shares, and refuses it when an
 * anchor names nothing. `cypher` returns at most one row; the answer is that row.
 */
export async function ask(tx: Tx, cypher: string, params: Record<string, unknown>, anchors: Anchor[]): Promise<Row> {
  // Neo4j caches a plan per parameter types, so an absent value travels as '' rather than null: one plan
  // serves every combination of arguments.
  const typed = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, value ?? '']));
  const rows = await tx.run(`CALL () { RETURN ${MISSING_ANCHORS} AS missing } OPTIONAL CALL () { ${cypher} } RETURN *`, {
    ...typed,
    anchors,
  });
  const row = rows[0] ?? { missing: [] };
  const missing = anchors.find((a) => (row.missing as string[]).includes(a.field));
  if (missing) throw refusal('NOT_FOUND', `Nothing in the graph has the identifier "${missing.id}".`, missing.field);
  return row;
}

export interface PageOptions {
  /** Parts of the element named for the projection: `e.p AS p`. */
  bindings?: string;
  /** Outer variables the projection reads besides the list. */
  imports?: string[];
  /**
   * For a key computed afresh on each request (a search score): the page starts after the cursor's row where it
   * ranks now (found by its key's last value, which must name it alone), when it is still in the list, so that a shift of every score between two requests (a relevance
   * score moves whenever the index grows) neither repeats nor skips rows.
   */
  reanchor?: boolean;
}

/**
 * A question ranked in a computed order (a date read from statements, a score, a group): it names its order for
 * the cursor (`scope`) and how many sort values its key holds before the row's id.
 */
export interface RankedOrder {
  scope: string;
  values: number;
}

/** Where a ranked page starts: strictly after this key (sort values then id), or at the top when null. */
export interface RankedWindow {
  after: readonly unknown[] | null;
  limit: number;
}

/** A ranked page: each node with its key, and whether rows follow. */
export interface RankedPage {
  total: number;
  partial?: boolean;
  nodes: unknown[];
  keys: unknown[][];
  hasNextPage: boolean;
}

/** Sorts after every stored text, so that a missing value ranks last, as Cypher's nulls do in ascending order. */
export const LAST = "'\\uFFFF'";

export const rankedParams = (w: RankedWindow) => ({ after: w.after ?? [], limit: integer(w.limit) });

/**
 * Cypher that pages the ranked list `list` into `items` and `keys`, and `more`. Each element has a `key`: a
 * list of sort values without nulls, ending in ids that make it unique, by which the list ascends. The page
 * starts strictly after `$after` (an empty list: the top), so a row written or removed between two requests
 * shifts no other row: rows that did not change are neither repeated nor skipped.
 */
export function rankedPageOf(list: string, v: string, projection: string, options: PageOptions = {}): string {
  const imports = options.imports ?? [];
  const anchor = options.reanchor ? `coalesce([r IN ${list} WHERE last(r.key) = last($after) | r.key][0], $after)` : '$after';
  return `CALL (${[list, ...imports].join(', ')}) {
    WITH ${[list, ...imports, `${anchor} AS anchor`].join(', ')}
    WITH ${[...imports, `[r IN ${list} WHERE size($after) = 0 OR r.key > anchor][..$limit + 1] AS rows`].join(', ')}
    CALL (${['rows', ...imports].join(', ')}) {
      UNWIND range(0, size(rows[..$limit]) - 1) AS i
      WITH i, rows[i] AS ${v}
      WITH *${options.bindings ? `, ${options.bindings}` : ''}
      ORDER BY i
      RETURN collect(${projection}) AS items, collect(${v}.key) AS keys
    }
    RETURN items, keys, size(rows) > $limit AS more
  }`;
}

/** The page a ranked question's answer row holds (see rankedPageOf). */
export const rankedPage = (row: Row): RankedPage => ({
  total: row.total as number,
  nodes: row.items as unknown[],
  keys: row.keys as unknown[][],
  hasNextPage: row.more as boolean,
});
