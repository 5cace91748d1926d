/**
 * `npm run export -- --format graphml|csv|json [--around ID [--depth 1|2] | --ids ID,ID,...] [--out PATH]`
 * GraphML and JSON go to PATH or stdout; CSV needs a directory (`--out DIR`) for nodes.csv and edges.csv.
 * The whole graph streams page by page, so its size is not bounded by memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { fail, openCommandDatabase } from '../commandDatabase.js';
import { loadConfig } from '../config.js';
import { EXPORT_FILES, writeExport, type ExportFormat } from './exportGraph.js';
import { planExport, type ExportScope } from './plan.js';

const USAGE = 'Usage: npm run export -- --format graphml|csv|json [--around ID [--depth 1|2] | --ids ID,ID,...] [--out PATH]';

function options() {
  const { values } = parseArgs({
    options: {
      format: { type: 'string' },
      around: { type: 'string' },
      depth: { type: 'string' },
      ids: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const format = values.format?.toUpperCase() as ExportFormat | undefined;
  if (!format || !(format in EXPORT_FILES)) fail(USAGE);
  if (format === 'CSV' && !values.out) fail('CSV is two files: give a directory with --out DIR.');
  const scope: ExportScope = {
    around: values.around ?? null,
    depth: values.depth === undefined ? 1 : Number(values.depth),
    ids: values.ids ? values.ids.split(',').map((id) => id.trim()).filter(Boolean) : null,
  };
  return { format, scope, out: values.out ?? null };
}

function target(format: ExportFormat, out: string | null, file: string): Writable {
  if (!out) return process.stdout;
  if (format !== 'CSV') return fs.createWriteStream(out);
  fs.mkdirSync(out, { recursive: true });
  return fs.createWriteStream(path.join(out, file));
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
}

async function finish(stream: Writable): Promise<void> {
  if (stream === process.stdout) return;
  await new Promise((resolve) => stream.end(resolve));
}

async function main() {
  const { format, scope, out } = options();
  const { db, close } = await openCommandDatabase(loadConfig(), (line) => console.error(line));
  try {
    const plan = await planExport(db, scope, null);
    const streams = new Map(EXPORT_FILES[format].map((f) => [f.name, target(format, out, f.name)]));
    const counts = await writeExport(db, format, plan, (file, text) => write(streams.get(file)!, text));
    for (const stream of streams.values()) await finish(stream);
    console.error(`Exported ${counts.nodeCount.toLocaleString('en-US')} nodes and ${counts.edgeCount.toLocaleString('en-US')} relationships${out ? ` to ${out}` : ''}.`);
  } finally {
    await close();
  }
}

main().catch((error) => fail(`The export stopped: ${(error as Error).message}`));
