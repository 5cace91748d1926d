/**
 * Where a request's time goes outside Neo4j (issue #14): this server in process against an existing graph
 * (NEO4J_URI, never written to), one client asking each question in turn, and beside it the same statements
 * through neo4j-driver three ways (a managed read transaction, an auto-commit run, executeQuery).
 *
 *   NEO4J_URI=bolt://127.0.0.1:7871 NEO4J_USERNAME=neo4j NEO4J_PASSWORD= npx tsx bench/overhead.ts [requests] [http|all] [questions]
 *
 * Prints, per question: the median of the whole HTTP request and of the time its reads took in the driver (their
 * wall time summed, rows turned into objects included), the statements and reads per request, and the Cypher
 * contenders' medians. Statements are the same as the server's, so their db hits are too.
 */
import neo4j from 'neo4j-driver';
import { connect, serve } from '../src/boot.js';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/data/database.js';
import { createLogger } from '../src/logger.js';
import { firstAnchors, questions, SPEAKER_PROBE } from './canonical.js';
import { summary } from './measure.js';

const REQUESTS = Number(process.argv[2] ?? 300);
/** `http` skips the Cypher contenders, so a CPU profile (node --cpu-prof) holds only the server's work. */
const HTTP_ONLY = process.argv[3] === 'http';
/** Only the questions whose names start with one of these (comma-separated), when given. */
const ONLY = process.argv[4]?.split(',');
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });

interface Sent {
  cypher: string;
  params: Record<string, unknown>;
}
let sent: Sent[] = [];
let reads = 0;
let driverMs = 0;

/** The server's database, recording what each request sends and how long its transactions take. */
function recording(db: Database): Database {
  return {
    ...db,
    async read(work, options) {
      reads++;
      const started = performance.now();
      try {
        return await db.read(
          (tx) =>
            work({
              run: (cypher, params = {}) => {
                sent.push({ cypher, params });
                return tx.run(cypher, params);
              },
            }),
          options,
        );
      } finally {
        driverMs += performance.now() - started;
      }
    },
  };
}

const { db } = await connect(config, () => {});
const server = await serve(recording(db), config, createLogger('silent'), 0);
const post = async (query: string) => {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, br' }, body: JSON.stringify({ query }) });
  const json = (await res.json()) as { data?: any; errors?: { message: string }[] };
  if (json.errors) throw new Error(json.errors[0].message);
  return json.data;
};

const first = firstAnchors(1);
const probe = await post(SPEAKER_PROBE(first));
const hit = probe.whoSaidWhat.edges.map((e: any) => e.node).find((n: any) => n.speaker && n.mentions.some((m: any) => m.id !== first.country));
const anchors = { ...first, person: hit.speaker.id, mentioned: hit.mentions.find((m: any) => m.id !== first.country).id };
const canonical = Object.fromEntries(questions(anchors).map((q) => [q.name, q.ours]));
const asked: [string, string][] = [
  ['connections', canonical.connections],
  ['stanceHolders', canonical.stanceHolders],
  ['participations (list with relations)', `{ participations(filter: { actor: "${anchors.country}" }) { edges { node { role round { label venueName } } } } }`],
  ['statements (list with relations)', `{ statements(filter: { onBehalfOf: "${anchors.country}" }, first: 10) { edges { node { text speaker { name } citations { excerpt } } } } }`],
];

const driver = db.driver;
const contenders = {
  managed: async (s: Sent) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run(s.cypher, s.params), { timeout: config.txTimeoutMs });
    } finally {
      await session.close();
    }
  },
  autoCommit: async (s: Sent) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(s.cypher, s.params, { timeout: config.txTimeoutMs });
    } finally {
      await session.close();
    }
  },
  executeQuery: async (s: Sent) => {
    await driver.executeQuery(s.cypher, s.params, { routing: neo4j.routing.READ });
  },
};

async function timed(n: number, work: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return summary(samples).medianMs;
}

console.log(JSON.stringify({ anchors }));
for (const [name, query] of asked.filter(([name]) => !ONLY || ONLY.some((q) => name.startsWith(q)))) {
  await post(query);
  sent = [];
  reads = 0;
  await post(query);
  const statements = [...sent];
  const perRequest = { statements: statements.length, reads };
  const driverSamples: number[] = [];
  const http = await timed(REQUESTS, async () => {
    const before = driverMs;
    await post(query);
    driverSamples.push(driverMs - before);
  });
  const inDriver = summary(driverSamples).medianMs;
  const cypher: Record<string, number> = {};
  for (const [way, run] of HTTP_ONLY ? [] : Object.entries(contenders)) {
    cypher[way] = await timed(REQUESTS, async () => {
      for (const s of statements) await run(s);
    });
  }
  console.log(JSON.stringify({ question: name, httpMedianMs: http, driverMedianMs: inDriver, ...perRequest, cypherMedianMs: cypher }));
}

await server.close();
await db.close();
