import { ACTOR_LABELS } from '../labels.js';
import { heldOn } from './questions/fragments.js';

/**
 * Every relationship field of the API, both ways, as the Cypher that finds the related nodes `m` of a
 * node `n`. The API's field resolvers are built from this table, so adding a field is adding a row.
 */
export interface Relation {
  match: string;
  /** Sort of the related nodes; ties break on id. */
  order?: string;
}

const ACTOR = `(${ACTOR_LABELS.map((l) => `m:${l}`).join(' OR ')})`;
const out = (rel: string, label: string, order?: string): Relation => ({ match: `MATCH (n)-[:${rel}]->(m:${label})`, order });
const into = (rel: string, label: string, order?: string): Relation => ({ match: `MATCH (n)<-[:${rel}]-(m:${label})`, order });
const outActor = (rel: string): Relation => ({ match: `MATCH (n)-[:${rel}]->(m) WHERE ${ACTOR}` });
const BY_DATE_DESC = 'm.date DESC';
const BY_START = 'm.start ASC';

/** A stance is first held on the date of the earliest statement that expresses it. */
const POSITION_ORDER = `COLLECT { MATCH (m)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0] ASC`;

export const RELATIONS = {
  'Actor.positions': { ...into('HELD_BY', 'Position'), order: POSITION_ORDER },
  'Actor.participations': { match: 'MATCH (n)<-[:OF_ACTOR]-(m:Participation)', order: 'm.role ASC' },
  'Actor.statementsOnBehalf': into('ON_BEHALF_OF', 'Statement', BY_DATE_DESC),
  'Actor.mentionedIn': into('MENTIONS', 'Statement', BY_DATE_DESC),
  'Actor.involvements': into('OF_ACTOR', 'Involvement'),
  'Actor.memberOf': into('OF_MEMBER', 'Membership'),
  'Actor.evacuations': into('CONDUCTED_BY', 'EvacuationOperation'),
  'Country.organizations': into('OF_COUNTRY', 'Organization', 'm.name ASC'),
  'Country.officials': {
    match: 'MATCH (n)<-[:OF_COUNTRY]-(:Organization)<-[:IN_ORGANIZATION]-(m:Office)',
    order: BY_START,
  },
  'Person.offices': { ...into('HELD_BY', 'Office'), order: BY_START },
  'Person.statements': into('SPOKEN_BY', 'Statement', BY_DATE_DESC),
  'Person.ledParticipations': into('LED_BY', 'Participation'),
  'Organization.country': out('OF_COUNTRY', 'Country'),
  'Organization.parent': out('PART_OF', 'Organization'),
  'Organization.children': into('PART_OF', 'Organization', 'm.name ASC'),
  'Organization.members': into('IN_GROUP', 'Membership'),
  'Organization.offices': into('IN_ORGANIZATION', 'Office', BY_START),
  'Membership.member': outActor('OF_MEMBER'),
  'Membership.group': out('IN_GROUP', 'Organization'),
  'Office.holder': out('HELD_BY', 'Person'),
  'Office.organization': out('IN_ORGANIZATION', 'Organization'),
  'Place.country': out('IN_COUNTRY', 'Country'),
  'Place.rounds': into('HELD_IN', 'NegotiationRound', BY_START),
  'Source.dateline': into('OF_SOURCE', 'Dateline'),
  'Dateline.source': out('OF_SOURCE', 'Source'),
  'Dateline.place': out('DATELINED_IN', 'Place'),
  'Source.citedBy': { match: 'MATCH (n)<-[:CITES]-(m:Entity)', order: 'm.updatedAt DESC' },
  'Statement.speaker': out('SPOKEN_BY', 'Person'),
  'Statement.onBehalfOf': outActor('ON_BEHALF_OF'),
  'Statement.speakerOffices': {
    match: `MATCH (n)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(m:Office) WHERE ${heldOn('m', 'n')}`,
    order: BY_START,
  },
  'Statement.occasion': out('AT_EVENT', 'Event'),
  'Statement.renderings': { match: 'MATCH (n)-[:RENDERS]-(m:Statement)', order: 'm.language ASC' },
  'Statement.about': out('ABOUT', 'Conflict'),
  'Statement.mentions': outActor('MENTIONS'),
  'Statement.expresses': out('EXPRESSES', 'Position'),
  'Event.place': out('HELD_IN', 'Place'),
  'Event.organizer': outActor('ORGANIZED_BY'),
  'Event.statements': into('AT_EVENT', 'Statement', 'm.id ASC'),
  'Position.holder': outActor('HELD_BY'),
  'Position.toward': out('TOWARD', 'Conflict'),
  'Position.expressedBy': into('EXPRESSES', 'Statement', 'm.date ASC'),
  'Position.reaffirms': out('REAFFIRMS', 'Position'),
  'Position.reaffirmedBy': into('REAFFIRMS', 'Position'),
  'Position.supersedes': out('SUPERSEDES', 'Position'),
  'Position.supersededBy': into('SUPERSEDES', 'Position'),
  'Conflict.involvements': into('IN_CONFLICT', 'Involvement', 'm.role ASC'),
  'Conflict.positions': { ...into('TOWARD', 'Position'), order: POSITION_ORDER },
  'Conflict.statements': into('ABOUT', 'Statement', BY_DATE_DESC),
  'Conflict.processes': into('CONCERNS', 'NegotiationProcess', BY_START),
  'Conflict.evacuations': into('PROMPTED_BY', 'EvacuationOperation'),
  'Involvement.actor': outActor('OF_ACTOR'),
  'Involvement.conflict': out('IN_CONFLICT', 'Conflict'),
  'NegotiationProcess.concerns': out('CONCERNS', 'Conflict'),
  'NegotiationProcess.rounds': into('OF_PROCESS', 'NegotiationRound', BY_START),
  'NegotiationProcess.participations': {
    match: 'MATCH (n)<-[:IN_PROCESS]-(m:Participation) WHERE NOT (m)-[:IN_ROUND]->()',
    order: 'm.role ASC',
  },
  'NegotiationRound.process': out('OF_PROCESS', 'NegotiationProcess'),
  'NegotiationRound.venue': out('HELD_IN', 'Place'),
  'NegotiationRound.participations': into('IN_ROUND', 'Participation', 'm.role ASC'),
  'Participation.actor': outActor('OF_ACTOR'),
  'Participation.process': out('IN_PROCESS', 'NegotiationProcess'),
  'Participation.round': out('IN_ROUND', 'NegotiationRound'),
  'Participation.ledBy': out('LED_BY', 'Person'),
  'EvacuationOperation.conductedBy': outActor('CONDUCTED_BY'),
  'EvacuationOperation.conflict': out('PROMPTED_BY', 'Conflict'),
  'EvacuationOperation.movements': into('OF_OPERATION', 'EvacuationMovement', 'm.date ASC'),
  'EvacuationMovement.operation': out('OF_OPERATION', 'EvacuationOperation'),
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
    order: 'm.name ASC',
  },
} satisfies Record<string, Relation>;

export type RelationKey = keyof typeof RELATIONS;
