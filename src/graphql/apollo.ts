import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { RequestContext } from './context.js';
import { formatErrorFor } from './errors.js';
import { queryLimits } from './limits.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';
import { requestErrorsAs200ForJson } from './statusForJson.js';
import { bookmarksInAnswers } from './bookmarks.js';

/** One log line per operation: its name, how long it took, and whether it failed and how. */
function requestLog(logger: Logger) {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(ctx: { operationName?: string | null; errors?: readonly { extensions?: Record<string, unknown> }[] }) {
          const codes = [...new Set((ctx.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          logger.info(
            { operation: ctx.operationName ?? null, ms: Math.round(performance.now() - started), result: codes.length ? codes.join(',') : 'OK' },
            'graphql',
          );
        },
      };
    },
  };
}

/**
 * Answers change with every edit and may hold what a researcher is still drafting, so no browser or proxy keeps
 * one. Apollo's cache-control plugin said the same, but it hooked every field of every answer (wrapping each
 * resolver) to read hints this schema never gives.
 */
function neverCached(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

/** `http` plugins come from the HTTP layer (draining its server on stop). */
export function createApollo(config: Config, logger: Logger, http: ApolloServerPlugin<RequestContext>[] = []): ApolloServer<RequestContext> {
  const limits = queryLimits(config.limits, config.development);
  return new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.development,
    formatError: formatErrorFor(config.development),
    allowBatchedHttpRequests: false,
    // Apollo's CSRF guard refuses GET queries without a preflight-forcing header. It protects cookie sessions;
    // here reads are public and writes need an Authorization header, which no cross-site simple request can carry.
    csrfPrevention: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), neverCached(), requestLog(logger), ...limits.plugins, requestErrorsAs200ForJson<RequestContext>(), bookmarksInAnswers(), ...http],
    // main.ts owns SIGINT/SIGTERM: it stops Apollo, then the local Neo4j. Apollo's own handler ran a second stop
    // beside it that never finished, so a SIGTERM (a bench, a process manager) left the process hanging.
    stopOnTerminationSignals: false,
  });
}
