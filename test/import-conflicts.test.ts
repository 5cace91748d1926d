import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../src/importer/importFile.js';
import { editorToken, namespace, removeNamespace } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/** Running an import file again never silently reverts an edit made since the file last ran. */

const ns = namespace('reimport');
const editor = editorToken('reimport-editor');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envoy-reimport-'));
const file = path.join(dir, `${ns}.jsonl`);
const envoy = `person:${ns}-envoy`;
const minister = `person:${ns}-minister`;
let h: Harness;

const person = (id: string, name: string) => ({ type: 'Person', id, name });
const writeFile = (...records: object[]) => fs.writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const run = () => importFile(h.db, file, { actor: 'import:test', batchSize: 10 });
const read = async (id: string) => (await h.data(`{ node(id: "${id}") { version ... on Person { name } } }`)).node;
const editThroughApi = (id: string, name: string) =>
  h.gql(`mutation ($input: PersonInput!) { upsertPerson(input: $input) { outcome } }`, { input: { id, name } }, editor.headers);

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry });
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('importing a file again', () => {
  it('reports a record edited through the API since the last run as a conflict, with its line and version, and keeps the edit', async () => {
    writeFile(person(envoy, 'Amina Envoy'), person(minister, 'Boris Minister'));
    expect((await run()).summary.counts).toMatchObject({ created: 2, conflict: 0 });
    expect((await editThroughApi(envoy, 'Amina Envoy-Smith')).data.upsertPerson.outcome).toBe('UPDATED');
    const edited = await read(envoy);

    const { summary } = await run();
    expect(summary.counts).toMatchObject({ created: 0, updated: 0, unchanged: 1, refused: 0, conflict: 1 });
    expect(summary.conflicts).toEqual([expect.objectContaining({ line: 1, id: envoy, outcome: 'conflict', currentVersion: edited.version })]);
    expect(await read(envoy)).toEqual(edited);
  });

  it('writes what the edited file changed in a record untouched since, but not over a record edited meanwhile', async () => {
    writeFile(person(envoy, 'Amina Envoy'), person(minister, 'Boris Minister (acting)'));
    const { summary } = await run();
    expect(summary.counts).toMatchObject({ updated: 1, conflict: 1 });
    expect(summary.conflicts.map((c) => c.id)).toEqual([envoy]);
    expect((await read(minister)).name).toBe('Boris Minister (acting)');
    expect((await read(envoy)).name).toBe('Amina Envoy-Smith');
  });

  it('reports an older version of the file run again, instead of reverting what the newer one wrote', async () => {
    writeFile(person(minister, 'Boris Minister (acting)'));
    await run();
    writeFile(person(minister, 'Boris Minister'));
    await run();
    writeFile(person(minister, 'Boris Minister (acting)'));
    const { summary } = await run();
    expect(summary.counts).toMatchObject({ updated: 0, conflict: 1 });
    expect((await read(minister)).name).toBe('Boris Minister');
  });

  it('takes the file again once its line agrees with the record', async () => {
    writeFile(person(envoy, 'Amina Envoy-Smith'));
    expect((await run()).summary.counts).toMatchObject({ unchanged: 1, conflict: 0 });
    writeFile(person(envoy, 'Amina Envoy-Smith (ret.)'));
    expect((await run()).summary.counts).toMatchObject({ updated: 1, conflict: 0 });
  });
});
