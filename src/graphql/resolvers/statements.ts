import type { Resolvers } from '../../generated/graphql.js';
import type { Row } from '../../data/database.js';
import { STANCES, STANCE_BY_CODE } from '../../records/stances.js';
import type { RequestContext } from '../context.js';
import { byId, listOf, many, modelFields, one, partialDate } from './fields.js';

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
    ...modelFields('Statement'),
    onBehalfOf: one('Statement.onBehalfOf'),
    onBehalfOfAll: many('Statement.onBehalfOfAll'),
    speakerOffices: many('Statement.speakerOffices'),
    renderings: many('Statement.renderings'),
  },
  Event: {
    ...modelFields('Event'),
    statements: many('Event.statements'),
    participants: many('Event.participants'),
  },
  Attendance: modelFields('Attendance'),
  Position: {
    ...modelFields('Position'),
    stanceDefinition: (p: Row) => STANCE_BY_CODE.get(p.stance)!,
    presentedAsUnchanged: (p: Row) => Boolean(p.presentedAsUnchanged),
    since: async (p: Row, _args: unknown, ctx: RequestContext) => {
      const first = await one('Position.expressedBy')(p, null, ctx);
      return first ? partialDate(first.date, first.datePrecision) : null;
    },
    expressedBy: many('Position.expressedBy'),
    reaffirmedBy: many('Position.reaffirmedBy'),
    supersededBy: one('Position.supersededBy'),
  },
};
