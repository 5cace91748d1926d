import { integer, type Database } from '../database.js';
import { backfillStoredDates } from './dateKeys.js';
import { backfillHolderNames } from './holderNames.js';
import { backfillMadeFor } from './madeFor.js';
import { backfillSearchKeys } from './searchKeys.js';

/**
 * What every write keeps beside a record (search keys, each date's last day and text, holder names on stances,
 * made-for links) reaches a graph written before it was kept through a backfill, run once on start. A
 * `Backfill {name}` node marks each one done, so later starts cost one lookup instead of a scan of the graph
 * (a million statements take minutes to scan). Runs in this order: made-for links read a statement's last day.
 * A backfill interrupted before its mark starts over on the next start; each batch is whole.
 */
const BACKFILLS = [
  { name: 'SEARCH_KEYS', run: backfillSearchKeys, says: (n: number) => `Search keys added to ${n} names and statements written before search existed.` },
  { name: 'DATE_TEXTS', run: backfillStoredDates, says: (n: number) => `Last days and text added to ${n} dates written before ranges and bounds.` },
  {
    name: 'HOLDER_NAMES',
    run: backfillHolderNames,
    says: (n: number) => `Holder names copied onto ${n} stances written before stanceHolders read them from an index.`,
  },
  { name: 'MADE_FOR', run: backfillMadeFor, says: (n: number) => `Made-for links added to ${n} statements written before them.` },
] as const;

export type BackfillName = (typeof BACKFILLS)[number]['name'];

const NAMES = BACKFILLS.map((b) => b.name);

async function mark(db: Database, names: readonly string[]): Promise<void> {
  await db.write((tx) => tx.run('UNWIND $names AS name MERGE (:Backfill {name: name})', { names }));
}

/** An empty graph needs none of them: every write keeps what they add. */
export function markBackfillsDone(db: Database): Promise<void> {
  return mark(db, NAMES);
}

/** Runs the backfills this graph has not had, in order; how many items each that ran changed. */
export async function runBackfills(db: Database, log: (line: string) => void = () => {}): Promise<Partial<Record<BackfillName, number>>> {
  const rows = await db.read((tx) => tx.run('MATCH (b:Backfill) WHERE b.name IN $names RETURN b.name AS name LIMIT $most', { names: NAMES, most: integer(NAMES.length) }));
  const done = new Set(rows.map((r) => r.name as string));
  const changed: Partial<Record<BackfillName, number>> = {};
  for (const backfill of BACKFILLS) {
    if (done.has(backfill.name)) continue;
    const n = await backfill.run(db);
    if (n) log(backfill.says(n));
    await mark(db, [backfill.name]);
    changed[backfill.name] = n;
  }
  return changed;
}
