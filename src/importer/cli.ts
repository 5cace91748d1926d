/**
 * `npm run import -- FILE [--batch N] [--as NAME]`: loads a JSON Lines file of import records
 * (docs/import-format.md). Progress goes to stderr, the summary to stdout; the exit code is 1 when any
 * record was refused or in conflict, 2 when the import could not run.
 */
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { fail, openCommandDatabase } from '../commandDatabase.js';
import { loadConfig } from '../config.js';
import { fieldPath } from '../errors.js';
import { DEFAULT_BATCH_SIZE, type LineResult } from './importRecords.js';
import { importFile, type FileImportReport, type Progress } from './importFile.js';

const USAGE = 'Usage: npm run import -- FILE [--batch N] [--as NAME]';
/** A summary lists this many refusals; the rest were printed as they happened. */
const LISTED_REFUSALS = 100;

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { batch: { type: 'string' }, as: { type: 'string' } },
  });
  if (positionals.length !== 1) fail(USAGE);
  const file = positionals[0];
  if (!fs.existsSync(file)) fail(`No file at ${file}.`);
  const batch = Number(values.batch ?? DEFAULT_BATCH_SIZE);
  if (!Number.isInteger(batch) || batch < 1 || batch > 50_000) fail('--batch takes a whole number from 1 to 50000.');
  return { file, batch, actor: values.as ?? `import:${os.userInfo().username}` };
}

const number = (n: number) => n.toLocaleString('en-US');

function describeRefusal(r: LineResult): string {
  const issues = r.issues.map((i) => `${fieldPath('', i.path) || 'record'}: ${i.message}`).join('; ');
  return `line ${r.line}${r.id ? ` (${r.id})` : ''}: ${issues}`;
}

function describeConflict(r: LineResult): string {
  return `line ${r.line} (${r.id}): the record was edited since this file last ran; kept at version ${r.currentVersion} (send your change through the API with that version, or edit the line)`;
}

function progressLine({ line, lines, summary, seconds }: Progress): string {
  const { created, updated, unchanged, refused, conflict, retracted } = summary.counts;
  const done = created + updated + unchanged + refused + conflict + retracted;
  const percent = lines ? Math.floor((100 * line) / lines) : 100;
  return `line ${number(line)}/${number(lines)} (${percent}%): created ${number(created)}, updated ${number(updated)}, unchanged ${number(unchanged)}, retracted ${number(retracted)}, refused ${number(refused)}, conflicts ${number(conflict)}; ${number(Math.round(done / Math.max(seconds, 0.001)))} records/s`;
}

function summaryText(file: string, report: FileImportReport): string {
  const { counts, refused, conflicts } = report.summary;
  const records = counts.created + counts.updated + counts.unchanged + counts.retracted + counts.refused + counts.conflict;
  const out = [
    `Imported ${file}: ${number(records)} records in ${report.seconds.toFixed(1)} s (${number(Math.round(records / Math.max(report.seconds, 0.001)))} records/s).`,
  ];
  if (report.resumedAfter) {
    out.push(`Resumed after line ${number(report.resumedAfter)}, which an interrupted run had committed (it refused ${number(report.refusedEarlier)}).`);
  }
  out.push(`  created   ${number(counts.created)}`, `  updated   ${number(counts.updated)}`, `  unchanged ${number(counts.unchanged)}`, `  retracted ${number(counts.retracted)}`, `  refused   ${number(counts.refused)}`, `  conflicts ${number(counts.conflict)}`);
  if (refused.length) {
    out.push('Refused:', ...refused.slice(0, LISTED_REFUSALS).map((r) => `  ${describeRefusal(r)}`));
    if (refused.length > LISTED_REFUSALS) out.push(`  … and ${number(refused.length - LISTED_REFUSALS)} more (listed above as they happened).`);
  }
  if (conflicts.length) {
    out.push('Conflicts (not written):', ...conflicts.slice(0, LISTED_REFUSALS).map((r) => `  ${describeConflict(r)}`));
    if (conflicts.length > LISTED_REFUSALS) out.push(`  … and ${number(conflicts.length - LISTED_REFUSALS)} more.`);
  }
  return out.join('\n');
}

async function main() {
  const { file, batch, actor } = options();
  const { db, close } = await openCommandDatabase(loadConfig(), (line) => console.error(line));
  try {
    const report = await importFile(db, file, {
      actor,
      batchSize: batch,
      onStart: ({ lines, resumedAfter }) =>
        console.error(resumedAfter ? `Resuming ${file} after line ${number(resumedAfter)} of ${number(lines)}.` : `Importing ${file} (${number(lines)} lines).`),
      onRefused: (r) => console.error(`refused ${describeRefusal(r)}`),
      onProgress: (p) => console.error(progressLine(p)),
    });
    console.log(summaryText(file, report));
    process.exitCode = report.summary.counts.refused + report.summary.counts.conflict + report.refusedEarlier > 0 ? 1 : 0;
  } finally {
    await close();
  }
}

main().catch((error) => fail(`The import stopped: ${(error as Error).message}`));
