import type {
  QueryCompareStancesArgs,
  QueryConnectionsArgs,
  QueryEvacuationRecordArgs,
  QueryGraphOverviewArgs,
  QueryMediationRecordArgs,
  QueryNeighbourhoodArgs,
  QuerySearchArgs,
  QuerySharedStancesArgs,
  QueryStanceHoldersArgs,
  QueryStanceMatrixArgs,
  QueryStancesOfArgs,
  QueryStanceTimelineArgs,
  QueryStatementFeedArgs,
  QueryThirdPartiesInTalksArgs,
  QueryWhoSaidWhatArgs,
} from '../../generated/graphql.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Tx } from '../../data/database.js';
import { ARGUMENT_LIMITS } from '../../data/read/questions/caps.js';
import { compareStances } from '../../data/read/questions/compareStances.js';
import { connections } from '../../data/read/questions/connections.js';
import { evacuationRecord } from '../../data/read/questions/evacuationRecord.js';
import { graphOverview } from '../../data/read/questions/graphOverview.js';
import { stanceHolders, stancesOf, STANCES_OF_ORDER } from '../../data/read/questions/heldStances.js';
import { mediationRecord } from '../../data/read/questions/mediationRecord.js';
import { neighbourhood } from '../../data/read/questions/neighbourhood.js';
import type { QuestionName } from '../../data/read/questions/registry.js';
import type { RankedOrder, RankedPage, RankedWindow } from '../../data/read/questions/run.js';
import { search, SEARCH_ORDER } from '../../data/read/questions/search.js';
import { SHARED_STANCES_ORDER, sharedStances } from '../../data/read/questions/sharedStances.js';
import { statementFeed } from '../../data/read/questions/statementFeed.js';
import { stanceMatrix } from '../../data/read/questions/stanceMatrix.js';
import { STANCE_TIMELINE_ORDER, stanceTimeline } from '../../data/read/questions/stanceTimeline.js';
import { THIRD_PARTIES_ORDER, thirdPartiesInTalks } from '../../data/read/questions/thirdParties.js';
import { whoSaidWhat } from '../../data/read/questions/whoSaidWhat.js';
import { ACTOR_LABELS } from '../../data/labels.js';
import { refusal } from '../../errors.js';
import type { RequestContext } from '../context.js';
import {
  compositeConnection,
  connectionOf,
  decodeAfter,
  decodeCompositeAfter,
  encodeAfter,
  encodeCompositeAfter,
  pageSize,
  type PageArgs,
} from '../pagination.js';
import { selects } from '../selection.js';
import { actorId, bounded, conflictId, dateRange, idOf, kindsOf, languageCode, searchText, stanceTargetId, standingDay } from '../questionArguments.js';

/**
 * A question ranked in a computed order and paged by keyset: the cursor holds the last row's sort values and
 * id, and the next page starts strictly after them. Arguments are checked by `prepare` before any database work.
 */
function rankedQuestion<A extends PageArgs, R>(
  prepare: (args: A, info: GraphQLResolveInfo) => R,
  run: (tx: Tx, request: R, window: RankedWindow) => Promise<RankedPage>,
  order: RankedOrder,
) {
  return async (_root: unknown, args: A, ctx: RequestContext, info: GraphQLResolveInfo) => {
    const limit = pageSize(args.first, ctx.config.maxPageSize);
    const after = args.after ? decodeCompositeAfter(args.after, order.scope, order.values) : null;
    const request = prepare(args, info);
    const page = await ctx.db.read((tx) => run(tx, request, { after, limit }));
    // Read by the connections that have the field: their question says when it ranked fewer than matched.
    return { ...compositeConnection(page, order.scope, after), totalCountIsLowerBound: page.partial ?? false };
  };
}

/** A page read in index order as a connection: each cursor names its row by sort key (a statement's date) and id. */
function keyedConnection(scope: string, page: { items: Array<{ key: string; id: string; view: unknown }>; total: number; hasNextPage: boolean }, after: unknown) {
  return connectionOf(
    page.items.map((item) => ({ cursor: encodeAfter(scope, item.key, item.id), node: item.view })),
    page,
    after,
  );
}

/** Newest first (undated last, stored as ''), then by id: the order of the index the statements are read from. */
const NEWEST_FIRST = 'statements newest first';

const datedItems = (items: Array<{ date: string; id: string; view: unknown }>) => items.map((item) => ({ key: item.date, id: item.id, view: item.view }));

/** Newest first, keyset-paged like the feed. */
async function saidWhat(_root: unknown, args: QueryWhoSaidWhatArgs, ctx: RequestContext) {
  const scope = `whoSaidWhat ${NEWEST_FIRST}`;
  const limit = pageSize(args.first, ctx.config.maxPageSize);
  const after = args.after ? decodeAfter(args.after, scope) : null;
  const request = {
    by: actorId(args.by, 'by')!,
    about: idOf(args.about, 'about', ['Conflict', ...ACTOR_LABELS]),
    ...dateRange(args.from, args.to, args.dateMatch),
    kind: args.kind ?? null,
  };
  const page = await ctx.db.read((tx) => whoSaidWhat(tx, request, after && { date: after.key ?? '', id: after.id }, limit));
  const connection = keyedConnection(scope, { ...page, items: datedItems(page.items) }, after);
  return { ...connection, totalCountIsLowerBound: page.totalIsLowerBound };
}

/** Newest first, keyset-paged: the cursor names the last statement of the page by date and id. */
async function feed(_root: unknown, args: QueryStatementFeedArgs, ctx: RequestContext) {
  const scope = `statementFeed ${NEWEST_FIRST}`;
  const limit = pageSize(args.first, ctx.config.maxPageSize);
  const after = args.after ? decodeAfter(args.after, scope) : null;
  const request = {
    entity: idOf(args.entity, 'entity')!,
    stance: args.stance ?? null,
    conflict: conflictId(args.conflict, 'conflict'),
    kind: args.kind ?? null,
    language: languageCode(args.language, 'language'),
    ...dateRange(args.from, args.to, args.dateMatch),
  };
  const page = await ctx.db.read((tx) => statementFeed(tx, request, after && { date: after.key ?? '', id: after.id }, limit));
  const connection = keyedConnection(scope, { ...page, items: datedItems(page.items) }, after);
  return { entity: page.entity, ...connection, facets: page.facets };
}

const EXPRESSED_BY = ['edges', 'node', 'expressedBy'];

/** By holder name, then the day the stance was first expressed, then id. */
const HOLDERS_ORDER: RankedOrder = { scope: 'stanceHolders by holder name, since', values: 2 };

/**
 * By holder name, keyset-paged: the cursor names the last stance of the page by holder name, the day it was
 * first expressed and its id, so a stance recorded between two requests neither repeats nor goes missing.
 */
async function holders(_root: unknown, args: QueryStanceHoldersArgs, ctx: RequestContext, info: GraphQLResolveInfo) {
  const limit = pageSize(args.first, ctx.config.maxPageSize);
  const request = {
    stance: args.stance,
    toward: stanceTargetId(args.toward, 'toward'),
    modality: args.modality ?? null,
    ...standingDay(args.asOf),
    withStatements: selects(info, EXPRESSED_BY),
  };
  const after = args.after ? decodeCompositeAfter(args.after, HOLDERS_ORDER.scope, HOLDERS_ORDER.values) : null;
  const page = await ctx.db.read((tx) => stanceHolders(tx, request, after && { name: String(after[0]), since: String(after[1]), id: String(after[2]) }, limit));
  const edges = page.items.map((item) => ({ cursor: encodeCompositeAfter(HOLDERS_ORDER.scope, [item.name, item.since, item.id]), node: item.node }));
  return { ...connectionOf(edges, page, after), totalCountIsLowerBound: page.partial };
}

/** Earliest start first (unknown last), then name, then id. */
const TALKS_ORDER: RankedOrder = { scope: 'mediationRecord', values: 2 };
const TALKS_EVIDENCE = [['roles'], ['rounds'], ['rounds', 'participants'], ['otherParticipants']];

/**
 * Earliest process first, keyset-paged: the cursor names the last process of the page by start, name and
 * id, so a process recorded between two requests neither repeats nor goes missing.
 */
async function talksRecord(_root: unknown, args: QueryMediationRecordArgs, ctx: RequestContext, info: GraphQLResolveInfo) {
  const limit = pageSize(args.first, ctx.config.maxPageSize);
  const withEvidence = TALKS_EVIDENCE.some((path) => selects(info, ['edges', 'node', ...path, 'evidence']));
  const request = { actor: actorId(args.actor, 'actor')!, role: args.role ?? null, withEvidence };
  const key = args.after ? decodeCompositeAfter(args.after, TALKS_ORDER.scope, TALKS_ORDER.values) : null;
  const after = key && { start: String(key[0]), name: String(key[1]), id: String(key[2]) };
  const page = await ctx.db.read((tx) => mediationRecord(tx, request, after, limit));
  const edges = page.items.map((item) => ({
    cursor: encodeCompositeAfter(TALKS_ORDER.scope, [item.position.start, item.position.name, item.position.id]),
    node: item.node,
  }));
  return { ...connectionOf(edges, page, after), totalCountIsLowerBound: page.partial };
}

/** A graph view's cursor names its last node by depth and kind (its sort key) and id. */
function graphPosition(after: { key: string | null; id: string }) {
  const [, depth, kind] = /^([0-2]) (\w+)$/.exec(after.key ?? '') ?? [];
  if (!kind) throw refusal('BAD_USER_INPUT', 'This cursor was not issued by this server; pass an endCursor from an earlier page.', 'after');
  return { depth: Number(depth), kind, id: after.id };
}

const NOT_PARTY = ['HOST', 'FACILITATOR', 'MEDIATOR', 'GUARANTOR', 'OBSERVER'];

function searchRequest(args: QuerySearchArgs) {
  return { text: searchText(args.text), kinds: kindsOf(args.kinds, 'kinds') ?? [] };
}

export const questionResolvers = {
  Query: {
    whoSaidWhat: saidWhat,
    stanceHolders: holders,
    stancesOf: rankedQuestion(
      (args: QueryStancesOfArgs, info) => ({
        actor: actorId(args.actor, 'actor')!,
        toward: stanceTargetId(args.toward, 'toward'),
        ...standingDay(args.asOf),
        withStatements: selects(info, EXPRESSED_BY),
      }),
      stancesOf,
      STANCES_OF_ORDER,
    ),
    stanceTimeline: rankedQuestion(
      (args: QueryStanceTimelineArgs) => ({ actor: actorId(args.actor, 'actor')!, toward: conflictId(args.toward, 'toward'), stance: args.stance ?? null }),
      stanceTimeline,
      STANCE_TIMELINE_ORDER,
    ),
    mediationRecord: talksRecord,
    thirdPartiesInTalks: rankedQuestion(
      (args: QueryThirdPartiesInTalksArgs) => ({
        involving: actorId(args.involving, 'involving')!,
        roles: args.roles ?? NOT_PARTY,
        kind: kindsOf(args.kind ? [args.kind] : null, 'kind', ACTOR_LABELS)?.[0] ?? null,
      }),
      thirdPartiesInTalks,
      THIRD_PARTIES_ORDER,
    ),
    sharedStances: rankedQuestion(
      (args: QuerySharedStancesArgs) => ({ actor: actorId(args.actor, 'actor'), toward: conflictId(args.toward, 'toward'), ...standingDay(args.asOf) }),
      sharedStances,
      SHARED_STANCES_ORDER,
    ),
    search: rankedQuestion(searchRequest, search, SEARCH_ORDER),
    connections: async (_root: unknown, args: QueryConnectionsArgs, ctx: RequestContext) => {
      const from = idOf(args.from, 'from')!;
      const to = idOf(args.to, 'to')!;
      if (from === to) throw refusal('BAD_USER_INPUT', 'from and to are the same entity; name two different ones.', 'to');
      const maxLength = bounded(args.maxLength, 4, 1, ARGUMENT_LIMITS.maxPathLength, 'maxLength');
      const first = bounded(args.first, 5, 1, ARGUMENT_LIMITS.maxPaths, 'first');
      return ctx.db.read((tx) => connections(tx, { from, to, maxLength, first }));
    },
    neighbourhood: async (_root: unknown, args: QueryNeighbourhoodArgs, ctx: RequestContext) => {
      const id = idOf(args.id, 'id')!;
      const depth = bounded(args.depth, 1, 1, ARGUMENT_LIMITS.maxDepth, 'depth') as 1 | 2;
      const limit = bounded(args.limit, 100, 1, ARGUMENT_LIMITS.maxGraphPage, 'limit');
      const scope = `neighbourhood ${depth}`;
      const after = args.after ? graphPosition(decodeAfter(args.after, scope)) : null;
      const graph = await ctx.db.read((tx) => neighbourhood(tx, { id, depth }, after, limit));
      const cursors = graph.nodes.map((node) => encodeAfter(scope, `${node.depth} ${node.kind}`, node.id));
      const pageInfo = { hasNextPage: graph.hasNextPage, hasPreviousPage: after !== null, startCursor: cursors[0] ?? null, endCursor: cursors.at(-1) ?? null };
      return { ...graph, pageInfo };
    },
    compareStances: async (_root: unknown, args: QueryCompareStancesArgs, ctx: RequestContext) => {
      const first = actorId(args.first, 'first')!;
      const second = actorId(args.second, 'second')!;
      if (first === second) throw refusal('BAD_USER_INPUT', 'Compare two different actors.', 'second');
      const request = { first, second, toward: conflictId(args.toward, 'toward'), ...standingDay(args.asOf) };
      return ctx.db.read((tx) => compareStances(tx, request));
    },
    statementFeed: feed,
    stanceMatrix: async (_root: unknown, args: QueryStanceMatrixArgs, ctx: RequestContext) => {
      const toward = conflictId(args.toward, 'toward');
      const actors: string[] = (args.actors ?? []).map((id: string, i: number) => actorId(id, `actors[${i}]`)!);
      if (!toward && !actors.length) throw refusal('BAD_USER_INPUT', 'Name a conflict (toward) or at least one actor (actors) to lay out.', 'toward');
      if (actors.length > ARGUMENT_LIMITS.maxMatrixActors) {
        throw refusal('BAD_USER_INPUT', `Choose at most ${ARGUMENT_LIMITS.maxMatrixActors} actors.`, 'actors');
      }
      return ctx.db.read((tx) => stanceMatrix(tx, { toward, actors: [...new Set(actors)] }));
    },
    graphOverview: async (_root: unknown, args: QueryGraphOverviewArgs, ctx: RequestContext) => {
      const top = bounded(args.top, 5, 1, ARGUMENT_LIMITS.maxOverviewTop, 'top');
      return ctx.db.read((tx) => graphOverview(tx, top));
    },
    evacuationRecord: async (_root: unknown, args: QueryEvacuationRecordArgs, ctx: RequestContext) => {
      const request = { actor: actorId(args.actor, 'actor')!, ...dateRange(args.from, args.to, args.dateMatch) };
      return ctx.db.read((tx) => evacuationRecord(tx, request));
    },
  } satisfies Record<QuestionName, unknown>,
};
