import http from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database } from '../data/database.js';
import { createContext, type RequestContext } from '../graphql/context.js';
import { serveWebPage } from './webPages.js';

const MAX_BODY_BYTES = 1_000_000;

class BodyTooLarge extends Error {}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function serveGraphQL(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  apollo: ApolloServer<RequestContext>,
  context: () => Promise<RequestContext>,
) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const text = await readBody(req);
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context,
  });
  const out: Record<string, string> = {};
  for (const [key, value] of response.headers) out[key] = value;
  res.writeHead(response.status ?? 200, out);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

/**
 * The HTTP surface: GraphQL at /graphql, the explorer (/) and playground (/playground) pages, and /health
 * (the process answers) and /ready (the database answers) for load balancers. Nothing is kept between requests.
 */
export function createHttpServer(apollo: ApolloServer<RequestContext>, db: Database, config: Config, logger: Logger) {
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (await serveWebPage(req, res, url)) return;
      if (url.pathname === '/graphql') {
        await serveGraphQL(req, res, url, apollo, async () => createContext(db, config, req.headers.authorization ?? null));
      } else if (url.pathname === '/health') {
        sendJson(res, 200, { status: 'ok' });
      } else if (url.pathname === '/ready') {
        try {
          await db.ping();
          sendJson(res, 200, { status: 'ready' });
        } catch {
          sendJson(res, 503, { status: 'database unavailable' });
        }
      } else {
        sendJson(res, 404, { error: 'Not found. GraphQL is served at /graphql.' });
      }
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendJson(res, 413, { errors: [{ message: `The request is larger than ${MAX_BODY_BYTES} bytes.`, extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
}
