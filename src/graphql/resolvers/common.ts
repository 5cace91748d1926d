import type { Resolvers } from '../../generated/graphql.js';
import type { Row } from '../../data/database.js';
import { partialDate } from './fields.js';
import type { RequestContext } from '../context.js';

const byLabel = (parent: Row) => parent.__label;

export const commonResolvers: Resolvers = {
  Query: {
    node: (_root: unknown, args: { id: string }, ctx: RequestContext) => ctx.loaders.node.load(args.id),
  },
  Node: { __resolveType: byLabel },
  Actor: { __resolveType: byLabel },
  Fact: { __resolveType: byLabel },
  LocalizedName: {
    validFrom: (n: Row) => partialDate(n, 'validFrom'),
    validTo: (n: Row) => partialDate(n, 'validTo'),
  },
  Citation: {
    span: (c: Row) => (c.start === null || c.start === undefined ? null : { start: c.start, end: c.end, match: c.match }),
  },
};
