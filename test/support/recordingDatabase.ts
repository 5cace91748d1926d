import neo4j from 'neo4j-driver';
import type { Database, Row, Tx } from '../../src/data/database.js';

export interface Sent {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * A Database that answers nothing and keeps every statement sent to it, for tests that read the Cypher a
 * request produces without a Neo4j. `answer` may return rows for a statement so that the code goes on.
 */
export function recordingDatabase(answer: (cypher: string) => Row[] = () => []): { db: Database; sent: Sent[] } {
  const sent: Sent[] = [];
  const tx: Tx = {
    async run(cypher, params = {}) {
      sent.push({ cypher, params });
      return answer(cypher);
    },
  };
  const db: Database = {
    read: (work) => work(tx),
    write: (work) => work(tx),
    runSchema: async (cypher) => void sent.push({ cypher, params: {} }),
    ping: async () => {},
    close: async () => {},
    // Nothing here reaches a server; `driver` exists only to satisfy the interface.
    driver: null as never,
  };
  return { db, sent };
}

/** Statements as a reviewer reads them: indentation evened out, blank lines dropped, parameters after each. */
export function formatSent(sent: Sent[], header: string[]): string {
  const lines = header.map((l) => `// ${l}`);
  sent.forEach((s, i) => {
    if (sent.length > 1) lines.push('', `// statement ${i + 1} of ${sent.length}`);
    lines.push(...tidy(s.cypher));
    const keys = Object.keys(s.params).sort();
    if (keys.length) lines.push('// parameters:');
    for (const key of keys) lines.push(`//   $${key} = ${JSON.stringify(plain(s.params[key]))}`);
  });
  return `${lines.join('\n')}\n`;
}

/**
 * Each line indented by how many brackets are open where it starts, whatever indentation the fragments it
 * was assembled from had; quoted text does not count.
 */
function tidy(cypher: string): string[] {
  let depth = 0;
  let quote: string | null = null;
  const out: string[] = [];
  for (const raw of cypher.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const closesFirst = /^[)}\]]/.test(line) ? 1 : 0;
    out.push(`${'  '.repeat(Math.max(0, depth - closesFirst))}${line}`);
    for (const ch of line) {
      if (quote) {
        if (ch === quote) quote = null;
      } else if (ch === "'" || ch === '"') quote = ch;
      else if ('({['.includes(ch)) depth++;
      else if (')}]'.includes(ch)) depth--;
    }
  }
  return out;
}

/** Driver integers as numbers; long lists as their first entry and a count, so a batch reads as its shape. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) {
    const shown = value.slice(0, 1).map(plain);
    return value.length > 1 ? [...shown, `… ${value.length - 1} more`] : shown;
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}
