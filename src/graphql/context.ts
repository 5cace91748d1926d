import type { Config } from '../config.js';
import type { Database } from '../data/database.js';
import { Loaders } from './loaders.js';

export interface RequestContext {
  db: Database;
  config: Config;
  loaders: Loaders;
}

export function createContext(db: Database, config: Config): RequestContext {
  return { db, config, loaders: new Loaders(db) };
}
