import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import type { Resolvers } from '../../generated/graphql.js';
import type { Row } from '../../data/database.js';
import { stanceDefinitions } from '../../data/read/queries.js';
import { stanceCode } from '../../model/index.js';
import { stanceDefinitionId } from '../../records/stanceIds.js';
import type { RequestContext } from '../context.js';
import { byId, listOf, many, modelFields, one, partialDate } from './fields.js';

function checkedCode(value: unknown): string {
  const parsed = stanceCode.safeParse(value);
  if (!parsed.success) throw new GraphQLError(`${JSON.stringify(value)} is not a stance code: ${parsed.error.issues[0].message}.`);
  return parsed.data;
}

/**
 * Open codes, defined in the graph. Documents written when StanceCode was an enum send bare values
 * (`stance: NOT_TAKING_SIDES`), which graphql-js hands to parseLiteral as EnumValue nodes: both forms are
 * accepted. Whether the codebook defines the code is the write path's question, not the scalar's.
 */
const StanceCode = new GraphQLScalarType({
  name: 'StanceCode',
  serialize: (value) => value,
  parseValue: checkedCode,
  parseLiteral: (node: ValueNode) => {
    if (node.kind !== Kind.ENUM && node.kind !== Kind.STRING) throw new GraphQLError('A stance code is written bare (CONDEMNATION) or as a string ("CONDEMNATION").');
    return checkedCode(node.value);
  },
});

const mapping = (d: Row, ontology: 'cameo' | 'plover') => ({
  code: d[`${ontology}Code`],
  label: d[`${ontology}Label`],
  quality: d[`${ontology}Quality`],
  note: d[`${ontology}Note`],
});

const origin = (field: 'by' | 'at') => async (d: Row, _args: unknown, ctx: RequestContext) => (await ctx.loaders.origin.load(d.id))![field];

export const statementResolvers: Resolvers = {
  StanceCode,
  Query: {
    statement: byId('Statement'),
    statements: listOf('Statement'),
    position: byId('Position'),
    positions: listOf('Position'),
    event: byId('Event'),
    events: listOf('Event'),
    stanceCodes: (_root, _args, ctx) => ctx.db.read(stanceDefinitions),
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
  StanceTarget: { __resolveType: (parent: Row) => parent.__label },
  StanceDefinition: {
    ...modelFields('StanceDefinition'),
    narrower: many('StanceDefinition.narrower'),
    cameo: (d: Row) => mapping(d, 'cameo'),
    plover: (d: Row) => mapping(d, 'plover'),
    addedBy: origin('by'),
    addedAt: origin('at'),
  },
  Attendance: modelFields('Attendance'),
  Position: {
    ...modelFields('Position'),
    // The write path refuses a position whose code has no definition, so there is always one to load.
    stanceDefinition: async (p: Row, _args: unknown, ctx: RequestContext) => (await ctx.loaders.node.load(stanceDefinitionId(p.stance)))!,
    presentedAsUnchanged: (p: Row) => Boolean(p.presentedAsUnchanged),
    since: async (p: Row, _args: unknown, ctx: RequestContext) => {
      const first = await one('Position.expressedBy')(p, null, ctx);
      return first ? partialDate(first, 'date') : null;
    },
    expressedBy: many('Position.expressedBy'),
    reaffirmedBy: many('Position.reaffirmedBy'),
    supersededBy: one('Position.supersededBy'),
  },
};
