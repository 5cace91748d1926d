import fs from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { WEB_DIST_DIR } from '../web/bundle.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

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
};

/** A browser opening /graphql gets the playground; API clients (and GET queries) still reach Apollo. */
function wantsPlayground(req: http.IncomingMessage, url: URL): boolean {
  if (url.pathname !== '/graphql' || req.method !== 'GET' || url.searchParams.has('query')) return false;
  return (req.headers.accept ?? '').includes('text/html');
}

function pageFile(req: http.IncomingMessage, url: URL): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  if (wantsPlayground(req, url)) return 'playground/index.html';
  if (url.pathname in PAGES) return PAGES[url.pathname];
  if (url.pathname.startsWith('/assets/')) return url.pathname.slice(1);
  return null;
}

/** Resolves inside the bundle only; `..` and encoded separators never leave it. */
function bundlePath(relative: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  const resolved = path.resolve(WEB_DIST_DIR, decoded);
  return resolved.startsWith(WEB_DIST_DIR + path.sep) ? resolved : null;
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Envoy Graph</title></head>
<body><main><h1>The web pages are not built yet</h1><p>Run <code>npm run build:web</code> (or restart with
<code>npm start</code>, which builds them), then reload. GraphQL itself is served at <a href="/graphql">/graphql</a>.</p></main></body></html>`;

/**
 * Serves the explorer (/), the playground (/playground, and /graphql for a browser) and their bundled
 * assets from web/dist. Returns false when the request is not for a page, so the caller routes it on.
 */
export async function serveWebPage(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> {
  const relative = pageFile(req, url);
  if (!relative) return false;
  const file = bundlePath(relative);
  const isAsset = relative.startsWith('assets/');
  let body: Buffer;
  try {
    if (!file) throw new Error('outside the bundle');
    body = await fs.readFile(file);
  } catch {
    if (isAsset) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found.');
    } else {
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(NOT_BUILT);
    }
    return true;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file!)] ?? 'application/octet-stream',
    'content-length': body.length,
    // Asset names carry a content hash, so they never change; pages must be revalidated to pick up new ones.
    'cache-control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(isAsset ? {} : { 'content-security-policy': CONTENT_SECURITY_POLICY }),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
