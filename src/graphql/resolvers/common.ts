import type { Resolvers } from '../../generated/graphql.js';
import type { Row } from '../../data/database.js';
import { singlePartialDate } from './fields.js';
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
    validFrom: (n: Row) => singlePartialDate(n.validFrom, n.validFromPrecision),
    validTo: (n: Row) => singlePartialDate(n.validTo, n.validToPrecision),
  },
  Citation: {
    span: (c: Row) => (c.start === null || c.start === undefined ? null : { start: c.start, end: c.end, match: c.match }),
  },
};
