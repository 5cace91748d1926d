import { ACTORS, RECORD_TYPES, type RecordTypeName } from '../model/index.js';

/**
 * The node labels the graph uses, each with the id prefix of its records, from the domain model. This is
 * the allow-list every Cypher statement that varies a label draws from: a label never comes from a request.
 */
export const LABELS = Object.fromEntries(RECORD_TYPES.map((t) => [t.label, t.idPrefix])) as Record<RecordTypeName, string>;

export type Label = RecordTypeName;

export const ACTOR_LABELS: Label[] = [...ACTORS];

export function labelOfId(id: string): Label | null {
  const prefix = id.slice(0, id.indexOf(':'));
  const found = (Object.keys(LABELS) as Label[]).find((label) => LABELS[label] === prefix);
  return found ?? null;
}
