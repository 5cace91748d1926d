import { ACTORS, linksOf, RECORD_TYPES, type RecordTypeName } from '../../model/index.js';
import { ACTOR_LABELS } from '../labels.js';
import type { SortKey } from './keyset.js';
import { heldOn, sameUtterance } from './questions/fragments.js';

/**
 * Every relationship field of the API, both ways, as the Cypher that finds the related nodes `m` of a
 * node `n`. The links a record declares in the domain model are read forward from it (`Statement.speaker`);
 * the rows below are the other ways round and the derived ones. The API's field resolvers read this table.
 */
export interface Relation {
  match: string;
  /** Sort of the related nodes (nulls last); ties break on id, which is the whole order when there is no sort. */
  sort?: SortKey;
}

const ACTOR = `(${ACTOR_LABELS.map((l) => `m:${l}`).join(' OR ')})`;
const out = (rel: string, label: string, sort?: SortKey): Relation => ({ match: `MATCH (n)-[:${rel}]->(m:${label})`, sort });
const into = (rel: string, label: string, sort?: SortKey): Relation => ({ match: `MATCH (n)<-[:${rel}]-(m:${label})`, sort });
const asc = (expression: string): SortKey => ({ expression, direction: 'ASC' });
const outActor = (rel: string): Relation => ({ match: `MATCH (n)-[:${rel}]->(m) WHERE ${ACTOR}` });
/** Newest first; undated statements last. */
const BY_DATE_DESC: SortKey = { expression: 'm.date', direction: 'DESC' };
const BY_START = asc('m.start');

/** A stance is first held on the date of the earliest statement that expresses it. */
const POSITION_ORDER = asc('COLLECT { MATCH (m)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0]');

const sameAs = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The model's links, each followed from the record that declares it; a link answered under another name has its own row. */
const FORWARD = Object.fromEntries(
  RECORD_TYPES.flatMap((t) =>
    linksOf(t.fields)
      .filter((l) => !l.answeredAs)
      .map((l) => [`${t.label}.${l.field}`, sameAs(l.targets, ACTORS) ? outActor(l.rel) : out(l.rel, l.targets.join('|'))]),
  ),
) as Record<ModelLinkKey, Relation>;

type LinkKeys<F> = { [K in keyof F]: F[K] extends { kind: 'link' } ? K & string : never }[keyof F];
type ModelLinkKey = { [T in (typeof RECORD_TYPES)[number] as T['label']]: `${T['label']}.${LinkKeys<T['fields']>}` }[RecordTypeName];

const DECLARED_HERE = {
  'Actor.positions': { ...into('HELD_BY', 'Position'), sort: POSITION_ORDER },
  'Actor.participations': { match: 'MATCH (n)<-[:OF_ACTOR]-(m:Participation)', sort: asc('m.role') },
  'Actor.statementsOnBehalf': into('ON_BEHALF_OF', 'Statement', BY_DATE_DESC),
  'Actor.mentionedIn': into('MENTIONS', 'Statement', BY_DATE_DESC),
  'Actor.involvements': into('OF_ACTOR', 'Involvement'),
  'Actor.memberOf': into('OF_MEMBER', 'Membership'),
  'Actor.evacuations': into('CONDUCTED_BY', 'EvacuationOperation'),
  'Country.organizations': into('OF_COUNTRY', 'Organization', asc('m.name')),
  'Country.officials': {
    match: 'MATCH (n)<-[:OF_COUNTRY]-(:Organization)<-[:IN_ORGANIZATION]-(m:Office)',
    sort: BY_START,
  },
  'Person.offices': { ...into('HELD_BY', 'Office'), sort: BY_START },
  'Person.statements': into('SPOKEN_BY', 'Statement', BY_DATE_DESC),
  'Person.ledParticipations': into('LED_BY', 'Participation'),
  'Organization.children': into('PART_OF', 'Organization', asc('m.name')),
  'Organization.members': into('IN_GROUP', 'Membership'),
  'Organization.offices': into('IN_ORGANIZATION', 'Office', BY_START),
  'Place.rounds': into('HELD_IN', 'NegotiationRound', BY_START),
  'Source.dateline': into('OF_SOURCE', 'Dateline'),
  'Source.relayedBy': into('RELAYS', 'Source'),
  'Source.citedBy': { match: 'MATCH (n)<-[:CITES]-(m:Entity)', sort: { expression: 'm.updatedAt', direction: 'DESC', type: 'datetime' } },
  'Statement.speakerOffices': {
    match: `MATCH (n)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(m:Office) WHERE ${heldOn('m', 'n')}`,
    sort: BY_START,
  },
  // Every other rendering of the utterance, however far along the chain of renderings it was linked.
  // One actor for the field that answered before joint statements; the whole list in the record's order.
  'Statement.onBehalfOf': { match: `MATCH (n)-[r:ON_BEHALF_OF]->(m) WHERE r.seq = 0 AND ${ACTOR}` },
  'Statement.onBehalfOfAll': {
    match: `MATCH (n)-[:ON_BEHALF_OF]->(m) WHERE ${ACTOR}`,
    sort: { expression: 'COLLECT { MATCH (n)-[r:ON_BEHALF_OF]->(m) RETURN r.seq AS seq }[0]', direction: 'ASC', type: 'integer' },
  },
  'Statement.renderings': { match: `MATCH ${sameUtterance('n', 'm')}`, sort: asc('m.language') },
  'Event.statements': into('AT_EVENT', 'Statement'),
  'Event.participants': into('OF_EVENT', 'Attendance', asc('m.role')),
  'Position.expressedBy': into('EXPRESSES', 'Statement', asc('m.date')),
  'Position.reaffirmedBy': into('REAFFIRMS', 'Position'),
  'Position.supersededBy': into('SUPERSEDES', 'Position'),
  'StanceDefinition.narrower': into('BROADER', 'StanceDefinition', asc('m.code')),
  'Conflict.involvements': into('IN_CONFLICT', 'Involvement', asc('m.role')),
  'Conflict.positions': { ...into('TOWARD', 'Position'), sort: POSITION_ORDER },
  'Conflict.statements': into('ABOUT', 'Statement', BY_DATE_DESC),
  'Conflict.processes': into('CONCERNS', 'NegotiationProcess', BY_START),
  'Conflict.evacuations': into('PROMPTED_BY', 'EvacuationOperation'),
  'NegotiationProcess.rounds': into('OF_PROCESS', 'NegotiationRound', BY_START),
  'NegotiationProcess.participations': {
    match: 'MATCH (n)<-[:IN_PROCESS]-(m:Participation) WHERE NOT (m)-[:IN_ROUND]->()',
    sort: asc('m.role'),
  },
  'NegotiationRound.participations': into('IN_ROUND', 'Participation', asc('m.role')),
  'NegotiationRound.statements': into('AT_ROUND', 'Statement', BY_DATE_DESC),
  'NegotiationProcess.statements': into('ABOUT_PROCESS', 'Statement', BY_DATE_DESC),
  'EvacuationOperation.movements': into('OF_OPERATION', 'EvacuationMovement', asc('m.date')),
  'EvacuationMovement.alternatives': { match: 'MATCH (n)-[:ALTERNATIVE_TO]-(m:EvacuationMovement)', sort: asc('m.date') },
  'EvacuationMovement.transitCountries': {
    // Countries passed through: named as transit, or holding a stop that a later leg leaves from.
    match: `CALL (n) {
        MATCH (n)-[:HAS_LEG]->(:EvacuationLeg)-[:VIA]->(m:Country) RETURN m
        UNION
        MATCH (n)-[:HAS_LEG]->(l:EvacuationLeg)-[:TO]->(stop)
        WHERE EXISTS { (n)-[:HAS_LEG]->(later:EvacuationLeg) WHERE later.sequence > l.sequence }
        MATCH (m:Country) WHERE m = stop OR (stop)-[:IN_COUNTRY]->(m)
        RETURN m
      }`,
    sort: asc('m.name'),
  },
} satisfies Record<string, Relation>;

export const RELATIONS: Record<ModelLinkKey | keyof typeof DECLARED_HERE, Relation> = { ...FORWARD, ...DECLARED_HERE };

export type RelationKey = keyof typeof RELATIONS;
