import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/browser.js';
import { startHarness, type Harness } from './support/harness.js';

/** A researcher's own page on another loopback origin (another port), which calls the API with fetch. */
async function foreignSite(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><head><title>notebook</title></head><body><main>notebook</main></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Runs in the page: a JSON POST (so the browser sends a preflight first), as a notebook's fetch would. */
const askFromPage = ([url, query]: [string, string]) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
    async (res) => ({ ok: true as const, body: await res.json() }),
    (error: Error) => ({ ok: false as const, error: String(error) }),
  );

describe('calling the API from a page on another origin', () => {
  let site: Awaited<ReturnType<typeof foreignSite>>;
  let other: Awaited<ReturnType<typeof foreignSite>>;
  let open: Harness;
  let closed: Harness;
  let browser: Browser;

  beforeAll(async () => {
    site = await foreignSite();
    other = await foreignSite();
    open = await startHarness({ CORS_ORIGINS: `${site.origin}, https://notebook.example` });
    closed = await startHarness();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await open?.close();
    await closed?.close();
    await site?.close();
    await other?.close();
  });

  it('works from an origin listed in CORS_ORIGINS', async () => {
    const page = await browser.newPage();
    await page.goto(site.origin);
    const answer = await page.evaluate(askFromPage, [open.url, '{ country(id: "country:KZ") { name } }'] as [string, string]);
    expect(answer).toEqual({ ok: true, body: { data: { country: { name: 'Kazakhstan' } } } });
    await page.close();
  });

  it('is refused by the browser from an origin that is not listed, and by default from every other origin', async () => {
    for (const [harness, from] of [
      [open, other],
      [closed, site],
    ] as const) {
      const page = await browser.newPage();
      await page.goto(from.origin);
      const answer = await page.evaluate(askFromPage, [harness.url, '{ __typename }'] as [string, string]);
      expect(answer.ok).toBe(false);
      await page.close();
    }
  });

  it('answers the preflight with the origin, the headers an editor needs, and never with credentials', async () => {
    const res = await fetch(open.url, {
      method: 'OPTIONS',
      headers: { origin: site.origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization, neo4j-bookmarks' },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-origin')).toBe(site.origin);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/neo4j-bookmarks/);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const stranger = await fetch(open.url, { method: 'OPTIONS', headers: { origin: other.origin, 'access-control-request-method': 'POST' } });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('takes * for any origin, still without credentials', async () => {
    const any = await startHarness({ CORS_ORIGINS: '*' });
    try {
      const res = await fetch(any.url, { method: 'OPTIONS', headers: { origin: other.origin, 'access-control-request-method': 'POST' } });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    } finally {
      await any.close();
    }
  });
});
