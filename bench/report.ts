import type { Latency } from './measure.js';

export type Measured = Latency & { reqPerSec: number };
export type Outcome = Measured | { error: string };

export interface Row {
  question: string;
  server: Outcome;
  cypher: Outcome;
  peer: Outcome;
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
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const size of report.results) {
    for (const r of size.rows) {
      lines.push(
        `| ${n(size.statements)} | ${r.question} | ${latency(r.server)} | ${latency(r.cypher)} | ${latency(r.peer)} | ${rate(r.server)} / ${rate(r.cypher)} / ${rate(r.peer)} | ${ratioOf(r.server, r.cypher, 'medianMs')} | ${ratioOf(r.server, r.peer, 'reqPerSec')} |`,
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
