import { RECORD_TYPES, type FieldModel } from '../../model/index.js';
import { parsePartialDate, storedProps, type SinglePrecision } from '../../records/partialDate.js';
import { integer, type Database } from '../database.js';
import { anyMadeFor, refreshMadeFor, standingOf, statementsResting } from './madeFor.js';

const BATCH = 1_000;

/** Every stored date: each record type's date fields, and a name's validity. Labels and keys come from the model, never from input. */
const DATE_KEYS: Array<[string, string]> = [
  ...RECORD_TYPES.flatMap((t) =>
    Object.entries(t.fields as Record<string, FieldModel>)
      .filter(([, f]) => f.kind === 'date')
      .map(([key]): [string, string] => [t.label, key]),
  ),
  ['Name', 'validFrom'],
  ['Name', 'validTo'],
];

/** The text a single date was written as, from the first day and precision a graph kept before ranges. */
function writtenAs(first: string, precision: SinglePrecision): string {
  if (precision === 'YEAR') return first.slice(0, 4);
  if (precision === 'MONTH') return first.slice(0, 7);
  return first;
}

/**
 * A graph written before ranges and bounds kept a date as its first day and precision only; the questions
 * now read its last day and the answers its text, so those are added here, in batches, once (dates that
 * have their text are left alone).
 */
export async function backfillStoredDates(db: Database): Promise<number> {
  // Made-for links written before the dates were completed read the old ones; a graph without any gets them after (boot.ts).
  const linked = await anyMadeFor(db);
  let total = 0;
  for (const [label, key] of DATE_KEYS) {
    // A stored date that no longer reads as one is left as it is, never cleared.
    const unreadable: string[] = [];
    for (;;) {
      const rows = await db.read((tx) =>
        tx.run(
          `MATCH (n:${label}) WHERE n.${key} IS NOT NULL AND n.${key}Text IS NULL AND NOT elementId(n) IN $unreadable
           RETURN elementId(n) AS node, n.id AS id, n.${key} AS first, n.${key}Precision AS precision LIMIT $batch`,
          { batch: integer(BATCH), unreadable },
        ),
      );
      if (!rows.length) break;
      const dates = rows.flatMap((r) => {
        const stored = parsePartialDate(writtenAs(String(r.first), (r.precision ?? 'DAY') as SinglePrecision));
        if (!stored) unreadable.push(r.node);
        return stored ? [{ node: r.node, id: r.id as string, props: storedProps(key, stored) }] : [];
      });
      await db.write(async (tx) => {
        await tx.run('UNWIND $dates AS d MATCH (n) WHERE elementId(n) = d.node SET n += d.props', { dates });
        if (!linked || (label !== 'Statement' && label !== 'Office')) return;
        const ids = dates.map((d) => d.id);
        const offices = label === 'Office' ? [...(await standingOf(tx, ids))].map(([id, s]) => ({ id, holders: s.holders })) : [];
        await refreshMadeFor(tx, label === 'Statement' ? ids : await statementsResting(tx, offices));
      });
      total += dates.length;
    }
  }
  return total;
}
