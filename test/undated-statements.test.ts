import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken, namespace, removeNamespace, spanOf, upsertAs } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/**
 * A statement whose date the source does not give is stored with no date, never a placeholder: it sorts
 * after the dated ones, matches no date range and no "as of", and holds no office on an unknown day. One
 * known only to the month is certainly within March but only possibly within 1-10 March.
 */

const ns = namespace('undated');
const editor = editorToken('undated-tester');
const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;
const TEXT = `Notes ${ns}. On 2 March the ministry said A. On 15 March it said B. Undated, it said C. Elsewhere, undated, D. In March, E.`;
const QUOTES = { early: 'said A', late: 'said B', undatedC: 'said C', undatedD: 'D', month: 'E' };
let h: Harness;

const write = (mutation: string, input: Record<string, unknown>) => upsertAs(h, editor, mutation, input);

beforeAll(async () => {
  // The shared test machine can be slow; the answers, not the timing, are under test here.
  h = await startHarness({ EDITOR_TOKENS: editor.entry, NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
  await write('upsertSource', { id: id('source', 'notes'), language: 'en', kind: 'RESEARCH_NOTES', text: TEXT });
  await write('upsertOrganization', { id: id('org', 'ministry'), name: 'Ministry of the undated test', kind: 'MINISTRY' });
  await write('upsertPerson', { id: id('person', 'spokesman'), name: 'Spokesman of the undated test' });
  // An office whose dates nobody recorded: it must not make the spokesman hold it on an unknown day.
  await write('upsertOffice', {
    id: id('office', 'spokesman'), title: 'Spokesman', holder: id('person', 'spokesman'), organization: id('org', 'ministry'),
    citations: [{ source: id('source', 'notes') }],
  });
  await write('upsertPosition', {
    id: id('position', 'undated-only'), stance: 'PEACEFUL_SETTLEMENT', modality: 'ASSERTED', holder: id('org', 'ministry'),
    citations: [{ source: id('source', 'notes') }],
  });
  const statement = (name: keyof typeof QUOTES, date: string | undefined, extra: Record<string, unknown> = {}) =>
    write('upsertStatement', {
      id: id('statement', name), kind: 'QUOTE', text: QUOTES[name], language: 'en', ...(date ? { date } : {}),
      speaker: id('person', 'spokesman'), onBehalfOf: id('org', 'ministry'),
      citations: [{ source: id('source', 'notes'), ...spanOf(TEXT, QUOTES[name]), match: 'EXACT' }], ...extra,
    });
  await statement('early', '2026-03-02');
  await statement('late', '2026-03-15');
  await statement('month', '2026-03');
  await statement('undatedC', undefined, { expresses: [id('position', 'undated-only')] });
  await statement('undatedD', undefined);
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

const ORDER = ['late', 'early', 'month', 'undatedC', 'undatedD'].map((name) => id('statement', name));

describe('a statement the source does not date', () => {
  it('is stored with no date', async () => {
    const data = await h.data(`{ statement(id: "${id('statement', 'undatedC')}") { date { value } speakerOffices { id } } }`);
    expect(data.statement).toEqual({ date: null, speakerOffices: [] });
  });

  it('comes after the dated statements, newest first, in the feed, one page at a time', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 8; page++) {
      const data: any = await h.data(
        `query ($after: String) { statementFeed(entity: "${id('org', 'ministry')}", first: 1, after: $after) {
          totalCount edges { node { id date { value } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...data.statementFeed.edges.map((e: any) => e.node.id));
      if (!data.statementFeed.pageInfo.hasNextPage) break;
      after = data.statementFeed.pageInfo.endCursor;
    }
    expect(seen).toEqual(ORDER);
  });

  it('comes last in whoSaidWhat and in the statements list, and matches no date range', async () => {
    const data = await h.data(`{
      all: whoSaidWhat(by: "${id('org', 'ministry')}") { edges { node { id } } }
      march: whoSaidWhat(by: "${id('org', 'ministry')}", from: "2026-03", to: "2026-03") { edges { node { id } } }
      listed: statements(filter: { onBehalfOf: "${id('org', 'ministry')}" }) { edges { node { id } } }
      since: statements(filter: { onBehalfOf: "${id('org', 'ministry')}", from: "2000" }) { edges { node { id } } }
      firstDays: statements(filter: { onBehalfOf: "${id('org', 'ministry')}", from: "2026-03-01", to: "2026-03-10" }) { edges { node { id } } }
      spokesman: person(id: "${id('person', 'spokesman')}") { statements { edges { node { id } } } } }`);
    const ids = (c: any) => c.edges.map((e: any) => e.node.id);
    expect(ids(data.all)).toEqual(ORDER);
    expect(ids(data.listed)).toEqual(ORDER);
    expect(ids(data.march)).toEqual(ORDER.slice(0, 3));
    expect(ids(data.since)).toEqual(ORDER.slice(0, 3));
    // Known only to March, it is not certainly within its first ten days.
    expect(ids(data.firstDays)).toEqual([id('statement', 'early')]);
    expect(ids(data.spokesman.statements)).toEqual(ORDER);
  });

  it('makes a stance stand today but on no earlier date', async () => {
    const data = await h.data(`{
      today: positions(filter: { holder: "${id('org', 'ministry')}" }) { edges { node { id since { value } } } }
      asOf: positions(filter: { holder: "${id('org', 'ministry')}", asOf: "2026-03-20" }) { edges { node { id } } }
      stancesToday: stancesOf(actor: "${id('org', 'ministry')}") { edges { node { id } } }
      stancesThen: stancesOf(actor: "${id('org', 'ministry')}", asOf: "2026-03-20") { edges { node { id } } } }`);
    expect(data.today.edges).toEqual([{ node: { id: id('position', 'undated-only'), since: null } }]);
    expect(data.asOf.edges).toEqual([]);
    expect(data.stancesToday.edges.map((e: any) => e.node.id)).toEqual([id('position', 'undated-only')]);
    expect(data.stancesThen.edges).toEqual([]);
  });
});

describe('a statement known only to the month, asked about days inside it', () => {
  const asked = (question: string) => h.data(`{
    certainly: ${question.replace('$match', 'CERTAINLY')}
    possibly: ${question.replace('$match', 'POSSIBLY')}
    unsaid: ${question.replace(', dateMatch: $match', '')} }`);
  const ids = (c: any) => c.edges.map((e: any) => e.node.id);

  it('is not certainly within 1-10 March, the default, but possibly is', async () => {
    const data = await asked(`whoSaidWhat(by: "${id('org', 'ministry')}", from: "2026-03-01", to: "2026-03-10", dateMatch: $match) { edges { node { id } } }`);
    expect(ids(data.certainly)).toEqual([id('statement', 'early')]);
    expect(ids(data.unsaid)).toEqual([id('statement', 'early')]);
    expect(ids(data.possibly)).toEqual([id('statement', 'early'), id('statement', 'month')]);
  });

  it('is matched by the same rule in the explorer feed', async () => {
    const data = await asked(`statementFeed(entity: "${id('org', 'ministry')}", from: "2026-03-11", dateMatch: $match) { totalCount edges { node { id } } }`);
    expect(ids(data.certainly)).toEqual([id('statement', 'late')]);
    expect(ids(data.possibly)).toEqual([id('statement', 'late'), id('statement', 'month')]);
    expect(data.possibly.totalCount).toBe(2);
  });
});
