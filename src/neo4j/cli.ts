/**
 * Smoke check for the local Neo4j: start it, run one query over Bolt, stop it.
 * `npm run db:start` (port from NEO4J_BOLT_PORT, default 7697).
 */
import neo4j from 'neo4j-driver';
import { startLocalNeo4j } from './localServer.js';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const t0 = performance.now();
const server = await startLocalNeo4j({
  dataDir: '.data/neo4j-cli',
  boltPort: Number(process.env.NEO4J_BOLT_PORT ?? 7697),
  log: (line) => console.log(line),
});
console.log(`Neo4j up at ${server.uri} (pid ${server.pid}) after ${seconds(t0)}`);

// Auth is disabled on the local server. No token means scheme 'none' (neo4j-driver 6.3's
// typings lack auth.none(), though it exists at runtime); a basic token would be ignored too.
const driver = neo4j.driver(server.uri);
try {
  const t1 = performance.now();
  const { records } = await driver.executeQuery('RETURN 1 AS one');
  console.log(`RETURN 1 -> ${records[0]?.get('one')} in ${seconds(t1)} (first query, new connection)`);
} finally {
  await driver.close();
  const t2 = performance.now();
  await server.stop();
  console.log(`stopped in ${seconds(t2)}`);
}
