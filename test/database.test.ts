import neo4j, { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { constraintStatements } from '../src/data/constraints.js';
import { startHarness, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('the database layer', () => {
  it('runs reads in read mode, which Neo4j refuses to write in (so a cluster can route them)', async () => {
    await expect(h.db.read((tx) => tx.run("CREATE (:Entity {id: 'probe:read-mode'})"))).rejects.toThrow(/read/i);
    const rows = await h.db.read((tx) => tx.run("MATCH (n {id: 'probe:read-mode'}) RETURN n"));
    expect(rows).toEqual([]);
  });

  it('sends each statement of a read on its own, without BEGIN and COMMIT round trips (only such a statement may batch with IN TRANSACTIONS)', async () => {
    const rows = await h.db.read((tx) => tx.run('UNWIND [1, 2] AS x CALL (x) { RETURN x * 10 AS y } IN TRANSACTIONS RETURN collect(y) AS ys'));
    expect(rows).toEqual([{ ys: [10, 20] }]);
  });

  it('asks a read again when its connection was lost mid-way (a cluster member going away), and answers', async () => {
    let attempts = 0;
    const rows = await h.db.read(async (tx) => {
      if (attempts++ === 0) throw new Neo4jError('The connection to the database was lost.', neo4j.error.SESSION_EXPIRED, '08000', 'connection exception');
      return tx.run('RETURN 1 AS one');
    });
    expect({ rows, attempts }).toEqual({ rows: [{ one: 1 }], attempts: 2 });
  });

  it('has every constraint and index the project declares', async () => {
    const constraints = await h.db.read((tx) => tx.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names'));
    const indexes = await h.db.read((tx) => tx.run('SHOW INDEXES YIELD name, state RETURN collect([name, state]) AS all'));
    const declared = constraintStatements().map((s) => /^CREATE (?:CONSTRAINT|(?:FULLTEXT )?INDEX) (\w+)/.exec(s)![1]);
    const present = new Set([...constraints[0].names, ...indexes[0].all.map((i: string[]) => i[0])]);
    for (const name of declared) expect(present.has(name), name).toBe(true);
    expect(indexes[0].all.every((i: string[]) => i[1] === 'ONLINE')).toBe(true);
  });

  it('refuses a second node with an existing id, whatever its label', async () => {
    await expect(
      h.db.write((tx) => tx.run("CREATE (:Entity:Person {id: 'country:KZ', name: 'impostor'})")),
    ).rejects.toThrow(/already exists/);
  });
});
