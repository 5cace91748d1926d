export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'DATABASE_UNAVAILABLE' | 'CONFLICT';

/**
 * The one way the system refuses something a researcher asked: a code, the offending field's path, and a
 * sentence. It knows nothing of GraphQL; its `extensions` follow the convention graphql-js reads from an
 * error's cause, so a resolver that throws it answers with that code and field, and the command-line tools
 * print its sentence.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Further facts the answer carries beside code and field (a CONFLICT's current version). */
    readonly more: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get extensions(): Record<string, unknown> {
    return { code: this.code, ...(this.field ? { field: this.field } : {}), ...this.more };
  }
}

export const refusal = (code: ErrorCode, message: string, field?: string, more: Record<string, unknown> = {}) =>
  new Refusal(code, message, field, more);

/** `["citations", 0, "end"]` under `statement` becomes `statement.citations[0].end`. */
export function fieldPath(root: string, path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    root,
  );
}
