import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../bench/data/generator.js';
import { importItems } from '../src/importer/importRecords.js';
import { namespace, removeNamespace } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

async function collect(options: Parameters<typeof syntheticGraph>[0]): Promise<Array<Record<string, unknown>>> {
  const out: Array<Record<string, unknown>> = [];
  for await (const record of syntheticGraph(options)) out.push(JSON.parse(JSON.stringify(record)));
  return out;
}

describe('benchmark data (npm run bench:data)', () => {
  let h: Harness;
  const ns = namespace('benchtest');
  beforeAll(async () => {
    h = await startHarness();
  });
  // The suite shares one graph: tests that count the seed's statements must not meet these.
  afterAll(async () => {
    await removeNamespace(h.db, ns);
    await h.close();
  });

  it('gives the same graph for the same seed and another graph for another seed', async () => {
    const first = await collect({ statements: 300, seed: 5 });
    const again = await collect({ statements: 300, seed: 5 });
    const other = await collect({ statements: 300, seed: 6 });
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(first.filter((r) => r.type === 'Statement')).toHaveLength(300);
    expect(first.filter((r) => r.type === 'Person')).toHaveLength(30);
  });

  it('makes a few countries speak far more than the rest', async () => {
    const statements = (await collect({ statements: 2000, seed: 5 })).filter((r) => r.type === 'Statement');
    const perCountry = new Map<string, number>();
    for (const s of statements) perCountry.set(s.onBehalfOf as string, (perCountry.get(s.onBehalfOf as string) ?? 0) + 1);
    const counts = [...perCountry.values()].sort((a, b) => b - a);
    expect(counts.slice(0, 5).reduce((a, b) => a + b, 0)).toBeGreaterThan(statements.length / 3);
  });

  it('passes the import validation whole: every record is created, none refused', async () => {
    let line = 0;
    async function* items() {
      for await (const record of syntheticGraph({ statements: 60, seed: 9, ns })) yield { line: ++line, record };
    }
    const summary = await importItems(h.db, items(), { actor: 'test:bench-data', batchSize: 200 });
    expect(summary.refused).toEqual([]);
    expect(summary.counts.created).toBe(line);
    const rows = await h.db.read((tx) =>
      tx.run('MATCH (s:Statement)-[c:CITES]->(:Source) WHERE s.id STARTS WITH $prefix AND c.match = "EXACT" RETURN count(s) AS n', { prefix: `statement:${ns}-` }),
    );
    expect(rows[0].n).toBe(60);
  }, 300_000);
});
