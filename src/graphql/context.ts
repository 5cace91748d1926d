import type { Config } from '../config.js';
import type { Database } from '../data/database.js';
import { Loaders } from './loaders.js';

export interface RequestContext {
  db: Database;
  config: Config;
  loaders: Loaders;
  /** The request's Authorization header; only writes look at it (see requireEditor). */
  authorization: string | null;
}

export function createContext(db: Database, config: Config, authorization: string | null = null): RequestContext {
  return { db, config, loaders: new Loaders(db), authorization };
}
