import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldOn, parsePartialDate } from '../src/records/partialDate.js';
import { editorToken, namespace, removeNamespace, spanOf, upsertAs } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/**
 * "Held on a date" is one rule, whichever way a researcher asks: a statement's offices, a question's view,
 * officesAt. An unknown start or end is unknown, not open: such an office is possibly held on any day and
 * certainly on none.
 */

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

const write = (mutation: string, input: Record<string, unknown>) => upsertAs(h, editor, mutation, input);

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry, NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
  const cite = (quote: string) => [{ source: id('source', 'notes'), ...spanOf(TEXT, quote), match: 'EXACT' }];
  await write('upsertSource', { id: id('source', 'notes'), language: 'en', kind: 'RESEARCH_NOTES', text: TEXT });
  await write('upsertPerson', { id: id('person', 'envoy'), name: 'Envoy of the office test' });
  await write('upsertOrganization', { id: id('org', 'ministry'), name: 'Ministry of the office test', kind: 'MINISTRY' });
  const office = (name: string, start: string | null, end: string | null) =>
    write('upsertOffice', {
      id: id('office', name), title: name, holder: id('person', 'envoy'), organization: id('org', 'ministry'),
      ...(start ? { start } : {}), ...(end ? { end } : {}), citations: [{ source: id('source', 'notes') }],
    });
  await office('ends-in-march', '2025', '2026-03');
  await office('ended-in-february', '2025', '2026-02');
  await office('begins-late-march', '2026-03-20', '2027');
  await office('long-tenure', '2020', '2030');
  await office('dates-unknown', null, null);
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
  const held = (offices: Array<{ id: string; held: string }>) => Object.fromEntries(offices.map((o) => [o.id, o.held]));
  const ask = (statement: string, day: string) =>
    h.data(`{
      statement(id: "${id('statement', statement)}") { speakerOffices { id } }
      whoSaidWhat(by: "${id('person', 'envoy')}") { edges { node { id speakerOffices { id held } } } }
      person(id: "${id('person', 'envoy')}") {
        certainly: officesAt(date: "${day}") { id }
        possibly: officesAt(date: "${day}", dateMatch: POSSIBLY) { id } } }`);

  it('agree between the statement, the who-said-what view and officesAt, for an office ending in the month', async () => {
    const data = await ask('mid-march', '2026-03-15');
    const possible = [id('office', 'dates-unknown'), id('office', 'ends-in-march'), id('office', 'long-tenure')];
    expect(ids(data.statement.speakerOffices)).toEqual(possible);
    const view = data.whoSaidWhat.edges.find((e: any) => e.node.id === id('statement', 'mid-march')).node;
    expect(ids(view.speakerOffices)).toEqual(possible);
    expect(ids(data.person.possibly)).toEqual(possible);
    // Ending "March 2026" may be before the 15th; dates nobody recorded are unknown, not "any day".
    expect(held(view.speakerOffices)).toEqual({
      [id('office', 'dates-unknown')]: 'POSSIBLY', [id('office', 'ends-in-march')]: 'POSSIBLY', [id('office', 'long-tenure')]: 'CERTAINLY',
    });
    expect(ids(data.person.certainly)).toEqual([id('office', 'long-tenure')]);
  });

  it('agree for a statement known only to the month, which may fall in either office', async () => {
    const data = await ask('march', '2026-03');
    const possible = [id('office', 'begins-late-march'), id('office', 'dates-unknown'), id('office', 'ends-in-march'), id('office', 'long-tenure')];
    expect(ids(data.statement.speakerOffices)).toEqual(possible);
    const view = data.whoSaidWhat.edges.find((e: any) => e.node.id === id('statement', 'march')).node;
    expect(ids(view.speakerOffices)).toEqual(possible);
    expect(ids(data.person.possibly)).toEqual(possible);
    expect(ids(data.person.certainly)).toEqual([id('office', 'long-tenure')]);
  });

  it('never makes an office with unknown dates certainly held, in 1990 or in 2030', async () => {
    for (const year of ['1990', '2030']) {
      const data = await h.data(`{ person(id: "${id('person', 'envoy')}") {
        certainly: officesAt(date: "${year}") { id } possibly: officesAt(date: "${year}", dateMatch: POSSIBLY) { id } } }`);
      expect(data.person.certainly.map((o: any) => o.id)).not.toContain(id('office', 'dates-unknown'));
      expect(data.person.possibly.map((o: any) => o.id)).toContain(id('office', 'dates-unknown'));
    }
  });
});
