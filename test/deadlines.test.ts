import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTooLarge } from '../src/data/database.js';
import { formatErrorFor } from '../src/graphql/errors.js';
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

describe('a statement that needs more memory than Neo4j lets one transaction hold', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('fails at once with QueryTooLarge, without the driver retrying it', async () => {
    h.statements.length = 0;
    const hungry = 'UNWIND range(1, 400000000) AS i WITH collect(i) AS xs RETURN size(xs) AS n';
    await expect(h.db.read((tx) => tx.run(hungry))).rejects.toBeInstanceOf(QueryTooLarge);
    expect(h.statements).toHaveLength(1);
  });

  it('reaches the researcher as QUERY_TOO_LARGE with the field, never as an internal error', () => {
    const format = formatErrorFor(true);
    const formatted = format({ message: 'x', path: ['neighbourhood'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new QueryTooLarge('limit'));
    expect(formatted).toMatchObject({ path: ['neighbourhood'], extensions: { code: 'QUERY_TOO_LARGE' } });
    expect(formatted.message).toMatch(/ask for less/);
  });
});
