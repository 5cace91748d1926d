import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBundle } from '../src/web/bundle.js';
import { startHarness, type Harness } from './support/harness.js';

/** A raw request, so paths reach the server exactly as written (fetch would normalise `..`). */
function rawGet(origin: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}${path}`, { headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the pages the server hands to a browser', () => {
  let harness: Harness;
  let origin: string;

  beforeAll(async () => {
    await ensureWebBundle(() => undefined);
    harness = await startHarness();
    origin = new URL(harness.url).origin;
  });
  afterAll(() => harness?.close());

  it('serves the explorer at / with a policy that lets the page load nothing from another host', async () => {
    const res = await fetch(`${origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    const html = await res.text();
    expect(html).toContain('who said what');
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
  });

  it('serves the annotation page at /annotate under the same policy, linked from the explorer', async () => {
    const res = await fetch(`${origin}/annotate`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toContain('annotate an article');
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
    expect(await (await fetch(`${origin}/`)).text()).toContain('href="/annotate"');
  });

  it('gives a browser opening /graphql the playground, while API clients still get GraphQL there', async () => {
    const page = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GraphQL playground');
    expect(await (await fetch(`${origin}/playground`)).text()).toContain('GraphQL playground');

    const get = await fetch(`${origin}/graphql?query=${encodeURIComponent('{ country(id: "country:KZ") { name } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { country: { name: 'Kazakhstan' } } });
    const post = await harness.data('{ country(id: "country:KZ") { iso3 } }');
    expect(post).toEqual({ country: { iso3: 'KAZ' } });
  });

  it('serves the bundled scripts and styles with their types, cached for good since their names change with their content', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    const style = html.match(/href="(\/assets\/[^"]+\.css)"/)?.[1];
    expect(script).toBeDefined();
    expect(style).toBeDefined();
    const js = await fetch(`${origin}${script}`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await js.text()).length).toBeGreaterThan(1000);
    expect((await fetch(`${origin}${style}`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for an asset that does not exist and never serves a file outside the bundle', async () => {
    expect((await rawGet(origin, '/assets/no-such-file.js')).status).toBe(404);
    for (const path of ['/assets/..%2f..%2fpackage.json', '/assets/%2e%2e/%2e%2e/package.json', '/assets/../../package.json']) {
      const res = await rawGet(origin, path);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('"dependencies"');
    }
  });
});
