import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context.js';

/** The request header a client sends back, with the bookmarks of its writes, so its reads see them. */
export const BOOKMARKS_HEADER = 'neo4j-bookmarks';
const MAX_BOOKMARKS = 32;
const MAX_BOOKMARK_LENGTH = 1024;

/** A refusal of the header itself, before any transaction starts. */
export class BadBookmarks extends Error {}

/** `Neo4j-Bookmarks: FB:…, FB:…` (commas or spaces between them) as the list the driver takes. */
export function parseBookmarks(header: string | string[] | undefined): string[] {
  const list = [header ?? []].flat().flatMap((value) => value.split(/[\s,]+/)).filter(Boolean);
  if (list.length > MAX_BOOKMARKS) throw new BadBookmarks(`The ${BOOKMARKS_HEADER} header holds ${list.length} bookmarks; send at most ${MAX_BOOKMARKS}, the latest ones.`);
  if (list.some((b) => b.length > MAX_BOOKMARK_LENGTH)) throw new BadBookmarks(`A bookmark in the ${BOOKMARKS_HEADER} header is longer than ${MAX_BOOKMARK_LENGTH} characters: send back only what extensions.bookmarks held.`);
  return list;
}

/** Neo4j's words for a bookmark it cannot read or that names another database. */
export const INVALID_BOOKMARK_CODES = new Set(['Neo.ClientError.Transaction.InvalidBookmark', 'Neo.ClientError.Transaction.InvalidBookmarkMixture']);

/**
 * A mutation's answer carries, in `extensions.bookmarks`, the bookmarks of what it committed (or, when it
 * committed nothing, those it was given), to be sent back in the Neo4j-Bookmarks header.
 */
export function bookmarksInAnswers(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue }) {
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
          const { given, written } = contextValue.bookmarks;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, bookmarks: written.length ? written : given };
        },
      };
    },
  };
}
