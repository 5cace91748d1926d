import type { Resolvers } from '../../generated/graphql.js';
import type { Row } from '../../data/database.js';
import type { RequestContext } from '../context.js';
import { byId, listOf, many, modelFields, one, paged } from './fields.js';

export const provenanceResolvers: Resolvers = {
  Query: {
    source: byId('Source'),
    sources: listOf('Source'),
  },
  Source: {
    ...modelFields('Source'),
    textHeld: (s: Row) => Boolean(s.textHeld),
    text: (s: Row, _args: unknown, ctx: RequestContext) => (s.textHeld ? ctx.loaders.sourceText.load(s.id) : null),
    citedBy: paged('Source.citedBy'),
    inferredFromUrl: (s: Row) => s.inferredFromUrl ?? [],
    dateline: one('Source.dateline'),
    relayedBy: many('Source.relayedBy'),
  },
  Dateline: {
    ...modelFields('Dateline'),
  },
};
