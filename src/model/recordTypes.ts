import { z } from 'zod';
import { language, LIMITS, quantityQualifier, text } from '../records/fields.js';
import { partialDate } from '../records/partialDate.js';
import { fold } from '../search/fold.js';
import {
  answeredAs,
  date,
  importOnly,
  linkCitations,
  many,
  manyOnceOne,
  maybeOne,
  one,
  optionalDateField as optionalDate,
  otherNames,
  parts,
  recordType,
  requiredCitations,
  value,
} from './kinds.js';

/**
 * The domain model: every record type once, with its fields, enums and links. The import format, the
 * write path, the node labels and the export derive from it; test/domain-model.test.ts holds it against
 * the SDL. See src/model/README.md for how to add a field or a link.
 */

/** Who can speak, hold a stance, take part or be a member. */
export const ACTORS = ['Country', 'Person', 'Organization'] as const;

export const SOURCE_KINDS = ['NEWS_ARTICLE', 'OFFICIAL_DOCUMENT', 'WEB_PAGE', 'RESEARCH_NOTES', 'DATASET'] as const;
export const SOURCE_METADATA_FIELDS = ['TITLE', 'PUBLISHER', 'PUBLISHED', 'LANGUAGE'] as const;
export const ORGANIZATION_KINDS = [
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
] as const;
export const PLACE_KINDS = ['CITY', 'REGION', 'COUNTRY_AREA', 'OTHER'] as const;
/** ACT: something done rather than said (strikes, a seizure, a test), which a stance can be toward. */
export const EVENT_KINDS = ['BRIEFING', 'PRESS_CONFERENCE', 'INTERVIEW', 'MEETING', 'SPEECH', 'OTHER', 'ACT'] as const;
/** What an actor was at an event: the host, the other side of a bilateral meeting, a delegation member, ... */
export const EVENT_ROLES = ['HOST', 'COUNTERPART', 'DELEGATE', 'SPEAKER', 'OBSERVER'] as const;
export const CONFLICT_KINDS = ['ARMED_CONFLICT', 'DISPUTE', 'ISSUE'] as const;
export const INVOLVEMENT_ROLES = ['ATTACKER', 'TARGET', 'BELLIGERENT', 'PARTY'] as const;
/**
 * A stance code: open, defined in the graph by a StanceDefinition (the codebook), which an editor extends
 * through the same write path as any record. A Position's code must have a definition.
 */
export const stanceCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{1,63}$/, 'a stance code is 2 to 64 capital letters, digits and underscores, starting with a letter, e.g. CALL_FOR_RESTRAINT');
export type StanceCode = z.output<typeof stanceCode>;
/** How closely an event ontology's code (CAMEO, PLOVER) matches a stance: NONE when it has no equivalent. */
export const MAPPING_QUALITIES = ['EXACT', 'CLOSEST', 'NONE'] as const;
export const MODALITIES = ['ASSERTED', 'CONDITIONAL', 'NEGATED', 'FUTURE'] as const;
export const STATEMENT_KINDS = ['QUOTE', 'PARAPHRASE'] as const;
/** How someone other than the authors gave the words: read out at a podium, or relayed (a press service). */
export const DELIVERY_ROLES = ['READ_OUT', 'RELAYED'] as const;
/** A participation reported beforehand (a delegation "is expected to attend") or one reported as held. */
export const PARTICIPATION_STATUSES = ['ANNOUNCED', 'TOOK_PLACE'] as const;
export const PARTICIPATION_ROLES = ['HOST', 'FACILITATOR', 'MEDIATOR', 'GUARANTOR', 'OBSERVER', 'PARTY'] as const;
export const LEG_MODES = ['BUS', 'FLIGHT', 'LAND', 'RAIL', 'SEA'] as const;
export const COUNT_UNITS = ['CITIZENS', 'PASSENGERS', 'PEOPLE'] as const;
export const MOVEMENT_STATUSES = ['PLANNED', 'UNDERWAY', 'COMPLETED'] as const;
/** A reported total ("946 returned by 4 March") or one group's number ("314 flown that day"): never added across. */
export const COUNT_KINDS = ['INCREMENT', 'TOTAL_TO_DATE'] as const;

const name = value(text(LIMITS.nameLength));
const optionalName = value(text(LIMITS.nameLength).optional());
const shortText = value(text(LIMITS.shortText).optional());

/** One mapping of a stance definition to an event ontology, kept as four properties and answered as one field. */
const mapping = (apiField: string) => ({
  code: answeredAs(value(text(LIMITS.nameLength).optional()), apiField),
  label: answeredAs(optionalName, apiField),
  quality: answeredAs(value(z.enum(MAPPING_QUALITIES).default('NONE')), apiField),
  note: answeredAs(shortText, apiField),
});
const prefixed = <P extends string, F extends Record<string, unknown>>(prefix: P, fields: F) =>
  Object.fromEntries(Object.entries(fields).map(([k, f]) => [prefix + k[0].toUpperCase() + k.slice(1), f])) as {
    [K in keyof F & string as `${P}${Capitalize<K>}`]: F[K];
  };

/** One leg of an evacuation movement's route, stored as a node of the movement. */
export const LEG = {
  sequence: value(z.number().int().min(1).max(100)),
  /** Omitted when the source does not say how people travelled. */
  mode: value(z.enum(LEG_MODES).optional()),
  from: maybeOne('FROM', ['Place', 'Country']),
  to: many('TO', ['Place', 'Country']),
  via: many('VIA', ['Country']),
  carrier: maybeOne('CARRIED_BY', ['Organization']),
  note: shortText,
};

export const leg = z
  .object(Object.fromEntries(Object.entries(LEG).map(([k, f]) => [k, f.schema])) as { [K in keyof typeof LEG]: (typeof LEG)[K]['schema'] })
  .strict();

/** In the order a batch writes them: a record type may link to those before it and to itself. */
export const RECORD_TYPES = [
  recordType('Source', 'source', {
    title: value(text(LIMITS.shortText).optional()),
    publisher: optionalName,
    url: value(z.url({ message: 'must be an absolute http(s) URL', protocol: /^https?$/ }).optional()),
    published: optionalDate,
    language: value(language),
    kind: value(z.enum(SOURCE_KINDS)),
    text: value(z.string().max(LIMITS.sourceText, `is too long: at most ${LIMITS.sourceText} characters`).optional()),
    /** Import files only: a path, relative to the import file, whose content is the text. */
    textFile: importOnly(z.string().max(500).optional()),
    /** Which of the metadata above were read off the web address (a slug, a date path, a domain), not a text. */
    inferredFromUrl: value(z.array(z.enum(SOURCE_METADATA_FIELDS)).max(SOURCE_METADATA_FIELDS.length).default([])),
    /** Sources whose content this one passes on (an outlet reporting a ministry's press release). */
    relays: many('RELAYS', ['Source']),
    /** Made-up material (a scenario, an exercise, a synthetic example), not reporting of what happened. */
    hypothetical: value(z.boolean().default(false)),
  }),
  recordType('Country', 'country', {
    iso2: value(z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code is two capital letters, e.g. KZ')),
    iso3: value(z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code is three capital letters, e.g. KAZ')),
    name,
    names: otherNames,
  }),
  recordType('Person', 'person', { name, names: otherNames }),
  recordType('Organization', 'org', {
    name,
    kind: value(z.enum(ORGANIZATION_KINDS)),
    membersKnown: value(z.boolean().default(true)),
    country: maybeOne('OF_COUNTRY', ['Country']),
    parent: maybeOne('PART_OF', ['Organization']),
    names: otherNames,
    /** What backs the country and parent links. */
    citations: linkCitations,
  }),
  recordType('Place', 'place', {
    name,
    kind: value(z.enum(PLACE_KINDS)),
    country: maybeOne('IN_COUNTRY', ['Country']),
    names: otherNames,
    /** What backs the country link. */
    citations: linkCitations,
  }),
  /**
   * Where a piece is datelined ("ASTANA –"), cited to the dateline's span in the piece itself. A record of
   * its own rather than a field of the Source, so a place whose names cite the piece imports in any order.
   */
  recordType('Dateline', 'dateline', {
    source: one('OF_SOURCE', ['Source']),
    place: one('DATELINED_IN', ['Place']),
    citations: requiredCitations,
  }),
  recordType('Membership', 'membership', {
    member: one('OF_MEMBER', ACTORS),
    group: one('IN_GROUP', ['Organization']),
    citations: requiredCitations,
  }),
  recordType('Office', 'office', {
    title: name,
    holder: one('HELD_BY', ['Person']),
    organization: one('IN_ORGANIZATION', ['Organization']),
    start: optionalDate,
    end: optionalDate,
    citations: requiredCitations,
  }),
  recordType('Event', 'event', {
    name,
    kind: value(z.enum(EVENT_KINDS)),
    date: date(partialDate),
    place: maybeOne('HELD_IN', ['Place']),
    organizer: maybeOne('ORGANIZED_BY', ACTORS),
    /** An ACT's doers and those it was done to ("Iran's strikes on Arab states"). */
    actors: many('CARRIED_OUT_BY', ACTORS),
    targets: many('DIRECTED_AT', ACTORS),
    citations: requiredCitations,
  }),
  /** Who took part in an event and as what: the two officials of a bilateral meeting, a summit's host. */
  recordType('Attendance', 'attendance', {
    event: one('OF_EVENT', ['Event']),
    actor: one('OF_ACTOR', ACTORS),
    role: value(z.enum(EVENT_ROLES)),
    /** The state or body the actor took part for (a minister meeting a counterpart of another country). */
    representing: maybeOne('REPRESENTING', ACTORS),
    status: value(z.enum(PARTICIPATION_STATUSES).default('TOOK_PLACE')),
    citations: requiredCitations,
  }),
  recordType('Conflict', 'conflict', {
    name,
    kind: value(z.enum(CONFLICT_KINDS)),
    start: optionalDate,
    end: optionalDate,
    names: otherNames,
    citations: requiredCitations,
  }),
  recordType('Involvement', 'involvement', {
    actor: one('OF_ACTOR', ACTORS),
    conflict: one('IN_CONFLICT', ['Conflict']),
    role: value(z.enum(INVOLVEMENT_ROLES)),
    side: optionalName,
    citations: requiredCitations,
  }),
  recordType('NegotiationProcess', 'process', {
    name,
    start: optionalDate,
    end: optionalDate,
    concerns: many('CONCERNS', ['Conflict']),
    /** How many rounds the sources say were held, as they say it ("more than 20"), and as of when. */
    roundCount: value(z.number().int().min(0).max(100_000).optional()),
    roundCountQualifier: answeredAs(value(quantityQualifier.optional()), 'roundCount'),
    roundCountAsOf: answeredAs(optionalDate, 'roundCount'),
    names: otherNames,
    citations: requiredCitations,
  }),
  recordType('NegotiationRound', 'round', {
    process: one('OF_PROCESS', ['NegotiationProcess']),
    ordinal: value(z.number().int().min(1).max(10_000).optional()),
    label: optionalName,
    start: optionalDate,
    end: optionalDate,
    venue: maybeOne('HELD_IN', ['Place']),
    outcome: shortText,
    citations: requiredCitations,
  }),
  /**
   * A codebook entry: ours, not a claim about the world, so it cites nothing; who added it and when is
   * read from the audit trail. Its id is stance:<code in kebab case>, as position ids write the code.
   */
  recordType('StanceDefinition', 'stance', {
    code: value(stanceCode),
    label: name,
    definition: value(text(LIMITS.shortText)),
    broader: maybeOne('BROADER', ['StanceDefinition']),
    ...prefixed('cameo', mapping('cameo')),
    ...prefixed('plover', mapping('plover')),
  }),
  recordType('Position', 'position', {
    stance: value(stanceCode),
    modality: value(z.enum(MODALITIES)),
    condition: shortText,
    conditionMet: value(z.boolean().optional()),
    conditionStatusDate: optionalDate,
    holder: one('HELD_BY', ACTORS),
    /** A conflict or issue, an actor, or an act (an Event of kind ACT). */
    toward: maybeOne('TOWARD', ['Conflict', ...ACTORS, 'Event']),
    until: optionalDate,
    presentedAsUnchanged: value(z.boolean().default(false)),
    reaffirms: many('REAFFIRMS', ['Position']),
    supersedes: maybeOne('SUPERSEDES', ['Position']),
    citations: requiredCitations,
  }),
  recordType('Statement', 'statement', {
    kind: value(z.enum(STATEMENT_KINDS)),
    // The folded text is the full-text index's search key.
    text: value(text(LIMITS.statementText), (t) => ({ text: t, folded: fold(t) })),
    language: value(language),
    /** Omitted when the source does not date the words: an undated statement never matches a date or a range. */
    date: optionalDate,
    speaker: maybeOne('SPOKEN_BY', ['Person']),
    /** The states or bodies the words speak for: several for a joint statement. */
    onBehalfOf: answeredAs(manyOnceOne('ON_BEHALF_OF', ACTORS), 'onBehalfOfAll'),
    occasion: maybeOne('AT_EVENT', ['Event']),
    context: shortText,
    about: many('ABOUT', ['Conflict']),
    mentions: many('MENTIONS', ACTORS),
    expresses: many('EXPRESSES', ['Position']),
    /** Other renderings of the same utterance. */
    renders: answeredAs(many('RENDERS', ['Statement']), 'renderings'),
    /** Who gave the words without being their author (a minister reading out a joint statement), and how. */
    deliveredBy: maybeOne('DELIVERED_BY', ACTORS),
    deliveryRole: value(z.enum(DELIVERY_ROLES).optional()),
    atRound: maybeOne('AT_ROUND', ['NegotiationRound']),
    aboutProcess: many('ABOUT_PROCESS', ['NegotiationProcess']),
    citations: requiredCitations,
  }),
  recordType('Participation', 'participation', {
    role: value(z.enum(PARTICIPATION_ROLES)),
    actor: one('OF_ACTOR', ACTORS),
    process: one('IN_PROCESS', ['NegotiationProcess']),
    round: maybeOne('IN_ROUND', ['NegotiationRound']),
    ledBy: maybeOne('LED_BY', ['Person']),
    /** Omitted is TOOK_PLACE, what a participation meant before announcements were recorded. */
    status: value(z.enum(PARTICIPATION_STATUSES).default('TOOK_PLACE')),
    citations: requiredCitations,
  }),
  recordType('EvacuationOperation', 'evacuation', {
    name,
    conductedBy: one('CONDUCTED_BY', ACTORS),
    conflict: maybeOne('PROMPTED_BY', ['Conflict']),
    priorityGroups: value(z.array(text(LIMITS.nameLength)).max(LIMITS.listLength).default([])),
    citations: requiredCitations,
  }),
  recordType('EvacuationMovement', 'movement', {
    operation: one('OF_OPERATION', ['EvacuationOperation']),
    description: value(text(LIMITS.shortText)),
    count: value(z.number().int().min(0).max(100_000_000).optional()),
    /** How the source gives the number ("more than 300" is 300 with MORE_THAN); omitted is EXACT. */
    countQualifier: value(quantityQualifier.optional()),
    /** INCREMENT (this group) unless the source gives a running total up to `date` (or `reportedOn`). */
    countKind: value(z.enum(COUNT_KINDS).default('INCREMENT')),
    countUnit: value(z.enum(COUNT_UNITS)),
    date: optionalDate,
    status: value(z.enum(MOVEMENT_STATUSES)),
    reportedOn: optionalDate,
    legs: parts(z.array(leg).max(50).default([])),
    /**
     * Records of the same people moving as other sources give them (467 via Oman in one report, 278 and 189
     * by land in another): alternative claims about one fact, shown side by side and never added together.
     */
    alternativeTo: answeredAs(many('ALTERNATIVE_TO', ['EvacuationMovement']), 'alternatives'),
    citations: requiredCitations,
  }),
] as const;

