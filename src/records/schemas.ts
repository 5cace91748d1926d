import { z } from 'zod';
import {
  citations,
  idOf,
  language,
  LIMITS,
  name,
  names,
  optionalCitations,
  optionalDate,
  quantityQualifier,
  ref,
  refList,
  text,
} from './fields.js';
import { partialDate } from './partialDate.js';

/**
 * The import format: one JSON object per fact, told apart by `type`. Mutations build the same records,
 * so the import, the seed and the API validate and write through one path.
 */

export const SOURCE_METADATA_FIELDS = ['TITLE', 'PUBLISHER', 'PUBLISHED', 'LANGUAGE'] as const;

const source = z
  .object({
    type: z.literal('Source'),
    id: idOf('source'),
    title: text(LIMITS.shortText).optional(),
    publisher: text(LIMITS.nameLength).optional(),
    url: z.url({ message: 'must be an absolute http(s) URL', protocol: /^https?$/ }).optional(),
    published: optionalDate,
    language,
    kind: z.enum(['NEWS_ARTICLE', 'OFFICIAL_DOCUMENT', 'WEB_PAGE', 'RESEARCH_NOTES', 'DATASET']),
    text: z.string().max(LIMITS.sourceText, `is too long: at most ${LIMITS.sourceText} characters`).optional(),
    /** Import files only: a path, relative to the import file, whose content is the text. */
    textFile: z.string().max(500).optional(),
    /** Which of the metadata above were read off the web address (a slug, a date path, a domain), not a text. */
    inferredFromUrl: z.array(z.enum(SOURCE_METADATA_FIELDS)).max(SOURCE_METADATA_FIELDS.length).default([]),
  })
  .strict();

const country = z
  .object({
    type: z.literal('Country'),
    id: idOf('country'),
    iso2: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code is two capital letters, e.g. KZ'),
    iso3: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code is three capital letters, e.g. KAZ'),
    name: text(LIMITS.nameLength),
    names,
  })
  .strict();

const person = z
  .object({ type: z.literal('Person'), id: idOf('person'), name: text(LIMITS.nameLength), names })
  .strict();

const organization = z
  .object({
    type: z.literal('Organization'),
    id: idOf('org'),
    name: text(LIMITS.nameLength),
    kind: z.enum([
      'GOVERNMENT',
      'MINISTRY',
      'INTERGOVERNMENTAL',
      'GROUP_OF_STATES',
      'UNSPECIFIED_GROUP',
      'DELEGATION',
      'NON_STATE_ARMED_GROUP',
      'AIRLINE',
      'MEDIA',
      'OTHER',
    ]),
    membersKnown: z.boolean().default(true),
    country: ref.optional(),
    parent: ref.optional(),
    names,
    /** What backs the country and parent links. */
    citations: optionalCitations,
  })
  .strict();

const place = z
  .object({
    type: z.literal('Place'),
    id: idOf('place'),
    name: text(LIMITS.nameLength),
    kind: z.enum(['CITY', 'REGION', 'COUNTRY_AREA', 'OTHER']),
    country: ref.optional(),
    names,
    /** What backs the country link. */
    citations: optionalCitations,
  })
  .strict();

/**
 * Where a piece is datelined ("ASTANA –"), cited to the dateline's span in the piece itself. A record of
 * its own rather than a field of the Source, so a place whose names cite the piece imports in any order.
 */
const dateline = z
  .object({ type: z.literal('Dateline'), id: idOf('dateline'), source: ref, place: ref, citations })
  .strict();

const membership = z
  .object({ type: z.literal('Membership'), id: idOf('membership'), member: ref, group: ref, citations })
  .strict();

const office = z
  .object({
    type: z.literal('Office'),
    id: idOf('office'),
    title: text(LIMITS.nameLength),
    holder: ref,
    organization: ref,
    start: optionalDate,
    end: optionalDate,
    citations,
  })
  .strict();

const event = z
  .object({
    type: z.literal('Event'),
    id: idOf('event'),
    name: text(LIMITS.nameLength),
    kind: z.enum(['BRIEFING', 'PRESS_CONFERENCE', 'INTERVIEW', 'MEETING', 'SPEECH', 'OTHER']),
    date: partialDate,
    place: ref.optional(),
    organizer: ref.optional(),
    citations,
  })
  .strict();

const conflict = z
  .object({
    type: z.literal('Conflict'),
    id: idOf('conflict'),
    name: text(LIMITS.nameLength),
    kind: z.enum(['ARMED_CONFLICT', 'DISPUTE', 'ISSUE']),
    start: optionalDate,
    end: optionalDate,
    names,
    citations,
  })
  .strict();

const involvement = z
  .object({
    type: z.literal('Involvement'),
    id: idOf('involvement'),
    actor: ref,
    conflict: ref,
    role: z.enum(['ATTACKER', 'TARGET', 'BELLIGERENT', 'PARTY']),
    side: text(LIMITS.nameLength).optional(),
    citations,
  })
  .strict();

export const STANCE_CODES = [
  'NOT_TAKING_SIDES',
  'NON_ALIGNMENT',
  'NON_INTERFERENCE',
  'PEACEFUL_SETTLEMENT',
  'INTERNATIONAL_LAW_UN_CHARTER',
  'OFFER_TO_HOST_TALKS',
  'OFFER_TO_MEDIATE',
  'SUPPORT_FOR_PARTY',
  'CONDEMNATION',
] as const;

const position = z
  .object({
    type: z.literal('Position'),
    id: idOf('position'),
    stance: z.enum(STANCE_CODES),
    modality: z.enum(['ASSERTED', 'CONDITIONAL', 'NEGATED', 'FUTURE']),
    condition: text(LIMITS.shortText).optional(),
    conditionMet: z.boolean().optional(),
    conditionStatusDate: optionalDate,
    holder: ref,
    toward: ref.optional(),
    until: optionalDate,
    presentedAsUnchanged: z.boolean().default(false),
    reaffirms: refList,
    supersedes: ref.optional(),
    citations,
  })
  .strict();

const statement = z
  .object({
    type: z.literal('Statement'),
    id: idOf('statement'),
    kind: z.enum(['QUOTE', 'PARAPHRASE']),
    text: text(LIMITS.statementText),
    language,
    date: partialDate,
    speaker: ref.optional(),
    onBehalfOf: ref.optional(),
    occasion: ref.optional(),
    context: text(LIMITS.shortText).optional(),
    about: refList,
    mentions: refList,
    expresses: refList,
    /** Other renderings of the same utterance. */
    renders: refList,
    citations,
  })
  .strict();

const negotiationProcess = z
  .object({
    type: z.literal('NegotiationProcess'),
    id: idOf('process'),
    name: text(LIMITS.nameLength),
    start: optionalDate,
    end: optionalDate,
    concerns: refList,
    /** How many rounds the sources say were held, as they say it ("more than 20"), and as of when. */
    roundCount: z.number().int().min(0).max(100_000).optional(),
    roundCountQualifier: quantityQualifier.optional(),
    roundCountAsOf: optionalDate,
    names,
    citations,
  })
  .strict();

const negotiationRound = z
  .object({
    type: z.literal('NegotiationRound'),
    id: idOf('round'),
    process: ref,
    ordinal: z.number().int().min(1).max(10_000).optional(),
    label: text(LIMITS.nameLength).optional(),
    start: optionalDate,
    end: optionalDate,
    venue: ref.optional(),
    outcome: text(LIMITS.shortText).optional(),
    citations,
  })
  .strict();

const participation = z
  .object({
    type: z.literal('Participation'),
    id: idOf('participation'),
    role: z.enum(['HOST', 'FACILITATOR', 'MEDIATOR', 'GUARANTOR', 'OBSERVER', 'PARTY']),
    actor: ref,
    process: ref,
    round: ref.optional(),
    ledBy: ref.optional(),
    citations,
  })
  .strict();

const evacuationOperation = z
  .object({
    type: z.literal('EvacuationOperation'),
    id: idOf('evacuation'),
    name: text(LIMITS.nameLength),
    conductedBy: ref,
    conflict: ref.optional(),
    priorityGroups: z.array(text(LIMITS.nameLength)).max(LIMITS.listLength).default([]),
    citations,
  })
  .strict();

const leg = z
  .object({
    sequence: z.number().int().min(1).max(100),
    /** Omitted when the source does not say how people travelled. */
    mode: z.enum(['BUS', 'FLIGHT', 'LAND', 'RAIL', 'SEA']).optional(),
    from: ref.optional(),
    to: refList,
    via: refList,
    carrier: ref.optional(),
    note: text(LIMITS.shortText).optional(),
  })
  .strict();

const evacuationMovement = z
  .object({
    type: z.literal('EvacuationMovement'),
    id: idOf('movement'),
    operation: ref,
    description: text(LIMITS.shortText),
    count: z.number().int().min(0).max(100_000_000).optional(),
    countUnit: z.enum(['CITIZENS', 'PASSENGERS', 'PEOPLE']),
    date: optionalDate,
    status: z.enum(['PLANNED', 'UNDERWAY', 'COMPLETED']),
    reportedOn: optionalDate,
    legs: z.array(leg).max(50).default([]),
    citations,
  })
  .strict();

export const record = z.discriminatedUnion('type', [
  source,
  country,
  person,
  organization,
  place,
  dateline,
  membership,
  office,
  event,
  conflict,
  involvement,
  position,
  statement,
  negotiationProcess,
  negotiationRound,
  participation,
  evacuationOperation,
  evacuationMovement,
]);

export type ImportRecord = z.infer<typeof record>;
export type RecordType = ImportRecord['type'];
export type RecordOf<T extends RecordType> = Extract<ImportRecord, { type: T }>;
export type NameInput = z.infer<typeof name>;
