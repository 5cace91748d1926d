import type { Row } from '../data/database.js';
import { refusal } from '../errors.js';

const PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const offset = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw refusal('BAD_USER_INPUT', 'This cursor was not issued by this server; pass an endCursor from an earlier page.', 'after');
  }
  return offset;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Turns `first`/`after` into a window, refusing sizes beyond the configured cap. */
export function pageWindow(args: PageArgs, maxPageSize: number): { skip: number; limit: number } {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw refusal('BAD_USER_INPUT', `first must be between 0 and ${maxPageSize}; ask for the next page with after.`, 'first');
  }
  const skip = args.after ? decodeCursor(args.after) + 1 : 0;
  return { skip, limit: first };
}

export function connection<T = Row>(page: { total: number; nodes: readonly T[] }, skip: number) {
  const edges = page.nodes.map((node, i) => ({ cursor: encodeCursor(skip + i), node }));
  return {
    edges,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: skip + edges.length < page.total,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

const KEY_PREFIX = 'key:';

/** A keyset cursor: the sort key and id of the last item of a page. */
export function encodeKeyCursor(key: string, id: string): string {
  return Buffer.from(`${KEY_PREFIX}${JSON.stringify([key, id])}`).toString('base64url');
}

export function decodeKeyCursor(cursor: string): { key: string; id: string } {
  const text = Buffer.from(cursor, 'base64url').toString();
  let parts: unknown;
  try {
    parts = text.startsWith(KEY_PREFIX) ? JSON.parse(text.slice(KEY_PREFIX.length)) : null;
  } catch {
    parts = null;
  }
  if (!Array.isArray(parts) || parts.length !== 2 || !parts.every((p) => typeof p === 'string')) {
    throw refusal('BAD_USER_INPUT', 'This cursor was not issued by this server; pass an endCursor from an earlier page.', 'after');
  }
  return { key: parts[0], id: parts[1] };
}
