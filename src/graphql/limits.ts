import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { QueryLimits } from '../config.js';

/**
 * A list field costs what its children cost, times the number of items it may return: `first` or
 * `limit` when given, the field's default otherwise. So two nested pages of 100 cost 10 000 times a leaf.
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  // Compared by name, not with getNamedType: the schema's types may come from another copy of graphql-js.
  const declared = field.args.find((a) => (a.name === 'first' || a.name === 'limit') && String(a.type).replace(/[[\]!]/g, '') === 'Int');
  if (!declared) return undefined;
  const size = args[declared.name] ?? declared.defaultValue ?? 1;
  return 1 + childComplexity * Math.max(1, Number(size));
};

/**
 * getComplexity coerces the variables before execution does, so a bad variable (an unknown enum value, a
 * missing required field) surfaces here first; it is the client's mistake, refused as execution would.
 */
function costOf(measure: () => number): number {
  try {
    return measure();
  } catch (error) {
    // By name, not instanceof: graphql-query-complexity may load another copy of graphql-js.
    const message = (error as Error).message;
    if ((error as Error).name === 'GraphQLError' && message.startsWith('Variable "$')) {
      throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
    throw error;
  }
}

/** Costs remembered per parsed document (Apollo keeps one object per query text), for this many variable sets each. */
const COSTS_PER_DOCUMENT = 32;

function costLimit(maxCost: number): ApolloServerPlugin {
  // Walking the document again for every request took about half a millisecond of CPU per request; the same
  // document with the same operation and variables costs the same, so the walk runs once.
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const costs = known.get(document) ?? new Map<string, number>();
          const key = JSON.stringify([request.operationName ?? null, request.variables ?? {}]);
          let cost = costs.get(key);
          if (cost === undefined) {
            cost = costOf(() =>
              getComplexity({
                schema,
                query: document,
                variables: request.variables ?? {},
                operationName: request.operationName ?? undefined,
                estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
              }),
            );
            if (costs.size >= COSTS_PER_DOCUMENT) costs.clear();
            costs.set(key, cost);
            known.set(document, costs);
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `This query could return too much at once (cost ${cost}, limit ${maxCost}): ask for smaller pages (first) or fewer nested lists.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, limit: maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

/** GraphQL Armor for shape limits, the parser's token limit, a page-size-aware cost limit, and field suggestions outside development. */
export function queryLimits(limits: QueryLimits, development: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    // Armor's token limit parses in a plugin hook, where a plain syntax error becomes a 500; graphql-js's
    // own parser limit (parseOptions below) refuses the same documents with a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // Armor's own cost limit ignores `first`; ours below reads it.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !development },
  }).protect();
  return {
    // Armor's typings point at Apollo's CommonJS build; the plugins are the same objects either way.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin[]), costLimit(limits.maxCost)],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
