import type { Resolvers } from '../../generated/graphql.js';
import type { Row } from '../../data/database.js';
import type { RequestContext } from '../context.js';
import { byId, citationsOf, date, listOf, many, one } from './fields.js';

export const evacuationResolvers: Resolvers = {
  Query: {
    evacuationOperation: byId('EvacuationOperation'),
    evacuationOperations: listOf('EvacuationOperation'),
  },
  EvacuationOperation: {
    conductedBy: one('EvacuationOperation.conductedBy'),
    conflict: one('EvacuationOperation.conflict'),
    priorityGroups: (op: Row) => op.priorityGroups ?? [],
    movements: many('EvacuationOperation.movements'),
    citations: citationsOf,
  },
  EvacuationMovement: {
    operation: one('EvacuationMovement.operation'),
    date: date('date'),
    reportedOn: date('reportedOn'),
    legs: (m: Row, _args: unknown, ctx: RequestContext) => ctx.loaders.legs.load(m.id),
    transitCountries: many('EvacuationMovement.transitCountries'),
    citations: citationsOf,
  },
};
