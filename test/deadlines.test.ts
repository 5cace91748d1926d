import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';

const SLOW = 'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n';

describe('time bounds', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('stops a slow transaction inside Neo4j when its timeout is up, leaving nothing running', async () => {
    await expect(h.db.read((tx) => tx.run(SLOW), { timeoutMs: 300 })).rejects.toMatchObject({
      code: expect.stringMatching(/TransactionTimedOut/),
    });
    let running: unknown[] = [];
    for (let i = 0; i < 20; i++) {
      running = await h.db.read((tx) =>
        tx.run('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $slow RETURN currentQuery', { slow: 'range(1, 200000000)' }),
      );
      if (!running.length) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(running).toEqual([]);
  });
});

describe('a request past its deadline', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ REQUEST_DEADLINE_MS: '0' });
  });
  afterAll(() => h.close());

  it('is answered with REQUEST_TIMEOUT and sends nothing more to the database', async () => {
    h.statements.length = 0;
    const res = await h.gql('{ statements(first: 5) { totalCount } }');
    expect(res.errors?.[0].extensions?.code).toBe('REQUEST_TIMEOUT');
    expect(res.errors?.[0].message).toMatch(/took too long/);
    expect(h.statements).toEqual([]);
  });
});
