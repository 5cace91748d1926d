import type { Resolvers } from '../../generated/graphql.js';
import { byId, citationsOf, date, listOf, many, namesOf, one, paged } from './fields.js';

export const conflictResolvers: Resolvers = {
  Query: {
    conflict: byId('Conflict'),
    conflicts: listOf('Conflict'),
  },
  Conflict: {
    names: namesOf,
    start: date('start'),
    end: date('end'),
    involvements: many('Conflict.involvements'),
    positions: paged('Conflict.positions'),
    statements: paged('Conflict.statements'),
    processes: many('Conflict.processes'),
    evacuations: many('Conflict.evacuations'),
    citations: citationsOf,
  },
  Involvement: {
    actor: one('Involvement.actor'),
    conflict: one('Involvement.conflict'),
    citations: citationsOf,
  },
};
