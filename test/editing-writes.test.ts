import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken, graphState, namespace, removeNamespace, spanOf } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

const ns = namespace('edit');
const editor = editorToken('amina');
const QUOTE = 'We will not take sides, and we will keep saying so.';
const TEXT = `Briefing ${ns}.\nThe deputy minister said: "${QUOTE}" He added that 120 citizens had returned by bus.`;
const RU_QUOTE = 'Мы не будем занимать ничью сторону.';
const RU_TEXT = `Брифинг. «${RU_QUOTE}» — сказал замминистра.`;

const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;
const source = id('source', 'briefing');
const cite = (quote?: string, text = TEXT, from = source) =>
  quote ? [{ source: from, ...spanOf(text, quote), match: 'EXACT' }] : [{ source: from }];

let h: Harness;

async function upsert(mutation: string, inputType: string, input: Record<string, unknown>, selection: string) {
  return h.gql(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { outcome ${selection} } }`, { input }, editor.headers);
}

async function write(mutation: string, inputType: string, input: Record<string, unknown>, selection = '') {
  const response = await upsert(mutation, inputType, input, selection);
  if (response.errors) throw new Error(response.errors.map((e) => `${e.extensions?.field}: ${e.message}`).join('\n'));
  return response.data[mutation];
}

const statement = (overrides: Record<string, unknown> = {}) => ({
  id: id('statement', 'no-sides'),
  kind: 'QUOTE',
  text: QUOTE,
  language: 'en',
  date: '1999-03-03',
  speaker: id('person', 'speaker'),
  onBehalfOf: 'country:KZ',
  citations: cite(QUOTE),
  ...overrides,
});

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry });
  await write('upsertSource', 'SourceInput', { id: source, language: 'en', kind: 'OFFICIAL_DOCUMENT', text: TEXT, published: '1999-03' });
  await write('upsertSource', 'SourceInput', { id: id('source', 'ru'), language: 'ru', kind: 'NEWS_ARTICLE', text: RU_TEXT });
  await write('upsertPerson', 'PersonInput', { id: id('person', 'speaker'), name: 'Test Speaker' });
});

afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

describe('writing through the API', () => {
  it('records a quote whose span reads the quoted words, with the date and its precision', async () => {
    const result = await write('upsertStatement', 'StatementInput', statement(), 'statement { id text date { value precision } citations { excerpt span { match } } speaker { name } }');
    expect(result.outcome).toBe('CREATED');
    expect(result.statement).toMatchObject({
      text: QUOTE,
      date: { value: '1999-03-03', precision: 'DAY' },
      citations: [{ excerpt: QUOTE, span: { match: 'EXACT' } }],
      speaker: { name: 'Test Speaker' },
    });
  });

  it('answers a retried request with UNCHANGED and keeps one copy', async () => {
    const before = await graphState(h.db);
    const again = await write('upsertStatement', 'StatementInput', statement(), 'statement { id }');
    expect(again.outcome).toBe('UNCHANGED');
    expect(await graphState(h.db)).toEqual(before);
    const rows = await h.db.read((tx) => tx.run('MATCH (n {id: $id}) RETURN count(n) AS n', { id: statement().id }));
    expect(rows[0].n).toBe(1);
  });

  it('keeps one copy when a retry races the original request', async () => {
    const racing = statement({ id: id('statement', 'race') });
    const outcomes = await Promise.all([1, 2, 3].map(() => write('upsertStatement', 'StatementInput', racing, 'statement { id }')));
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['CREATED', 'UNCHANGED', 'UNCHANGED']);
    const rows = await h.db.read((tx) => tx.run('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id: racing.id }));
    expect(rows[0].n).toBe(1);
    const trail = await h.data('query ($id: ID!) { changes(recordId: $id) { totalCount } }', { id: racing.id });
    expect(trail.changes.totalCount).toBe(1);
  });

  it('updates a statement in place and keeps the earlier version readable in the audit trail', async () => {
    const updated = await write('upsertStatement', 'StatementInput', statement({ date: '1999-03', context: 'asked about the strikes' }), 'statement { date { value precision } context }');
    expect(updated).toEqual({ outcome: 'UPDATED', statement: { date: { value: '1999-03', precision: 'MONTH' }, context: 'asked about the strikes' } });
    const data = await h.data(`query ($id: ID!) { changes(recordId: $id) { totalCount edges { node { by outcome recordType at record } } } }`, { id: statement().id });
    const trail = data.changes.edges.map((e: any) => e.node);
    expect(trail.map((c: any) => c.outcome)).toEqual(['UPDATED', 'CREATED']);
    expect(trail.every((c: any) => c.by === 'amina' && c.recordType === 'Statement')).toBe(true);
    expect(JSON.parse(trail[1].record).date).toBe('1999-03-03');
    expect(JSON.parse(trail[0].record).date).toBe('1999-03');
    expect(Date.parse(trail[0].at)).toBeGreaterThanOrEqual(Date.parse(trail[1].at));
    expect(Date.now() - Date.parse(trail[0].at)).toBeLessThan(10 * 60_000);
  });

  it('finds writes in the audit trail by editor and by day', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const data = await h.data(`query ($today: String!) {
      mine: changes(by: "amina", from: $today, to: $today, first: 100) { totalCount edges { node { recordId entity { id } } } }
      longAgo: changes(by: "amina", to: "2000-01-01") { totalCount }
      seed: changes(recordId: "country:KZ") { edges { node { by outcome } } }
    }`, { today });
    const ids = data.mine.edges.map((e: any) => e.node.recordId);
    expect(ids).toContain(source);
    expect(ids).toContain(statement().id);
    expect(data.mine.edges.find((e: any) => e.node.recordId === source).node.entity).toEqual({ id: source });
    expect(data.longAgo.totalCount).toBe(0);
    expect(data.seed.edges).toEqual([{ node: { by: 'seed', outcome: 'CREATED' } }]);
  });

  it('adds the Russian rendering of a statement already held, and each reads the other as a rendering', async () => {
    const ru = await write('upsertStatement', 'StatementInput', statement({
      id: id('statement', 'no-sides-ru'),
      text: RU_QUOTE,
      language: 'ru',
      renders: [statement().id],
      citations: cite(RU_QUOTE, RU_TEXT, id('source', 'ru')),
    }), 'statement { renderings { id } }');
    expect(ru).toEqual({ outcome: 'CREATED', statement: { renderings: [{ id: statement().id }] } });
    const en = await h.data('query ($id: ID!) { statement(id: $id) { renderings { id language } } }', { id: statement().id });
    expect(en.statement.renderings).toEqual([{ id: id('statement', 'no-sides-ru'), language: 'ru' }]);
  });

  it('records a position that reaffirms an earlier one, and the earlier one knows', async () => {
    const base = { stance: 'NOT_TAKING_SIDES', modality: 'ASSERTED', holder: 'country:KZ', toward: 'conflict:middle-east-2026', citations: cite() };
    await write('upsertPosition', 'PositionInput', { ...base, id: id('position', 'first') });
    const later = await write('upsertPosition', 'PositionInput', { ...base, id: id('position', 'again'), reaffirms: [id('position', 'first')], presentedAsUnchanged: true },
      'position { reaffirms { id } presentedAsUnchanged }');
    expect(later).toEqual({ outcome: 'CREATED', position: { reaffirms: [{ id: id('position', 'first') }], presentedAsUnchanged: true } });
    const first = await h.data('query ($id: ID!) { position(id: $id) { reaffirmedBy { id } } }', { id: id('position', 'first') });
    expect(first.position.reaffirmedBy).toEqual([{ id: id('position', 'again') }]);
  });

  it('records an office, a process, a round and a participation with their date precisions', async () => {
    await write('upsertOffice', 'OfficeInput', { id: id('office', 'deputy'), title: 'Deputy Minister', holder: id('person', 'speaker'), organization: 'org:kz-mfa', start: '1998', citations: cite() });
    await write('upsertNegotiationProcess', 'NegotiationProcessInput', { id: id('process', 'talks'), name: `Talks ${ns}`, start: '1999-02', citations: cite() });
    await write('upsertNegotiationRound', 'NegotiationRoundInput', { id: id('round', '1'), process: id('process', 'talks'), ordinal: 1, start: '1999-02-26', end: '1999-02-27', venue: 'place:almaty', citations: cite() });
    const p = await write('upsertParticipation', 'ParticipationInput', { id: id('participation', 'kz-host'), role: 'HOST', actor: 'country:KZ', process: id('process', 'talks'), round: id('round', '1'), ledBy: id('person', 'speaker'), citations: cite() },
      'participation { role round { start { value precision } venue { name } process { start { precision } } } ledBy { offices { title start { precision } } } }');
    expect(p).toEqual({
      outcome: 'CREATED',
      participation: {
        role: 'HOST',
        round: { start: { value: '1999-02-26', precision: 'DAY' }, venue: { name: 'Almaty' }, process: { start: { precision: 'MONTH' } } },
        ledBy: { offices: [{ title: 'Deputy Minister', start: { precision: 'YEAR' } }] },
      },
    });
  });

  it('records an evacuation observation and a later report that updates its count and status', async () => {
    await write('upsertEvacuationOperation', 'EvacuationOperationInput', { id: id('evacuation', 'op'), name: 'Return of citizens', conductedBy: 'country:KZ', priorityGroups: ['children'], citations: cite() });
    const movement = {
      id: id('movement', 'bus'),
      operation: id('evacuation', 'op'),
      description: 'By bus through Turkmenistan',
      count: 100,
      countUnit: 'CITIZENS',
      status: 'UNDERWAY',
      reportedOn: '1999-03-02',
      legs: [{ sequence: 1, mode: 'BUS', from: 'country:IR', to: ['country:KZ'], via: ['country:TM'] }],
      citations: cite(),
    };
    expect((await write('upsertEvacuationMovement', 'EvacuationMovementInput', movement)).outcome).toBe('CREATED');
    const later = await write('upsertEvacuationMovement', 'EvacuationMovementInput', { ...movement, count: 120, status: 'COMPLETED', reportedOn: '1999-03-03' },
      'evacuationMovement { count status reportedOn { value } transitCountries { iso2 } legs { mode via { iso2 } } }');
    expect(later).toEqual({
      outcome: 'UPDATED',
      evacuationMovement: { count: 120, status: 'COMPLETED', reportedOn: { value: '1999-03-03' }, transitCountries: [{ iso2: 'TM' }], legs: [{ mode: 'BUS', via: [{ iso2: 'TM' }] }] },
    });
    const trail = await h.data('query ($id: ID!) { changes(recordId: $id) { edges { node { record } } } }', { id: movement.id });
    expect(trail.changes.edges.map((e: any) => JSON.parse(e.node.record).count)).toEqual([120, 100]);
  });

  it('lets anyone read without a token', async () => {
    const response = await h.gql('query ($id: ID!) { statement(id: $id) { id } }', { id: statement().id });
    expect(response.errors).toBeUndefined();
    expect(response.data.statement.id).toBe(statement().id);
  });
});
