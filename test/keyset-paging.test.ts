import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalDbHits, type PlanNode } from '../bench/profile.js';
import type { Tx } from '../src/data/database.js';
import type { After } from '../src/data/read/keyset.js';
import { LISTS, list } from '../src/data/read/lists.js';
import { importRecords } from '../src/importer/importRecords.js';
import { retractRecords } from '../src/data/write/retractions.js';
import { namespace, removeNamespace } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/**
 * Lists and relation connections page from the last row seen (its sort key and id), not from a count of rows:
 * statements written between two page requests neither repeat nor go missing, and a deep page reads no more of
 * the graph than the first.
 */

const ns = namespace('keyset');
const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;
const ORG = id('org', 'ministry');

// Every statement quotes its own fixed-width slot of a held source, 100 slots per source.
const SLOTS_PER_SOURCE = 100;
const slotText = (slot: number) => `Slot ${String(slot).padStart(5, '0')} of the keyset test.`;
const SLOT_WIDTH = slotText(0).length + 1;
const BULK = 2000;
/** Pages after which statements are written: enough to meet ties, both ends, and the undated tail. */
const WRITING_STEPS = 4;
const SLOTS = BULK + 400;
let nextSlot = 0;

function statement(name: string, speaker: string, date: string | null) {
  const slot = nextSlot++;
  const start = (slot % SLOTS_PER_SOURCE) * SLOT_WIDTH;
  return {
    type: 'Statement', id: id('statement', name), kind: 'QUOTE', text: slotText(slot), language: 'en',
    ...(date ? { date } : {}), speaker, onBehalfOf: ORG,
    citations: [{ source: id('source', String(Math.floor(slot / SLOTS_PER_SOURCE))), start, end: start + slotText(slot).length, match: 'EXACT' }],
  };
}

let h: Harness;
const write = async (records: unknown[]) => {
  const summary = await importRecords(h.db, records, { actor: 'test:keyset', batchSize: 500 });
  expect(summary.refused).toEqual([]);
};

const day = (base: string, offset: number) => new Date(Date.parse(base) + offset * 86_400_000).toISOString().slice(0, 10);

/** Thirty statements by one speaker, two on each of fifteen days in January 2001, and two undated. */
async function speakerWithStatements(name: string): Promise<string> {
  const speaker = id('person', name);
  await write([
    { type: 'Person', id: speaker, name: `Speaker ${name} of ${ns}` },
    ...Array.from({ length: 30 }, (_, i) => statement(`${name}-m-${String(i).padStart(2, '0')}`, speaker, day('2001-01-01', Math.floor(i / 2)))),
    statement(`${name}-m-undated-1`, speaker, null),
    statement(`${name}-m-undated-2`, speaker, null),
  ]);
  return speaker;
}

beforeAll(async () => {
  h = await startHarness({ NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
  const sources = Array.from({ length: SLOTS / SLOTS_PER_SOURCE }, (_, s) => ({
    type: 'Source', id: id('source', String(s)), language: 'en', kind: 'RESEARCH_NOTES', title: `Keyset notes ${s}`,
    text: Array.from({ length: SLOTS_PER_SOURCE }, (_, i) => `${slotText(s * SLOTS_PER_SOURCE + i)}\n`).join(''),
  }));
  const bulkSpeaker = id('person', 'bulk');
  await write([...sources, { type: 'Organization', id: ORG, name: `Ministry of ${ns}`, kind: 'MINISTRY' }, { type: 'Person', id: bulkSpeaker, name: `Bulk speaker of ${ns}` }]);
  // Two statements a day from 1950 on: the deep pages of the statements list.
  await write(Array.from({ length: BULK }, (_, i) => statement(`bulk-${String(i).padStart(4, '0')}`, bulkSpeaker, day('1950-01-01', Math.floor(i / 2)))));
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

interface Page {
  ids: string[];
  dates: (string | null)[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Walks a connection page by page and, after each of the first pages, writes statements by the speaker that sort
 * before the page's last row (already passed), level with it (same date, an id before or after it) and after it
 * (an older date, no date): those behind the last row seen must never show, those ahead of it must show once.
 */
async function walkWhileWriting(name: string, speaker: string, direction: 'ASC' | 'DESC', read: (after: string | null) => Promise<Page>) {
  const seen: string[] = [];
  const dates = new Map<string, string | null>();
  const behind: string[] = [];
  const ahead: string[] = [];
  let after: string | null = null;
  for (let step = 0; step < 40; step++) {
    const page = await read(after);
    page.ids.forEach((pid, i) => dates.set(pid, page.dates[i]));
    seen.push(...page.ids);
    if (!page.hasNextPage) break;
    after = page.endCursor;
    const last = page.dates.at(-1)!;
    if (last === null || step >= WRITING_STEPS) continue;
    const [earlier, later] = [day(last, -1), day(last, 1)];
    const [passed, coming] = direction === 'DESC' ? [later, earlier] : [earlier, later];
    const records = [
      statement(`${name}-${step}-passed`, speaker, passed),
      // Ties sort by id: `a` comes before the walked statements' `m`, `z` after it.
      statement(`${name}-a-level-${step}`, speaker, last),
      statement(`${name}-z-level-${step}`, speaker, last),
      statement(`${name}-${step}-coming`, speaker, coming),
      statement(`${name}-${step}-undated`, speaker, null),
    ];
    const lastId = page.ids.at(-1)!;
    for (const r of records) {
      const sortsBehind = r.id.endsWith('-passed') || (r.id.includes('-level-') && r.id < lastId);
      (sortsBehind ? behind : ahead).push(r.id);
    }
    await write(records);
  }
  return { seen, dates, behind, ahead };
}

/** Statements in the order of the walk: dated ones by date in the direction, ties by id, undated last by id. */
function inOrder(ids: string[], dates: Map<string, string | null>, direction: 'ASC' | 'DESC') {
  return [...ids].sort((a, b) => {
    const [da, db] = [dates.get(a) ?? null, dates.get(b) ?? null];
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return (da < db ? -1 : 1) * (direction === 'ASC' ? 1 : -1);
    }
    return a < b ? -1 : 1;
  });
}

function expectNoGapNoRepeat(walk: Awaited<ReturnType<typeof walkWhileWriting>>, originals: string[], direction: 'ASC' | 'DESC') {
  expect(new Set(walk.seen).size, 'no statement is repeated').toBe(walk.seen.length);
  expect(walk.seen.filter((s) => !originals.includes(s) && !walk.ahead.includes(s)), 'only statements ahead of the cursor join').toEqual([]);
  expect(originals.filter((s) => !walk.seen.includes(s)), 'no statement held from the start is missed').toEqual([]);
  expect(walk.ahead.filter((s) => !walk.seen.includes(s)), 'statements written ahead of the cursor are read').toEqual([]);
  expect(walk.behind.filter((s) => walk.seen.includes(s)), 'statements written behind the cursor are not').toEqual([]);
  expect(walk.seen).toEqual(inOrder(walk.seen, walk.dates, direction));
}

const PAGE = `totalCount edges { cursor node { id date { first } } } pageInfo { hasNextPage hasPreviousPage endCursor }`;
const toPage = (connection: any): Page => ({
  ids: connection.edges.map((e: any) => e.node.id),
  dates: connection.edges.map((e: any) => e.node.date?.first ?? null),
  endCursor: connection.pageInfo.endCursor,
  hasNextPage: connection.pageInfo.hasNextPage,
});

async function statementsOf(speaker: string, direction: 'ASC' | 'DESC') {
  const data = await h.data(`query ($speaker: ID!) { statements(filter: { speaker: $speaker }, sort: { field: DATE, direction: ${direction} }, first: 100) { edges { node { id } } } }`, { speaker });
  return data.statements.edges.map((e: any) => e.node.id) as string[];
}

describe('paging while statements are written', () => {
  it('walks the statements list newest first: no gap, no repeat, every statement once', async () => {
    const speaker = await speakerWithStatements('list-desc');
    const originals = await statementsOf(speaker, 'DESC');
    const walk = await walkWhileWriting('list-desc', speaker, 'DESC', async (after) => {
      const data = await h.data(`query ($speaker: ID!, $after: String) { statements(filter: { speaker: $speaker }, first: 4, after: $after) { ${PAGE} } }`, { speaker, after });
      expect(data.statements.pageInfo.hasPreviousPage).toBe(after !== null);
      return toPage(data.statements);
    });
    expect(walk.seen.length).toBeGreaterThan(originals.length);
    expectNoGapNoRepeat(walk, originals, 'DESC');
  });

  it('walks it oldest first too, and refuses a cursor of the other direction', async () => {
    const speaker = await speakerWithStatements('list-asc');
    const originals = await statementsOf(speaker, 'ASC');
    const read = (after: string | null, direction = 'ASC') =>
      h.gql(`query ($speaker: ID!, $after: String) { statements(filter: { speaker: $speaker }, sort: { field: DATE, direction: ${direction} }, first: 4, after: $after) { ${PAGE} } }`, { speaker, after });
    const walk = await walkWhileWriting('list-asc', speaker, 'ASC', async (after) => toPage((await read(after)).data!.statements));
    expectNoGapNoRepeat(walk, originals, 'ASC');

    const ascending = (await read(null)).data!.statements.pageInfo.endCursor;
    const mixed = await read(ascending, 'DESC');
    expect(mixed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(mixed.errors?.[0].message).toMatch(/another list or another order/);
  });

  it("walks a person's statements (a relation connection) the same way", async () => {
    const speaker = await speakerWithStatements('relation');
    const originals = (await h.data(`{ person(id: "${speaker}") { statements(first: 100) { edges { node { id } } } } }`)).person.statements.edges.map((e: any) => e.node.id);
    const walk = await walkWhileWriting('relation', speaker, 'DESC', async (after) => {
      const data = await h.data(`query ($after: String) { person(id: "${speaker}") { statements(first: 4, after: $after) { ${PAGE} } } }`, { after });
      return toPage(data.person.statements);
    });
    expectNoGapNoRepeat(walk, originals, 'DESC');
  });

  it('refuses a cursor that counted rows, saying to start again from the first page', async () => {
    const offsetCursor = Buffer.from('offset:19').toString('base64url');
    for (const query of [`{ statements(after: "${offsetCursor}") { totalCount } }`, `{ person(id: "person:alibek-bakayev") { statements(after: "${offsetCursor}") { totalCount } } }`]) {
      const res = await h.gql(query);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(res.errors?.[0].message).toMatch(/first page again/);
    }
  });
});

/** One row of a walked connection: its identity, and what the walk needs to tell where a written row sorts. */
interface Walked {
  ids: string[];
  lastRow: Record<string, any> | null;
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Walks a question three rows a page; after each of the first pages, `between` writes records and says which
 * rows they add behind the page's last row (already passed: they must never show) and ahead of it (once each).
 */
async function walkQuestion(read: (after: string | null) => Promise<Walked>, between: (step: number, last: Record<string, any>) => Promise<{ behind: string[]; ahead: string[] }>) {
  const seen: string[] = [];
  const behind: string[] = [];
  const ahead: string[] = [];
  let after: string | null = null;
  for (let step = 0; step < 60; step++) {
    const page = await read(after);
    seen.push(...page.ids);
    if (!page.hasNextPage) break;
    after = page.endCursor;
    if (step >= WRITING_STEPS) continue;
    const written = await between(step, page.lastRow!);
    behind.push(...written.behind);
    ahead.push(...written.ahead);
  }
  return { seen, behind, ahead };
}

function expectEveryRowOnce(walk: Awaited<ReturnType<typeof walkQuestion>>, originals: string[]) {
  expect(new Set(walk.seen).size, 'no row is repeated').toBe(walk.seen.length);
  expect(originals.filter((r) => !walk.seen.includes(r)), 'no row held from the start is missed').toEqual([]);
  expect(walk.ahead.filter((r) => !walk.seen.includes(r)), 'rows written ahead of the cursor are read').toEqual([]);
  expect(walk.behind.filter((r) => walk.seen.includes(r)), 'rows written behind the cursor are not').toEqual([]);
}

const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';
const byKey = (a: string[], b: string[]) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1);

describe('questions paged while records are written', () => {
  it("walks an actor's stances (stancesOf) by stance and id while stances are recorded before, level with and after the cursor", async () => {
    const holder = id('org', 'stance-holder');
    const STANCES = ['NON_INTERFERENCE', 'PEACEFUL_SETTLEMENT', 'PERMANENT_NEUTRALITY'];
    // Stances no statement expresses have no since-day: they rank by stance code, then id.
    const position = (name: string, stance: string) => ({
      type: 'Position', id: id('position', name), stance, modality: 'ASSERTED', holder, citations: [{ source: id('source', '0') }],
    });
    await write([
      { type: 'Organization', id: holder, name: `Stance holder of ${ns}`, kind: 'MINISTRY' },
      ...Array.from({ length: 24 }, (_, i) => position(`m-${String(i).padStart(2, '0')}`, STANCES[i % 3])),
    ]);
    const read = async (after: string | null): Promise<Walked> => {
      const data = await h.data(`query ($actor: ID!, $after: String) { stancesOf(actor: $actor, first: 3, after: $after) { edges { node { id stance } } ${PAGE_INFO} } }`, { actor: holder, after });
      const nodes = data.stancesOf.edges.map((e: any) => e.node);
      return { ids: nodes.map((n: any) => n.id), lastRow: nodes.at(-1) ?? null, ...data.stancesOf.pageInfo };
    };
    const originals = (await h.data(`{ stancesOf(actor: "${holder}", first: 100) { edges { node { id } } } }`)).stancesOf.edges.map((e: any) => e.node.id);
    expect(originals).toHaveLength(24);
    const walk = await walkQuestion(read, async (step, last) => {
      // `a` sorts before the walked stances' `m` within a stance code, `z` after them.
      const records = STANCES.flatMap((stance) => [position(`a-${step}-${stance}`, stance), position(`z-${step}-${stance}`, stance)]);
      await write(records);
      const sortsBehind = (r: { id: string; stance: string }) => byKey([r.stance, r.id], [last.stance, last.id]) < 0;
      return { behind: records.filter(sortsBehind).map((r) => r.id), ahead: records.filter((r) => !sortsBehind(r)).map((r) => r.id) };
    });
    expectEveryRowOnce(walk, originals);
    expect(walk.behind.length).toBeGreaterThan(0);
  });

  it('walks search hits, best first, while names scoring higher, as high and lower are added', async () => {
    const word = `Qwzx${ns.replace(/[^a-z0-9]/gi, '')}`;
    // Search reads the names a record lists (its `names`), each with its language and source.
    const person = (name: string, text: string) => ({
      type: 'Person', id: id('person', name), name: text, names: [{ value: text, language: 'en', citations: [{ source: id('source', '0') }] }],
    });
    const SAME = `${word} Walker`;
    await write(Array.from({ length: 18 }, (_, i) => person(`hit-m-${String(i).padStart(2, '0')}`, SAME)));
    const read = async (after: string | null): Promise<Walked> => {
      const data = await h.data(`query ($text: String!, $after: String) { search(text: $text, first: 3, after: $after) { edges { node { entity { id } score } } ${PAGE_INFO} } }`, { text: word, after });
      const hits = data.search.edges.map((e: any) => ({ id: e.node.entity.id, score: e.node.score }));
      return { ids: hits.map((x: any) => x.id), lastRow: hits.at(-1) ?? null, ...data.search.pageInfo };
    };
    const originals = (await h.data(`{ search(text: "${word}", first: 100) { edges { node { entity { id } } } } }`)).search.edges.map((e: any) => e.node.entity.id);
    expect(originals).toHaveLength(18);
    const walk = await walkQuestion(read, async (step, last) => {
      const higher = person(`hit-b-${step}-higher`, `${word} ${word}`);
      const levelBefore = person(`hit-a-${step}-level`, SAME);
      const levelAfter = person(`hit-z-${step}-level`, SAME);
      const lower = person(`hit-c-${step}-lower`, `${word} Walker of a much longer name than the others`);
      await write([higher, levelBefore, levelAfter, lower]);
      return { behind: [higher.id, ...(levelBefore.id < last.id ? [levelBefore.id] : [])], ahead: [levelAfter.id, lower.id, ...(levelBefore.id < last.id ? [] : [levelBefore.id])] };
    });
    expectEveryRowOnce(walk, originals);
  });

  it('walks the audit trail (changes) newest first while records are written: their changes come before the cursor and never show', async () => {
    const by = `test:${ns}-changes`;
    const person = (name: string, text = `Audited ${name} of ${ns}`) => ({ type: 'Person', id: id('person', name), name: text });
    // Four records a transaction: each four changes share their instant, and the pages end among them.
    const first = await importRecords(h.db, Array.from({ length: 12 }, (_, i) => person(`audited-${i}`)), { actor: by, batchSize: 4 });
    expect(first.refused).toEqual([]);
    const row = (c: any) => `${c.recordId} ${c.outcome}`;
    const read = async (after: string | null): Promise<Walked> => {
      const data = await h.data(`query ($by: String!, $after: String) { changes(by: $by, first: 5, after: $after) { edges { node { recordId outcome } } ${PAGE_INFO} } }`, { by, after });
      const nodes = data.changes.edges.map((e: any) => e.node);
      return { ids: nodes.map(row), lastRow: nodes.at(-1) ?? null, ...data.changes.pageInfo };
    };
    const originals = (await h.data(`{ changes(by: "${by}", first: 100) { edges { node { recordId outcome } } } }`)).changes.edges.map((e: any) => row(e.node));
    expect(originals).toHaveLength(12);
    const walk = await walkQuestion(read, async (step) => {
      const summary = await importRecords(h.db, [person(`audited-new-${step}`), person(`audited-${step}`, `Audited again ${step} of ${ns}`)], { actor: by, batchSize: 4 });
      expect(summary.refused).toEqual([]);
      return { behind: [`${id('person', `audited-new-${step}`)} CREATED`, `${id('person', `audited-${step}`)} UPDATED`], ahead: [] };
    });
    expectEveryRowOnce(walk, originals);
  });

  it('walks the retracted records newest first while more are retracted: those come before the cursor and never show', async () => {
    const person = (name: string) => ({ type: 'Person', id: id('person', name), name: `Retracted ${name} of ${ns}` });
    await write([...Array.from({ length: 9 }, (_, i) => person(`gone-${i}`)), ...Array.from({ length: WRITING_STEPS }, (_, i) => person(`gone-later-${i}`))]);
    const retract = (ids: string[]) => h.db.write(async (tx) => expect(await retractRecords(tx, ids.map((x) => ({ id: x })), 'keyset test', 'test:keyset')).toEqual([]));
    // Three retractions a call: each three share their instant, and the pages end among them.
    for (let i = 0; i < 9; i += 3) await retract([0, 1, 2].map((j) => id('person', `gone-${i + j}`)));
    const ours = (ids: string[]) => ids.filter((x) => x.includes(ns));
    // Other tests' retractions are left out: they are not this test's to count.
    const read = async (after: string | null): Promise<Walked> => {
      const data = await h.data(`query ($after: String) { retractions(first: 2, after: $after) { edges { node { id } } ${PAGE_INFO} } }`, { after });
      const ids = data.retractions.edges.map((e: any) => e.node.id);
      return { ids: ours(ids), lastRow: { id: ids.at(-1) }, ...data.retractions.pageInfo };
    };
    const originals = ours((await h.data('{ retractions(first: 100) { edges { node { id } } } }')).retractions.edges.map((e: any) => e.node.id));
    expect(originals).toHaveLength(9);
    const walk = await walkQuestion(read, async (step) => {
      await retract([id('person', `gone-later-${step}`)]);
      return { behind: [id('person', `gone-later-${step}`)], ahead: [] };
    });
    expectEveryRowOnce(walk, originals);
  });

  it('refuses the older cursors on every question, saying to ask for the first page again, and a cursor of another question', async () => {
    const stale = [Buffer.from('offset:2').toString('base64url'), Buffer.from('key:["2026-03-03","statement:x"]').toString('base64url')];
    const questions = [
      (after: string) => `{ stancesOf(actor: "country:KZ", after: "${after}") { totalCount } }`,
      (after: string) => `{ search(text: "Bakayev", after: "${after}") { totalCount } }`,
      (after: string) => `{ changes(after: "${after}") { totalCount } }`,
      (after: string) => `{ retractions(after: "${after}") { totalCount } }`,
      (after: string) => `{ whoSaidWhat(by: "country:KZ", after: "${after}") { totalCount } }`,
      (after: string) => `{ statementFeed(entity: "country:KZ", after: "${after}") { totalCount } }`,
      (after: string) => `{ stanceHolders(stance: PEACEFUL_SETTLEMENT, after: "${after}") { totalCount } }`,
    ];
    for (const question of questions) {
      for (const cursor of stale) {
        const res = await h.gql(question(cursor));
        expect(res.errors?.[0].extensions, question(cursor)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
        expect(res.errors?.[0].message).toMatch(/first page again/);
      }
    }
    const stancesCursor = (await h.data('{ stancesOf(actor: "country:KZ", first: 1) { pageInfo { endCursor } } }')).stancesOf.pageInfo.endCursor;
    const replayed = await h.gql(`{ search(text: "Bakayev", after: "${stancesCursor}") { totalCount } }`);
    expect(replayed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(replayed.errors?.[0].message).toMatch(/another list or another order/);
  });
});

describe('a deep page', () => {
  let driver: Driver;
  beforeAll(() => {
    const c = h.config.neo4j!;
    driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true });
  });
  afterAll(() => driver.close());

  /** Db hits of each page of 20 of the statements list, newest first, read through the list's own statement. */
  async function dbHitsPerPage(pages: number): Promise<number[]> {
    const hits: number[] = [];
    let after: After | null = null;
    for (let p = 0; p < pages; p++) {
      const tx: Tx = {
        async run(cypher, params = {}) {
          const result = await driver.executeQuery(`PROFILE ${cypher}`, params, { routing: neo4j.routing.READ, database: h.config.neo4j!.database || undefined });
          hits.push(totalDbHits(result.summary.profile as PlanNode));
          return result.records.map((r) => r.toObject());
        },
      };
      const page = await list(tx, LISTS.Statement, { after, limit: 20 });
      expect(page.hasNextPage).toBe(true);
      after = { key: page.keys.at(-1)!, id: page.nodes.at(-1)!.id };
    }
    return hits;
  }

  it('of the statements list (page 100 of 20) reads what page 1 does', async () => {
    const hits = await dbHitsPerPage(100);
    console.log(`statements list, newest first, 20 a page: db hits of page 1 ${hits[0]}, page 2 ${hits[1]}, page 100 ${hits[99]}`);
    // Page 1 has no cursor to seek from; every later page seeks past one, and costs the same however deep.
    expect(hits[99]).toBeLessThanOrEqual(hits[1] * 1.2);
    expect(hits[99]).toBeLessThan(hits[0] * 2);
  });
});
