/**
 * `npm run bench:data -- --statements N [--seed S] [--batch B]`: fills the benchmark database for size N
 * (its own local Neo4j in .data/neo4j-bench-<N> on Bolt 7755, or NEO4J_URI when set) with the seed and
 * the synthetic graph, through the bulk import path. Running it again changes nothing (every record
 * comes back unchanged), so an interrupted run is finished by running it again.
 */
import { parseArgs } from 'node:util';
import { importItems, type ImportItem } from '../../src/importer/importRecords.js';
import { markComplete, openBenchDatabase } from '../benchDatabase.js';
import { syntheticGraph } from './generator.js';

const { values } = parseArgs({
  options: { statements: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, batch: { type: 'string', default: '1000' } },
});
const statements = Number(values.statements);
const seed = Number(values.seed);
const batchSize = Number(values.batch);
if (![statements, seed, batchSize].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('Usage: npm run bench:data -- --statements N [--seed S] [--batch B] (whole numbers above 0)');
  process.exit(2);
}

async function* numbered(): AsyncGenerator<ImportItem> {
  let line = 0;
  for await (const record of syntheticGraph({ statements, seed })) yield { line: ++line, record };
}

const bench = await openBenchDatabase(statements, (line) => console.error(line));
const started = performance.now();
const seconds = () => (performance.now() - started) / 1000;
try {
  console.error(`Generating ${statements.toLocaleString('en-US')} statements (seed ${seed}) into ${bench.where}…`);
  const summary = await importItems(bench.db, numbered(), {
    actor: 'bench:data',
    batchSize,
    onBatch: (s, line) => {
      if (line % (batchSize * 10) === 0) console.error(`  ${line.toLocaleString('en-US')} records, ${Math.round(line / seconds())} records/s`);
    },
  });
  const { created, updated, unchanged, refused } = summary.counts;
  const total = created + updated + unchanged + refused;
  console.log(
    `${total.toLocaleString('en-US')} records in ${seconds().toFixed(1)} s (${Math.round(total / seconds())} records/s): created ${created}, updated ${updated}, unchanged ${unchanged}, refused ${refused}`,
  );
  for (const r of summary.refused.slice(0, 10)) console.log(`  refused ${r.id}: ${JSON.stringify(r.issues)}`);
  if (!refused) markComplete({ statements, seed, records: total, seconds: Math.round(seconds()) });
  process.exitCode = refused ? 1 : 0;
} finally {
  await bench.close();
}
