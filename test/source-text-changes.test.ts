import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../src/importer/importRecords.js';
import { editorToken, graphState, namespace, removeNamespace, spanOf } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/** Replacing a held text re-reads every span that cites it: no quote marked EXACT is left pointing at other words. */

const ns = namespace('retext');
const editor = editorToken('retext-tester');
const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;
const SOURCE = id('source', 'briefing');
const QUOTE = 'We stay neutral.';
const NAME = 'Ana Example';
const FIRST = `Minister ${NAME} said: ${QUOTE}`;
const LATER = `Minister ${NAME} said on Monday: ${QUOTE}`;

let h: Harness;

const source = (text: string) => ({ type: 'Source', id: SOURCE, language: 'en', kind: 'NEWS_ARTICLE', text });
const statement = (text: string, span = spanOf(text, QUOTE)) => ({
  type: 'Statement', id: id('statement', 'neutral'), kind: 'QUOTE', text: QUOTE, language: 'en', date: '2031-05-01',
  speaker: id('person', 'ana'), citations: [{ source: SOURCE, ...span, match: 'EXACT' }],
});
const person = {
  type: 'Person', id: id('person', 'ana'), name: NAME,
  names: [{ value: NAME, language: 'en', kind: 'OFFICIAL', citations: [{ source: SOURCE, ...spanOf(FIRST, NAME), match: 'EXACT' }] }],
};
const upsertSource = (text: string) =>
  h.gql(`mutation ($input: SourceInput!) { upsertSource(input: $input) { outcome source { text } } }`,
    { input: { id: SOURCE, language: 'en', kind: 'NEWS_ARTICLE', text } }, editor.headers);
const write = (records: unknown[]) => importRecords(h.db, records, { actor: 'retext-tester' });

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry });
  const summary = await write([source(FIRST), person, statement(FIRST)]);
  expect(summary.refused).toEqual([]);
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

describe('changing a held text', () => {
  it('is refused, naming the citations it would break, and changes nothing', async () => {
    const before = await graphState(h.db);
    const response = await upsertSource(LATER);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
    expect(response.errors?.[0]?.message).toContain(`would leave 1 citation pointing at other words (${id('statement', 'neutral')} [27, 43))`);
    expect(await graphState(h.db)).toEqual(before);
  });

  it('is refused when the text is removed while spans point into it', async () => {
    const response = await h.gql(`mutation { upsertSource(input: { id: "${SOURCE}", language: "en", kind: NEWS_ARTICLE }) { outcome } }`, {}, editor.headers);
    expect(response.errors?.[0]?.message).toContain('removing the text would leave 2 citations');
  });

  it('goes through when every span still reads the same words', async () => {
    const response = await upsertSource(`${FIRST} The rest of the briefing.`);
    expect(response.data?.upsertSource.outcome).toBe('UPDATED');
  });

  it('goes through with the quote re-anchored in the same write, and the quote reads its new span', async () => {
    const summary = await write([source(LATER), statement(LATER)]);
    expect(summary.refused).toEqual([]);
    const data = await h.data(`{ statement(id: "${id('statement', 'neutral')}") { citations { span { start end } excerpt } } }`);
    expect(data.statement.citations).toEqual([{ span: spanOf(LATER, QUOTE), excerpt: QUOTE }]);
  });

  it('refuses both the text and the quote when the re-anchored span is wrong, so neither moves alone', async () => {
    const before = await graphState(h.db);
    const summary = await write([source(FIRST), statement(FIRST, { start: 0, end: 5 })]);
    expect(summary.refused.map((r) => [r.id, r.issues[0].path.join('.')])).toEqual([
      [SOURCE, 'text'],
      [id('statement', 'neutral'), 'citations.0.end'],
    ]);
    expect(await graphState(h.db)).toEqual(before);
  });
});
