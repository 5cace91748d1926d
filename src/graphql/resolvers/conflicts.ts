import type { Resolvers } from '../../generated/graphql.js';
import { byId, listOf, many, modelFields, paged } from './fields.js';

export const conflictResolvers: Resolvers = {
  Query: {
    conflict: byId('Conflict'),
    conflicts: listOf('Conflict'),
  },
  Conflict: {
    ...modelFields('Conflict'),
    involvements: many('Conflict.involvements'),
    positions: paged('Conflict.positions'),
    statements: paged('Conflict.statements'),
    processes: many('Conflict.processes'),
    evacuations: many('Conflict.evacuations'),
  },
  Involvement: {
    ...modelFields('Involvement'),
  },
};
