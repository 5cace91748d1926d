import type { Resolvers } from '../../generated/graphql.js';
import type { Row } from '../../data/database.js';
import type { RequestContext } from '../context.js';
import { nameOn } from './actors.js';
import { byId, listOf, many, modelFields, one, paged, partialDate } from './fields.js';

export const negotiationResolvers: Resolvers = {
  Query: {
    negotiationProcess: byId('NegotiationProcess'),
    negotiationProcesses: listOf('NegotiationProcess'),
    negotiationRound: byId('NegotiationRound'),
    negotiationRounds: listOf('NegotiationRound'),
    participation: byId('Participation'),
    participations: listOf('Participation'),
  },
  NegotiationProcess: {
    ...modelFields('NegotiationProcess'),
    roundCount: (p: Row) =>
      typeof p.roundCount === 'number'
        ? { value: p.roundCount, qualifier: p.roundCountQualifier ?? 'EXACT', asOf: partialDate(p, 'roundCountAsOf') }
        : null,
    rounds: paged('NegotiationProcess.rounds'),
    participations: many('NegotiationProcess.participations'),
    statements: many('NegotiationProcess.statements'),
  },
  NegotiationRound: {
    ...modelFields('NegotiationRound'),
    venueName: async (round: Row, _args: unknown, ctx: RequestContext) => {
      const venue = await one('NegotiationRound.venue')(round, null, ctx);
      if (!venue) return null;
      if (typeof round.start !== 'string') return venue.name;
      return nameOn(await ctx.loaders.names.load(venue.id), round.start, 'en') ?? venue.name;
    },
    participations: many('NegotiationRound.participations'),
    statements: many('NegotiationRound.statements'),
  },
  Participation: {
    ...modelFields('Participation'),
  },
};
