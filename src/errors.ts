import { GraphQLError } from 'graphql';
import type { FieldIssue } from './records/checks.js';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'DATABASE_UNAVAILABLE';

/** The one way the API reports a refusal: a code, the offending field's path, and a sentence. */
export function apiError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

/** `["citations", 0, "end"]` under `statement` becomes `statement.citations[0].end`. */
export function fieldPath(root: string, path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    root,
  );
}

/** A write refused for what its records say; carries every issue so an import can report them all. */
export class RecordRefused extends Error {
  constructor(
    readonly index: number,
    readonly issues: FieldIssue[],
  ) {
    super(issues.map((i) => `${fieldPath('', i.path) || 'record'}: ${i.message}`).join('; '));
  }
}
