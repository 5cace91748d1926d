/**
 * `npm run bench [-- --quick] [-- --sizes 10000,100000]`: for every generated data size (npm run bench:data),
 * the five canonical questions asked of (a) this server, (b) the same Cypher statement straight through
 * neo4j-driver and (c) @neo4j/graphql 7 over the same database: median and p95 latency with one client,
 * req/s with 10 concurrent clients, their ratios and each server's peak RSS. JSON and a markdown table go
 * to bench/results/. --quick measures with fewer requests, and only the smallest size unless --sizes is given.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { serve } from '../src/boot.js';
import { PROJECT_ROOT } from '../src/config.js';
import type { Database } from '../src/data/database.js';
import { createLogger } from '../src/logger.js';
import { benchBoltPort, completeDataSets, openBenchDatabase, type DataSet } from './benchDatabase.js';
import { firstAnchors, questions, SPEAKER_PROBE, type Anchors } from './canonical.js';
import { summary, throughput } from './measure.js';
import { tableOf, type Outcome, type Row, type SizeResult } from './report.js';
import { QUESTION_PLANS_READY } from '../src/data/read/questions/warmUp.js';
import { startServerProcess } from './serverProcess.js';
import { recording, type Captured } from './recording.js';

const CLIENTS = 10;
const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, sizes: { type: 'string' } } });
const plan = values.quick ? { samples: 15, warmup: 3, loadMs: 2_000 } : { samples: 100, warmup: 20, loadMs: 10_000 };
const wanted = values.sizes?.split(',').map(Number);
let sets = completeDataSets().filter((s) => !wanted || wanted.includes(s.statements));
if (values.quick && !wanted) sets = sets.slice(0, 1);
if (!sets.length) {
  console.error('No benchmark data yet: run `npm run bench:data -- --statements 10000` first.');
  process.exit(2);
}
const log = (line: string) => console.error(line);

async function post(url: string, body: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join('; '));
  return json.data;
}


/** The anchors of the questions and, per question, the one Cypher statement this server sends for it. */
async function capture(db: Database, config: Parameters<typeof serve>[1], set: DataSet) {
  const last: { value: Captured | null } = { value: null };
  const server = await serve(recording(db, last), { ...config, requestDeadlineMs: 600_000, txTimeoutMs: 600_000 }, createLogger('silent'), 0);
  try {
    const first = firstAnchors(set.seed);
    const probe = (await post(server.url, { query: SPEAKER_PROBE(first) })) as {
      whoSaidWhat: { edges: Array<{ node: { speaker: { id: string } | null; mentions: Array<{ id: string }> } }> };
    };
    const hit = probe.whoSaidWhat.edges.find((e) => e.node.speaker && e.node.mentions.some((m) => m.id !== first.country))!.node;
    const anchors: Anchors = { ...first, person: hit.speaker!.id, mentioned: hit.mentions.find((m) => m.id !== first.country)!.id };
    const statements = new Map<string, Captured>();
    for (const q of questions(anchors)) {
      last.value = null;
      await post(server.url, { query: q.ours }).catch((error: Error) => log(`  ${q.name}: this server fails: ${error.message}`));
      if (last.value) statements.set(q.name, last.value);
    }
    return { anchors, statements };
  } finally {
    await server.close();
  }
}

type Target = 'server' | 'cypher' | 'peer';

/**
 * Latency samples are taken in turn (server, Cypher, peer, server, ...) so that Neo4j's JIT and caches,
 * still warming while a run goes on, favour none of the three; throughput is then measured for each alone.
 * A target that fails a request is reported with the reason instead of numbers.
 */
async function measureAll(work: Record<Target, () => Promise<void>>): Promise<Record<Target, Outcome>> {
  const targets = Object.keys(work) as Target[];
  const failed = new Map<Target, string>();
  const samples = new Map<Target, number[]>(targets.map((t) => [t, []]));
  const attempt = async (t: Target, record: boolean) => {
    if (failed.has(t)) return;
    const started = performance.now();
    try {
      await work[t]();
      if (record) samples.get(t)!.push(performance.now() - started);
    } catch (error) {
      failed.set(t, (error as Error).message.split('\n')[0].slice(0, 200));
    }
  };
  for (let i = 0; i < plan.warmup; i++) for (const t of targets) await attempt(t, false);
  for (let i = 0; i < plan.samples; i++) for (const t of targets) await attempt(t, true);
  const outcome = {} as Record<Target, Outcome>;
  for (const t of targets) {
    const error = failed.get(t);
    outcome[t] = error ? { error } : { ...summary(samples.get(t)!), reqPerSec: await throughput(CLIENTS, plan.loadMs, work[t]) };
  }
  return outcome;
}

async function benchSize(set: DataSet): Promise<SizeResult> {
  const bench = await openBenchDatabase(set.statements, log);
  const uri = bench.config.neo4j?.uri ?? `bolt://127.0.0.1:${benchBoltPort(set.statements)}`;
  const { anchors, statements } = await capture(bench.db, bench.config, set);
  log(`${set.statements} statements; anchors ${JSON.stringify(anchors)}`);
  const serverEnv = { NEO4J_URI: uri, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'production', REQUEST_DEADLINE_MS: '120000', NEO4J_TX_TIMEOUT_MS: '120000' };
  const ours = await startServerProcess('src/main.ts', serverEnv, { readyLine: QUESTION_PLANS_READY });
  const peer = await startServerProcess('bench/peer/server.ts', { NEO4J_URI: uri, PORT: '0', NODE_ENV: 'production' });
  const peerDocument = fs.readFileSync(path.join(PROJECT_ROOT, 'bench/peer/questions.graphql'), 'utf8');
  const rows: Row[] = [];
  try {
    for (const q of questions(anchors)) {
      const { cypher, params } = statements.get(q.name) ?? { cypher: 'RETURN "this server sent no statement"', params: {} };
      const outcome = await measureAll({
        server: () => post(ours.url, { query: q.ours }).then(() => undefined),
        cypher: () =>
          bench.db.driver.executeQuery(cypher, params, { routing: neo4j.routing.READ, database: bench.config.neo4j?.database }).then(() => undefined),
        peer: () => post(peer.url, { query: peerDocument, operationName: q.name, variables: q.peerVariables }).then(() => undefined),
      });
      const row: Row = { question: q.name, ...outcome };
      rows.push(row);
      log(`  ${q.name}: ${JSON.stringify(row)}`);
    }
    return { statements: set.statements, records: set.records, generationSeconds: set.seconds, serverPeakRssMb: ours.peakRssMb(), peerPeakRssMb: peer.peakRssMb(), rows };
  } finally {
    await Promise.all([ours.stop(), peer.stop()]);
    await bench.close();
  }
}

const results: SizeResult[] = [];
for (const set of sets) results.push(await benchSize(set));

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the end`;
const report = { at: new Date().toISOString(), quick: values.quick, machine, clients: CLIENTS, plan, results };
const table = tableOf(report);
console.log(table);
const dir = path.join(PROJECT_ROOT, 'bench', 'results');
fs.mkdirSync(dir, { recursive: true });
const stem = path.join(dir, `bench-${report.at.replaceAll(':', '-')}`);
fs.writeFileSync(`${stem}.json`, JSON.stringify(report, null, 2));
fs.writeFileSync(`${stem}.md`, `${table}\n`);
console.log(`\nWritten to ${path.relative(PROJECT_ROOT, stem)}.json and .md`);
