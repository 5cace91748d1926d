import type { Row } from '../../data/database.js';
import { LISTS, list, sortOf, type ListRequest } from '../../data/read/lists.js';
import { RELATIONS, type RelationKey } from '../../data/read/relations.js';
import { MODEL, type FieldModel, type RecordTypeName } from '../../model/index.js';
import { fromStored, partialDate as partialDateSchema, type DateText, type StoredDate } from '../../records/partialDate.js';
import type { RequestContext } from '../context.js';
import { keysetConnection, keysetWindow, type PageArgs } from '../pagination.js';

/** Plain list fields return at most this many entries; anything that can grow larger is a connection. */
export const LIST_CAP = 500;

type Parent = Row;

export const one = (key: RelationKey) => async (parent: Parent, _args: unknown, ctx: RequestContext) =>
  (await ctx.loaders.related(key, null, 1).load(parent.id)).nodes[0] ?? null;

export const many = (key: RelationKey) => async (parent: Parent, _args: unknown, ctx: RequestContext) =>
  (await ctx.loaders.related(key, null, LIST_CAP).load(parent.id)).nodes;

export const paged = (key: RelationKey) => async (parent: Parent, args: PageArgs, ctx: RequestContext) => {
  const { after, limit } = keysetWindow(args, ctx.config.maxPageSize, key, RELATIONS[key].sort?.type);
  return keysetConnection(await ctx.loaders.related(key, after, limit).load(parent.id), key, after);
};

/** A date field `key` of a row as the `PartialDate` resolvers read it (its text), or null when the row has none. */
export function partialDate(row: Row, key: string): DateText | null {
  const text = row[`${key}Text`];
  return typeof text === 'string' ? { value: text } : null;
}

/** A stored partial date of a row (`start` from `startText`), or null when the row has none. */
export function storedDate(row: Row, key: string): StoredDate | null {
  return fromStored(row, key);
}

export const date = (key: string) => (parent: Row) => partialDate(parent, key);

/** For dates the record format requires (a statement's, an event's): never null once written. */
export const requiredDate = (key: string) => (parent: Row) => partialDate(parent, key)!;

export const citationsOf = (parent: Parent, _args: unknown, ctx: RequestContext) => ctx.loaders.citations.load(parent.id);
export const namesOf = (parent: Parent, _args: unknown, ctx: RequestContext) => ctx.loaders.names.load(parent.id);

export const byId = (label: string) => async (_root: unknown, args: { id: string }, ctx: RequestContext) => {
  const node = await ctx.loaders.node.load(args.id);
  return node && node.__label === label ? node : null;
};

interface ListArgs extends PageArgs {
  filter?: ListRequest['filter'];
  sort?: ListRequest['sort'];
}

export const listOf = (spec: keyof typeof LISTS) => async (_root: unknown, args: ListArgs, ctx: RequestContext) => {
  const { field, direction } = sortOf(LISTS[spec], args.sort);
  // A cursor holds a key of one sort only: it names the list, the sort field and its direction.
  const scope = `${LISTS[spec].label} by ${field} ${direction}`;
  const { after, limit } = keysetWindow(args, ctx.config.maxPageSize, scope);
  const page = await ctx.db.read((tx) => list(tx, LISTS[spec], { filter: args.filter, sort: args.sort, after, limit }));
  return keysetConnection(page, scope, after);
};

/** The fields every Actor has, whatever its kind. */
export const actorFields = {
  names: namesOf,
  positions: paged('Actor.positions'),
  participations: paged('Actor.participations'),
};

/** The value a field takes when a record omits it, if the model gives one. */
function defaultOf(field: FieldModel): unknown {
  const def = (field.schema as unknown as { _zod: { def: { type: string; defaultValue?: unknown } } })._zod.def;
  return def.type === 'default' ? def.defaultValue : undefined;
}

/**
 * The fields of a record type that the domain model answers by itself: its links read forward, its
 * dates, its names, its citations, and the defaults of its values (a node written before a field with a
 * default existed reads as the default, as a record omitting it would be written).
 * A resolver map spreads these first and adds what is its own.
 */
export function modelFields(label: RecordTypeName) {
  const resolvers: Record<string, (parent: Row, args: never, ctx: RequestContext) => unknown> = {};
  for (const [key, field] of Object.entries(MODEL[label].fields as Record<string, FieldModel>)) {
    if (field.answeredAs) continue;
    const relation = `${label}.${key}` as RelationKey;
    if (field.kind === 'link') resolvers[key] = field.many ? many(relation) : one(relation);
    else if (field.kind === 'date') resolvers[key] = field.schema === partialDateSchema ? requiredDate(key) : date(key);
    else if (field.kind === 'names') resolvers[key] = namesOf;
    else if (field.kind === 'citations') resolvers[key] = citationsOf;
    else if (field.kind === 'value' && defaultOf(field) !== undefined) {
      const fallback = defaultOf(field);
      resolvers[key] = (parent) => parent[key] ?? fallback;
    }
  }
  return resolvers;
}
