import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../bench/serverProcess.js';
import { openDatabase, type Database } from '../src/data/database.js';
import { editorToken, namespace, removeNamespace } from './support/editing.js';

const ns = namespace('bookmarks');
const editor = editorToken('amina');
const PERSON = `person:${ns}-envoy`;

/** Two stateless instances over one Neo4j, as behind a load balancer: one takes the write, the other the read. */
let writer: ServerProcess;
let reader: ServerProcess;
let db: Database;

async function ask(server: ServerProcess, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: Record<string, any> };
}

beforeAll(async () => {
  const neo4j = inject('neo4j');
  const env = {
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database ?? '',
    PORT: '0',
    LOG_LEVEL: 'silent',
    EDITOR_TOKENS: editor.entry,
  };
  [writer, reader] = await Promise.all([startServerProcess('src/main.ts', env), startServerProcess('src/main.ts', env)]);
  db = openDatabase({ ...neo4j, database: neo4j.database ?? undefined }, { txTimeoutMs: 30_000 });
}, 300_000);

afterAll(async () => {
  await Promise.all([writer?.stop(), reader?.stop()]);
  await removeNamespace(db, ns);
  await db.close();
});

describe('read-your-writes across instances', () => {
  it('returns the write\'s bookmarks with a mutation, and another instance reads the write once given them', async () => {
    const written = await ask(
      writer,
      'mutation ($input: PersonInput!) { upsertPerson(input: $input) { outcome } }',
      { input: { id: PERSON, name: 'Envoy Bookmark' } },
      editor.headers,
    );
    expect(written.errors).toBeUndefined();
    expect(written.data.upsertPerson.outcome).toBe('CREATED');
    const bookmarks: string[] = written.extensions?.bookmarks;
    expect(bookmarks.length).toBeGreaterThan(0);
    expect(bookmarks.every((b) => typeof b === 'string' && b.length > 0)).toBe(true);

    const read = await ask(reader, 'query ($id: ID!) { person(id: $id) { name } }', { id: PERSON }, { 'neo4j-bookmarks': bookmarks.join(', ') });
    expect(read.errors).toBeUndefined();
    expect(read.data.person.name).toBe('Envoy Bookmark');
    // Reads carry no bookmarks of their own: only writes move the client's position forward.
    expect(read.extensions?.bookmarks).toBeUndefined();
  });

  it('hands the header to Neo4j: a bookmark it cannot read is refused, naming the header', async () => {
    const read = await ask(reader, '{ country(id: "country:KZ") { name } }', {}, { 'neo4j-bookmarks': 'FB:not-a-bookmark' });
    expect(read.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Neo4j-Bookmarks' });
    expect(read.errors?.[0].message).toMatch(/Neo4j-Bookmarks header/);
  });

  it('gives an unchanged write the bookmarks it was sent, so a client never moves backwards', async () => {
    const first = await ask(writer, 'mutation ($input: PersonInput!) { upsertPerson(input: $input) { outcome } }', { input: { id: PERSON, name: 'Envoy Bookmark' } }, editor.headers);
    const given = first.extensions?.bookmarks as string[];
    const again = await ask(
      reader,
      'mutation ($input: PersonInput!) { upsertPerson(input: $input) { outcome } }',
      { input: { id: PERSON, name: 'Envoy Bookmark' } },
      { ...editor.headers, 'neo4j-bookmarks': given.join(',') },
    );
    expect(again.data.upsertPerson.outcome).toBe('UNCHANGED');
    expect(again.extensions?.bookmarks.length).toBeGreaterThan(0);
  });
});
