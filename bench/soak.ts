/**
 * Soak: mixed reads and writes against a server on loopback, for a bounded time, at a fixed number of
 * connections. `npm run soak -- [--seconds 60] [--connections 50]`. Reports errors (goal: none),
 * latency percentiles and the server's memory; writes JSON to bench/results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { hashToken, newToken } from '../src/auth/editorTokens.js';
import { connect, prepare, serve } from '../src/boot.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { createLogger } from '../src/logger.js';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const seconds = flag('seconds', 60);
const connections = flag('connections', 50);
const token = newToken();
const config = loadConfig({
  ...process.env,
  PORT: '0',
  LOG_LEVEL: 'silent',
  NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '7788',
  ENVOY_DATA_DIR: process.env.ENVOY_DATA_DIR ?? '.data/neo4j-soak',
  EDITOR_TOKENS: `soak:${hashToken(token)}`,
});

const READS = [
  '{ statements(filter: { onBehalfOf: "country:KZ" }, first: 10) { edges { node { text speaker { name } citations { excerpt } } } } }',
  '{ participations(filter: { actor: "country:KZ" }) { edges { node { role round { venueName } } } } }',
  '{ positions(filter: { holder: "country:KZ", asOf: "2026-03-31" }) { edges { node { stance modality condition } } } }',
  '{ persons(filter: { name: "Бакаев" }) { edges { node { id name } } } }',
  '{ countries(first: 20, sort: { field: NAME }) { edges { node { iso2 name } } } }',
];

let written = 0;
const body = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

const { db, local } = await connect(config, (line) => console.error(line));
await prepare(db, (line) => console.error(line));
const server = await serve(db, config, createLogger('silent'));
const runId = Date.now().toString(36);
console.error(`Soaking ${server.url} for ${seconds} s with ${connections} connections…`);

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);

const result = await autocannon({
  url: server.url,
  connections,
  duration: seconds,
  requests: [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      setupRequest(request) {
        // One write in six; the rest cycle through the reads.
        const n = written++;
        request.body =
          n % 6 === 0
            ? body('mutation ($input: PersonInput!) { upsertPerson(input: $input) { outcome } }', {
                input: { id: `person:soak-${runId}-${n}`, name: `Soak ${n}` },
              })
            : body(READS[n % READS.length]);
        return request;
      },
    },
  ],
});
clearInterval(sampler);

const graphqlErrors = await (async () => {
  // autocannon counts HTTP errors; GraphQL errors come with 200, so check the writes landed too.
  const rows = await db.read((tx) =>
    tx.run('MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN count(p) AS n', { prefix: `person:soak-${runId}-` }),
  );
  return rows[0].n as number;
})();

const report = {
  seconds,
  connections,
  requests: result.requests.total,
  requestsPerSecond: result.requests.average,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  writesStored: graphqlErrors,
  peakRssMB: Math.round(peakRss / 1e6),
};
fs.mkdirSync(path.join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(PROJECT_ROOT, 'bench', 'results', `soak-${runId}.json`), JSON.stringify(report, null, 2));
console.log(JSON.stringify(report, null, 2));

await server.close();
await db.close();
await local?.stop();
process.exit(report.errors + report.timeouts + report.non2xx === 0 ? 0 : 1);
