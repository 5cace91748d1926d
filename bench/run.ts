/**
 * `npm run bench [-- --quick] [-- --sizes 10000,100000]`: for every generated data size (npm run bench:data),
 * the five canonical questions asked of (a) this server, (b) the same Cypher statement straight through
 * neo4j-driver and (c) @neo4j/graphql 7 over the same database: median and p95 latency with one client,
 * req/s with 10 concurrent clients, their ratios, the db hits of the statement (PROFILE) and each server's
 * peak RSS. JSON and a markdown table go to bench/results/. --quick measures with fewer requests, and only
 * the smallest size unless --sizes is given.
 *
 * `--compare DIR` instead asks the same questions of this server and of the one in DIR, another checkout of
 * this project (a git worktree of an older commit), both over the same Neo4j, samples in turn: latency,
 * req/s, the db hits of the statement each sends, and whether their statements and answers are the same.
 * `--identity` asks every server for uncompressed answers.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '../src/boot.js';
import { PROJECT_ROOT } from '../src/config.js';
import type { Database } from '../src/data/database.js';
import { createLogger } from '../src/logger.js';
import { benchBoltPort, completeDataSets, openBenchDatabase, type BenchDatabase, type DataSet } from './benchDatabase.js';
import { firstAnchors, questions, SPEAKER_PROBE, type Anchors } from './canonical.js';
import { summary, throughput } from './measure.js';
import { comparisonTableOf, tableOf, type ComparedRow, type Comparison, type Outcome, type Row, type SizeResult } from './report.js';
import { dbHitsOf } from './profile.js';
import { QUESTION_PLANS_READY } from '../src/data/read/questions/warmUp.js';
import { startServerProcess } from './serverProcess.js';
import { recording, sendAsServer, type Captured } from './recording.js';

const CLIENTS = 10;
const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, sizes: { type: 'string' }, compare: { type: 'string' }, identity: { type: 'boolean', default: false } } });
const plan = values.quick ? { samples: 15, warmup: 3, loadMs: 2_000 } : { samples: 100, warmup: 20, loadMs: 10_000 };
const wanted = values.sizes?.split(',').map(Number);
let sets = completeDataSets().filter((s) => !wanted || wanted.includes(s.statements));
if (values.quick && !wanted) sets = sets.slice(0, 1);
if (!sets.length) {
  console.error('No benchmark data yet: run `npm run bench:data -- --statements 10000` first.');
  process.exit(2);
}
const log = (line: string) => console.error(line);

// --identity asks for answers uncompressed, to tell the HTTP layer's compression apart from the rest of a server.
const HEADERS = { 'content-type': 'application/json', ...(values.identity ? { 'accept-encoding': 'identity' } : {}) };

async function post(url: string, body: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: HEADERS, body: JSON.stringify(body) });
  const json = (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join('; '));
  return json.data;
}


/** Per question, the one Cypher statement a server in this process sends for it, read from its recording database. */
async function statementsOf(url: string, last: { value: Captured | null }, anchors: Anchors): Promise<Map<string, Captured>> {
  const statements = new Map<string, Captured>();
  for (const q of questions(anchors)) {
    last.value = null;
    await post(url, { query: q.ours }).catch((error: Error) => log(`  ${q.name}: the server fails: ${error.message}`));
    if (last.value) statements.set(q.name, last.value);
  }
  return statements;
}

// Cold plans can take seconds; the bench measures warm requests, so no deadline may cut the first ones short.
const PATIENT = { requestDeadlineMs: 600_000, txTimeoutMs: 600_000 };

/** The anchors of the questions and, per question, the one Cypher statement this server sends for it. */
async function capture(db: Database, config: Parameters<typeof serve>[1], set: DataSet) {
  const last: { value: Captured | null } = { value: null };
  const server = await serve(recording(db, last), { ...config, ...PATIENT }, createLogger('silent'), 0);
  try {
    const first = firstAnchors(set.seed);
    const probe = (await post(server.url, { query: SPEAKER_PROBE(first) })) as {
      whoSaidWhat: { edges: Array<{ node: { speaker: { id: string } | null; mentions: Array<{ id: string }> } }> };
    };
    const hit = probe.whoSaidWhat.edges.find((e) => e.node.speaker && e.node.mentions.some((m) => m.id !== first.country))!.node;
    const anchors: Anchors = { ...first, person: hit.speaker!.id, mentioned: hit.mentions.find((m) => m.id !== first.country)!.id };
    return { anchors, statements: await statementsOf(server.url, last, anchors) };
  } finally {
    await server.close();
  }
}

/**
 * The statements the server of another checkout sends: its own modules, loaded from there into this process,
 * serve over a recording database like this server's do. Their exported names have not changed.
 */
async function captureIn(root: string, uri: string, anchors: Anchors): Promise<Map<string, Captured>> {
  const load = <M>(file: string) => import(pathToFileURL(path.join(root, file)).href) as Promise<M>;
  const boot = await load<typeof import('../src/boot.js')>('src/boot.ts');
  const { loadConfig } = await load<typeof import('../src/config.js')>('src/config.ts');
  const logger = await load<typeof import('../src/logger.js')>('src/logger.ts');
  const config = loadConfig({ ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'silent' });
  const { db } = await boot.connect(config, log);
  const last: { value: Captured | null } = { value: null };
  const server = await boot.serve(recording(db, last), { ...config, ...PATIENT }, logger.createLogger('silent'), 0);
  try {
    return await statementsOf(server.url, last, anchors);
  } finally {
    await server.close();
    await db.close();
  }
}

/** Db hits of a captured statement, or null (and why, in the log) when it was not captured or cannot be profiled. */
async function hitsOf(bench: BenchDatabase, captured: Captured | undefined, name: string): Promise<number | null> {
  if (!captured) return null;
  try {
    return await dbHitsOf(bench.db.driver, captured.cypher, captured.params, bench.config.neo4j?.database);
  } catch (error) {
    log(`  ${name}: PROFILE fails: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
}

const serverEnv = (uri: string) => ({
  NEO4J_URI: uri,
  PORT: '0',
  LOG_LEVEL: 'silent',
  NODE_ENV: 'production',
  REQUEST_DEADLINE_MS: '120000',
  NEO4J_TX_TIMEOUT_MS: '120000',
});

/**
 * Latency samples are taken in turn (server, Cypher, peer, server, ... or before, after, ...) so that Neo4j's JIT
 * and caches, still warming while a run goes on, and load from elsewhere on the machine favour none of them;
 * throughput is then measured for each alone.
 * A target that fails a request is reported with the reason instead of numbers.
 */
async function measureAll<Target extends string>(work: Record<Target, () => Promise<void>>): Promise<Record<Target, Outcome>> {
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
  const ours = await startServerProcess('src/main.ts', serverEnv(uri), { readyLine: QUESTION_PLANS_READY });
  const peer = await startServerProcess('bench/peer/server.ts', { NEO4J_URI: uri, PORT: '0', NODE_ENV: 'production' });
  const peerDocument = fs.readFileSync(path.join(PROJECT_ROOT, 'bench/peer/questions.graphql'), 'utf8');
  const rows: Row[] = [];
  try {
    for (const q of questions(anchors)) {
      const { cypher, params } = statements.get(q.name) ?? { cypher: 'RETURN "this server sent no statement"', params: {} };
      const outcome = await measureAll({
        server: () => post(ours.url, { query: q.ours }).then(() => undefined),
        cypher: () => sendAsServer(bench.db.driver, { cypher, params }, bench.config.neo4j?.database),
        peer: () => post(peer.url, { query: peerDocument, operationName: q.name, variables: q.peerVariables }).then(() => undefined),
      });
      const row: Row = { question: q.name, ...outcome, dbHits: await hitsOf(bench, statements.get(q.name), q.name) };
      rows.push(row);
      log(`  ${q.name}: ${JSON.stringify(row)}`);
    }
    return { statements: set.statements, records: set.records, generationSeconds: set.seconds, serverPeakRssMb: ours.peakRssMb(), peerPeakRssMb: peer.peakRssMb(), rows };
  } finally {
    await Promise.all([ours.stop(), peer.stop()]);
    await bench.close();
  }
}

/**
 * The same questions of the server in `root` ("before") and this one ("after"), over one Neo4j, samples in turn
 * (before, after, before, ...) so that load from elsewhere on the machine falls on both alike.
 */
async function compareSize(set: DataSet, root: string): Promise<{ statements: number; rows: ComparedRow[] }> {
  const bench = await openBenchDatabase(set.statements, log);
  const uri = bench.config.neo4j?.uri ?? `bolt://127.0.0.1:${benchBoltPort(set.statements)}`;
  const { anchors, statements: after } = await capture(bench.db, bench.config, set);
  const before = await captureIn(root, uri, anchors);
  log(`${set.statements} statements; anchors ${JSON.stringify(anchors)}`);
  const theirs = await startServerProcess('src/main.ts', serverEnv(uri), { readyLine: QUESTION_PLANS_READY, root });
  const ours = await startServerProcess('src/main.ts', serverEnv(uri), { readyLine: QUESTION_PLANS_READY });
  const rows: ComparedRow[] = [];
  try {
    for (const q of questions(anchors)) {
      const ask = (url: string) => () => post(url, { query: q.ours });
      const answers = await Promise.all([ask(theirs.url)(), ask(ours.url)()].map((p) => p.then(JSON.stringify, (e: Error) => `fails: ${e.message}`)));
      const outcome = await measureAll({ before: () => ask(theirs.url)().then(() => undefined), after: () => ask(ours.url)().then(() => undefined) });
      const [b, a] = [before.get(q.name), after.get(q.name)];
      const row: ComparedRow = {
        question: q.name,
        ...outcome,
        beforeDbHits: await hitsOf(bench, b, q.name),
        afterDbHits: await hitsOf(bench, a, q.name),
        sameCypher: !!a && !!b && a.cypher === b.cypher && JSON.stringify(a.params) === JSON.stringify(b.params),
        sameAnswer: answers[0] === answers[1] && !answers[0].startsWith('fails'),
      };
      rows.push(row);
      log(`  ${q.name}: ${JSON.stringify(row)}`);
    }
    return { statements: set.statements, rows };
  } finally {
    await Promise.all([theirs.stop(), ours.stop()]);
    await bench.close();
  }
}

const version = (root: string) => {
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
  const dirty = git('status', '--porcelain', '--untracked-files=no') ? ', with uncommitted changes' : '';
  return `${root} at ${git('log', '-1', '--format=%h (%cs) %s').slice(0, 100)}${dirty}`;
};
const machine = () => `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`;
const dir = path.join(PROJECT_ROOT, 'bench', 'results');
fs.mkdirSync(dir, { recursive: true });

function write(kind: string, at: string, report: object, table: string) {
  console.log(table);
  const stem = path.join(dir, `${kind}-${at.replaceAll(':', '-')}`);
  fs.writeFileSync(`${stem}.json`, JSON.stringify(report, null, 2));
  fs.writeFileSync(`${stem}.md`, `${table}\n`);
  console.log(`\nWritten to ${path.relative(PROJECT_ROOT, stem)}.json and .md`);
}

if (values.compare) {
  const root = path.resolve(values.compare);
  const loadAtStart = os.loadavg();
  const results = [];
  for (const set of sets) results.push(await compareSize(set, root));
  const at = new Date().toISOString();
  const comparison: Comparison = {
    at,
    quick: values.quick,
    machine: machine(),
    clients: CLIENTS,
    before: version(root),
    after: version(PROJECT_ROOT),
    loadAtStart,
    loadAtEnd: os.loadavg(),
    results,
  };
  write('compare', at, { ...comparison, plan }, comparisonTableOf(comparison));
} else {
  const results: SizeResult[] = [];
  for (const set of sets) results.push(await benchSize(set));
  const report = { at: new Date().toISOString(), quick: values.quick, machine: `${machine()}, load average ${os.loadavg()[0].toFixed(1)} at the end`, clients: CLIENTS, plan, results };
  write('bench', report.at, report, tableOf(report));
}
