import { randomBytes } from 'node:crypto';
import { hashToken } from '../../src/auth/editorTokens.js';
import type { Database } from '../../src/data/database.js';
import { fingerprint } from './fingerprint.js';
import type { Harness } from './harness.js';

/** A token the test server accepts, and the EDITOR_TOKENS line that configures it. */
export function editorToken(name: string) {
  const token = randomBytes(24).toString('base64url');
  return { token, entry: `${name}:${hashToken(token)}`, headers: { authorization: `Bearer ${token}` } };
}

/** Writes one record through its upsert mutation (`upsertOffice`, …) as the given editor, answering `{ outcome }`. */
export function upsertAs(h: Harness, editor: { headers: Record<string, string> }, mutation: string, input: Record<string, unknown>) {
  const type = mutation.replace('upsert', '');
  return h.data(`mutation ($input: ${type}Input!) { ${mutation}(input: $input) { outcome } }`, { input }, editor.headers);
}

/** Ids unique to one test file, so its writes never meet the seed's or another file's. */
export function namespace(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** The graph and its audit trail, to show that a refused write left nothing behind. */
export async function graphState(db: Database) {
  const [trail] = await db.read((tx) => tx.run('MATCH (c:Change) RETURN count(c) AS changes'));
  return { ...(await fingerprint(db)), changes: trail.changes as number };
}

/** Removes every entity whose id contains `ns`, with its names, legs, audit entries and what imports remember of it. */
export async function removeNamespace(db: Database, ns: string): Promise<void> {
  await db.write(async (tx) => {
    await tx.run(
      `MATCH (n:Entity) WHERE n.id CONTAINS $ns
       OPTIONAL MATCH (n)-[:HAS_NAME|HAS_LEG]->(x)
       DETACH DELETE x
       WITH DISTINCT n DETACH DELETE n`,
      { ns },
    );
    await tx.run('MATCH (c:Change|ImportedRecord) WHERE c.recordId CONTAINS $ns DELETE c', { ns });
  });
}

/** Code-point offsets of `quote` in `text`, as spans count them. */
export function spanOf(text: string, quote: string): { start: number; end: number } {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(quote).length };
}
