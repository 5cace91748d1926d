import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken, namespace, removeNamespace, spanOf, upsertAs } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';
import { runBackfills } from '../src/data/write/backfills.js';

/**
 * Dates a source gives only as a range ("from 3 to 8 March 2026") or a bound ("before June 2025") are
 * stored as written and matched by the one rule: certainly within a range when every day they can denote
 * is inside it, possibly within when some day is.
 */

const ns = namespace('ranges');
const editor = editorToken('ranges-tester');
const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;
const TEXT = `Notes ${ns}. Between 3 and 8 March 2026 the envoy said A. Before June 2025 he had said B.`;
let h: Harness;

const write = (mutation: string, input: Record<string, unknown>) => upsertAs(h, editor, mutation, input);

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry, NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
  await write('upsertSource', { id: id('source', 'notes'), language: 'en', kind: 'RESEARCH_NOTES', text: TEXT });
  await write('upsertOrganization', { id: id('org', 'ministry'), name: 'Ministry of the ranges test', kind: 'MINISTRY' });
  await write('upsertPerson', { id: id('person', 'envoy'), name: 'Envoy of the ranges test' });
  // Appointed some day between 1 and 10 March 2026, in office to the end of 2027.
  await write('upsertOffice', {
    id: id('office', 'envoy'), title: 'Special Envoy', holder: id('person', 'envoy'), organization: id('org', 'ministry'),
    start: '2026-03-01/2026-03-10', end: '2027', citations: [{ source: id('source', 'notes') }],
  });
  for (const [name, date, quote] of [['week', '2026-03-03/2026-03-08', 'said A'], ['before', '../2025-05-31', 'said B']]) {
    await write('upsertStatement', {
      id: id('statement', name), kind: 'QUOTE', text: quote, language: 'en', date, speaker: id('person', 'envoy'), onBehalfOf: id('org', 'ministry'),
      citations: [{ source: id('source', 'notes'), ...spanOf(TEXT, quote), match: 'EXACT' }],
    });
  }
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

async function found(from: string | null, to: string | null, match: 'CERTAINLY' | 'POSSIBLY') {
  const data: any = await h.data(
    `query ($from: String, $to: String, $match: DateMatch) {
      whoSaidWhat(by: "${id('org', 'ministry')}", from: $from, to: $to, dateMatch: $match) { edges { node { id } } } }`,
    { from, to, match },
  );
  return data.whoSaidWhat.edges.map((e: any) => e.node.id.replace(`statement:${ns}-`, ''));
}

describe('a date range ("from 3 to 8 March 2026")', () => {
  it('answers as written, with its first and last days', async () => {
    const data: any = await h.data(`{ statement(id: "${id('statement', 'week')}") { date { value precision first last } } }`);
    expect(data.statement.date).toEqual({ value: '2026-03-03/2026-03-08', precision: 'RANGE', first: '2026-03-03', last: '2026-03-08' });
  });
  it('is certainly within 1-10 March, only possibly within 5-31 March', async () => {
    expect(await found('2026-03-01', '2026-03-10', 'CERTAINLY')).toEqual(['week']);
    expect(await found('2026-03-05', '2026-03-31', 'CERTAINLY')).toEqual([]);
    expect(await found('2026-03-05', '2026-03-31', 'POSSIBLY')).toEqual(['week']);
  });
});

describe('a bound ("before June 2025")', () => {
  it('answers as written, open before', async () => {
    const data: any = await h.data(`{ statement(id: "${id('statement', 'before')}") { date { value precision first last } } }`);
    expect(data.statement.date).toEqual({ value: '../2025-05-31', precision: 'BOUND', first: null, last: '2025-05-31' });
  });
  it('is certainly within "to June 2025", only possibly within 2025, never after May', async () => {
    expect(await found(null, '2025-06', 'CERTAINLY')).toEqual(['before']);
    expect(await found('2025', '2025', 'CERTAINLY')).toEqual([]);
    expect(await found('2025', '2025', 'POSSIBLY')).toEqual(['before']);
    expect(await found('2025-06', null, 'POSSIBLY')).toEqual(['week']);
  });
});

describe('an office whose start is a range', () => {
  it('is held certainly from the range\'s last day, possibly from its first', async () => {
    const data: any = await h.data(`{ person(id: "${id('person', 'envoy')}") {
      on5: officesAt(date: "2026-03-05") { id } on5possibly: officesAt(date: "2026-03-05", dateMatch: POSSIBLY) { id }
      on10: officesAt(date: "2026-03-10") { id start { value precision first last } } } }`);
    expect(data.person.on5).toEqual([]);
    expect(data.person.on5possibly).toEqual([{ id: id('office', 'envoy') }]);
    expect(data.person.on10).toEqual([
      { id: id('office', 'envoy'), start: { value: '2026-03-01/2026-03-10', precision: 'RANGE', first: '2026-03-01', last: '2026-03-10' } },
    ]);
  });
  it('is the speaker\'s office, possibly, for the statement made within the week', async () => {
    const data: any = await h.data(`{ whoSaidWhat(by: "${id('person', 'envoy')}") { edges { node { id speakerOffices { id held } } } } }`);
    const week = data.whoSaidWhat.edges.find((e: any) => e.node.id === id('statement', 'week')).node;
    expect(week.speakerOffices).toEqual([{ id: id('office', 'envoy'), held: 'POSSIBLY' }]);
  });
});

describe('a date that is no date', () => {
  it('is refused saying what is wrong: a range ending before it starts, or a form no one can read', async () => {
    const response = await h.gql(
      `mutation ($input: StatementInput!) { upsertStatement(input: $input) { outcome } }`,
      { input: { id: id('statement', 'bad'), kind: 'QUOTE', text: 'said A', language: 'en', date: '2026-03-08/2026-03-03', speaker: id('person', 'envoy'),
        citations: [{ source: id('source', 'notes'), ...spanOf(TEXT, 'said A'), match: 'EXACT' }] } },
      editor.headers,
    );
    expect(JSON.stringify(response)).toMatch(/2026-03-08\/2026-03-03.{0,4} ends before it starts/);
    const unreadable = await h.gql(
      `mutation ($input: StatementInput!) { upsertStatement(input: $input) { outcome } }`,
      { input: { id: id('statement', 'bad'), kind: 'QUOTE', text: 'said A', language: 'en', date: 'March 3-8', speaker: id('person', 'envoy'),
        citations: [{ source: id('source', 'notes'), ...spanOf(TEXT, 'said A'), match: 'EXACT' }] } },
      editor.headers,
    );
    expect(JSON.stringify(unreadable)).toMatch(/a range FIRST\/LAST of two of them, or a bound/);
  });
});

describe('a graph written before ranges', () => {
  it('gets each date\'s last day and text once at startup, and answers and matches it as before', async () => {
    // A statement as the graph kept it before: first day and precision only.
    await h.db.write(async (tx) => {
      await tx.run(`MATCH (s:Statement {id: $id}) SET s.date = '2026-02-01', s.datePrecision = 'MONTH' REMOVE s.dateLast, s.dateText`, { id: id('statement', 'week') });
      await tx.run("MATCH (b:Backfill {name: 'DATE_TEXTS'}) DELETE b");
    });
    expect((await runBackfills(h.db)).DATE_TEXTS).toBe(1);
    expect((await runBackfills(h.db)).DATE_TEXTS).toBeUndefined();
    const data: any = await h.data(`{ statement(id: "${id('statement', 'week')}") { date { value precision first last } } }`);
    expect(data.statement.date).toEqual({ value: '2026-02', precision: 'MONTH', first: '2026-02-01', last: '2026-02-28' });
    expect(await found('2026-02-01', '2026-02-28', 'CERTAINLY')).toEqual(['week']);
  });
});
