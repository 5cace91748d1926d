import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whoSaidWhat } from '../src/data/read/questions/whoSaidWhat.js';
import { runBackfills } from '../src/data/write/backfills.js';
import { editorToken, namespace, removeNamespace, spanOf, upsertAs } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/**
 * whoSaidWhat reads an actor's statements from derived made-for links. Each write that changes whom a
 * statement is made for (its office ending, its ministry moving to another country, its retraction) must
 * change the links in the same write, or the question answers from a graph that no longer is; and a page
 * asked by cursor must start right after the last one, whatever was written in between.
 */

const ns = namespace('madefor');
const editor = editorToken('made-for-tester');
const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;
// Two of the seed's countries that no seed record or other test file makes a statement for, so their totals are this file's alone.
const TUVALU = 'country:TV';
const PALAU = 'country:PW';
const TEXT = `Notes ${ns}. Spoken in March. Spoken the next year. Walked 1. Walked 2. Walked 3. Walked 4. Walked 5. Walked 6. Newer. Older. Undated.`;
let h: Harness;

const write = (mutation: string, input: Record<string, unknown>) => upsertAs(h, editor, mutation, input);
const cite = (quote: string) => [{ source: id('source', 'notes'), ...spanOf(TEXT, quote), match: 'EXACT' }];
const statement = (name: string, text: string, date: string | null, speaker = id('person', 'envoy')) =>
  write('upsertStatement', { id: id('statement', name), kind: 'QUOTE', text, language: 'en', ...(date ? { date } : {}), speaker, citations: cite(text) });
const ministry = (country: string) =>
  write('upsertOrganization', { id: id('org', 'ministry'), name: `Ministry ${ns}`, kind: 'MINISTRY', country, citations: [{ source: id('source', 'notes') }] });
const office = (end: string) =>
  write('upsertOffice', {
    id: id('office', 'envoy'), title: 'Envoy', holder: id('person', 'envoy'), organization: id('org', 'department'),
    start: '2026-01', end, citations: [{ source: id('source', 'notes') }],
  });

/** The actors a statement is made for, as its links say. */
async function madeFor(name: string): Promise<string[]> {
  const rows = await h.db.read((tx) => tx.run('MATCH (:Statement {id: $id})-[r:MADE_FOR]->(a) RETURN a.id AS actor ORDER BY actor', { id: id('statement', name) }));
  return rows.map((r) => r.actor as string);
}

async function saidFor(by: string) {
  const data = await h.data(`{ whoSaidWhat(by: "${by}") { totalCount totalCountIsLowerBound edges { node { id } } } }`);
  return { total: data.whoSaidWhat.totalCount, lowerBound: data.whoSaidWhat.totalCountIsLowerBound, ids: data.whoSaidWhat.edges.map((e: any) => e.node.id) };
}

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry, NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
  await write('upsertSource', { id: id('source', 'notes'), language: 'en', kind: 'RESEARCH_NOTES', text: TEXT });
  await write('upsertPerson', { id: id('person', 'envoy'), name: `Envoy ${ns}` });
  await ministry(TUVALU);
  await write('upsertOrganization', { id: id('org', 'department'), name: `Department ${ns}`, kind: 'MINISTRY', parent: id('org', 'ministry'), citations: [{ source: id('source', 'notes') }] });
  await office('2026-12');
  await statement('march', 'Spoken in March.', '2026-03-10');
  await statement('next-year', 'Spoken the next year.', '2027-02-01');
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

describe('made-for links', () => {
  it('reach the speaker, the organizations of the office held that day, and their country', async () => {
    expect(await madeFor('march')).toEqual([TUVALU, id('org', 'department'), id('org', 'ministry'), id('person', 'envoy')].sort());
    expect(await madeFor('next-year')).toEqual([id('person', 'envoy')]);
    expect(await saidFor(TUVALU)).toEqual({ total: 1, lowerBound: false, ids: [id('statement', 'march')] });
  });

  it('follow an office that now ends before the statement, and back', async () => {
    await office('2026-02');
    expect(await madeFor('march')).toEqual([id('person', 'envoy')]);
    expect(await saidFor(TUVALU)).toEqual({ total: 0, lowerBound: false, ids: [] });
    await office('2026-12');
    expect(await madeFor('march')).toContain(TUVALU);
  });

  it('follow a ministry moved under another country', async () => {
    await ministry(PALAU);
    expect(await madeFor('march')).toEqual([PALAU, id('org', 'department'), id('org', 'ministry'), id('person', 'envoy')].sort());
    expect((await saidFor(TUVALU)).total).toBe(0);
    expect(await saidFor(PALAU)).toEqual({ total: 1, lowerBound: false, ids: [id('statement', 'march')] });
    await ministry(TUVALU);
    expect((await saidFor(PALAU)).total).toBe(0);
  });

  it('go with a retracted statement or office and come back when restored', async () => {
    const retract = (ids: string[]) =>
      h.data(`mutation ($records: [RetractionInput!]!) { retractRecords(records: $records, reason: "test") { retracted } }`, { records: ids.map((i) => ({ id: i })) }, editor.headers);
    const restore = (ids: string[]) => h.data(`mutation ($ids: [ID!]!) { restoreRecords(ids: $ids) { restored { id } } }`, { ids }, editor.headers);
    await retract([id('statement', 'march')]);
    expect(await saidFor(TUVALU)).toEqual({ total: 0, lowerBound: false, ids: [] });
    await restore([id('statement', 'march')]);
    expect((await saidFor(TUVALU)).ids).toEqual([id('statement', 'march')]);
    await retract([id('office', 'envoy')]);
    expect(await madeFor('march')).toEqual([id('person', 'envoy')]);
    await restore([id('office', 'envoy')]);
    expect(await madeFor('march')).toContain(TUVALU);
  });

  it('are written once at startup for a graph made before them', async () => {
    const before = await madeFor('march');
    await h.db.write(async (tx) => {
      await tx.run('MATCH (:Statement {id: $id})-[r:MADE_FOR]->() DELETE r', { id: id('statement', 'march') });
      await tx.run("MATCH (b:Backfill {name: 'MADE_FOR'}) DELETE b");
    });
    expect((await runBackfills(h.db)).MADE_FOR).toBeGreaterThan(0);
    expect(await madeFor('march')).toEqual(before);
    // Marked done: the next start does not read every statement again.
    expect(await runBackfills(h.db)).toEqual({});
  });
});

describe('whoSaidWhat by cursor', () => {
  const walker = id('person', 'walker');
  const page = async (first: number, after: string | null) => {
    const data = await h.data(`query ($after: String) { whoSaidWhat(by: "${walker}", first: ${first}, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
    return data.whoSaidWhat;
  };

  it('continues right after the last statement of the page, whatever was written between the pages', async () => {
    await write('upsertPerson', { id: walker, name: `Walker ${ns}` });
    // Three on one day, so the page ends inside a day's statements and the next must start after the right one.
    const dates = ['2026-05-01', '2026-04-01', '2026-04-01', '2026-04-01', '2026-03', '2025'];
    for (const [i, date] of dates.entries()) await statement(`walk-${i + 1}`, `Walked ${i + 1}.`, date, walker);
    await statement('walk-undated', 'Undated.', null, walker);

    const first = await page(3, null);
    expect(first.totalCount).toBe(7);
    expect(first.edges.map((e: any) => e.node.id)).toEqual(['walk-1', 'walk-2', 'walk-3'].map((n) => id('statement', n)));

    await statement('walk-newer', 'Newer.', '2030-01-01', walker);
    await statement('walk-older', 'Older.', '2001', walker);
    const rest = await page(20, first.pageInfo.endCursor);
    expect(rest.totalCount).toBe(9);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.edges.map((e: any) => e.node.id)).toEqual(['walk-4', 'walk-5', 'walk-6', 'walk-older', 'walk-undated'].map((n) => id('statement', n)));
  });

  it('says a filtered total is a lower bound when it counted fewer statements than could match', async () => {
    const ask = (filter: Record<string, string>, countScan: number) =>
      h.db.read((tx) => whoSaidWhat(tx, { by: walker, about: null, from: null, to: null, dateMatch: 'CERTAINLY', kind: null, ...filter }, null, 1, countScan));
    expect(await ask({ kind: 'QUOTE' }, 100)).toMatchObject({ total: 9, totalIsLowerBound: false });
    expect(await ask({ kind: 'QUOTE' }, 3)).toMatchObject({ total: 4, totalIsLowerBound: true });
    // The newest first: the three of 1 April possibly in April are counted before older statements use up the scan.
    expect(await ask({ from: '2026-04-01', to: '2026-04-30', dateMatch: 'POSSIBLY' }, 3)).toMatchObject({ total: 3, totalIsLowerBound: true });
    expect(await ask({ from: '2026-04-01', to: '2026-04-30', dateMatch: 'POSSIBLY' }, 100)).toMatchObject({ total: 3, totalIsLowerBound: false });
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await h.gql(`{ whoSaidWhat(by: "${walker}", after: "b2Zmc2V0OjQ") { totalCount } }`);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });
});
