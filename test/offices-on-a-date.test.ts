import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldOn, parsePartialDate } from '../src/records/partialDate.js';
import { editorToken, namespace, removeNamespace, spanOf } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/** "Held on a date" is one rule, whichever way a researcher asks: a statement's offices, a question's view, officesAt. */

const day = (text: string) => parsePartialDate(text)!;
const period = (start: string | null, end: string | null) => ({ start: start ? day(start) : null, end: end ? day(end) : null });

describe('heldOn', () => {
  it('takes each partial date from its first to its last day', () => {
    expect(heldOn(period('2025', '2026-03'), day('2026-03-15'))).toBe(true);
    expect(heldOn(period('2025', '2026-03'), day('2026-04-01'))).toBe(false);
    expect(heldOn(period('2026-03-20', null), day('2026-03'))).toBe(true);
    expect(heldOn(period('2026-04', null), day('2026-03'))).toBe(false);
    expect(heldOn(period('2026-06', '2026-08'), day('2026'))).toBe(true);
  });

  it('leaves unknown bounds open', () => {
    expect(heldOn(period(null, null), day('1990'))).toBe(true);
    expect(heldOn(period(null, '2026-02'), day('2026-03-01'))).toBe(false);
  });
});

const ns = namespace('offices');
const editor = editorToken('office-tester');
const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;
const TEXT = `Notes ${ns}. The envoy spoke in March. The envoy wrote in spring.`;
let h: Harness;

async function write(mutation: string, input: Record<string, unknown>) {
  const type = mutation.replace('upsert', '');
  await h.data(`mutation ($input: ${type}Input!) { ${mutation}(input: $input) { outcome } }`, { input }, editor.headers);
}

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry });
  const cite = (quote: string) => [{ source: id('source', 'notes'), ...spanOf(TEXT, quote), match: 'EXACT' }];
  await write('upsertSource', { id: id('source', 'notes'), language: 'en', kind: 'RESEARCH_NOTES', text: TEXT });
  await write('upsertPerson', { id: id('person', 'envoy'), name: 'Envoy of the office test' });
  await write('upsertOrganization', { id: id('org', 'ministry'), name: 'Ministry of the office test', kind: 'MINISTRY' });
  const office = (name: string, start: string, end: string) =>
    write('upsertOffice', {
      id: id('office', name), title: name, holder: id('person', 'envoy'), organization: id('org', 'ministry'), start, end,
      citations: [{ source: id('source', 'notes') }],
    });
  await office('ends-in-march', '2025', '2026-03');
  await office('ended-in-february', '2025', '2026-02');
  await office('begins-late-march', '2026-03-20', '2027');
  const statement = (name: string, text: string, date: string) =>
    write('upsertStatement', { id: id('statement', name), kind: 'QUOTE', text, language: 'en', date, speaker: id('person', 'envoy'), citations: cite(text) });
  await statement('mid-march', 'The envoy spoke in March.', '2026-03-15');
  await statement('march', 'The envoy wrote in spring.', '2026-03');
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

describe('the offices a speaker held on the day', () => {
  const ids = (offices: Array<{ id: string }>) => offices.map((o) => o.id).sort();

  it('agree between the statement, the who-said-what view and officesAt, for an office ending in the month', async () => {
    const data = await h.data(`{
      statement(id: "${id('statement', 'mid-march')}") { speakerOffices { id } }
      whoSaidWhat(by: "${id('person', 'envoy')}") { edges { node { id speakerOffices { id } } } }
      person(id: "${id('person', 'envoy')}") { officesAt(date: "2026-03-15") { id } } }`);
    const expected = [id('office', 'ends-in-march')];
    expect(ids(data.statement.speakerOffices)).toEqual(expected);
    const view = data.whoSaidWhat.edges.find((e: any) => e.node.id === id('statement', 'mid-march')).node;
    expect(ids(view.speakerOffices)).toEqual(expected);
    expect(ids(data.person.officesAt)).toEqual(expected);
  });

  it('agree for a statement known only to the month, which may fall in either office', async () => {
    const data = await h.data(`{
      statement(id: "${id('statement', 'march')}") { speakerOffices { id } }
      whoSaidWhat(by: "${id('person', 'envoy')}") { edges { node { id speakerOffices { id } } } }
      person(id: "${id('person', 'envoy')}") { officesAt(date: "2026-03") { id } } }`);
    const expected = [id('office', 'begins-late-march'), id('office', 'ends-in-march')];
    expect(ids(data.statement.speakerOffices)).toEqual(expected);
    const view = data.whoSaidWhat.edges.find((e: any) => e.node.id === id('statement', 'march')).node;
    expect(ids(view.speakerOffices)).toEqual(expected);
    expect(ids(data.person.officesAt)).toEqual(expected);
  });
});
