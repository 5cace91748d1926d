import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

/** Shape and cost limits of one GraphQL operation. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

/** An editor as configured: a name for the audit trail and the SHA-256 of their token (never the token). */
export interface EditorToken {
  name: string;
  sha256: Buffer;
}

const ENTRY = /^([A-Za-z0-9._@-]{1,100}):([0-9a-f]{64})$/;

/** `EDITOR_TOKENS=alice:<sha256 hex>,bob:<sha256 hex>`; a malformed entry stops the start, naming it. */
function parseEditorTokens(raw: string | undefined): EditorToken[] {
  if (!raw?.trim()) return [];
  return raw.split(',').map((entry) => {
    const match = ENTRY.exec(entry.trim());
    if (!match) {
      throw new Error(
        `EDITOR_TOKENS entry "${entry.trim().slice(0, 40)}" is not name:sha256hex; create entries with npm run token -- NAME.`,
      );
    }
    return { name: match[1], sha256: Buffer.from(match[2], 'hex') };
  });
}

export interface Config {
  host: string;
  port: number;
  /** NODE_ENV=development: errors carry stack traces and the validator suggests field names. Nothing else does. */
  development: boolean;
  /** The schema answers introspection (the playground needs it) unless INTROSPECTION=off. */
  introspection: boolean;
  /** Origins other than the server's own whose pages may call the API (CORS_ORIGINS); `*` for any. */
  corsOrigins: string[];
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

function onOff(env: NodeJS.ProcessEnv, key: string, fallback: boolean): boolean {
  const raw = env[key]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['on', 'true', '1'].includes(raw)) return true;
  if (['off', 'false', '0'].includes(raw)) return false;
  throw new Error(`${key} must be on or off, not "${env[key]}".`);
}

/** `https://a.example, http://127.0.0.1:8888` as exact origins: scheme, host and port, no path. */
function origins(raw: string | undefined): string[] {
  const list = (raw ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of list) {
    if (origin === '*') continue;
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new Error(`CORS_ORIGINS lists "${origin}", which is not an origin: write scheme, host and port only, like http://127.0.0.1:8888.`);
    }
  }
  return list.includes('*') ? ['*'] : list;
}

/** Reads the environment once, at start; everything else receives the result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  return {
    host: env.HOST ?? '127.0.0.1',
    port: int(env, 'PORT', 4000),
    development: env.NODE_ENV === 'development',
    introspection: onOff(env, 'INTROSPECTION', true),
    corsOrigins: origins(env.CORS_ORIGINS),
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
