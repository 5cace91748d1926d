import { refusal } from '../../../errors.js';
import { integer, type Row, type Tx } from '../../database.js';
import { MISSING_ANCHORS } from './fragments.js';

/** An identifier a question starts from, with the argument that gave it (for NOT_FOUND). */
export interface Anchor {
  field: string;
  id: string;
}


export interface Window {
  skip: number;
  limit: number;
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

/** SKIP/LIMIT travel as integers; JavaScript numbers would reach Cypher as floats. */
export const windowParams = (w: Window) => ({ skip: integer(w.skip), limit: integer(w.limit) });

export interface PageOptions {
  /** Parts of the element named for the projection: `e.p AS p`. */
  bindings?: string;
  /** Outer variables the projection reads besides the list. */
  imports?: string[];
}

/** Cypher that pages the list `list` into `items`, in order, projecting each element bound to `v`. */
export function pageOf(list: string, v: string, projection: string, options: PageOptions = {}): string {
  return `CALL (${[list, ...(options.imports ?? [])].join(', ')}) {
    UNWIND range(0, size(${list}[$skip..($skip + $limit)]) - 1) AS i
    WITH i, ${list}[$skip + i] AS ${v}
    WITH *${options.bindings ? `, ${options.bindings}` : ''}
    ORDER BY i
    RETURN collect(${projection}) AS items
  }`;
}
