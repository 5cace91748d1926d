import type { AddressInfo } from 'node:net';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import Fastify from 'fastify';
import type { Logger } from 'pino';
import type { Config, Neo4jConnection } from './config.js';
import { applyConstraints } from './data/constraints.js';
import { openDatabase, type Database, type DatabaseOptions } from './data/database.js';
import { markBackfillsDone, runBackfills } from './data/write/backfills.js';
import { createApollo } from './graphql/apollo.js';
import { MAX_BODY_BYTES, registerRoutes } from './http/server.js';
import { startLocalNeo4j, type LocalNeo4j } from './neo4j/localServer.js';
import { isEmpty, loadSeed } from './seed/load.js';

export class StartupError extends Error {}

/** Seconds since `started` (performance.now()), as the start-up lines print them. */
export const secondsSince = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/** The configured Neo4j, or the project's own local one when NEO4J_URI is not set. */
export async function connect(
  config: Config,
  log: (line: string) => void,
  hooks: Partial<DatabaseOptions> = {},
): Promise<{ db: Database; connection: Neo4jConnection; local: LocalNeo4j | null }> {
  let local: LocalNeo4j | null = null;
  let connection = config.neo4j;
  if (!connection) {
    const started = performance.now();
    try {
      local = await startLocalNeo4j({ dataDir: config.local.dataDir, boltPort: config.local.boltPort, heap: config.local.heap, log });
    } catch (error) {
      throw new StartupError((error as Error).message);
    }
    log(`Local Neo4j started in ${secondsSince(started)}.`);
    connection = { uri: local.uri, username: 'neo4j', password: '', database: undefined };
  }
  const db = openDatabase(connection, { txTimeoutMs: config.txTimeoutMs, ...hooks });
  try {
    await db.ping();
  } catch (error) {
    await db.close();
    await local?.stop();
    throw new StartupError(
      `Cannot reach Neo4j at ${connection.uri} (${(error as Error).message.split('\n')[0]}): check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, or unset NEO4J_URI to use the local Neo4j.`,
    );
  }
  return { db, connection, local };
}

/** Constraints and indexes always (idempotent); the seed only into an empty graph; backfills a graph has not had. */
export async function prepare(db: Database, log: (line: string) => void): Promise<void> {
  await applyConstraints(db);
  if (await isEmpty(db)) {
    await markBackfillsDone(db);
    log('Empty graph: loading the founding material…');
    const started = performance.now();
    const summary = await loadSeed(db);
    log(`Seed loaded: ${summary.counts.created} records in ${secondsSince(started)}.`);
  }
  await runBackfills(db, log);
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function serve(db: Database, config: Config, logger: Logger, port = config.port): Promise<RunningServer> {
  const app = Fastify({ bodyLimit: MAX_BODY_BYTES, logger: false });
  // On stop, Apollo stops the server taking connections and lets requests under way finish (a few seconds at most).
  const apollo = createApollo(config, logger, [ApolloServerPluginDrainHttpServer({ httpServer: app.server, stopGracePeriodMillis: 3_000 })]);
  await apollo.start();
  await registerRoutes(app, apollo, db, config, logger);
  await app.listen({ port, host: config.host });
  const { port: bound } = app.server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${bound}/graphql`,
    async close() {
      await apollo.stop();
      await app.close();
    },
  };
}
