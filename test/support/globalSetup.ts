import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../../src/config.js';
import { applyConstraints } from '../../src/data/constraints.js';
import { openDatabase } from '../../src/data/database.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.js';
import { loadSeed } from '../../src/seed/load.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database: string | null };
  }
}

/**
 * The suite runs against a real Neo4j: the one NEO4J_URI names (whose data the tests replace), or a
 * fresh local one on its own port and data directory.
 */
export default async function setup(project: TestProject) {
  let local: LocalNeo4j | null = null;
  let connection;
  if (process.env.NEO4J_URI) {
    connection = {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? null,
    };
  } else {
    // Separate ports get separate stores, so two suites can run side by side.
    const boltPort = Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7689);
    const dataDir = path.join(PROJECT_ROOT, '.data', `neo4j-test-${boltPort}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    local = await startLocalNeo4j({
      dataDir,
      boltPort,
      log: (line) => (line.startsWith('neo4j:') ? undefined : console.log(line)),
    });
    connection = { uri: local.uri, username: 'neo4j', password: '', database: null };
  }
  const db = openDatabase({ ...connection, database: connection.database ?? undefined }, { txTimeoutMs: 300_000 });
  // In slices, each its own transaction, so a large database given through NEO4J_URI empties without one huge one.
  for (;;) {
    const [{ deleted }] = await db.write((tx) => tx.run('MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted'));
    if (deleted === 0) break;
  }
  await applyConstraints(db);
  await loadSeed(db);
  await db.close();
  project.provide('neo4j', connection);
  return async () => {
    await local?.stop();
  };
}
