import type { Resolvers } from '../../generated/graphql.js';
import type { Row } from '../../data/database.js';
import type { RequestContext } from '../context.js';
import { byId, listOf, many, modelFields } from './fields.js';

export const evacuationResolvers: Resolvers = {
  Query: {
    evacuationOperation: byId('EvacuationOperation'),
    evacuationOperations: listOf('EvacuationOperation'),
  },
  EvacuationOperation: {
    ...modelFields('EvacuationOperation'),
    priorityGroups: (op: Row) => op.priorityGroups ?? [],
    movements: many('EvacuationOperation.movements'),
  },
  EvacuationMovement: {
    ...modelFields('EvacuationMovement'),
    countQualifier: (m: Row) => (m.count === null || m.count === undefined ? null : (m.countQualifier ?? 'EXACT')),
    countKind: (m: Row) => m.countKind ?? 'INCREMENT',
    legs: (m: Row, _args: unknown, ctx: RequestContext) => ctx.loaders.legs.load(m.id),
    transitCountries: many('EvacuationMovement.transitCountries'),
    alternatives: many('EvacuationMovement.alternatives'),
  },
};
