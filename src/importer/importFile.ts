import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../data/database.js';
import { readImportRun, saveImportRun } from '../data/write/importRuns.js';
import { importItems, type ImportSummary, type LineResult } from './importRecords.js';
import { fileDigest, jsonLines } from './jsonLines.js';

export interface Progress {
  /** The last line committed. */
  line: number;
  lines: number;
  summary: ImportSummary;
  seconds: number;
}

export interface FileImportOptions {
  actor: string;
  batchSize?: number;
  onStart?: (start: { lines: number; resumedAfter: number }) => void;
  onProgress?: (progress: Progress) => void;
  onRefused?: (refused: LineResult) => void;
}

export interface FileImportReport {
  summary: ImportSummary;
  lines: number;
  /** Lines an interrupted earlier run had committed, which this run skipped. */
  resumedAfter: number;
  /** Records that interrupted earlier runs refused (their lines were reported by those runs). */
  refusedEarlier: number;
  seconds: number;
}

/**
 * Imports a JSON Lines file. A run that is killed can be run again: it resumes after the last batch
 * that committed (the checkpoint commits in that batch's transaction), and re-reading any line would
 * change nothing anyway. A run over a file that was imported completely reads it all again, so it
 * reports every record as unchanged, or as a conflict where the graph was edited since: an import
 * never reverts an edit made after the file last ran (see importConflicts in applyRecords.ts).
 */
export async function importFile(db: Database, file: string, options: FileImportOptions): Promise<FileImportReport> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const { sha256, lines } = await fileDigest(file);
  const earlier = await db.read((tx) => readImportRun(tx, sha256));
  const resumedAfter = earlier && !earlier.complete ? earlier.line : 0;
  const refusedEarlier = earlier && !earlier.complete ? earlier.refused : 0;
  options.onStart?.({ lines, resumedAfter });

  const dir = path.dirname(path.resolve(file));
  const run = { fileHash: sha256, file: path.basename(file) };
  let refusedCommitted = refusedEarlier;
  const summary = await importItems(db, jsonLines(file, resumedAfter), {
    actor: options.actor,
    batchSize: options.batchSize,
    readTextFile: (relative) => fs.readFileSync(path.resolve(dir, relative), 'utf8'),
    importedFrom: { file: run.file, rerun: earlier?.complete === true },
    withinBatch: (tx, line, refusedInBatch) =>
      saveImportRun(tx, { ...run, line, complete: false, refused: refusedCommitted + refusedInBatch }, options.actor),
    onBatch: (current, line, refused) => {
      refusedCommitted = refusedEarlier + current.counts.refused;
      refused.forEach((r) => options.onRefused?.(r));
      options.onProgress?.({ line, lines, summary: current, seconds: seconds() });
    },
  });
  await db.write((tx) => saveImportRun(tx, { ...run, line: lines, complete: true, refused: refusedCommitted }, options.actor));
  return { summary, lines, resumedAfter, refusedEarlier, seconds: seconds() };
}
