import type { Row } from '../database.js';

/**
 * Keyset paging: a page starts after the sort key and id of the last row the client saw, so records written
 * between two requests neither shift a page nor repeat on the next one, and a deep page costs what the first does.
 * Every order here is: rows with a key first, by key in its direction, then rows without one; ties by id ascending.
 */
export type SortDirection = 'ASC' | 'DESC';

/** How a key travels in a cursor (always as text) and is compared in Cypher. Dates are stored as ISO text. */
export type KeyType = 'text' | 'integer' | 'datetime';

export interface SortKey {
  /** A Cypher expression over the row's node. */
  expression: string;
  direction: SortDirection;
  type?: KeyType;
}

/** Where the previous page ended: its last row's key (null when that row had none) and id. */
export interface After {
  key: string | null;
  id: string;
}

/** A page read with keyset paging: its nodes in order, each row's key as text, and whether more follow. */
export interface KeyedPage {
  total: number;
  nodes: Row[];
  keys: (string | null)[];
  hasNextPage: boolean;
}

const AS_KEY: Record<KeyType, string> = { text: '$afterKey', integer: 'toInteger($afterKey)', datetime: 'datetime($afterKey)' };

/** The cursor's key as the sort compares it; `$afterKey` and `$afterId` are the parameters. */
export const afterKey = (type: KeyType = 'text') => AS_KEY[type];

/** The key as a cursor carries it: text, which `afterKey` turns back into the key's own type. */
export const keyText = (expression: string, type: KeyType = 'text') => (type === 'text' ? expression : `toString(${expression})`);

const beyond = (direction: SortDirection) => (direction === 'ASC' ? '>' : '<');

/** Rows strictly after the cursor in the order above, as one predicate (for orders no index serves). */
export function afterPredicate(key: string, id: string, sort: Pick<SortKey, 'direction' | 'type'>, after: After): string {
  if (after.key === null) return `${key} IS NULL AND ${id} > $afterId`;
  const value = afterKey(sort.type);
  return `(${key} ${beyond(sort.direction)} ${value} OR (${key} = ${value} AND ${id} > $afterId) OR ${key} IS NULL)`;
}

/** Rows whose key is beyond the cursor's (not equal to it), which a range index serves in order. */
export const beyondPredicate = (key: string, sort: Pick<SortKey, 'direction' | 'type'>) => `${key} ${beyond(sort.direction)} ${afterKey(sort.type)}`;

export function afterParameters(after: After | null): Record<string, unknown> {
  return { afterKey: after?.key ?? null, afterId: after?.id ?? null };
}
