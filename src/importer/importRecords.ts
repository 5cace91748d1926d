import type { Database } from '../data/database.js';
import { applyRecords, type ApplyOptions, type Outcome, type RecordResult } from '../data/write/applyRecords.js';

export interface ImportSummary {
  counts: Record<Outcome, number>;
  refused: RecordResult[];
}

export interface ImportOptions extends ApplyOptions {
  batchSize?: number;
  /** Number of records before the first one of `records` (for line numbers in reports). */
  offset?: number;
  onBatch?: (done: number, summary: ImportSummary) => void;
  /** A batch of a thousand records can outlast a request's timeout; an import batch gets its own. */
  batchTimeoutMs?: number;
}

export function emptySummary(): ImportSummary {
  return { counts: { created: 0, updated: 0, unchanged: 0, refused: 0 }, refused: [] };
}

/**
 * Writes records in batches, one write transaction per batch: a crash loses at most the batch under
 * way, and running the same records again changes nothing that is already there.
 */
export async function importRecords(db: Database, records: unknown[], options: ImportOptions): Promise<ImportSummary> {
  const summary = emptySummary();
  const size = options.batchSize ?? 500;
  const offset = options.offset ?? 0;
  for (let i = 0; i < records.length; i += size) {
    const batch = records.slice(i, i + size);
    const results = await db.write((tx) => applyRecords(tx, batch, options), { timeoutMs: options.batchTimeoutMs ?? 300_000 });
    for (const r of results) {
      summary.counts[r.outcome]++;
      if (r.outcome === 'refused') summary.refused.push({ ...r, index: r.index + i + offset });
    }
    options.onBatch?.(i + batch.length, summary);
  }
  return summary;
}
