import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'DATABASE_UNAVAILABLE' | 'CONFLICT';

/** The one way the API reports a refusal: a code, the offending field's path, and a sentence. */
export function apiError(code: ErrorCode, message: string, field?: string, more: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}), ...more } });
}

/** `["citations", 0, "end"]` under `statement` becomes `statement.citations[0].end`. */
export function fieldPath(root: string, path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    root,
  );
}
