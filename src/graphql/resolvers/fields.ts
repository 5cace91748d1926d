import type { GraphQLResolveInfo } from 'graphql';
import type { Row } from '../../data/database.js';
import { LISTS, list, sortOf, type ListRequest } from '../../data/read/lists.js';
import { RELATIONS, type RelationKey } from '../../data/read/relations.js';
import { MODEL, type FieldModel, type RecordTypeName } from '../../model/index.js';
import { fromStored, partialDate as partialDateSchema, type DateText, type StoredDate } from '../../records/partialDate.js';
import type { RequestContext } from '../context.js';
import { keysetConnection, keysetWindow, type PageArgs } from '../pagination.js';
import { fieldsAt } from '../selection.js';

/** Plain list fields return at most this many entries; anything that can grow larger is a connection. */
export const LIST_CAP = 500;

type Parent = Row;

/** The relation read a field resolver makes (one page from the start, of one size), so a list can make it first. */
interface RelatedRead {
  key: RelationKey;
  limit: number;
}
const RELATED_READ = Symbol('related read');

function reading<F extends object>(resolver: F, read: RelatedRead): F {
  return Object.assign(resolver, { [RELATED_READ]: read });
}

export const one = (key: RelationKey) =>
  reading(async (parent: Parent, _args: unknown, ctx: RequestContext) => (await ctx.loaders.related(key, null, 1).load(parent.id)).nodes[0] ?? null, {
    key,
    limit: 1,
  });

export const many = (key: RelationKey) =>
  reading(async (parent: Parent, _args: unknown, ctx: RequestContext) => (await ctx.loaders.related(key, null, LIST_CAP).load(parent.id)).nodes, {
    key,
    limit: LIST_CAP,
  });

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

/**
 * The relation read of each field answered by one() or many(), by type and field (`Statement.speaker`). Apollo wraps
 * the resolvers it is given, so the schema's own cannot be asked: the merged resolver map is read once instead.
 */
const relatedReads = new Map<string, RelatedRead>();
/** The fields answered by citationsOf, by type and field. */
const citationFields = new Set<string>();

export function rememberRelatedReads(resolvers: Record<string, unknown>) {
  for (const [type, fields] of Object.entries(resolvers)) {
    for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
      const read = (resolver as { [RELATED_READ]?: RelatedRead } | null)?.[RELATED_READ];
      if (read) relatedReads.set(`${type}.${field}`, read);
      if (resolver === citationsOf) citationFields.add(`${type}.${field}`);
    }
  }
}

interface NamedType {
  name: string;
  ofType?: NamedType;
  getFields?: () => Record<string, { type: NamedType }>;
}

/**
 * The named type of `field` of an object type, lists and non-nulls unwrapped. Read by shape, not with graphql's
 * isObjectType(): a test runner may load a second copy of graphql beside the one that built the schema.
 */
function fieldType(type: unknown, field: string): NamedType | undefined {
  let named = type as NamedType;
  while (named.ofType) named = named.ofType;
  let inner = named.getFields?.()[field]?.type;
  while (inner?.ofType) inner = inner.ofType;
  return inner;
}

/**
 * The relation reads that the fields selected on a list's records (`edges { node { speaker … } }`) would make, as
 * their resolvers declare them: only fields answered by one() or many(), which take no arguments of their own.
 * Fields below those stay with their resolvers, one statement per level.
 */
function relatedReadsOf(info: GraphQLResolveInfo): { reads: RelatedRead[]; citations: boolean } {
  const edge = fieldType(info.returnType, 'edges');
  const node = edge && fieldType(edge, 'node');
  if (!node) return { reads: [], citations: false };
  const reads = new Map<string, RelatedRead>();
  let citations = false;
  for (const selected of fieldsAt(info, ['edges', 'node'])) {
    const read = relatedReads.get(`${node.name}.${selected.name.value}`);
    if (read) reads.set(`${read.key} ${read.limit}`, read);
    citations ||= citationFields.has(`${node.name}.${selected.name.value}`);
  }
  return { reads: [...reads.values()], citations };
}

export const listOf = (spec: keyof typeof LISTS) => async (_root: unknown, args: ListArgs, ctx: RequestContext, info?: GraphQLResolveInfo) => {
  const { field, direction } = sortOf(LISTS[spec], args.sort);
  // A cursor holds a key of one sort only: it names the list, the sort field and its direction.
  const scope = `${LISTS[spec].label} by ${field} ${direction}`;
  const { after, limit } = keysetWindow(args, ctx.config.maxPageSize, scope);
  // Called without `info` (country by ISO3), nothing below the list is known to be selected.
  const { reads: prefetch, citations } = info ? relatedReadsOf(info) : { reads: [], citations: false };
  const page = await ctx.db.read((tx) =>
    list(tx, LISTS[spec], { filter: args.filter, sort: args.sort, after, limit, prefetch, prefetchCitations: citations }),
  );
  // The records' relation fields then find their pages in the request's loaders instead of asking Neo4j.
  prefetch.forEach(({ key, limit: size }, i) => {
    const loader = ctx.loaders.related(key, null, size);
    for (const [id, related] of page.prefetched[i]) loader.prime(id, related);
  });
  for (const [id, found] of page.citationsOf ?? []) ctx.loaders.citations.prime(id, found);
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
