import fs from 'node:fs';
import path from 'node:path';
import { connect, prepare } from '../src/boot.js';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import type { Database } from '../src/data/database.js';

/**
 * Benchmark data never shares a database with development (7688) or the tests, and each size has its own
 * port, so a long 1 M import can run while a smaller size is measured.
 */
export const benchBoltPort = (statements: number) => 7755 + Math.max(0, Math.round(Math.log10(statements)) - 4);

export const benchDataDir = (statements: number) => `.data/neo4j-bench-${statements}`;

const COMPLETE = 'bench-data.json';

export interface DataSet {
  statements: number;
  seed: number;
  records: number;
  seconds: number;
}

/** Marks a size as fully generated, with how long it took. */
export function markComplete(set: DataSet): void {
  fs.writeFileSync(path.join(PROJECT_ROOT, benchDataDir(set.statements), COMPLETE), JSON.stringify(set, null, 2));
}

/** The sizes whose generation finished, smallest first. */
export function completeDataSets(): DataSet[] {
  const root = path.join(PROJECT_ROOT, '.data');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .map((dir) => path.join(root, dir, COMPLETE))
    .filter((file) => /neo4j-bench-\d+/.test(file) && fs.existsSync(file))
    .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as DataSet)
    .sort((a, b) => a.statements - b.statements);
}

export interface BenchDatabase {
  db: Database;
  config: Config;
  /** Where the data is, for the report. */
  where: string;
  close(): Promise<void>;
}

/** The database for one data size: NEO4J_URI when set, else a local Neo4j of its own; seeded and constrained. */
export async function openBenchDatabase(statements: number, log: (line: string) => void): Promise<BenchDatabase> {
  // The 1 M store is ~7 GB; with the local default of 512 MB of page cache every question would read from disk.
  process.env.NEO4J_PAGECACHE_SIZE ??= '6g';
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    ENVOY_DATA_DIR: benchDataDir(statements),
    NEO4J_BOLT_PORT: String(benchBoltPort(statements)),
    NEO4J_HEAP: process.env.NEO4J_HEAP ?? '2g',
  });
  const { db, local } = await connect(config, log);
  await prepare(db, log);
  return {
    db,
    config,
    where: config.neo4j?.uri ?? `${benchDataDir(statements)} (Bolt ${benchBoltPort(statements)})`,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
