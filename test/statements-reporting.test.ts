import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../src/importer/importRecords.js';
import { namespace, removeNamespace, spanOf } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/**
 * Reporting as it comes: one answer carried by several outlets in several languages, statements made
 * jointly and read out by someone else. A made-up world (a river dispute between Chile and Peru, with
 * Ecuador speaking), so nothing here leans on the seed.
 */
const ns = namespace('reporting');
const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;

const WIRE = `Lima wire ${ns}. «Chile y Perú deben resolver la disputa del río mediante el diálogo», dijo el canciller.`;
const ES = 'Chile y Perú deben resolver la disputa del río mediante el diálogo';
const DIGEST = `Digest ${ns}. "Chile and Peru must settle the river dispute through dialogue," the minister said. French: « Le Chili et le Pérou doivent régler le différend par le dialogue. » Retold: "Chile and Peru should settle the dispute by talks." Later: "Dialogue remains the only way."`;
const EN = 'Chile and Peru must settle the river dispute through dialogue';
const FR = 'Le Chili et le Pérou doivent régler le différend par le dialogue.';
const EN2 = 'Chile and Peru should settle the dispute by talks.';
const LATER = 'Dialogue remains the only way.';

const cite = (source: string, text: string, quoted: string) => [{ source: id('source', source), ...spanOf(text, quoted), match: 'EXACT' }];
const said = (name: string, language: string, text: string, source: string, sourceText: string, extra: Record<string, unknown> = {}) => ({
  type: 'Statement',
  id: id('statement', name),
  kind: 'QUOTE',
  text,
  language,
  date: '2031-04-02',
  speaker: id('person', 'minister'),
  onBehalfOf: 'country:EC',
  citations: cite(source, sourceText, text),
  ...extra,
});

const dialogue = id('position', 'dialogue');
/**
 * One utterance, four renderings: the Spanish original (b), an English one (a) and a French one (c) that
 * render it, and an English retelling (d) of the French. Only a and d were coded with the stance.
 */
const utterance = [
  said('a-en', 'en', EN, 'digest', DIGEST, { renders: [id('statement', 'b-es')], expresses: [dialogue] }),
  said('b-es', 'es', ES, 'wire', WIRE),
  said('c-fr', 'fr', FR, 'digest', DIGEST, { renders: [id('statement', 'b-es')] }),
  said('d-en', 'en', EN2, 'digest', DIGEST, { renders: [id('statement', 'c-fr')], expresses: [dialogue] }),
];

const world = [
  { type: 'Source', id: id('source', 'wire'), language: 'es', kind: 'NEWS_ARTICLE', text: WIRE },
  { type: 'Source', id: id('source', 'digest'), language: 'en', kind: 'NEWS_ARTICLE', text: DIGEST },
  { type: 'Person', id: id('person', 'minister'), name: 'Minister of the test' },
  { type: 'Conflict', id: id('conflict', 'river'), name: 'River dispute of the test', kind: 'DISPUTE', citations: [{ source: id('source', 'wire') }] },
  { type: 'Position', id: dialogue, stance: 'PEACEFUL_SETTLEMENT', modality: 'ASSERTED', holder: 'country:EC', toward: id('conflict', 'river'), citations: cite('digest', DIGEST, EN) },
  ...utterance,
  said('later', 'en', LATER, 'digest', DIGEST, { date: '2031-05-10', expresses: [dialogue] }),
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
  const summary = await importRecords(h.db, world, { actor: 'reporting-test' });
  expect(summary.refused).toEqual([]);
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

describe('one utterance, many renderings', () => {
  it('lists every rendering of the utterance from each of them, however far along the chain', async () => {
    const data = await h.data(`query ($a: ID!, $d: ID!) {
      a: statement(id: $a) { renderings { id language } }
      d: statement(id: $d) { renderings { id } } }`, { a: id('statement', 'a-en'), d: id('statement', 'd-en') });
    expect(data.a.renderings).toEqual([
      { id: id('statement', 'b-es'), language: 'es' },
      { id: id('statement', 'c-fr'), language: 'fr' },
      { id: id('statement', 'd-en'), language: 'en' },
    ].sort((x, y) => x.language.localeCompare(y.language) || x.id.localeCompare(y.id)));
    expect(data.d.renderings.map((r: any) => r.id).sort()).toEqual(['a-en', 'b-es', 'c-fr'].map((n) => id('statement', n)));
  });

  it('shows the utterance once in the stance timeline, with its renderings, then the later reaffirmation', async () => {
    const data = await h.data(`query ($actor: ID!, $toward: ID!) { stanceTimeline(actor: $actor, toward: $toward) {
      totalCount edges { node { kind date { value } statement { id renderings { id } } } } } }`, { actor: 'country:EC', toward: id('conflict', 'river') });
    const events = data.stanceTimeline.edges.map((e: any) => e.node);
    expect(events.map((e: any) => [e.kind, e.date.value, e.statement.id])).toEqual([
      ['STATED', '2031-04-02', id('statement', 'a-en')],
      ['REAFFIRMED', '2031-05-10', id('statement', 'later')],
    ]);
    expect(events[0].statement.renderings).toHaveLength(3);
    expect(data.stanceTimeline.totalCount).toBe(2);
  });

  it('counts the utterance once in the stance matrix, in the cell and in the row', async () => {
    const data = await h.data(`query ($toward: ID!) { stanceMatrix(toward: $toward) {
      rows { actor { id } statementCount cells { stance statementCount holdings { statements { id } } } } } }`, { toward: id('conflict', 'river') });
    const row = data.stanceMatrix.rows.find((r: any) => r.actor.id === 'country:EC');
    const cell = row.cells.find((c: any) => c.stance === 'PEACEFUL_SETTLEMENT');
    expect(cell.statementCount).toBe(2);
    expect(cell.holdings[0].statements.map((s: any) => s.id)).toEqual([id('statement', 'later'), id('statement', 'a-en')]);
    expect(row.statementCount).toBe(2);
  });

  it("opens a statement's feed with every rendering of its utterance", async () => {
    const data = await h.data(`query ($entity: ID!) { statementFeed(entity: $entity) { totalCount edges { node { id } } } }`, { entity: id('statement', 'd-en') });
    expect(data.statementFeed.edges.map((e: any) => e.node.id).sort()).toEqual(['a-en', 'b-es', 'c-fr', 'd-en'].map((n) => id('statement', n)));
  });
});
