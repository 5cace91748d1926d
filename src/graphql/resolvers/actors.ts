import type { Resolvers } from '../../generated/graphql.js';
import type { Row } from '../../data/database.js';
import { refusal } from '../../errors.js';
import { dateArgument, dateMatchArgument, heldOn } from '../../records/partialDate.js';
import type { RequestContext } from '../context.js';
import { actorFields, byId, listOf, many, modelFields, paged, storedDate } from './fields.js';

/** Whether a name is in use on a day: validFrom inclusive, validTo exclusive (the day of a renaming has the new name). */
function inUseOn(from: unknown, to: unknown, day: string): boolean {
  if (typeof from === 'string' && from > day) return false;
  if (typeof to === 'string' && to <= day) return false;
  return true;
}

export const actorResolvers: Resolvers = {
  Query: {
    country: async (_root: unknown, args: { id?: string | null; iso2?: string | null; iso3?: string | null }, ctx: RequestContext) => {
      const given = [args.id, args.iso2, args.iso3].filter(Boolean);
      if (given.length !== 1) throw refusal('BAD_USER_INPUT', 'Give exactly one of id, iso2 or iso3.', 'country');
      if (args.id) return byId('Country')(null, { id: args.id }, ctx);
      const code = (args.iso2 ?? args.iso3)!.toUpperCase();
      const iso = args.iso2 ? `country:${code}` : null;
      if (iso) return byId('Country')(null, { id: iso }, ctx);
      const page = await listOf('Country')(null, { filter: { iso3: code }, first: 1 }, ctx);
      return page.edges[0]?.node ?? null;
    },
    countries: listOf('Country'),
    person: byId('Person'),
    persons: listOf('Person'),
    organization: byId('Organization'),
    organizations: listOf('Organization'),
    office: byId('Office'),
    offices: listOf('Office'),
    place: byId('Place'),
    places: listOf('Place'),
  },
  Country: {
    ...modelFields('Country'),
    ...actorFields,
    organizations: many('Country.organizations'),
    memberOf: many('Actor.memberOf'),
    officials: paged('Country.officials'),
    statements: paged('Actor.statementsOnBehalf'),
    involvements: many('Actor.involvements'),
    evacuations: many('Actor.evacuations'),
    mentionedIn: paged('Actor.mentionedIn'),
  },
  Person: {
    ...modelFields('Person'),
    ...actorFields,
    offices: many('Person.offices'),
    officesAt: async (person: Row, args: { date: string; dateMatch?: string | null }, ctx: RequestContext) => {
      const day = dateArgument(args.date, 'date');
      const match = dateMatchArgument(args.dateMatch);
      const offices = await many('Person.offices')(person, null, ctx);
      return offices.filter((o) => heldOn({ start: storedDate(o, 'start'), end: storedDate(o, 'end') }, day, match));
    },
    statements: paged('Person.statements'),
    ledParticipations: many('Person.ledParticipations'),
  },
  Organization: {
    ...modelFields('Organization'),
    ...actorFields,
    membersKnown: (o: Row) => o.membersKnown !== false,
    children: many('Organization.children'),
    members: many('Organization.members'),
    memberOf: many('Actor.memberOf'),
    offices: many('Organization.offices'),
    statements: paged('Actor.statementsOnBehalf'),
    involvements: many('Actor.involvements'),
    mentionedIn: paged('Actor.mentionedIn'),
  },
  Membership: {
    ...modelFields('Membership'),
  },
  Office: {
    ...modelFields('Office'),
  },
  Place: {
    ...modelFields('Place'),
    rounds: many('Place.rounds'),
    nameAt: async (place: Row, args: { date: string; language?: string | null }, ctx: RequestContext) => {
      const day = dateArgument(args.date, 'date').date;
      const names = await ctx.loaders.names.load(place.id);
      return nameOn(names, day, args.language ?? 'en') ?? place.name;
    },
  },
};

/** The name in use on a day: validFrom inclusive, validTo exclusive; an official name wins a tie. */
export function nameOn(names: Row[], day: string, language: string): string | null {
  const inUse = names.filter((n) => n.language === language && inUseOn(n.validFrom, n.validTo, day));
  inUse.sort((a, b) => Number(b.kind === 'OFFICIAL') - Number(a.kind === 'OFFICIAL'));
  return inUse[0]?.value ?? null;
}
