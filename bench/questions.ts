/**
 * For each relationship question: median and p95 latency of the GraphQL request (HTTP to an in-process
 * server) against the same Cypher statement with the same parameters sent straight through neo4j-driver,
 * their ratio, and the statement's db hits (PROFILE: Neo4j's storage work, which the machine's load does not move).
 * `npm run bench:questions`; BENCH_N requests per question (default 200) after
 * BENCH_WARMUP (default 20). Uses NEO4J_URI when set, else the project's local Neo4j (see src/config.ts).
 * Prints a table and writes JSON to bench/results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { connect, prepare, serve } from '../src/boot.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import type { QuestionName } from '../src/data/read/questions/registry.js';
import { createLogger } from '../src/logger.js';
import { dbHitsOf } from './profile.js';
import { recording, sendAsServer, type Captured } from './recording.js';

const N = Number(process.env.BENCH_N ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);

const REF = 'id kind name';
const EVIDENCE = 'evidence { source { id publisher } span { start end match } excerpt }';
const STATEMENT = `id kind text date { value } speaker { ${REF} } speakerOffices { title } occasion { name } about { ${REF} } ${EVIDENCE}`;
const HELD = `id stance modality condition holder { ${REF} } toward { ${REF} } since { value } standing expressedBy { ${STATEMENT} } ${EVIDENCE}`;

/** Typed by the registry, so a question added there and not here does not compile. */
const QUESTIONS: Record<QuestionName, string> = {
  whoSaidWhat: `{ whoSaidWhat(by: "country:KZ", about: "conflict:middle-east-2026", first: 10) { totalCount edges { node { ${STATEMENT} } } } }`,
  stanceHolders: `{ stanceHolders(stance: OFFER_TO_HOST_TALKS, asOf: "2026-03-03") { totalCount edges { node { ${HELD} } } } }`,
  stancesOf: `{ stancesOf(actor: "country:KZ", first: 20) { totalCount edges { node { ${HELD} } } } }`,
  stanceTimeline: `{ stanceTimeline(actor: "country:KZ") { totalCount edges { node { date { value } kind stance { id stance modality } previous { id } statement { id text } } } } }`,
  mediationRecord: `{ mediationRecord(actor: "country:KZ") { edges { node { process { id name } roles { role round { name } }
    rounds { label start { value } venueName outcome participants { actor { name } role } } otherParticipants { actor { name } role ledBy { name } } } } } }`,
  thirdPartiesInTalks: `{ thirdPartiesInTalks(involving: "country:IR", roles: [HOST, MEDIATOR], kind: "Country") { edges { node { actor { name } role process { name } round { venueName start { value } } ${EVIDENCE} } } } }`,
  connections: `{ connections(from: "person:alibek-bakayev", to: "country:IR") { paths { length steps { type label ${EVIDENCE} } } } }`,
  neighbourhood: `{ neighbourhood(id: "country:KZ", depth: 2, limit: 100) { totalNodes nodes { id kind label depth } edges { id source target type label conditional } } }`,
  sharedStances: `{ sharedStances(toward: "conflict:middle-east-2026") { totalCount edges { node { stance holders { holder { name } modality } } } } }`,
  compareStances: `{ compareStances(first: "country:KZ", second: "country:IR") { rows { stance agreement first { id modality condition } second { id modality } } } }`,
  evacuationRecord: `{ evacuationRecord(actor: "country:KZ") { totalsByDate { date { value } countUnit status total }
    operations { movements { id count date { value } transitCountries { name } legs { mode from { name } to { name } via { name } } } } } }`,
  search: `{ search(text: "Бақаев") { totalCount edges { node { entity { ${REF} } matchedField matchedText score } } } }`,
  statementFeed: `{ statementFeed(entity: "country:KZ", first: 20) { totalCount facets { stances { value count } languages { value count } }
    pageInfo { endCursor } edges { node { ${STATEMENT} expresses { stance modality condition } renderings { id language } } } } }`,
  stanceMatrix: `{ stanceMatrix(toward: "conflict:middle-east-2026") { stances { code } rows { actor { ${REF} } cells { stance holdings {
    statementCount since { value } latest { value } position { modality condition } statements { id } } } } } }`,
  graphOverview: `{ graphOverview { counts { kind count } recentStatements { ${STATEMENT} } topConflicts { entity { ${REF} } statementCount }
    topProcesses { entity { ${REF} } statementCount rounds } } }`,
};


async function timed(times: number, work: () => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const log = (line: string) => console.error(line);
const { db, local } = await connect(config, log);
const last: { value: Captured | null } = { value: null };
await prepare(db, log);
// Cold plans can take seconds; the bench measures warm requests, so no deadline may cut the first ones short.
const server = await serve(recording(db, last), { ...config, requestDeadlineMs: 600_000, txTimeoutMs: 600_000 }, createLogger('silent'), 0);

async function ask(query: string): Promise<void> {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
}

const rows: Array<Record<string, number | string>> = [];
try {
  for (const [name, query] of Object.entries(QUESTIONS)) {
    await ask(query);
    const { cypher, params } = last.value!;
    const raw = () => sendAsServer(db.driver, { cypher, params }, config.neo4j?.database);
    await timed(WARMUP, () => ask(query));
    await timed(WARMUP, raw);
    const graphql = summary(await timed(N, () => ask(query)));
    const cypherOnly = summary(await timed(N, raw));
    const row = {
      question: name,
      graphqlMedianMs: +graphql.median.toFixed(2),
      graphqlP95Ms: +graphql.p95.toFixed(2),
      cypherMedianMs: +cypherOnly.median.toFixed(2),
      cypherP95Ms: +cypherOnly.p95.toFixed(2),
      ratio: +(graphql.median / cypherOnly.median).toFixed(2),
      dbHits: await dbHitsOf(db.driver, cypher, params, config.neo4j?.database),
    };
    rows.push(row);
    log(`${name}: ${JSON.stringify(row)}`);
  }
} finally {
  await server.close();
  await db.close();
  await local?.stop();
}

const header = ['question', 'GraphQL median ms', 'GraphQL p95 ms', 'Cypher median ms', 'Cypher p95 ms', 'ratio (median)', 'db hits'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const r of rows) {
  console.log(`| ${r.question} | ${r.graphqlMedianMs} | ${r.graphqlP95Ms} | ${r.cypherMedianMs} | ${r.cypherP95Ms} | ${r.ratio} | ${r.dbHits} |`);
}
const dir = path.join(PROJECT_ROOT, 'bench', 'results');
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `questions-${new Date().toISOString().replaceAll(':', '-')}.json`);
fs.writeFileSync(file, JSON.stringify({ n: N, warmup: WARMUP, at: new Date().toISOString(), rows }, null, 2));
console.log(`\nWritten to ${path.relative(PROJECT_ROOT, file)}`);
