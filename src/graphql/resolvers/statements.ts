import type { Resolvers } from '../../generated/graphql.js';
import type { Row } from '../../data/database.js';
import { STANCES, STANCE_BY_CODE } from '../../records/stances.js';
import type { RequestContext } from '../context.js';
import { byId, citationsOf, date, listOf, many, one, partialDate, requiredDate } from './fields.js';

export const statementResolvers: Resolvers = {
  Query: {
    statement: byId('Statement'),
    statements: listOf('Statement'),
    position: byId('Position'),
    positions: listOf('Position'),
    event: byId('Event'),
    events: listOf('Event'),
    stanceCodes: () => STANCES,
  },
  Statement: {
    date: requiredDate('date'),
    speaker: one('Statement.speaker'),
    onBehalfOf: one('Statement.onBehalfOf'),
    speakerOffices: many('Statement.speakerOffices'),
    occasion: one('Statement.occasion'),
    citations: citationsOf,
    renderings: many('Statement.renderings'),
    about: many('Statement.about'),
    mentions: many('Statement.mentions'),
    expresses: many('Statement.expresses'),
  },
  Event: {
    date: requiredDate('date'),
    place: one('Event.place'),
    organizer: one('Event.organizer'),
    statements: many('Event.statements'),
    citations: citationsOf,
  },
  Position: {
    stanceDefinition: (p: Row) => STANCE_BY_CODE.get(p.stance)!,
    presentedAsUnchanged: (p: Row) => Boolean(p.presentedAsUnchanged),
    conditionStatusDate: date('conditionStatusDate'),
    holder: one('Position.holder'),
    toward: one('Position.toward'),
    since: async (p: Row, _args: unknown, ctx: RequestContext) => {
      const first = await one('Position.expressedBy')(p, null, ctx);
      return first ? partialDate(first.date, first.datePrecision) : null;
    },
    until: date('until'),
    expressedBy: many('Position.expressedBy'),
    reaffirms: many('Position.reaffirms'),
    reaffirmedBy: many('Position.reaffirmedBy'),
    supersedes: one('Position.supersedes'),
    supersededBy: one('Position.supersededBy'),
    citations: citationsOf,
  },
};
