import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../src/data/database.js';
import { importRecords, type ImportSummary } from '../src/importer/importRecords.js';
import { namespace, removeNamespace } from './support/editing.js';

/**
 * The import validates a batch while Neo4j writes the one before; the writes still follow one another,
 * and a batch's transaction run again (as the driver retries one) judges its lines afresh.
 */

const ns = namespace('pipeline');
const person = (i: number) => ({ type: 'Person', id: `person:${ns}-${i}`, name: `Person ${i}` });
let db: Database;

beforeAll(() => {
  const neo4j = inject('neo4j');
  db = openDatabase({ uri: neo4j.uri, username: neo4j.username, password: neo4j.password, database: neo4j.database ?? undefined }, { txTimeoutMs: 60_000 });
});
afterAll(async () => {
  await removeNamespace(db, ns);
  await db.close();
});

const held = async () =>
  (await db.read((tx) => tx.run('MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN p.id AS id ORDER BY id', { prefix: `person:${ns}-` }))).map((r) => r.id);

describe('a batched import', () => {
  it('stops at a batch whose transaction fails: the batches before it are stored, that one and the rest are not', async () => {
    let writes = 0;
    // The second batch's statements all run, then its transaction fails and rolls back.
    const failing: Database = {
      ...db,
      write: (work, options) => db.write(async (tx) => {
        const out = await work(tx);
        if (++writes === 2) throw new Error('the database went away');
        return out;
      }, options),
    };
    const batches: number[] = [];
    await expect(
      importRecords(failing, [1, 2, 3, 4, 5].map(person), { actor: 'pipeline-test', batchSize: 2, onBatch: (_s, line) => batches.push(line) }),
    ).rejects.toThrow('the database went away');
    expect(batches).toEqual([2]);
    expect(await held()).toEqual([`person:${ns}-1`, `person:${ns}-2`]);
  });

  it('reports each refusal once when its transaction is retried, as a single attempt does', async () => {
    const records = [person(6), person(7), person(7), { type: 'Place', id: `place:${ns}-x`, name: 'X', kind: 'CITY', citations: [{ source: `source:${ns}-none` }] }];
    let attempts = 0;
    // The driver runs a transaction's work again after a transient failure, with the same batch.
    const retrying: Database = {
      ...db,
      write: async (work, options) => {
        attempts++;
        await db.write(async (tx) => { await work(tx); throw new Error('deadlock'); }, options).catch(() => undefined);
        return db.write(work, options);
      },
    };
    const retried: ImportSummary = await importRecords(retrying, records, { actor: 'pipeline-test' });
    expect(attempts).toBe(1);
    expect(retried.counts).toMatchObject({ created: 2, refused: 2 });
    expect(retried.refused.map((r) => [r.line, r.issues.length])).toEqual([[3, 1], [4, 1]]);
    expect(retried.refused[0].issues[0].message).toContain('appears twice');
  });
});
