import type { RecordResult } from '../data/write/applyRecords.js';
import { refusal, fieldPath, type Refusal } from '../errors.js';

/** GraphQL hands an omitted-or-null field as null; the import format leaves it out. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

/** A mutation's input is an import record without its `type`. */
export function inputToRecord(type: string, input: Record<string, unknown>): Record<string, unknown> {
  return { type, ...(withoutNulls(input) as Record<string, unknown>) };
}

/** Every issue of a refused record, each at its input path; the first one is the error's field. */
export function refusalError(result: RecordResult, root: string): Refusal {
  const said = result.issues.map((issue) => ({ field: fieldPath(root, issue.path), message: issue.message }));
  const sentence = said.map((s) => `${s.field}: ${s.message}`).join('; ');
  return refusal('BAD_USER_INPUT', `${sentence}.`, said[0]?.field ?? root);
}
