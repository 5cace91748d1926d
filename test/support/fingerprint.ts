import { createHash } from 'node:crypto';
import type { Database } from '../../src/data/database.js';

const AUDIT = new Set(['createdAt', 'updatedAt', 'createdBy', 'updatedBy']);
/** Names and legs have no id of their own; their owner's id places them. */
const KEY = (v: string) => `coalesce(${v}.id, head([(o)-[:HAS_NAME|HAS_LEG]->(${v}) | o.id]) + '/' + coalesce(${v}.value, toString(${v}.sequence)))`;

function canonical(props: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(props).filter((k) => !AUDIT.has(k)).sort().map((k) => [k, props[k]]));
}

/**
 * A digest of every node and relationship with its properties, independent of internal ids and write times.
 * The audit trail (Change) and the import's memory (ImportRun, ImportedRecord) record when, by whom and from
 * which file the graph was written, which differs between two runs that write the same graph, so they are left out;
 * so is the mark a start leaves once it has backfilled derived links (Backfill, src/data/write/backfills.ts).
 */
export async function fingerprint(
  db: Database,
  ignore: (key: string) => boolean = () => false,
): Promise<{ nodes: number; relationships: number; digest: string }> {
  const [nodes, rels] = await db.read(async (tx) => [
    await tx.run(`MATCH (n) WHERE NOT (n:Change OR n:ImportRun OR n:ImportedRecord OR n:Backfill) RETURN labels(n) AS labels, ${KEY('n')} AS key, properties(n) AS props`),
    await tx.run(`MATCH (a)-[r]->(b) RETURN type(r) + ' ' + ${KEY('a')} + ' -> ' + ${KEY('b')} AS key, properties(r) AS props`),
  ]);
  const nodeKeys = nodes.map((r) => `${[...r.labels].sort().join(':')} ${r.key} ${canonical(r.props)}`).filter((k) => !ignore(k));
  const relKeys = rels.map((r) => `${r.key} ${canonical(r.props)}`).filter((k) => !ignore(k));
  const keys = [...nodeKeys, ...relKeys].sort();
  return { nodes: nodeKeys.length, relationships: relKeys.length, digest: createHash('sha256').update(keys.join('\n')).digest('hex') };
}
