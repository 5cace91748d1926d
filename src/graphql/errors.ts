import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { QueryTooLarge, TIMED_OUT_CODES } from '../data/database.js';
import { variableError } from './variableErrors.js';
import { INVALID_BOOKMARK_CODES } from './bookmarks.js';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.General.DatabaseUnavailable'));
}

/**
 * What leaves the server: our own refusals (src/errors.ts) as they are; a database outage as DATABASE_UNAVAILABLE;
 * anything else as a bare internal error outside development, never with Cypher or a stack.
 */
export function formatErrorFor(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (TIMED_OUT_CODES.has((original as { code?: string } | null)?.code ?? '')) {
      return {
        message: 'The request took too long and was stopped: ask for less (a smaller first, a shorter date range, a lower depth).',
        path: formatted.path,
        extensions: { code: 'REQUEST_TIMEOUT' },
      };
    }
    if (original instanceof QueryTooLarge) {
      return {
        message: 'The question reaches more of the graph than one request may hold: ask for less (a lower depth, a smaller first, a narrower filter).',
        path: formatted.path,
        extensions: { code: 'QUERY_TOO_LARGE' },
      };
    }
    if (INVALID_BOOKMARK_CODES.has((original as { code?: string } | null)?.code ?? '')) {
      return {
        message: 'The Neo4j-Bookmarks header holds a bookmark this database cannot wait for: send back only the bookmarks of an answer\'s extensions.bookmarks.',
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', field: 'Neo4j-Bookmarks' },
      };
    }
    if (isDatabaseUnavailable(original)) {
      return {
        message: 'The database is unavailable; try again in a few seconds.',
        path: formatted.path,
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      };
    }
    const code = formatted.extensions?.code;
    const coercion = code === 'BAD_USER_INPUT' && !formatted.extensions?.field ? variableError(formatted.message) : null;
    if (coercion) {
      return { ...formatted, message: `${coercion.field}: ${coercion.reason}`, extensions: { ...formatted.extensions, field: coercion.field } };
    }
    if (code === 'INTERNAL_SERVER_ERROR' && !development) {
      return { message: 'Internal server error.', path: formatted.path, extensions: { code } };
    }
    return formatted;
  };
}
