/**
 * The node labels the graph uses, each with the id prefix of its records. This is the allow-list every
 * Cypher statement that varies a label draws from: a label never comes from a request.
 */
export const LABELS = {
  Source: 'source',
  Country: 'country',
  Person: 'person',
  Organization: 'org',
  Place: 'place',
  Dateline: 'dateline',
  Membership: 'membership',
  Office: 'office',
  Event: 'event',
  Conflict: 'conflict',
  Involvement: 'involvement',
  Position: 'position',
  Statement: 'statement',
  NegotiationProcess: 'process',
  NegotiationRound: 'round',
  Participation: 'participation',
  EvacuationOperation: 'evacuation',
  EvacuationMovement: 'movement',
} as const;

export type Label = keyof typeof LABELS;

export const ACTOR_LABELS: Label[] = ['Country', 'Person', 'Organization'];

export function labelOfId(id: string): Label | null {
  const prefix = id.slice(0, id.indexOf(':'));
  const found = (Object.keys(LABELS) as Label[]).find((label) => LABELS[label] === prefix);
  return found ?? null;
}
