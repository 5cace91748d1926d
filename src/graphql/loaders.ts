import DataLoader from 'dataloader';
import type { Database, Row } from '../data/database.js';
import type { After, KeyedPage } from '../data/read/keyset.js';
import { citationsOf, legsOf, namesOf, nodesByIds, origins, related, sourceTexts } from '../data/read/queries.js';
import type { RelationKey } from '../data/read/relations.js';

type Fetch<V> = (ids: readonly string[]) => Promise<Map<string, V>>;

/**
 * Per-request batching: every field of a kind asked for during one tick of execution becomes one
 * read (one statement), whatever the number of parents.
 */
export class Loaders {
  private readonly pages = new Map<string, DataLoader<string, KeyedPage>>();
  readonly node: DataLoader<string, Row | null>;
  readonly citations: DataLoader<string, Row[]>;
  readonly names: DataLoader<string, Row[]>;
  readonly legs: DataLoader<string, Row[]>;
  readonly sourceText: DataLoader<string, string | null>;
  /** Who created a record and when (`{by, at}`), from the audit trail. */
  readonly origin: DataLoader<string, Row | null>;

  constructor(private readonly db: Database) {
    this.node = this.loader((ids) => db.read((tx) => nodesByIds(tx, ids)), null);
    this.citations = this.loader((ids) => db.read((tx) => citationsOf(tx, ids)), []);
    this.names = this.loader((ids) => db.read((tx) => namesOf(tx, ids)), []);
    this.legs = this.loader((ids) => db.read((tx) => legsOf(tx, ids)), []);
    this.sourceText = this.loader((ids) => db.read((tx) => sourceTexts(tx, ids)), null);
    this.origin = this.loader((ids) => db.read((tx) => origins(tx, ids)), null);
  }

  private loader<V>(fetch: Fetch<V>, missing: V): DataLoader<string, V> {
    return new DataLoader(async (ids) => {
      const found = await fetch(ids);
      return ids.map((id) => (found.has(id) ? found.get(id)! : missing));
    });
  }

  related(key: RelationKey, after: After | null, limit: number): DataLoader<string, KeyedPage> {
    const cacheKey = JSON.stringify([key, after?.key, after?.id, limit]);
    let loader = this.pages.get(cacheKey);
    if (!loader) {
      loader = this.loader((ids) => this.db.read((tx) => related(tx, key, ids, after, limit)), { total: 0, nodes: [], keys: [], hasNextPage: false });
      this.pages.set(cacheKey, loader);
    }
    return loader;
  }
}
