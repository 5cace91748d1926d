import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  it('passes every MUST, SHOULD and MAY audit', async () => {
    const audits = serverAudits({ url: () => h.url, fetchFn: fetch });
    const results = await Promise.all(audits.map(async (audit) => ({ audit, result: await audit.fn() })));
    const failures = results.filter((r) => r.result.status !== 'ok').map((r) => `${r.audit.name}: ${(r.result as { reason?: string }).reason}`);
    expect(failures).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(60);
  });
});

describe('caching', () => {
  it('tells browsers and proxies not to keep an answer or a refusal, since an edit may change it at any time', async () => {
    for (const query of ['{ country(id: "country:KZ") { name } }', '{ country(id: 1) { name } }']) {
      const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});
