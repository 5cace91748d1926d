/**
 * Each stored relationship type in words, read from its start node to its end node: "statement … was
 * spoken by Alibek Bakayev". Types missing here are shown as they are stored.
 */
export const RELATION_WORDS: Record<string, string> = {
  SPOKEN_BY: 'was spoken by',
  ON_BEHALF_OF: 'was said on behalf of',
  AT_EVENT: 'was said at',
  ABOUT: 'is about',
  MENTIONS: 'mentions',
  EXPRESSES: 'expresses',
  RENDERS: 'renders the same words as',
  HELD_BY: 'is held by',
  TOWARD: 'is toward',
  REAFFIRMS: 'reaffirms',
  SUPERSEDES: 'replaces',
  OF_ACTOR: 'is a role of',
  IN_PROCESS: 'is in',
  IN_ROUND: 'is at',
  LED_BY: 'is led by',
  OF_PROCESS: 'is a round of',
  HELD_IN: 'is held in',
  CONCERNS: 'concerns',
  IN_CONFLICT: 'is in',
  OF_MEMBER: 'is the membership of',
  IN_GROUP: 'is in',
  IN_ORGANIZATION: 'is in',
  OF_COUNTRY: 'belongs to',
  PART_OF: 'is part of',
  IN_COUNTRY: 'is in',
  ORGANIZED_BY: 'is organized by',
  CONDUCTED_BY: 'is conducted by',
  PROMPTED_BY: 'was prompted by',
  OF_OPERATION: 'is part of',
};

export const relationWords = (type: string) => RELATION_WORDS[type] ?? type.toLowerCase().replaceAll('_', ' ');
