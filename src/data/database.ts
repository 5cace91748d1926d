import neo4j, { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.js';

export type Row = Record<string, any>;

/** JavaScript numbers reach Cypher as floats; SKIP and LIMIT need integers. */
export const integer = (n: number) => neo4j.int(n);

/** What query code sees of a read or a write transaction: run a parameterised statement, get plain rows back. */
export interface Tx {
  run(cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
}

export interface Database {
  /**
   * Each statement of a read commits on its own: Neo4j reads committed data, so statements of one read
   * transaction could see a write land between them all the same. Transient failures retry the whole work.
   */
  read<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T>;
  write<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T>;
  /** Schema statements (constraints, indexes) cannot share a transaction with data; each runs alone. */
  runSchema(cypher: string): Promise<void>;
  /** Resolves when the database answers; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
  readonly driver: Driver;
}

export interface TxOptions {
  /** Overrides the default timeout, for work known to be long (a bulk import batch). */
  timeoutMs?: number;
  /** The transaction starts only once the database has applied these (a cluster member may lag behind). */
  bookmarks?: string[];
  /** Receives the bookmarks of a committed transaction, which later readers can wait for. */
  onBookmarks?: (bookmarks: string[]) => void;
}

export interface DatabaseOptions {
  txTimeoutMs: number;
  /** Called once per statement sent to Neo4j; tests count round trips with it. */
  onStatement?: (cypher: string) => void;
}

/** A request ran out of its time before its next transaction could start. */
export class DeadlineExceeded extends Error {
  readonly code = 'DeadlineExceeded';
}

/** Neo4j's own word for a transaction stopped at its timeout; it also ends the query inside Neo4j. */
export const TIMED_OUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'DeadlineExceeded',
]);

/**
 * The same database, with every transaction bounded by what is left until `deadline` (epoch ms): a
 * request's overall time limit reaches into Neo4j, which stops the query when the time is up.
 */
export function withDeadline(db: Database, deadline: number, defaultTimeoutMs: number): Database {
  const bounded = (options?: TxOptions): TxOptions => {
    const left = deadline - Date.now();
    if (left <= 0) throw new DeadlineExceeded('The request ran out of time.');
    return { ...options, timeoutMs: Math.min(options?.timeoutMs ?? defaultTimeoutMs, left) };
  };
  return {
    ...db,
    read: (work, options) => db.read(work, bounded(options)),
    write: (work, options) => db.write(work, bounded(options)),
  };
}

/**
 * The same database, read-your-writes across instances: every transaction waits for `given` (a client's
 * Neo4j-Bookmarks header) and for this request's own earlier writes; `written` receives each commit's bookmarks.
 */
export function withBookmarks(db: Database, given: string[], written: (bookmarks: string[]) => void): Database {
  let latest = given;
  const causal = (options?: TxOptions): TxOptions => ({
    ...options,
    bookmarks: latest,
    onBookmarks: (bookmarks) => {
      latest = bookmarks;
      written(bookmarks);
      options?.onBookmarks?.(bookmarks);
    },
  });
  return {
    ...db,
    read: (work, options) => db.read(work, causal(options)),
    write: (work, options) => db.write(work, causal(options)),
  };
}

/** A statement needed more memory than Neo4j lets one transaction hold. */
export class QueryTooLarge extends Error {
  readonly code = 'QueryTooLarge';
}

/** Neo4j calls running out of transaction memory transient, but the same question would only fail again. */
const OUT_OF_MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

type Send = (cypher: string, params: Record<string, unknown>) => Promise<{ records: { toObject(): Row }[] }>;

function wrap(send: Send, onStatement?: (cypher: string) => void): Tx {
  return {
    async run(cypher, params = {}) {
      onStatement?.(cypher);
      try {
        const result = await send(cypher, params);
        return result.records.map((r) => r.toObject());
      } catch (error) {
        // A plain error, so neither the driver nor a read's own retries ask again for maxTransactionRetryTime.
        if (OUT_OF_MEMORY_CODES.has((error as { code?: string }).code ?? '')) throw new QueryTooLarge((error as Error).message);
        throw error;
      }
    },
  };
}

/** How long a failed transaction is tried again, and the first pause (doubled each time), as the driver's defaults shape it. */
const MAX_RETRY_MS = 3_000;
const RETRY_FIRST_DELAY_MS = 1_000;

/**
 * Reads go through read sessions and writes through write transactions, so a neo4j:// URI routes
 * them across a cluster; each transaction carries a timeout so nothing runs on after its request.
 */
export function openDatabase(connection: Neo4jConnection, options: DatabaseOptions): Database {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: MAX_RETRY_MS,
  });
  const session = (mode: 'READ' | 'WRITE', bookmarks?: string[]) =>
    driver.session({
      database: connection.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarks: bookmarks?.length ? bookmarks : undefined,
    });

  /**
   * A read as auto-commit statements: RUN and PULL go out together, one round trip each, where a read
   * transaction adds a COMMIT round trip (and a BEGIN message) for nothing, since Neo4j reads committed data
   * either way. The session carries the read routing, bookmarks and timeout; transient failures (a leader
   * switch, a lost connection) run the whole work again, as the driver retries a transaction.
   */
  async function autoCommitRead<T>(work: (tx: Tx) => Promise<T>, tx?: TxOptions): Promise<T> {
    const txConfig = { timeout: tx?.timeoutMs ?? options.txTimeoutMs };
    const started = Date.now();
    for (let delay = RETRY_FIRST_DELAY_MS; ; delay *= 2) {
      const s = session('READ', tx?.bookmarks);
      try {
        return await work(wrap((cypher, params) => s.run(cypher, params, txConfig), options.onStatement));
      } catch (error) {
        if (!isRetryableError(error) || Date.now() - started + delay > MAX_RETRY_MS) throw error;
      } finally {
        await s.close();
      }
      await new Promise((resolve) => setTimeout(resolve, delay * (0.8 + Math.random() * 0.4)));
    }
  }

  async function write<T>(work: (tx: Tx) => Promise<T>, tx?: TxOptions): Promise<T> {
    const s = session('WRITE', tx?.bookmarks);
    try {
      const result = await s.executeWrite((t: ManagedTransaction) => work(wrap((cypher, params) => t.run(cypher, params), options.onStatement)), {
        timeout: tx?.timeoutMs ?? options.txTimeoutMs,
      });
      tx?.onBookmarks?.(s.lastBookmarks());
      return result;
    } finally {
      await s.close();
    }
  }

  return {
    driver,
    read: autoCommitRead,
    write,
    async runSchema(cypher) {
      options.onStatement?.(cypher);
      await driver.executeQuery(cypher, {}, { database: connection.database });
    },
    async ping() {
      await driver.verifyConnectivity({ database: connection.database });
    },
    close: () => driver.close(),
  };
}
