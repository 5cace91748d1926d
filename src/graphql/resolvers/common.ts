import type { Resolvers } from '../../generated/graphql.js';
import type { Row } from '../../data/database.js';
import { partialDate } from './fields.js';
import { answered, type DateText } from '../../records/partialDate.js';
import type { RequestContext } from '../context.js';

const byLabel = (parent: Row) => parent.__label;

/** Each date is read once per answer, however many of its parts are asked for. */
const readDates = new WeakMap<DateText, ReturnType<typeof answered>>();
function dateParts(date: DateText) {
  let parts = readDates.get(date);
  if (!parts) readDates.set(date, (parts = answered(date)));
  return parts;
}

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
  PartialDate: {
    precision: (d) => dateParts(d).precision,
    first: (d) => dateParts(d).first,
    last: (d) => dateParts(d).last,
  },
  SourceRef: {
    // Sources written before the flag existed have none: they are reporting.
    hypothetical: (s) => s.hypothetical ?? false,
  },
  Citation: {
    span: (c: Row) => (c.start === null || c.start === undefined ? null : { start: c.start, end: c.end, match: c.match }),
  },
};
