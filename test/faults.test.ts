import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/auth/editorTokens.js';
import { PROJECT_ROOT } from '../src/config.js';
import { applyConstraints } from '../src/data/constraints.js';
import { openDatabase, type Database } from '../src/data/database.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/localServer.js';
import { startHarness, type Harness } from './support/harness.js';

// A Neo4j of this file's own, so killing it leaves the suite's database alone.
const boltPort = Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7689) + 100;
const dataDir = path.join(PROJECT_ROOT, '.data', `neo4j-faults-${boltPort}`);
const token = newToken();

let neo4j: LocalNeo4j;
let h: Harness;
let direct: Database;

const startNeo4j = () => startLocalNeo4j({ dataDir, boltPort });

async function untilAnswered(probe: () => Promise<boolean>, ms = 90_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not recover');
}

beforeAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  neo4j = await startNeo4j();
  direct = openDatabase({ uri: neo4j.uri, username: 'neo4j', password: '', database: undefined }, { txTimeoutMs: 60_000 });
  await applyConstraints(direct);
  h = await startHarness({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: '', EDITOR_TOKENS: `tester:${hashToken(token)}` });
}, 240_000);

afterAll(async () => {
  await h?.close();
  await direct?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const upsert = (i: number) =>
  h.gql(
    'mutation ($input: PersonInput!) { upsertPerson(input: $input) { outcome person { id } } }',
    { input: { id: `person:fault-${i}`, name: `Fault test ${i}` } },
    { authorization: `Bearer ${token}` },
  );

describe('when Neo4j dies and comes back', () => {
  it('fails fast with DATABASE_UNAVAILABLE, reports not ready, and recovers by itself', async () => {
    expect((await fetch(new URL('/ready', h.url))).status).toBe(200);
    neo4j.kill();
    await neo4j.stop();

    const res = await h.gql('{ countries(first: 1) { totalCount } }', undefined, {});
    expect(res.errors?.[0].extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(res.errors?.[0].message).toMatch(/unavailable/);
    expect((await fetch(new URL('/ready', h.url))).status).toBe(503);
    expect((await fetch(new URL('/health', h.url))).status).toBe(200);

    neo4j = await startNeo4j();
    await untilAnswered(async () => !(await h.gql('{ countries(first: 1) { totalCount } }')).errors);
    expect((await fetch(new URL('/ready', h.url))).status).toBe(200);
  }, 240_000);

  it('keeps every acknowledged write exactly once and none that failed, across a kill -9 mid-stream', async () => {
    const acknowledged: number[] = [];
    const failed: number[] = [];
    for (let i = 0; i < 36; i++) {
      if (i === 30) neo4j.kill();
      const res = await upsert(i).catch(() => null);
      if (res?.data?.upsertPerson?.person?.id === `person:fault-${i}`) acknowledged.push(i);
      else failed.push(i);
    }
    await neo4j.stop();
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);
    expect(failed.length).toBeGreaterThan(0);

    neo4j = await startNeo4j();
    await untilAnswered(async () => !(await h.gql('{ countries(first: 1) { totalCount } }')).errors);
    const rows = await h.db.read((tx) =>
      tx.run("MATCH (p:Person) WHERE p.id STARTS WITH 'person:fault-' RETURN p.id AS id, count(*) AS copies"),
    );
    const stored = new Map(rows.map((r) => [r.id as string, r.copies as number]));
    for (const i of acknowledged) expect(stored.get(`person:fault-${i}`), `acknowledged ${i}`).toBe(1);
    for (const i of failed) expect(stored.has(`person:fault-${i}`), `failed ${i}`).toBe(false);
  }, 300_000);
});
