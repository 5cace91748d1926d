import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QueryLimits } from './graphql/limits.js';
import { parseEditorTokens, type EditorToken } from './auth/editorTokens.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

export interface Config {
  host: string;
  port: number;
  production: boolean;
  logLevel: string;
  /** Set when NEO4J_URI is given; otherwise the project starts its own local Neo4j. */
  neo4j: Neo4jConnection | null;
  local: { dataDir: string; boltPort: number; heap: string };
  /** Upper bound of every Cypher transaction. */
  txTimeoutMs: number;
  /** Largest `first` any list accepts. */
  maxPageSize: number;
  /** Shape and cost limits of one GraphQL operation. */
  limits: QueryLimits;
  /** Overall time one request may take; its transactions get what is left of it. */
  requestDeadlineMs: number;
  /** Who may write: names and token hashes from EDITOR_TOKENS. */
  editorTokens: EditorToken[];
}

function int(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${key} must be a whole number, not "${raw}".`);
  return value;
}

/** Reads the environment once, at start; everything else receives the result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  return {
    host: env.HOST ?? '127.0.0.1',
    port: int(env, 'PORT', 4000),
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL ?? 'info',
    neo4j: uri
      ? {
          uri,
          username: env.NEO4J_USERNAME ?? 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE || undefined,
        }
      : null,
    local: {
      dataDir: path.resolve(PROJECT_ROOT, env.ENVOY_DATA_DIR ?? '.data/neo4j'),
      boltPort: int(env, 'NEO4J_BOLT_PORT', 7688),
      heap: env.NEO4J_HEAP ?? '1g',
    },
    txTimeoutMs: int(env, 'NEO4J_TX_TIMEOUT_MS', 15_000),
    maxPageSize: int(env, 'MAX_PAGE_SIZE', 100),
    limits: {
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 12),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 15),
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', 3000),
      maxDirectives: int(env, 'GRAPHQL_MAX_DIRECTIVES', 10),
      maxCost: int(env, 'GRAPHQL_MAX_COST', 20_000),
    },
    requestDeadlineMs: int(env, 'REQUEST_DEADLINE_MS', 20_000),
    editorTokens: parseEditorTokens(env.EDITOR_TOKENS),
  };
}
