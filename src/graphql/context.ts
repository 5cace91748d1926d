import type { Config } from '../config.js';
import { withBookmarks, withDeadline, type Database } from '../data/database.js';
import { Loaders } from './loaders.js';

export interface RequestContext {
  db: Database;
  config: Config;
  loaders: Loaders;
  /** The request's Authorization header; only writes look at it (see requireEditor). */
  authorization: string | null;
  /** What the Neo4j-Bookmarks header asked reads to wait for, and the bookmarks of this request's own commits. */
  bookmarks: { given: string[]; written: string[] };
}

/**
 * A request's context: all its transactions share one deadline (REQUEST_DEADLINE_MS), and each waits for the
 * bookmarks the client sent and for the request's own earlier writes.
 */
export function createContext(db: Database, config: Config, authorization: string | null = null, bookmarks: string[] = []): RequestContext {
  const seen = { given: bookmarks, written: [] as string[] };
  const causal = withBookmarks(db, bookmarks, (latest) => (seen.written = latest));
  const bounded = withDeadline(causal, Date.now() + config.requestDeadlineMs, config.txTimeoutMs);
  return { db: bounded, config, loaders: new Loaders(bounded), authorization, bookmarks: seen };
}
