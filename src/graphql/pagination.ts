import type { Row } from '../data/database.js';
import type { After, KeyedPage, KeyType } from '../data/read/keyset.js';
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

const AFTER_PREFIX = 'after:';

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
  if (text.startsWith(PREFIX)) {
    throw refusal(
      'BAD_USER_INPUT',
      'This cursor counts rows from the start of the list, which shifts as records are added; the server now pages from the last record seen. Ask for the first page again (without after) and pass its endCursor.',
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
  const { limit } = pageWindow({ first: args.first }, maxPageSize);
  return { after: args.after ? decodeAfter(args.after, scope, type) : null, limit };
}

export function keysetConnection(page: KeyedPage, scope: string, after: After | null) {
  const edges = page.nodes.map((node, i) => ({ cursor: encodeAfter(scope, page.keys[i], String(node.id)), node }));
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
