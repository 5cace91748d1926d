import neo4j, { type Driver } from 'neo4j-driver';
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

/**
 * The captured statement sent straight through neo4j-driver as the server sends a read: one auto-commit run
 * on a read session (src/data/database.ts), so the floor has no BEGIN and COMMIT the server does not pay.
 */
export async function sendAsServer(driver: Driver, captured: Captured, database?: string): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
  try {
    await session.run(captured.cypher, captured.params);
  } finally {
    await session.close();
  }
}
