import type { After, KeyedPage, KeyType } from '../data/read/keyset.js';
import { refusal } from '../errors.js';

/**
 * One cursor format for the whole API: `after:[scope, key, id]`, base64url. `scope` names the list or question
 * and its order, so a cursor cannot be replayed against another; `key` is the last row's sort key as text (a
 * composite key is a JSON array in that text); `id` its unique tie-breaker.
 */
const AFTER_PREFIX = 'after:';

/** The cursors this server gave out before keyset paging: a row count, and whoSaidWhat's first date cursor. */
const RETIRED_PREFIXES = ['offset:', 'key:'];

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** `first`, refused beyond the configured cap. */
export function pageSize(first: number | null | undefined, maxPageSize: number): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > maxPageSize) {
    throw refusal('BAD_USER_INPUT', `first must be between 0 and ${maxPageSize}; ask for the next page with after.`, 'first');
  }
  return size;
}

/**
 * The cursor of a row of a list or relation connection: the order it was read in (`scope`, so a cursor cannot be
 * replayed against another list or sort), the row's sort key as text, and its id.
 */
export function encodeAfter(scope: string, key: string | null, id: string): string {
  return Buffer.from(`${AFTER_PREFIX}${JSON.stringify([scope, key, id])}`).toString('base64url');
}

const KEY_SHAPES: Record<KeyType, (text: string) => boolean> = {
  text: () => true,
  integer: (text) => /^-?\d{1,15}$/.test(text),
  datetime: (text) => !Number.isNaN(Date.parse(text)),
};

/** Where to start the page after `cursor`, refused unless this server issued it for this very order. */
export function decodeAfter(cursor: string, scope: string, type: KeyType = 'text'): After {
  const text = Buffer.from(cursor, 'base64url').toString();
  if (RETIRED_PREFIXES.some((prefix) => text.startsWith(prefix))) {
    throw refusal(
      'BAD_USER_INPUT',
      'This cursor is of an older kind, which could skip or repeat records added between pages; the server now pages from the last record seen. Ask for the first page again (without after) and pass its endCursor.',
      'after',
    );
  }
  let parts: unknown;
  try {
    parts = text.startsWith(AFTER_PREFIX) ? JSON.parse(text.slice(AFTER_PREFIX.length)) : null;
  } catch {
    parts = null;
  }
  const [from, key, id] = Array.isArray(parts) && parts.length === 3 ? parts : [];
  const wellFormed = typeof from === 'string' && typeof id === 'string' && (key === null || (typeof key === 'string' && KEY_SHAPES[type](key)));
  if (!wellFormed) {
    throw refusal('BAD_USER_INPUT', 'This cursor was not issued by this server; pass an endCursor from an earlier page.', 'after');
  }
  if (from !== scope) {
    throw refusal(
      'BAD_USER_INPUT',
      `This cursor is from another list or another order${/^[\w. ]{1,80}$/.test(from) ? ` (${from})` : ''}; pass an endCursor from a page of this one, with the same sort.`,
      'after',
    );
  }
  return { key, id };
}

/** `first` and `after` for a keyset-paged connection. */
export function keysetWindow(args: PageArgs, maxPageSize: number, scope: string, type?: KeyType): { after: After | null; limit: number } {
  const limit = pageSize(args.first, maxPageSize);
  return { after: args.after ? decodeAfter(args.after, scope, type) : null, limit };
}

/** A connection over a page read from the last row seen: the pageInfo every way of paging shares. */
export function connectionOf<N, T>(edges: Array<{ cursor: string; node: N }>, page: { total: T; hasNextPage: boolean }, after: unknown) {
  return {
    edges,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export function keysetConnection(page: KeyedPage, scope: string, after: After | null) {
  return connectionOf(
    page.nodes.map((node, i) => ({ cursor: encodeAfter(scope, page.keys[i], String(node.id)), node })),
    page,
    after,
  );
}

type KeyValue = string | number | boolean;
const isKeyValue = (v: unknown): v is KeyValue => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean';

/**
 * A composite sort key travels as a JSON array in the cursor's key. `values` is how many sort values come
 * before the id; the answer is those values followed by the id, the row the next page starts strictly after.
 */
export function decodeCompositeAfter(cursor: string, scope: string, values: number): KeyValue[] {
  const { key, id } = decodeAfter(cursor, scope);
  let parts: unknown = null;
  try {
    parts = key === null ? null : JSON.parse(key);
  } catch {
    // refused below, like any cursor this server did not issue
  }
  if (!Array.isArray(parts) || parts.length !== values || !parts.every(isKeyValue)) {
    throw refusal('BAD_USER_INPUT', 'This cursor was not issued by this server; pass an endCursor from an earlier page.', 'after');
  }
  return [...parts, id];
}

/** The cursor of a row whose sort key is composite: its sort values, then its id (last). */
export const encodeCompositeAfter = (scope: string, key: readonly unknown[]) => encodeAfter(scope, JSON.stringify(key.slice(0, -1)), String(key.at(-1)));

/** A page of a question read in a composite order: each node's key (sort values then id) names its cursor. */
export function compositeConnection(page: { total: number; nodes: readonly unknown[]; keys: readonly (readonly unknown[])[]; hasNextPage: boolean }, scope: string, after: unknown) {
  return connectionOf(
    page.nodes.map((node, i) => ({ cursor: encodeCompositeAfter(scope, page.keys[i]), node })),
    page,
    after,
  );
}
