import type { Latency } from './measure.js';

export type Measured = Latency & { reqPerSec: number };
export type Outcome = Measured | { error: string };

export interface Row {
  question: string;
  server: Outcome;
  cypher: Outcome;
  peer: Outcome;
  /** Db hits of the Cypher statement this server sends for the question (PROFILE), or null if it sent none. */
  dbHits: number | null;
}

export interface SizeResult {
  statements: number;
  records: number;
  generationSeconds: number;
  serverPeakRssMb: number;
  peerPeakRssMb: number;
  rows: Row[];
}

export interface Report {
  at: string;
  quick: boolean;
  machine: string;
  clients: number;
  results: SizeResult[];
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '–');
const ok = (o: Outcome): o is Measured => !('error' in o);
const latency = (o: Outcome) => (ok(o) ? `${o.medianMs} / ${o.p95Ms}` : `fails: ${o.error}`);
const rate = (o: Outcome) => (ok(o) ? String(o.reqPerSec) : '–');
const ratioOf = (a: Outcome, b: Outcome, key: 'medianMs' | 'reqPerSec') => (ok(a) && ok(b) ? ratio(a[key], b[key]) : '–');
const n = (x: number) => x.toLocaleString('en-US');
const hits = (x: number | null) => (x === null ? '–' : n(x));

/** The markdown table: one row per size and question, with the ratios the targets are judged on. */
export function tableOf(report: Report): string {
  const header = [
    'statements',
    'question',
    'server median / p95 ms',
    'Cypher median / p95 ms',
    'peer median / p95 ms',
    `server / Cypher / peer req/s (${report.clients} clients)`,
    'server÷Cypher median',
    'server÷peer req/s',
    'db hits',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const size of report.results) {
    for (const r of size.rows) {
      lines.push(
        `| ${n(size.statements)} | ${r.question} | ${latency(r.server)} | ${latency(r.cypher)} | ${latency(r.peer)} | ${rate(r.server)} / ${rate(r.cypher)} / ${rate(r.peer)} | ${ratioOf(r.server, r.cypher, 'medianMs')} | ${ratioOf(r.server, r.peer, 'reqPerSec')} | ${hits(r.dbHits)} |`,
      );
    }
  }
  const memory = report.results.map(
    (s) => `- ${n(s.statements)} statements (${n(s.records)} records, generated in ${n(s.generationSeconds)} s): peak RSS server ${s.serverPeakRssMb} MB, peer ${s.peerPeakRssMb} MB`,
  );
  const growth: string[] = [];
  if (report.results.length > 1) {
    const [small, large] = [report.results[0], report.results[report.results.length - 1]];
    for (const r of large.rows) {
      const before = small.rows.find((x) => x.question === r.question);
      if (before && ok(before.server) && ok(r.server)) growth.push(`${r.question} ${ratio(r.server.p95Ms, before.server.p95Ms)}×`);
    }
  }
  return [
    `Machine: ${report.machine}.`,
    '',
    ...lines,
    '',
    ...memory,
    ...(growth.length ? [`- server p95 at the largest size ÷ at the smallest: ${growth.join(', ')}`] : []),
  ].join('\n');
}

/** One question asked of two versions of this server (`--compare`): the same data, the same Neo4j, samples in turn. */
export interface ComparedRow {
  question: string;
  before: Outcome;
  after: Outcome;
  beforeDbHits: number | null;
  afterDbHits: number | null;
  /** Whether both versions sent the same Cypher statement with the same parameters. */
  sameCypher: boolean;
  /** Whether both versions gave the same GraphQL answer, byte for byte. */
  sameAnswer: boolean;
}

export interface Comparison {
  at: string;
  quick: boolean;
  machine: string;
  clients: number;
  /** The other checkout and the commit it was at; "after" is this checkout. */
  before: string;
  after: string;
  /** 1-, 5- and 15-minute load averages when the run began and when it ended. */
  loadAtStart: number[];
  loadAtEnd: number[];
  results: Array<{ statements: number; rows: ComparedRow[] }>;
}

const yes = (b: boolean) => (b ? 'yes' : '**no**');

export function comparisonTableOf(c: Comparison): string {
  const header = [
    'statements',
    'question',
    'before median / p95 ms',
    'after median / p95 ms',
    'after÷before median',
    `before / after req/s (${c.clients} clients)`,
    'db hits before / after',
    'same Cypher',
    'same answer',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const size of c.results) {
    for (const r of size.rows) {
      lines.push(
        `| ${n(size.statements)} | ${r.question} | ${latency(r.before)} | ${latency(r.after)} | ${ratioOf(r.after, r.before, 'medianMs')} | ${rate(r.before)} / ${rate(r.after)} | ${hits(r.beforeDbHits)} / ${hits(r.afterDbHits)} | ${yes(r.sameCypher)} | ${yes(r.sameAnswer)} |`,
      );
    }
  }
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
  return [
    `Before: ${c.before}. After: ${c.after}.`,
    `Machine: ${c.machine}; load average (1, 5, 15 min) ${load(c.loadAtStart)} at the start, ${load(c.loadAtEnd)} at the end.`,
    '',
    ...lines,
  ].join('\n');
}
