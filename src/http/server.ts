import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database } from '../data/database.js';
import { GraphQLError } from 'graphql';
import { BadBookmarks, BOOKMARKS_HEADER, parseBookmarks } from '../graphql/bookmarks.js';
import { createContext, type RequestContext } from '../graphql/context.js';
import { registerWebPages, sendPage, wantsPlayground } from './webPages.js';

export const MAX_BODY_BYTES = 1_000_000;

/** Headers a page on another origin may send: JSON bodies, an editor token, Apollo's CSRF marker, bookmarks. */
const CORS_HEADERS = ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'neo4j-bookmarks'];

const requestError = (message: string, code = 'BAD_REQUEST') => ({ errors: [{ message, extensions: { code } }] });

/** Fastify's own refusals (body too large, not JSON, unknown media type) in the shape GraphQL clients read. */
function refusal(error: FastifyError): { status: number; body: unknown } {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: requestError(`The request is larger than ${MAX_BODY_BYTES} bytes.`) };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, body: requestError('The request body is not valid JSON.') };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, body: requestError('Send the request as application/json (or use GET with a query parameter).') };
  }
  if (error instanceof SyntaxError) return { status: 400, body: requestError('The request body is not valid JSON.') };
  const status = error.statusCode ?? 500;
  return status < 500 ? { status, body: requestError(error.message) } : { status: 500, body: requestError('Internal server error.', 'INTERNAL_SERVER_ERROR') };
}

function bookmarksOf(header: string | string[] | undefined): string[] {
  try {
    return parseBookmarks(header);
  } catch (error) {
    if (!(error instanceof BadBookmarks)) throw error;
    throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', field: 'Neo4j-Bookmarks', http: { status: 400 } } });
  }
}

/**
 * The HTTP surface on Fastify: GraphQL at /graphql through Apollo's Fastify integration, the explorer (/) and
 * playground (/playground) pages, and /health (the process answers) and /ready (the database answers) for load
 * balancers. Answers are compressed; CORS admits only the configured origins. Nothing is kept between requests.
 */
export async function registerRoutes(app: FastifyInstance, apollo: ApolloServer<RequestContext>, db: Database, config: Config, logger: Logger) {
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const { status, body } = refusal(error);
    if (status >= 500) logger.error({ err: error }, 'request failed');
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'Not found. GraphQL is served at /graphql.' }));

  await app.register(fastifyCompress, { encodings: ['br', 'gzip'] });
  await app.register(fastifyCors, {
    origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins.length ? config.corsOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: CORS_HEADERS,
    // Editors send a bearer token, never a cookie, so no origin is ever trusted with the browser's credentials.
    credentials: false,
    maxAge: 600,
  });
  await registerWebPages(app);

  const graphql = fastifyApolloHandler(apollo, {
    context: async (request) => createContext(db, config, request.headers.authorization ?? null, bookmarksOf(request.headers[BOOKMARKS_HEADER])),
  });
  app.route<{ Reply: string }>({
    method: ['GET', 'POST'],
    url: '/graphql',
    handler(request, reply) {
      return wantsPlayground(request) ? sendPage(reply, 'playground/index.html') : graphql.call(this, request, reply);
    },
  });
  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_request, reply) => {
    try {
      await db.ping();
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database unavailable' });
    }
  });
}
