import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackfills } from '../src/data/write/backfills.js';
import { editorToken, namespace, removeNamespace, spanOf, upsertAs } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/**
 * stanceHolders reads a stance's holders in name order from an index, so the holder's name is kept on each
 * stance: these tests hold the order to the names as they are after the writes that change them, and the
 * cursor to its promise that a stance recorded between two pages neither repeats nor goes missing.
 */

const ns = namespace('holders');
const editor = editorToken('holders-tester');
const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;
const TEXT = `Notes ${ns}. In 2010 Bravo said X. In 2020 Bravo said Y.`;
let h: Harness;

const write = (mutation: string, input: Record<string, unknown>) => upsertAs(h, editor, mutation, input);
const cite = [{ source: id('source', 'notes') }];

const org = (key: string, name: string) => write('upsertOrganization', { id: id('org', key), name: `${name} ${ns}`, kind: 'MINISTRY' });
const position = (key: string, holder: string) =>
  write('upsertPosition', {
    id: id('position', key), stance: 'PEACEFUL_SETTLEMENT', modality: 'ASSERTED', holder: id('org', holder),
    toward: id('conflict', 'war'), citations: cite,
  });

interface Page {
  totalCount: number;
  totalCountIsLowerBound: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string; holder: { name: string } } }>;
}

async function holders(first: number, after?: string | null): Promise<Page> {
  const data = await h.data(
    `query ($toward: ID!, $first: Int, $after: String) { stanceHolders(stance: PEACEFUL_SETTLEMENT, toward: $toward, first: $first, after: $after) {
      totalCount totalCountIsLowerBound pageInfo { hasNextPage endCursor } edges { node { id holder { name } } } } }`,
    { toward: id('conflict', 'war'), first, after },
  );
  return data.stanceHolders as Page;
}
const ids = (page: Page) => page.edges.map((e) => e.node.id.replace(`position:${ns}-`, ''));

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry, NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
  await write('upsertSource', { id: id('source', 'notes'), language: 'en', kind: 'RESEARCH_NOTES', text: TEXT });
  await write('upsertConflict', { id: id('conflict', 'war'), name: `War ${ns}`, kind: 'ARMED_CONFLICT', citations: cite });
  await org('alpha', 'Alpha');
  await org('bravo', 'Bravo');
  await org('delta', 'Delta');
  await position('alpha', 'alpha');
  // Bravo holds the stance twice; the one first said in 2010 comes first although its id sorts last.
  await position('bravo-1', 'bravo');
  await position('bravo-2', 'bravo');
  await position('delta', 'delta');
  const statement = (key: string, quote: string, date: string, expresses: string) =>
    write('upsertStatement', {
      id: id('statement', key), kind: 'PARAPHRASE', text: quote, language: 'en', date, onBehalfOf: id('org', 'bravo'),
      expresses: [id('position', expresses)], citations: [{ source: id('source', 'notes'), ...spanOf(TEXT, quote), match: 'EXACT' }],
    });
  await statement('x', 'Bravo said X', '2010', 'bravo-2');
  await statement('y', 'Bravo said Y', '2020', 'bravo-1');
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

describe('stanceHolders', () => {
  it('lists holders by name, then by the day first said, and pages on without gap or repeat when stances are recorded between pages', async () => {
    const first = await holders(2);
    expect(ids(first)).toEqual(['alpha', 'bravo-2']);
    expect(first).toMatchObject({ totalCount: 4, totalCountIsLowerBound: false, pageInfo: { hasNextPage: true } });

    // One sorts before the page already read, one after it.
    await org('aaron', 'Aaron');
    await position('aaron', 'aaron');
    await org('charlie', 'Charlie');
    await position('charlie', 'charlie');

    const second = await holders(10, first.pageInfo.endCursor);
    expect(ids(second)).toEqual(['bravo-1', 'charlie', 'delta']);
    expect(second).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: false } });
  });

  it('follows a holder renamed and a stance given another holder', async () => {
    await write('upsertOrganization', { id: id('org', 'delta'), name: `Able ${ns}`, kind: 'MINISTRY' });
    await position('alpha', 'charlie');
    const page = await holders(10);
    expect(page.edges.map((e) => e.node.holder.name.replace(` ${ns}`, ''))).toEqual(['Aaron', 'Able', 'Bravo', 'Bravo', 'Charlie', 'Charlie']);
    expect(ids(page)).toEqual(['aaron', 'delta', 'bravo-2', 'bravo-1', 'alpha', 'charlie']);
  });

  it('lists the stances of a graph written before holder names were kept once the server has started on it', async () => {
    await h.db.write(async (tx) => {
      await tx.run('MATCH (p:Position) WHERE p.id STARTS WITH $prefix REMOVE p.holderName', { prefix: `position:${ns}-` });
      await tx.run("MATCH (b:Backfill {name: 'HOLDER_NAMES'}) DELETE b");
    });
    expect(ids(await holders(10))).toEqual([]);
    expect((await runBackfills(h.db)).HOLDER_NAMES).toBeGreaterThanOrEqual(6);
    expect(ids(await holders(10))).toEqual(['aaron', 'delta', 'bravo-2', 'bravo-1', 'alpha', 'charlie']);
  });

  it('gives the statements expressing each stance when a fragment asks for them', async () => {
    const ask = (fields: string, fragments = '') =>
      h.data(
        `query ($toward: ID!) { stanceHolders(stance: PEACEFUL_SETTLEMENT, toward: $toward, first: 10) { edges { node { id ${fields} } } } } ${fragments}`,
        { toward: id('conflict', 'war') },
      );
    const said = (data: { stanceHolders: { edges: Array<{ node: { id: string; expressedBy?: Array<{ text: string }> } }> } }) =>
      Object.fromEntries(data.stanceHolders.edges.map((e) => [e.node.id.replace(`position:${ns}-`, ''), e.node.expressedBy?.map((s) => s.text)]));
    expect(said(await ask('... words', 'fragment words on HeldStance { expressedBy { text } }'))).toMatchObject({ 'bravo-1': ['Bravo said Y'], 'bravo-2': ['Bravo said X'], aaron: [] });
    expect(said(await ask('... on HeldStance { expressedBy { text } }'))['bravo-2']).toEqual(['Bravo said X']);
  });

  it('refuses a cursor it did not issue, naming the argument', async () => {
    const res = await h.gql(`{ stanceHolders(stance: PEACEFUL_SETTLEMENT, after: "${Buffer.from('key:["x"]').toString('base64url')}") { totalCount } }`);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });
});
