import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken, graphState, namespace, removeNamespace } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/** Two researchers editing one record: whoever writes on top of a version that moved on is told, not overwritten. */

const ns = namespace('versions');
const editor = editorToken('version-tester');
const PERSON = `person:${ns}-envoy`;
let h: Harness;

const upsert = (name: string, ifVersion?: string | null) =>
  h.gql(
    `mutation ($input: PersonInput!, $ifVersion: ID) { upsertPerson(input: $input, ifVersion: $ifVersion) { outcome person { name version } } }`,
    { input: { id: PERSON, name }, ifVersion },
    editor.headers,
  );
const version = async () => (await h.data(`{ node(id: "${PERSON}") { version } }`)).node.version as string;

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry });
  expect((await upsert('Amina Example')).data?.upsertPerson.outcome).toBe('CREATED');
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

describe('versions', () => {
  it('are read with every record and change with every edit', async () => {
    const first = await version();
    const { data } = await upsert('Amina Example-Smith', first);
    expect(data?.upsertPerson.outcome).toBe('UPDATED');
    expect(data?.upsertPerson.person.version).not.toBe(first);
    expect(await version()).toBe(data?.upsertPerson.person.version);
  });

  it('refuse a write based on a version the record no longer has, saying which version it has, and write nothing', async () => {
    const stale = await version();
    await upsert('Amina Example (corrected)', stale);
    const before = await graphState(h.db);
    const response = await upsert('Amina Example (stale edit)', stale);
    expect(response.data?.upsertPerson ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'ifVersion', currentVersion: await version() });
    expect(response.errors?.[0]?.message).toContain('has changed since version');
    expect(await graphState(h.db)).toEqual(before);
    expect((await h.data(`{ person(id: "${PERSON}") { name } }`)).person.name).toBe('Amina Example (corrected)');
  });

  it('refuse a versioned write to a record that does not exist', async () => {
    const response = await h.gql(
      `mutation { upsertPerson(input: { id: "person:${ns}-nobody", name: "Nobody" }, ifVersion: "abc") { outcome } }`,
      {},
      editor.headers,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: null });
  });

  it('let exactly one of two concurrent edits on the same version through', async () => {
    const base = await version();
    const answers = await Promise.all([upsert('Amina Example (edit A)', base), upsert('Amina Example (edit B)', base)]);
    const outcomes = answers.map((a) => a.data?.upsertPerson?.outcome ?? a.errors?.[0]?.extensions?.code).sort();
    expect(outcomes).toEqual(['CONFLICT', 'UPDATED']);
    const won = answers.find((a) => a.data?.upsertPerson)!.data!.upsertPerson.person.name;
    expect((await h.data(`{ person(id: "${PERSON}") { name } }`)).person.name).toBe(won);
  });
});
