import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { WEB_DIST_DIR } from '../web/bundle.js';

/**
 * The pages may talk only to this server: a reading room without internet must get the same page as
 * everyone else, so anything that would load from elsewhere is refused by the browser too.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/playground': 'playground/index.html',
  '/playground/': 'playground/index.html',
  '/annotate': 'annotate/index.html',
  '/annotate/': 'annotate/index.html',
};

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Envoy Graph</title></head>
<body><main><h1>The web pages are not built yet</h1><p>Run <code>npm run build:web</code> (or restart with
<code>npm start</code>, which builds them), then reload. GraphQL itself is served at <a href="/graphql">/graphql</a>.</p></main></body></html>`;

/** A browser opening /graphql gets the playground; API clients (and GET queries) still reach Apollo. */
export function wantsPlayground(request: FastifyRequest): boolean {
  const query = request.query as Record<string, unknown> | undefined;
  if (request.method !== 'GET' || query?.query !== undefined) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

/** A page: revalidated on every visit (so a new build's asset names are picked up) and held to this origin. */
export async function sendPage(reply: FastifyReply, file: string) {
  if (!fs.existsSync(path.join(WEB_DIST_DIR, file))) {
    return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
  }
  reply.header('content-security-policy', CONTENT_SECURITY_POLICY).header('cache-control', 'no-cache');
  return reply.sendFile(file, WEB_DIST_DIR, { cacheControl: false });
}

/** The explorer (/), the playground (/playground), the annotation page (/annotate) and their bundled assets from web/dist, by @fastify/static. */
export async function registerWebPages(app: FastifyInstance) {
  await app.register(fastifyStatic, {
    root: path.join(WEB_DIST_DIR, 'assets'),
    prefix: '/assets/',
    // Asset names carry a content hash, so they never change.
    maxAge: '365d',
    immutable: true,
    index: false,
    setHeaders: (reply, file) => {
      // RFC 9239's type for scripts; the MIME table still says application/javascript.
      if (file.endsWith('.js')) reply.header('content-type', 'text/javascript; charset=utf-8');
    },
  });
  for (const [url, file] of Object.entries(PAGES)) app.get(url, (_request, reply) => sendPage(reply, file));
}
