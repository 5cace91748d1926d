import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { Database } from '../data/database.js';
import { entityCount } from '../data/read/subgraph.js';
import { importRecords, type ImportSummary } from '../importer/importRecords.js';
import { readJsonLines } from '../importer/readJsonLines.js';
import { countryRecords } from './countries.js';

/** The founding material is data only (seed/); this module loads it. */
const SEED_DIR = path.join(PROJECT_ROOT, 'seed');
export const FOUNDING_FILE = path.join(SEED_DIR, 'founding.jsonl');
/** The stance codebook: our definitions, not claims about the world, so kept apart from the sourced facts. */
export const CODEBOOK_FILE = path.join(SEED_DIR, 'codebook.jsonl');
export const SEED_ACTOR = 'seed';

function seedFile(file: string): unknown[] {
  const { records, malformed } = readJsonLines(file);
  if (malformed.length) throw new Error(`seed/${path.basename(file)} line ${malformed[0].line}: ${malformed[0].message}`);
  return records;
}

/** The founding material as import records: the countries and the stance codebook first, then the article and background facts. */
export function seedRecords(): unknown[] {
  return [...countryRecords(), ...seedFile(CODEBOOK_FILE), ...seedFile(FOUNDING_FILE)];
}

export function readSeedText(relative: string): string {
  return fs.readFileSync(path.join(SEED_DIR, relative), 'utf8');
}

/** Loads the seed through the import path; loading it again changes nothing. */
export async function loadSeed(db: Database): Promise<ImportSummary> {
  const summary = await importRecords(db, seedRecords(), { actor: SEED_ACTOR, readTextFile: readSeedText });
  if (summary.refused.length) {
    const first = summary.refused[0];
    throw new Error(`The seed has ${summary.refused.length} refused record(s); first ${first.id}: ${JSON.stringify(first.issues)}`);
  }
  return summary;
}

export async function isEmpty(db: Database): Promise<boolean> {
  return (await db.read(entityCount)) === 0;
}
