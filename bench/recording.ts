import type { Database, Tx } from '../src/data/database.js';

export interface Captured {
  cypher: string;
  params: Record<string, unknown>;
}

/** The database the server uses, remembering the last statement and parameters a read sent. */
export function recording(db: Database, last: { value: Captured | null }): Database {
  const recorder = (tx: Tx): Tx => ({
    run(cypher, params = {}) {
      last.value = { cypher, params };
      return tx.run(cypher, params);
    },
  });
  return { ...db, read: (work, options) => db.read((tx) => work(recorder(tx)), options) };
}
