import type { Database, Tx } from '../data/database.js';
import { applyRecords, parseAhead, type ApplyOptions, type Outcome, type ParsedAhead, type RecordResult } from '../data/write/applyRecords.js';
import { retractLines } from '../data/write/retractions.js';

/** One record of an import with where it came from (its line in a file, its position in a list). */
export type ImportItem = { line: number; record: unknown } | { line: number; malformed: string };

export interface LineResult extends RecordResult {
  line: number;
}

export interface ImportSummary {
  counts: Record<Outcome, number>;
  refused: LineResult[];
  /** Lines not written because their record was edited since the file last ran (each with its current version). */
  conflicts: LineResult[];
}

export interface ImportOptions extends ApplyOptions {
  batchSize?: number;
  /**
   * Runs in each batch's write transaction after its records, with the batch's last line and refusals:
   * whatever it writes (an import checkpoint) commits together with the batch or not at all.
   */
  withinBatch?: (tx: Tx, lastLine: number, refusedInBatch: number) => Promise<void>;
  /** After each committed batch. */
  onBatch?: (summary: ImportSummary, lastLine: number, refusedInBatch: LineResult[]) => void;
  /** A batch of a thousand records can outlast a request's timeout, so it gets its own. */
  batchTimeoutMs?: number;
}

export const DEFAULT_BATCH_SIZE = 1000;

export function emptySummary(): ImportSummary {
  return { counts: { created: 0, updated: 0, unchanged: 0, refused: 0, conflict: 0, retracted: 0 }, refused: [], conflicts: [] };
}

/** A batch's lines by what writes them, with its records validated ahead of its transaction. */
async function readyBatch(batch: ImportItem[], options: ImportOptions) {
  const isRetraction = (item: { record: unknown }) => (item.record as { type?: unknown } | null)?.type === 'Retraction';
  const lines = batch.filter((item): item is { line: number; record: unknown } => 'record' in item);
  const records = lines.filter((item) => !isRetraction(item));
  const retractions = lines.filter(isRetraction);
  const malformed = batch.filter((item): item is { line: number; malformed: string } => 'malformed' in item);
  const parsedAhead: ParsedAhead = await parseAhead(records.map((r) => r.record), options);
  return { records, retractions, malformed, parsedAhead, lastLine: batch[batch.length - 1].line };
}

async function writeBatch(db: Database, ready: Awaited<ReturnType<typeof readyBatch>>, options: ImportOptions): Promise<LineResult[]> {
  const { records, retractions, malformed, parsedAhead, lastLine } = ready;
  return db.write(async (tx) => {
    const written = records.length ? await applyRecords(tx, records.map((r) => r.record), { ...options, parsedAhead }) : [];
    const retracted = await retractLines(tx, retractions.map((r, index) => ({ index, record: r.record as Record<string, unknown> })), options.actor);
    const results = [
      ...written.map((r, i) => ({ ...r, line: records[i].line })),
      ...retractions.map((r, index): LineResult => {
        const got = retracted.get(index)!;
        const id = typeof (r.record as { id?: unknown }).id === 'string' ? ((r.record as { id: string }).id) : null;
        return 'issue' in got
          ? { index, id, type: 'Retraction', outcome: 'refused', issues: [{ path: [], message: got.issue }], line: r.line }
          : { index, id, type: 'Retraction', outcome: got.outcome, issues: [], line: r.line };
      }),
    ];
    const refused = results.filter((r) => r.outcome === 'refused').length + malformed.length;
    await options.withinBatch?.(tx, lastLine, refused);
    const unreadable = malformed.map(
      (m): LineResult => ({ index: -1, id: null, type: null, outcome: 'refused', issues: [{ path: [], message: m.malformed }], line: m.line }),
    );
    return [...results, ...unreadable];
  }, { timeoutMs: options.batchTimeoutMs ?? 300_000 });
}

/**
 * Writes records in batches, one write transaction per batch: a crash loses at most the batch under
 * way, and running the same records again changes nothing that is already there. Items may come from
 * a list or stream from a file. While one batch is written the next is read and validated (Node works
 * while Neo4j does), so two batches are held at a time; the writes themselves follow one another, as a
 * batch may point to records of the one before.
 */
export async function importItems(
  db: Database,
  items: Iterable<ImportItem> | AsyncIterable<ImportItem>,
  options: ImportOptions,
): Promise<ImportSummary> {
  const summary = emptySummary();
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let batch: ImportItem[] = [];
  let writing: Promise<void> = Promise.resolve();
  const write = async (ready: Awaited<ReturnType<typeof readyBatch>>) => {
    const results = await writeBatch(db, ready, options);
    const refused = results.filter((r) => r.outcome === 'refused').sort((a, b) => a.line - b.line);
    for (const r of results) summary.counts[r.outcome]++;
    summary.refused.push(...refused);
    summary.conflicts.push(...results.filter((r) => r.outcome === 'conflict').sort((a, b) => a.line - b.line));
    options.onBatch?.(summary, ready.lastLine, refused);
  };
  const flush = async () => {
    const ready = await readyBatch(batch, options);
    batch = [];
    await writing;
    writing = write(ready);
    // Its failure is thrown where it is awaited (the next flush, or the end), not as an unhandled rejection meanwhile.
    writing.catch(() => {});
  };
  // A patch reads the record as held before its batch, so a patch of a record written earlier in the
  // same batch starts a new batch.
  let idsInBatch = new Set<string>();
  const idOf = (item: ImportItem) => ('record' in item ? (item.record as { id?: unknown } | null)?.id : undefined);
  const isPatch = (item: ImportItem) => 'record' in item && (item.record as { mode?: unknown } | null)?.mode === 'patch';
  try {
    for await (const item of items) {
      const id = idOf(item);
      if (batch.length && isPatch(item) && typeof id === 'string' && idsInBatch.has(id)) {
        await flush();
        idsInBatch = new Set();
      }
      batch.push(item);
      if (typeof id === 'string') idsInBatch.add(id);
      if (batch.length >= size) {
        await flush();
        idsInBatch = new Set();
      }
    }
    if (batch.length) await flush();
  } catch (error) {
    // The batch under way ends (commits or not) before the error is reported.
    await writing.catch(() => {});
    throw error;
  }
  await writing;
  return summary;
}

/** A list of records, numbered from 1 in the order given. */
export function importRecords(db: Database, records: unknown[], options: ImportOptions): Promise<ImportSummary> {
  return importItems(
    db,
    records.map((record, i) => ({ line: i + 1, record })),
    options,
  );
}
