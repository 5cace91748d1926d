/**
 * Soak: mixed reads and writes against the server (`src/main.ts`, production mode, in its own process on
 * loopback), for a bounded time at a fixed number of connections.
 * `npm run soak -- [--seconds 60] [--connections 50] [--timeout 10] [--log FILE] [--cpu-prof DIR]`
 * (FILE: the server's request log; DIR: where the server's V8 CPU profile goes).
 *
 * The clock starts once the server has planned its questions and every request kind has been asked
 * once, so the soak measures a running server rather than Neo4j planning each statement the first time. Reports transport errors, timeouts,
 * non-2xx answers and answers carrying GraphQL errors (goal: none of each), latency percentiles, the
 * server's peak RSS, and whether every acknowledged write is stored; writes JSON to bench/results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { hashToken, newToken } from '../src/auth/editorTokens.js';
import { PROJECT_ROOT } from '../src/config.js';
import { QUESTION_PLANS_READY } from '../src/data/read/questions/warmUp.js';
import { startServerProcess } from './serverProcess.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    timeout: { type: 'string', default: '10' },
    log: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const timeoutSeconds = Number(values.timeout);
const boltPort = process.env.NEO4J_BOLT_PORT ?? '7788';
const token = newToken();
const runId = Date.now().toString(36);

const READS = [
  'query StatementsForKazakhstan { statements(filter: { onBehalfOf: "country:KZ" }, first: 10) { edges { node { text speaker { name } citations { excerpt } } } } }',
  'query ParticipationsOfKazakhstan { participations(filter: { actor: "country:KZ" }) { edges { node { role round { venueName } } } } }',
  'query PositionsOfKazakhstan { positions(filter: { holder: "country:KZ", asOf: "2026-03-31" }) { edges { node { stance modality condition } } } }',
  'query PersonsNamedBakayev { persons(filter: { name: "Бакаев" }) { edges { node { id name } } } }',
  'query Countries { countries(first: 20, sort: { field: NAME }) { edges { node { iso2 name } } } }',
  'query WhoSaidWhat { whoSaidWhat(by: "country:KZ", first: 5) { totalCount edges { node { text speaker { name } } } } }',
  'query MediationRecord { mediationRecord(actor: "country:KZ") { totalCount edges { node { roles { role } process { name } } } } }',
  'query Search { search(text: "neutrality", first: 5) { edges { node { entity { id name } matchedText } } } }',
];
const WRITE = 'mutation SoakWrite($input: PersonInput!) { upsertPerson(input: $input) { outcome } }';

let sent = 0;
/** One request in six writes a new person; the rest cycle through the reads. */
function nextBody(): { body: string; writeId: string | null } {
  const n = sent++;
  if (n % 6 === 0) {
    const id = `person:soak-${runId}-${n}`;
    return { body: JSON.stringify({ query: WRITE, variables: { input: { id, name: `Soak ${n}` } } }), writeId: id };
  }
  return { body: JSON.stringify({ query: READS[n % READS.length] }), writeId: null };
}

const server = await startServerProcess('src/main.ts', {
  PORT: '0',
  NODE_ENV: 'production',
  LOG_LEVEL: values.log ? 'info' : 'silent',
  NEO4J_BOLT_PORT: boltPort,
  ENVOY_DATA_DIR: process.env.ENVOY_DATA_DIR ?? '.data/neo4j-soak',
  EDITOR_TOKENS: `soak:${hashToken(token)}`,
}, { logFile: values.log, cpuProfileDir: values['cpu-prof'], readyLine: QUESTION_PLANS_READY });
const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

try {
  for (const query of READS) {
    const res = await fetch(server.url, { method: 'POST', headers, body: JSON.stringify({ query }) });
    const json = (await res.json()) as { errors?: Array<{ message: string }> };
    if (json.errors) throw new Error(`warm-up: ${query} answered ${json.errors[0].message}`);
  }
  console.error(`Soaking ${server.url} for ${seconds} s with ${connections} connections…`);

  const acknowledged = new Set<string>();
  let graphqlErrors = 0;
  const errorSamples = new Set<string>();
  const result = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    timeout: timeoutSeconds,
    requests: [
      {
        method: 'POST',
        headers,
        setupRequest(request, context) {
          const next = nextBody();
          (context as { writeId?: string | null }).writeId = next.writeId;
          return { ...request, body: next.body };
        },
        onResponse(status, body, context) {
          const writeId = (context as { writeId?: string | null }).writeId;
          if (status !== 200) return;
          const json = JSON.parse(body) as { data?: { upsertPerson?: { outcome: string } }; errors?: Array<{ extensions?: { code?: string } }> };
          if (json.errors?.length) {
            graphqlErrors++;
            errorSamples.add(json.errors[0].extensions?.code ?? 'no code');
          } else if (writeId && json.data?.upsertPerson) {
            acknowledged.add(writeId);
          }
        },
      },
    ],
  });

  const driver = neo4j.driver(`bolt://127.0.0.1:${boltPort}`, neo4j.auth.basic('neo4j', 'unused'), { disableLosslessIntegers: true });
  const stored = await driver.executeQuery('MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN collect(p.id) AS ids', {
    prefix: `person:soak-${runId}-`,
  });
  await driver.close();
  const storedIds = new Set<string>(stored.records[0].get('ids'));
  const lost = [...acknowledged].filter((id) => !storedIds.has(id)).length;

  const report = {
    seconds,
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    errors: result.errors,
    timeouts: result.timeouts,
    timeoutSeconds,
    non2xx: result.non2xx,
    graphqlErrors,
    graphqlErrorCodes: [...errorSamples],
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    writesAcknowledged: acknowledged.size,
    writesStored: storedIds.size,
    acknowledgedButLost: lost,
    serverPeakRssMB: server.peakRssMb(),
  };
  fs.mkdirSync(path.join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(PROJECT_ROOT, 'bench', 'results', `soak-${runId}.json`), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
  process.exitCode = report.errors + report.timeouts + report.non2xx + report.graphqlErrors + report.acknowledgedButLost === 0 ? 0 : 1;
} finally {
  await server.stop();
}
