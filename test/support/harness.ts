import { inject } from 'vitest';
import { serve } from '../../src/boot.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/data/database.js';
import { createLogger } from '../../src/logger.js';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

export interface Harness {
  url: string;
  db: Database;
  config: Config;
  /** Every Cypher statement the server sent since the last reset. */
  statements: string[];
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** The data of a request that must succeed; its errors, if any, fail the test with their messages. */
  data<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
  close(): Promise<void>;
}

/** A real server process-in-process on a free port, over the suite's Neo4j. */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const neo4j = inject('neo4j');
  // `env` may point the server at another Neo4j (NEO4J_URI …) than the suite's.
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database ?? '',
    ...env,
  });
  const statements: string[] = [];
  const db = openDatabase(config.neo4j!, { txTimeoutMs: config.txTimeoutMs, onStatement: (c) => statements.push(c) });
  const server = await serve(db, config, createLogger('silent'));
  const harness: Harness = {
    url: server.url,
    db,
    config,
    statements,
    async gql(query, variables, headers = {}) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse;
    },
    async data(query, variables, headers) {
      const response = await harness.gql(query, variables, headers);
      if (response.errors?.length) throw new Error(response.errors.map((e) => e.message).join('\n'));
      return response.data;
    },
    async close() {
      await server.close();
      await db.close();
    },
  };
  return harness;
}
