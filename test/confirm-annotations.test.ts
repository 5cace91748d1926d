import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken, graphState, namespace, removeNamespace, spanOf } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

const ns = namespace('confirm');
const editor = editorToken('confirm-tester');
const MINISTRY = `Ministry of Testing ${ns}`;
const NEW_SPEAKER = `Aigerim Testova ${ns}`;
const QUOTE = 'Kazakhstan is ready to mediate if both sides ask for it';
const SAID = 'Kazakhstan does not take sides in the conflict';
// A character outside the Basic Multilingual Plane before the quotes: spans count code points, not UTF-16 units.
const TEXT =
  `ASTANA 𝄞 – ${NEW_SPEAKER} of the ${MINISTRY} spoke on Wednesday. “${QUOTE},” she said. ` +
  `Alibek Bakayev stressed that ${SAID}. Both sides were named twice: both sides.`;

const MUTATION = `mutation ($input: ConfirmAnnotationsInput!) {
  confirmAnnotations(input: $input) {
    source { id }
    statements { id kind text citations { excerpt span { start end match } } speaker { id } onBehalfOf { id } expresses { id stance modality condition } }
    records { id type outcome }
    relocated
  }
}`;

const source = (overrides: Record<string, unknown> = {}) => ({
  text: TEXT,
  url: `https://example.org/news/${ns}/kazakhstan-ready-to-mediate`,
  publisher: `Test Wire ${ns}`,
  published: '1999-05-05',
  language: 'en',
  title: 'Kazakhstan ready to mediate',
  ...overrides,
});

const quote = (overrides: Record<string, unknown> = {}) => ({
  kind: 'QUOTE',
  ...spanOf(TEXT, QUOTE),
  text: QUOTE,
  speaker: { id: null, name: NEW_SPEAKER, kind: 'PERSON', span: spanOf(TEXT, NEW_SPEAKER) },
  onBehalfOf: { id: null, name: MINISTRY, kind: 'ORGANIZATION', organizationKind: 'MINISTRY' },
  date: { value: '1999-05-05', precision: 'DAY' },
  mentions: ['country:KZ', 'conflict:middle-east-2026'],
  stances: [{ code: 'OFFER_TO_MEDIATE', modality: 'CONDITIONAL', condition: 'if both sides ask for it' }],
  ...overrides,
});

const paraphrase = (overrides: Record<string, unknown> = {}) => ({
  kind: 'PARAPHRASE',
  ...spanOf(TEXT, SAID),
  text: SAID,
  speaker: { id: 'person:alibek-bakayev', name: 'Alibek Bakayev', kind: 'PERSON' },
  onBehalfOf: { id: 'country:KZ', name: 'Kazakhstan' },
  mentions: ['country:KZ', 'conflict:middle-east-2026'],
  stances: [{ code: 'NOT_TAKING_SIDES', modality: 'ASSERTED' }],
  ...overrides,
});

let h: Harness;

const confirm = (input: Record<string, unknown>, headers: Record<string, string> = editor.headers) => h.gql(MUTATION, { input }, headers);

async function confirmed(input: Record<string, unknown>) {
  const response = await confirm(input);
  if (response.errors) throw new Error(response.errors.map((e) => `${e.extensions?.field}: ${e.message}`).join('\n'));
  return response.data.confirmAnnotations;
}

/** A confirmation that must be refused: the graph and its audit trail are as they were. */
async function refused(input: Record<string, unknown>, headers?: Record<string, string>) {
  const before = await graphState(h.db);
  const response = await confirm(input, headers);
  expect(response.data?.confirmAnnotations ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(await graphState(h.db)).toEqual(before);
  return response.errors![0];
}

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry });
});

afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

describe('confirming an annotated article', () => {
  it('writes the source, the new speaker and ministry, the statements and their stances, found by whoSaidWhat at their exact spans', async () => {
    const result = await confirmed({ source: source(), proposals: [quote(), paraphrase()] });
    const [q, p] = result.statements;
    expect(result.source.id).toBe(`source:test-wire-${ns}-1999-05-05-kazakhstan-ready-to-mediate`);
    expect(q.citations).toEqual([{ excerpt: QUOTE, span: { ...spanOf(TEXT, QUOTE), match: 'EXACT' } }]);
    expect(q.speaker.id).toBe(`person:aigerim-testova-${ns}`);
    expect(q.onBehalfOf.id).toBe(`org:ministry-of-testing-${ns}`);
    expect(q.expresses).toEqual([
      { id: `position:ministry-of-testing-${ns}/offer-to-mediate/middle-east-2026/conditional`, stance: 'OFFER_TO_MEDIATE', modality: 'CONDITIONAL', condition: 'if both sides ask for it' },
    ]);
    // Kazakhstan already holds this stance toward the conflict: the statement expresses it again.
    expect(p.expresses.map((e: any) => e.id)).toEqual(['position:kz/not-taking-sides/middle-east-2026']);
    expect(result.relocated).toEqual([]);
    expect(result.records.every((r: any) => r.outcome === 'CREATED')).toBe(true);
    expect(result.records.map((r: any) => r.type).sort()).toEqual(['Organization', 'Person', 'Position', 'Source', 'Statement', 'Statement']);

    const by = await h.data(`{ whoSaidWhat(by: "person:alibek-bakayev", from: "1999", to: "1999") { edges { node { id text onBehalfOf { id } evidence { source { id } span { start end match } excerpt } } } } }`);
    expect(by.whoSaidWhat.edges.map((e: any) => e.node)).toEqual([
      { id: p.id, text: SAID, onBehalfOf: { id: 'country:KZ' }, evidence: [{ source: { id: result.source.id }, span: { ...spanOf(TEXT, SAID), match: 'EXACT' }, excerpt: SAID }] },
    ]);
    const ministry = await h.data(`{ whoSaidWhat(by: "${q.onBehalfOf.id}") { edges { node { id speaker { name } evidence { excerpt } } } } }`);
    expect(ministry.whoSaidWhat.edges.map((e: any) => e.node)).toEqual([{ id: q.id, speaker: { name: NEW_SPEAKER }, evidence: [{ excerpt: QUOTE }] }]);

    const person = await h.data(`{ node(id: "${q.speaker.id}") { ... on Person { names { value citations { excerpt } } } } }`);
    expect(person.node.names).toEqual([{ value: NEW_SPEAKER, citations: [{ excerpt: NEW_SPEAKER }] }]);
    const audit = await h.data(`{ changes(by: "confirm-tester", first: 50) { edges { node { recordId outcome } } } }`);
    expect(audit.changes.edges.map((e: any) => e.node.recordId).sort()).toEqual(result.records.map((r: any) => r.id).sort());
  });

  it('changes nothing when the same confirmation is sent again', async () => {
    const result = await confirmed({ source: source(), proposals: [quote(), paraphrase()] });
    expect(result.records.map((r: any) => r.outcome)).toEqual(result.records.map(() => 'UNCHANGED'));
  });

  it('finds an edited quote again in the text, and reuses the speaker it already holds by name in another article', async () => {
    const shorter = 'ready to mediate';
    const text = `A second piece ${ns}. ${NEW_SPEAKER} repeated: “Kazakhstan is ${shorter}.”`;
    const result = await confirmed({
      source: source({ text, url: `https://example.org/news/${ns}/second`, title: 'A second piece' }),
      // The span is the proposer's (the whole quote); the researcher cut the words down.
      proposals: [quote({ ...spanOf(text, `Kazakhstan is ${shorter}`), text: shorter, stances: [] })],
    });
    expect(result.relocated).toEqual([0]);
    expect(result.statements[0].citations[0]).toEqual({ excerpt: shorter, span: { ...spanOf(text, shorter), match: 'EXACT' } });
    expect(result.statements[0].speaker.id).toBe(`person:aigerim-testova-${ns}`);
    expect(result.records.map((r: any) => r.type).sort()).toEqual(['Source', 'Statement']);
  });

  it('lets an organization speak for itself, or be mentioned when it speaks for someone named', async () => {
    const text = `The ${MINISTRY} said that it would keep its embassy open. The ministry stressed that talks must go on.`;
    const ministry = `org:ministry-of-testing-${ns}`;
    const said = (words: string, onBehalfOf?: Record<string, unknown>) => ({
      kind: 'PARAPHRASE',
      ...spanOf(text, words),
      text: words,
      speaker: { id: ministry, name: MINISTRY, kind: 'ORGANIZATION' },
      ...(onBehalfOf ? { onBehalfOf } : {}),
    });
    const result = await confirmed({
      source: source({ text, url: `https://example.org/news/${ns}/ministry`, title: 'Embassy stays open' }),
      proposals: [said('it would keep its embassy open'), said('talks must go on', { id: 'country:KZ', name: 'Kazakhstan' })],
    });
    const views = await h.data(`{ whoSaidWhat(by: "${ministry}", from: "1999", to: "1999") { edges { node { text speaker { id } onBehalfOf { id } mentions { id } } } } }`);
    const byText = Object.fromEntries(views.whoSaidWhat.edges.map((e: any) => [e.node.text, e.node]));
    expect(byText['it would keep its embassy open']).toEqual({ text: 'it would keep its embassy open', speaker: null, onBehalfOf: { id: ministry }, mentions: [] });
    expect(result.statements[1]).toMatchObject({ speaker: null, onBehalfOf: { id: 'country:KZ' } });
    const mentioned = await h.data(`{ node(id: "${result.statements[1].id}") { ... on Statement { mentions { id } } } }`);
    expect(mentioned.node.mentions).toEqual([{ id: ministry }]);
  });

  it('writes to the source already held at the same web address, keeping what it says and filling in the text', async () => {
    const url = `https://example.org/news/${ns}/held`;
    await h.data(`mutation { upsertSource(input: { id: "source:${ns}-held", url: "${url}", language: "en", kind: NEWS_ARTICLE, title: "As catalogued", publisher: "Wire", inferredFromUrl: [PUBLISHER] }) { outcome } }`, {}, editor.headers);
    const english = 'statement:kz-briefing-2026-03-03/not-taking-sides';
    const result = await confirmed({ source: source({ url, title: 'Another title', publisher: 'Test Wire' }), proposals: [paraphrase({ renders: [english] })] });
    expect(result.source.id).toBe(`source:${ns}-held`);
    const rendering = await h.data(`{ node(id: "${result.statements[0].id}") { ... on Statement { renderings { id } } } }`);
    // The English quote's Russian original renders the same words, so it is a rendering of this paraphrase too.
    expect(rendering.node.renderings).toEqual([{ id: english }, { id: 'statement:kz-briefing-2026-03-03/ru-non-interference-no-sides' }]);
    const held = await h.data(`{ node(id: "source:${ns}-held") { ... on Source { title publisher published { value } inferredFromUrl text } } }`);
    expect(held.node).toEqual({ title: 'As catalogued', publisher: 'Test Wire', published: { value: '1999-05-05' }, inferredFromUrl: [], text: TEXT });
  });
});

describe('a confirmation that cannot be written whole writes nothing', () => {
  it('refuses words the text does not hold, saying which proposal and why', async () => {
    const error = await refused({ source: source({ url: undefined }), proposals: [paraphrase(), quote({ text: 'Kazakhstan is ready to intervene' })] });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.proposals[1].text', reason: 'SPAN_NOT_FOUND' });
    expect(error.message).toMatch(/“Kazakhstan is ready to intervene” is not in the source text/);
  });

  it('refuses words the text holds twice, outside the span they came from', async () => {
    const error = await refused({ source: source(), proposals: [paraphrase({ text: 'both sides', start: 0, end: 5 })] });
    expect(error.extensions).toMatchObject({ field: 'input.proposals[0].text', reason: 'SPAN_AMBIGUOUS' });
    expect(error.message).toMatch(/occurs 2 times/);
  });

  it('refuses a speaker id the graph does not hold, and lists every other refusal too', async () => {
    const error = await refused({
      source: source(),
      proposals: [
        quote({ speaker: { id: `person:${ns}-nobody`, name: 'Nobody' } }),
        paraphrase({ stances: [{ code: 'OFFER_TO_MEDIATE', modality: 'CONDITIONAL' }] }),
      ],
    });
    expect(error.extensions?.field).toBe('input.proposals[0].speaker.id');
    expect(error.message).toMatch(/is not in the graph: pick the speaker again with search/);
    expect(error.extensions?.issues.map((i: any) => i.field)).toEqual(['input.proposals[0].speaker.id', 'input.proposals[1].stances[0].condition']);
  });

  it('says a refusal of the write path at the proposal it came from', async () => {
    const error = await refused({ source: source(), proposals: [quote({ stances: [{ code: 'OFFER_TO_MEDIATE', modality: 'CONDITIONAL', condition: 'if '.repeat(700) }] })] });
    expect(error.extensions?.field).toBe('input.proposals[0].stances[0].condition');
    expect(error.message).toMatch(/too long/);
  });

  it('refuses a source the write path refuses, at the source field', async () => {
    const error = await refused({ source: source({ url: 'ftp://example.org/x', publisher: `Other ${ns}` }), proposals: [paraphrase()] });
    expect(error.extensions?.field).toBe('input.source.url');
  });

  it('refuses a writer without an editor token', async () => {
    const error = await refused({ source: source({ publisher: `Other ${ns}` }), proposals: [paraphrase()] }, {});
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
