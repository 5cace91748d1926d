/**
 * `npm run annotate -- FILE --language xx [--published YYYY-MM-DD] [--url U] [--publisher P]`: prints the
 * proposals for a UTF-8 text file as JSON on stdout, with spans in code points of the file's text. Reads
 * the graph's names as `npm run import` reaches the graph; writes nothing. Exit code 2 when it cannot run.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { fail, openCommandDatabase } from '../commandDatabase.js';
import { loadConfig } from '../config.js';
import { readGazetteer } from '../data/read/gazetteer.js';
import { checkArticle } from './input.js';
import { propose } from './propose.js';

const USAGE = 'Usage: npm run annotate -- FILE --language xx [--published YYYY-MM-DD] [--url U] [--publisher P]';

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { language: { type: 'string' }, published: { type: 'string' }, url: { type: 'string' }, publisher: { type: 'string' } },
  });
  if (positionals.length !== 1 || !values.language) fail(USAGE);
  const file = positionals[0];
  if (!fs.existsSync(file)) fail(`No file at ${file}.`);
  const checked = checkArticle(fs.readFileSync(file, 'utf8'), values.language, values.published);
  if (!checked.ok) fail(`--${checked.field === 'text' ? 'file' : checked.field}: ${checked.message}`);
  return { input: checked.input, url: values.url ?? null, publisher: values.publisher ?? null };
}

async function main() {
  const { input, url, publisher } = options();
  const { db, close } = await openCommandDatabase(loadConfig(), (line) => console.error(line));
  try {
    const gazetteer = await db.read(readGazetteer);
    const { proposals } = propose(input, gazetteer);
    const source = { language: input.language, published: input.published, url, publisher };
    process.stdout.write(`${JSON.stringify({ source, proposals }, null, 2)}\n`);
  } finally {
    await close();
  }
}

main().catch((error) => fail(`The proposer stopped: ${(error as Error).message}`));
