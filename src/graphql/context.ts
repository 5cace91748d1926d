import type { Config } from '../config.js';
import { withDeadline, type Database } from '../data/database.js';
import { Loaders } from './loaders.js';

export interface RequestContext {
  db: Database;
  config: Config;
  loaders: Loaders;
  /** The request's Authorization header; only writes look at it (see requireEditor). */
  authorization: string | null;
}

/** A request's context; all its transactions share one deadline (REQUEST_DEADLINE_MS). */
export function createContext(db: Database, config: Config, authorization: string | null = null): RequestContext {
  const bounded = withDeadline(db, Date.now() + config.requestDeadlineMs, config.txTimeoutMs);
  return { db: bounded, config, loaders: new Loaders(bounded), authorization };
}
