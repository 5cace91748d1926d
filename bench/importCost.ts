/**
 * `NEO4J_URI=bolt://… npx tsx bench/importCost.ts --statements N [--batch B] [--neo4j-pid PID]`: what the bulk import
 * costs, into an empty database. It loads the seed, generates the synthetic graph of N statements in memory
 * first (so only the import is measured), then imports it through `importItems` as `bench:data` does and
 * prints records/s with the figures that do not move with the machine's load: Cypher statements per batch,
 * Node's CPU seconds and, given the Neo4j process id, Neo4j's CPU seconds (read from /proc on Linux).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { connect, prepare } from '../src/boot.js';
import { loadConfig } from '../src/config.js';
import { DEFAULT_BATCH_SIZE, importItems, type ImportItem } from '../src/importer/importRecords.js';
import { syntheticGraph } from './data/generator.js';

const { values } = parseArgs({ options: { statements: { type: 'string', default: '10000' }, batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) }, 'neo4j-pid': { type: 'string' } } });
const statements = Number(values.statements);
const batchSize = Number(values.batch);
if (!process.env.NEO4J_URI || ![statements, batchSize].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('Usage: NEO4J_URI=bolt://… npx tsx bench/importCost.ts --statements N [--batch B] [--neo4j-pid PID] (an empty database)');
  process.exit(2);
}
const neo4jCpuSeconds = () => {
  if (!values['neo4j-pid']) return null;
  const fields = fs.readFileSync(`/proc/${values['neo4j-pid']}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

let sent = 0;
const { db } = await connect(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }), () => {}, { onStatement: () => sent++ });
try {
  const [{ nodes }] = await db.read((tx) => tx.run('MATCH (n) RETURN count(n) AS nodes'));
  if (nodes > 0) throw new Error(`The database at ${process.env.NEO4J_URI} holds ${nodes} nodes; measure into an empty one.`);
  await prepare(db, () => {});
  const items: ImportItem[] = [];
  for await (const record of syntheticGraph({ statements, seed: 1 })) items.push({ line: items.length + 1, record });

  sent = 0;
  const cpu = process.cpuUsage();
  const neo4jCpu = neo4jCpuSeconds();
  const started = performance.now();
  const summary = await importItems(db, items, { actor: 'bench:data', batchSize });
  const seconds = (performance.now() - started) / 1000;
  const nodeCpu = process.cpuUsage(cpu);
  const batches = Math.ceil(items.length / batchSize);
  const neo4jAfter = neo4jCpuSeconds();
  console.log(
    [
      `${items.length} records in ${seconds.toFixed(1)} s (${Math.round(items.length / seconds)} records/s)`,
      `${(sent / batches).toFixed(1)} statements per batch of ${batchSize}`,
      `Node CPU ${((nodeCpu.user + nodeCpu.system) / 1e6).toFixed(1)} s`,
      neo4jCpu === null ? null : `Neo4j CPU ${(neo4jAfter! - neo4jCpu).toFixed(1)} s`,
      `created ${summary.counts.created}, refused ${summary.counts.refused}`,
    ].filter(Boolean).join('; '),
  );
  process.exitCode = summary.counts.refused ? 1 : 0;
} finally {
  await db.close();
}
