import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../src/importer/importRecords.js';
import { editorToken, graphState, namespace, removeNamespace } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/** A researcher who fixes one field of a record keeps every other field, and nobody else's edit is lost. */

const ns = namespace('patch');
const editor = editorToken('patch-tester');
const SOURCE = `source:${ns}-gazetteer`;
const PLACE = `place:${ns}-almaty`;
let h: Harness;

const PLACE_FIELDS = 'name kind version country { id } names { value language } citations { source { id } }';
const patchPlace = (set: Record<string, unknown>, ifVersion?: string | null) =>
  h.gql(
    `mutation ($id: ID!, $set: PlacePatch!, $ifVersion: ID) { patchPlace(id: $id, set: $set, ifVersion: $ifVersion) { outcome place { ${PLACE_FIELDS} } } }`,
    { id: PLACE, set, ifVersion },
    editor.headers,
  );
const place = async () => (await h.data(`{ place(id: "${PLACE}") { ${PLACE_FIELDS} } }`)).place;

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry });
  const write = (mutation: string, type: string, input: Record<string, unknown>) =>
    h.gql(`mutation ($input: ${type}!) { ${mutation}(input: $input) { outcome } }`, { input }, editor.headers);
  await write('upsertSource', 'SourceInput', { id: SOURCE, language: 'en', kind: 'RESEARCH_NOTES' });
  const placed = await write('upsertPlace', 'PlaceInput', {
    id: PLACE,
    name: 'Almaty',
    kind: 'CITY',
    country: 'country:KZ',
    names: [{ value: 'Алматы', language: 'ru', citations: [{ source: SOURCE }] }],
    citations: [{ source: SOURCE }],
  });
  expect(placed.errors).toBeUndefined();
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

describe('a patch', () => {
  it('changes only the fields it is given: the other names, the country and the citations stay', async () => {
    const { data, errors } = await patchPlace({ name: 'Almaty (city)' });
    expect(errors).toBeUndefined();
    expect(data.patchPlace.outcome).toBe('UPDATED');
    expect(await place()).toMatchObject({
      name: 'Almaty (city)',
      kind: 'CITY',
      country: { id: 'country:KZ' },
      names: [{ value: 'Алматы', language: 'ru' }],
      citations: [{ source: { id: SOURCE } }],
    });
  });

  it('replaces a list it is given whole, and answers UNCHANGED when nothing would change', async () => {
    const names = [{ value: 'Alma-Ata', language: 'en', kind: 'FORMER', citations: [{ source: SOURCE }] }];
    expect((await patchPlace({ names })).data.patchPlace.outcome).toBe('UPDATED');
    expect((await place()).names).toEqual([{ value: 'Alma-Ata', language: 'en' }]);
    expect((await patchPlace({ names, kind: 'CITY' })).data.patchPlace.outcome).toBe('UNCHANGED');
  });

  it('clears an optional field given as null', async () => {
    const { data } = await patchPlace({ country: null });
    expect(data.patchPlace.place.country).toBeNull();
    expect((await place()).name).toBe('Almaty (city)');
    await patchPlace({ country: 'country:KZ' });
  });

  it('is refused, naming the field, when the record it would leave breaks a rule, and writes nothing', async () => {
    const before = await graphState(h.db);
    const cleared = await patchPlace({ name: null });
    expect(cleared.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'set.name' });
    const dangling = await patchPlace({ country: `country:${ns}-nowhere` });
    expect(dangling.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'set.country' });
    expect(dangling.errors?.[0]?.message).toContain('does not exist');
    const other = await h.gql(`mutation { patchPerson(id: "${PLACE}", set: { name: "x" }) { outcome } }`, {}, editor.headers);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const missing = await h.gql(`mutation { patchPlace(id: "place:${ns}-nowhere", set: { name: "x" }) { outcome } }`, {}, editor.headers);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(await graphState(h.db)).toEqual(before);
  });

  it('is refused with CONFLICT when based on a version the record no longer has', async () => {
    const stale = (await place()).version;
    await patchPlace({ kind: 'REGION' });
    const before = await graphState(h.db);
    const response = await patchPlace({ name: 'Stale name' }, stale);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: (await place()).version });
    expect(await graphState(h.db)).toEqual(before);
    expect((await place()).name).toBe('Almaty (city)');
  });

  it('keeps both of two concurrent patches of different fields', async () => {
    await Promise.all([patchPlace({ name: 'Almaty' }), patchPlace({ kind: 'CITY' })]);
    expect(await place()).toMatchObject({ name: 'Almaty', kind: 'CITY', country: { id: 'country:KZ' } });
  });

  it('is audited as the whole record it wrote, by its editor', async () => {
    const { changes } = await h.data(`{ changes(recordId: "${PLACE}", first: 1) { edges { node { by outcome record } } } }`);
    const latest = changes.edges[0].node;
    expect(latest).toMatchObject({ by: 'patch-tester', outcome: 'UPDATED' });
    expect(JSON.parse(latest.record)).toMatchObject({ id: PLACE, name: 'Almaty', kind: 'CITY', country: 'country:KZ', names: [{ value: 'Alma-Ata' }] });
  });

  it('works in the import format too: a line with "mode": "patch" changes only the fields it gives', async () => {
    const { counts, refused } = await importRecords(
      h.db,
      [
        { type: 'Place', id: PLACE, mode: 'patch', name: 'Almaty (from a file)' },
        { type: 'Place', id: `place:${ns}-nowhere`, mode: 'patch', name: 'Nowhere' },
        { type: 'Person', id: `person:${ns}-x`, mode: 'merge', name: 'X' },
      ],
      { actor: 'import:patch-test' },
    );
    expect(counts).toMatchObject({ updated: 1, refused: 2 });
    expect(refused.map((r) => [r.line, r.issues[0].path])).toEqual([[2, ['id']], [3, ['mode']]]);
    expect(await place()).toMatchObject({ name: 'Almaty (from a file)', kind: 'CITY', country: { id: 'country:KZ' }, names: [{ value: 'Alma-Ata' }] });
  });
});
