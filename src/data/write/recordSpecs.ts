import type { ImportRecord, RecordOf, RecordType } from '../../records/schemas.js';
import type { StoredDate } from '../../records/partialDate.js';
import { ACTOR_LABELS, type Label } from '../labels.js';
import { fold } from '../../search/fold.js';

/** An outgoing relationship a record owns: replaced whole on every write of the record. */
export interface LinkSpec {
  field: string;
  rel: string;
  targets: readonly Label[];
}

export interface RecordSpec<T extends RecordType = RecordType> {
  label: Label;
  props(record: RecordOf<T>): Record<string, unknown>;
  links: readonly LinkSpec[];
  hasNames: boolean;
}

/** `start: {date, precision}` becomes the stored pair `start`, `startPrecision`. */
export function dateProps(key: string, value: StoredDate | undefined): Record<string, unknown> {
  return { [key]: value?.date ?? null, [`${key}Precision`]: value?.precision ?? null };
}

const ACTORS = ACTOR_LABELS;
const link = (field: string, rel: string, targets: readonly Label[]): LinkSpec => ({ field, rel, targets });

function spec<T extends RecordType>(s: Omit<RecordSpec<T>, 'hasNames'> & Partial<RecordSpec<T>>) {
  return { hasNames: false, ...s } as RecordSpec<T>;
}

export const RECORD_SPECS: { [T in RecordType]: RecordSpec<T> } = {
  Source: spec<'Source'>({
    label: 'Source',
    props: (r) => ({
      title: r.title ?? null,
      publisher: r.publisher ?? null,
      url: r.url ?? null,
      ...dateProps('published', r.published),
      language: r.language,
      kind: r.kind,
      text: r.text ?? null,
      inferredFromUrl: r.inferredFromUrl,
    }),
    links: [],
  }),
  Country: spec<'Country'>({
    label: 'Country',
    hasNames: true,
    props: (r) => ({ iso2: r.iso2, iso3: r.iso3, name: r.name }),
    links: [],
  }),
  Person: spec<'Person'>({ label: 'Person', hasNames: true, props: (r) => ({ name: r.name }), links: [] }),
  Organization: spec<'Organization'>({
    label: 'Organization',
    hasNames: true,
    props: (r) => ({ name: r.name, kind: r.kind, membersKnown: r.membersKnown }),
    links: [link('country', 'OF_COUNTRY', ['Country']), link('parent', 'PART_OF', ['Organization'])],
  }),
  Place: spec<'Place'>({
    label: 'Place',
    hasNames: true,
    props: (r) => ({ name: r.name, kind: r.kind }),
    links: [link('country', 'IN_COUNTRY', ['Country'])],
  }),
  Dateline: spec<'Dateline'>({
    label: 'Dateline',
    props: () => ({}),
    links: [link('source', 'OF_SOURCE', ['Source']), link('place', 'DATELINED_IN', ['Place'])],
  }),
  Membership: spec<'Membership'>({
    label: 'Membership',
    props: () => ({}),
    links: [link('member', 'OF_MEMBER', ACTORS), link('group', 'IN_GROUP', ['Organization'])],
  }),
  Office: spec<'Office'>({
    label: 'Office',
    props: (r) => ({ title: r.title, ...dateProps('start', r.start), ...dateProps('end', r.end) }),
    links: [link('holder', 'HELD_BY', ['Person']), link('organization', 'IN_ORGANIZATION', ['Organization'])],
  }),
  Event: spec<'Event'>({
    label: 'Event',
    props: (r) => ({ name: r.name, kind: r.kind, ...dateProps('date', r.date) }),
    links: [link('place', 'HELD_IN', ['Place']), link('organizer', 'ORGANIZED_BY', ACTORS)],
  }),
  Conflict: spec<'Conflict'>({
    label: 'Conflict',
    hasNames: true,
    props: (r) => ({ name: r.name, kind: r.kind, ...dateProps('start', r.start), ...dateProps('end', r.end) }),
    links: [],
  }),
  Involvement: spec<'Involvement'>({
    label: 'Involvement',
    props: (r) => ({ role: r.role, side: r.side ?? null }),
    links: [link('actor', 'OF_ACTOR', ACTORS), link('conflict', 'IN_CONFLICT', ['Conflict'])],
  }),
  Position: spec<'Position'>({
    label: 'Position',
    props: (r) => ({
      stance: r.stance,
      modality: r.modality,
      condition: r.condition ?? null,
      conditionMet: r.conditionMet ?? null,
      ...dateProps('conditionStatusDate', r.conditionStatusDate),
      ...dateProps('until', r.until),
      presentedAsUnchanged: r.presentedAsUnchanged,
    }),
    links: [
      link('holder', 'HELD_BY', ACTORS),
      link('toward', 'TOWARD', ['Conflict']),
      link('reaffirms', 'REAFFIRMS', ['Position']),
      link('supersedes', 'SUPERSEDES', ['Position']),
    ],
  }),
  Statement: spec<'Statement'>({
    label: 'Statement',
    props: (r) => ({
      kind: r.kind,
      text: r.text,
      folded: fold(r.text),
      language: r.language,
      ...dateProps('date', r.date),
      context: r.context ?? null,
    }),
    links: [
      link('speaker', 'SPOKEN_BY', ['Person']),
      link('onBehalfOf', 'ON_BEHALF_OF', ACTORS),
      link('occasion', 'AT_EVENT', ['Event']),
      link('about', 'ABOUT', ['Conflict']),
      link('mentions', 'MENTIONS', ACTORS),
      link('expresses', 'EXPRESSES', ['Position']),
      link('renders', 'RENDERS', ['Statement']),
    ],
  }),
  NegotiationProcess: spec<'NegotiationProcess'>({
    label: 'NegotiationProcess',
    hasNames: true,
    props: (r) => ({
      name: r.name,
      ...dateProps('start', r.start),
      ...dateProps('end', r.end),
      roundCount: r.roundCount ?? null,
      roundCountQualifier: r.roundCountQualifier ?? null,
      ...dateProps('roundCountAsOf', r.roundCountAsOf),
    }),
    links: [link('concerns', 'CONCERNS', ['Conflict'])],
  }),
  NegotiationRound: spec<'NegotiationRound'>({
    label: 'NegotiationRound',
    props: (r) => ({
      ordinal: r.ordinal ?? null,
      label: r.label ?? null,
      ...dateProps('start', r.start),
      ...dateProps('end', r.end),
      outcome: r.outcome ?? null,
    }),
    links: [link('process', 'OF_PROCESS', ['NegotiationProcess']), link('venue', 'HELD_IN', ['Place'])],
  }),
  Participation: spec<'Participation'>({
    label: 'Participation',
    props: (r) => ({ role: r.role }),
    links: [
      link('actor', 'OF_ACTOR', ACTORS),
      link('process', 'IN_PROCESS', ['NegotiationProcess']),
      link('round', 'IN_ROUND', ['NegotiationRound']),
      link('ledBy', 'LED_BY', ['Person']),
    ],
  }),
  EvacuationOperation: spec<'EvacuationOperation'>({
    label: 'EvacuationOperation',
    props: (r) => ({ name: r.name, priorityGroups: r.priorityGroups }),
    links: [link('conductedBy', 'CONDUCTED_BY', ACTORS), link('conflict', 'PROMPTED_BY', ['Conflict'])],
  }),
  EvacuationMovement: spec<'EvacuationMovement'>({
    label: 'EvacuationMovement',
    props: (r) => ({
      description: r.description,
      count: r.count ?? null,
      countUnit: r.countUnit,
      ...dateProps('date', r.date),
      status: r.status,
      ...dateProps('reportedOn', r.reportedOn),
    }),
    links: [link('operation', 'OF_OPERATION', ['EvacuationOperation'])],
  }),
};

/** Where an evacuation leg may start, end, pass and who carries it. */
export const LEG_LINKS: readonly LinkSpec[] = [
  link('from', 'FROM', ['Place', 'Country']),
  link('to', 'TO', ['Place', 'Country']),
  link('via', 'VIA', ['Country']),
  link('carrier', 'CARRIED_BY', ['Organization']),
];

export function specOf(record: ImportRecord): RecordSpec {
  return RECORD_SPECS[record.type] as RecordSpec;
}
