import { connect, prepare } from './boot.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './data/database.js';

export interface CommandDatabase {
  db: Database;
  close(): Promise<void>;
}

/**
 * The graph a command-line tool works on: the Neo4j NEO4J_URI names; else the local one a running
 * `npm start` serves; else a local one started for the command and stopped after it. Constraints are
 * applied and an empty graph gets the seed, as at server start.
 */
export async function openCommandDatabase(config: Config, log: (line: string) => void): Promise<CommandDatabase> {
  if (!config.neo4j) {
    const running = openDatabase(
      { uri: `bolt://127.0.0.1:${config.local.boltPort}`, username: 'neo4j', password: '', database: undefined },
      { txTimeoutMs: config.txTimeoutMs },
    );
    const answers = await running.ping().then(
      () => true,
      () => false,
    );
    if (answers) {
      await prepare(running, log);
      return { db: running, close: () => running.close() };
    }
    await running.close();
  }
  const { db, local } = await connect(config, log);
  await prepare(db, log);
  return {
    db,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}

/** A command-line tool that cannot run says why on stderr and exits with 2 (1 is kept for refused records). */
export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
