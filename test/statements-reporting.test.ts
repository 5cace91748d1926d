import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../src/importer/importRecords.js';
import { namespace, removeNamespace, spanOf } from './support/editing.js';
import { fingerprint } from './support/fingerprint.js';
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

const RELEASE = `Press release ${ns}. Joint statement of Chile, Peru and Bolivia on the river talks, read out by the Minister of Ecuador: the parties will meet again in Quito.`;
const JOINT = 'the parties will meet again in Quito.';
const OUTLET = `Outlet ${ns}. The ministry's release says the parties will meet again in Quito.`;
const SCENARIO = `Exercise ${ns}. In this scenario Bolivia walks out of the talks.`;

/** A joint statement read out by a minister of another state, at a round of talks, and a made-up one. */
const joint = [
  { type: 'Source', id: id('source', 'release'), language: 'en', kind: 'OFFICIAL_DOCUMENT', text: RELEASE },
  { type: 'Source', id: id('source', 'outlet'), language: 'en', kind: 'NEWS_ARTICLE', text: OUTLET, relays: [id('source', 'release')] },
  { type: 'Source', id: id('source', 'scenario'), language: 'en', kind: 'RESEARCH_NOTES', text: SCENARIO, hypothetical: true },
  { type: 'NegotiationProcess', id: id('process', 'talks'), name: 'River talks of the test', concerns: [id('conflict', 'river')], citations: [{ source: id('source', 'release') }] },
  { type: 'NegotiationRound', id: id('round', 'talks/1'), process: id('process', 'talks'), ordinal: 1, citations: [{ source: id('source', 'release') }] },
  { type: 'Participation', id: id('participation', 'ec-host'), role: 'HOST', actor: 'country:EC', process: id('process', 'talks'), round: id('round', 'talks/1'), citations: [{ source: id('source', 'release') }] },
  { type: 'Participation', id: id('participation', 'ec-host-next'), role: 'HOST', actor: 'country:EC', process: id('process', 'talks'), status: 'ANNOUNCED', citations: cite('release', RELEASE, JOINT) },
  {
    type: 'Statement', id: id('statement', 'joint'), kind: 'QUOTE', text: JOINT, language: 'en', date: '2031-04-03',
    onBehalfOf: ['country:CL', 'country:PE', 'country:BO'], deliveredBy: id('person', 'minister'), deliveryRole: 'READ_OUT',
    atRound: id('round', 'talks/1'), aboutProcess: [id('process', 'talks')], citations: cite('release', RELEASE, JOINT),
  },
  { type: 'Person', id: id('person', 'counterpart'), name: 'Counterpart of the test' },
  { type: 'Event', id: id('event', 'bilateral'), name: 'Bilateral meeting of the test', kind: 'MEETING', date: '2031-04-03', citations: [{ source: id('source', 'release') }] },
  { type: 'Attendance', id: id('attendance', 'host'), event: id('event', 'bilateral'), actor: id('person', 'minister'), role: 'HOST', representing: 'country:EC', citations: [{ source: id('source', 'release') }] },
  { type: 'Attendance', id: id('attendance', 'counterpart'), event: id('event', 'bilateral'), actor: id('person', 'counterpart'), role: 'COUNTERPART', representing: 'country:CL', status: 'ANNOUNCED', citations: [{ source: id('source', 'release') }] },
  {
    type: 'Statement', id: id('statement', 'walk-out'), kind: 'PARAPHRASE', text: 'Bolivia walks out of the talks.', language: 'en', date: '2031-04-04',
    onBehalfOf: 'country:BO', citations: cite('scenario', SCENARIO, 'Bolivia walks out of the talks.'),
  },
];

const world = [
  { type: 'Source', id: id('source', 'wire'), language: 'es', kind: 'NEWS_ARTICLE', text: WIRE },
  { type: 'Source', id: id('source', 'digest'), language: 'en', kind: 'NEWS_ARTICLE', text: DIGEST },
  { type: 'Person', id: id('person', 'minister'), name: 'Minister of the test' },
  { type: 'Conflict', id: id('conflict', 'river'), name: 'River dispute of the test', kind: 'DISPUTE', citations: [{ source: id('source', 'wire') }] },
  { type: 'Position', id: dialogue, stance: 'PEACEFUL_SETTLEMENT', modality: 'ASSERTED', holder: 'country:EC', toward: id('conflict', 'river'), citations: cite('digest', DIGEST, EN) },
  ...utterance,
  said('later', 'en', LATER, 'digest', DIGEST, { date: '2031-05-10', expresses: [dialogue] }),
  ...joint,
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

describe('joint and relayed statements', () => {
  it('files a joint statement under each of its authors, not under the minister who read it out', async () => {
    const query = `query ($by: ID!) { whoSaidWhat(by: $by, from: "2031-04-03", to: "2031-04-03") { edges { node {
      id speaker { id } onBehalfOf { id } onBehalfOfAll { id } deliveredBy { id } deliveryRole } } } }`;
    for (const author of ['country:CL', 'country:PE', 'country:BO']) {
      const data = await h.data(query, { by: author });
      expect(data.whoSaidWhat.edges.map((e: any) => e.node)).toEqual([
        {
          id: id('statement', 'joint'),
          speaker: null,
          onBehalfOf: { id: 'country:CL' },
          onBehalfOfAll: [{ id: 'country:CL' }, { id: 'country:PE' }, { id: 'country:BO' }],
          deliveredBy: { id: id('person', 'minister') },
          deliveryRole: 'READ_OUT',
        },
      ]);
    }
    const reader = await h.data(query, { by: id('person', 'minister') });
    expect(reader.whoSaidWhat.edges).toEqual([]);
  });

  it("puts a joint statement in each author's feed and reads its round and process", async () => {
    const feed = await h.data('{ statementFeed(entity: "country:PE", from: "2031") { edges { node { id } } } }');
    expect(feed.statementFeed.edges.map((e: any) => e.node.id)).toContain(id('statement', 'joint'));
    const data = await h.data('query ($id: ID!) { statement(id: $id) { atRound { id ordinal } aboutProcess { id } onBehalfOfAll { id } } }', { id: id('statement', 'joint') });
    expect(data.statement).toEqual({
      atRound: { id: id('round', 'talks/1'), ordinal: 1 },
      aboutProcess: [{ id: id('process', 'talks') }],
      onBehalfOfAll: [{ id: 'country:CL' }, { id: 'country:PE' }, { id: 'country:BO' }],
    });
  });

  it('still reads a document giving one actor as onBehalfOf, as a list of one', async () => {
    const data = await h.data('query ($id: ID!) { statement(id: $id) { onBehalfOf { id } onBehalfOfAll { id } } }', { id: id('statement', 'a-en') });
    expect(data.statement).toEqual({ onBehalfOf: { id: 'country:EC' }, onBehalfOfAll: [{ id: 'country:EC' }] });
  });

  it('refuses a reader without the way the words were given, naming the field', async () => {
    const summary = await importRecords(h.db, [{ ...joint[joint.length - 2], id: id('statement', 'no-role'), deliveryRole: undefined }], { actor: 'reporting-test' });
    expect(summary.refused).toHaveLength(1);
    expect(JSON.stringify(summary.refused[0])).toContain('deliveryRole');
  });

  it('keeps which source relays which, both ways', async () => {
    const data = await h.data('query ($id: ID!) { source(id: $id) { relays { id } hypothetical } }', { id: id('source', 'outlet') });
    expect(data.source).toEqual({ relays: [{ id: id('source', 'release') }], hypothetical: false });
    const release = await h.data('query ($id: ID!) { source(id: $id) { relayedBy { id } } }', { id: id('source', 'release') });
    expect(release.source.relayedBy).toEqual([{ id: id('source', 'outlet') }]);
  });

  it("lists the statements made at a round and about a process from the talks' side", async () => {
    const data = await h.data('query ($r: ID!, $p: ID!) { negotiationRound(id: $r) { statements { id } } negotiationProcess(id: $p) { statements { id } } }', {
      r: id('round', 'talks/1'),
      p: id('process', 'talks'),
    });
    expect(data).toEqual({ negotiationRound: { statements: [{ id: id('statement', 'joint') }] }, negotiationProcess: { statements: [{ id: id('statement', 'joint') }] } });
  });
});

describe('links to talks, announced participation and made-up material', () => {
  it('tells an announced participation from one that took place, omitted status reading as taken place', async () => {
    const data = await h.data('query ($id: ID!) { negotiationProcess(id: $id) { participations { id status } } }', { id: id('process', 'talks') });
    const round = await h.data('query ($id: ID!) { negotiationRound(id: $id) { participations { id status } } }', { id: id('round', 'talks/1') });
    expect(data.negotiationProcess.participations).toEqual([{ id: id('participation', 'ec-host-next'), status: 'ANNOUNCED' }]);
    expect(round.negotiationRound.participations).toEqual([{ id: id('participation', 'ec-host'), status: 'TOOK_PLACE' }]);
  });

  it("records a bilateral meeting's two officials, each for a different country, one only announced", async () => {
    const data = await h.data('query ($id: ID!) { event(id: $id) { participants { actor { id } role representing { id } status } } }', { id: id('event', 'bilateral') });
    expect(data.event.participants).toEqual([
      { actor: { id: id('person', 'counterpart') }, role: 'COUNTERPART', representing: { id: 'country:CL' }, status: 'ANNOUNCED' },
      { actor: { id: id('person', 'minister') }, role: 'HOST', representing: { id: 'country:EC' }, status: 'TOOK_PLACE' },
    ]);
  });

  it('marks evidence from a hypothetical source in the answers', async () => {
    const data = await h.data(`{ whoSaidWhat(by: "country:BO", from: "2031-04-04", to: "2031-04-04") { edges { node { id evidence { source { id hypothetical } } } } } }`);
    expect(data.whoSaidWhat.edges.map((e: any) => e.node)).toEqual([
      { id: id('statement', 'walk-out'), evidence: [{ source: { id: id('source', 'scenario'), hypothetical: true } }] },
    ]);
  });

  it('exports the new links as import-format JSON that rebuilds them exactly once wiped', async () => {
    const ids = world.map((r) => r.id);
    const before = await fingerprint(h.db);
    const response = await h.gql('query ($ids: [ID!]) { export(format: JSON, scope: { ids: $ids }) { files { content } } }', { ids });
    if (response.errors) throw new Error(response.errors.map((e) => e.message).join('\n'));
    const records = response.data.export.files[0].content.trim().split('\n').map((l: string) => JSON.parse(l));
    const jointRecord = records.find((r: any) => r.id === id('statement', 'joint'));
    expect(jointRecord).toMatchObject({ onBehalfOf: ['country:CL', 'country:PE', 'country:BO'], deliveryRole: 'READ_OUT', atRound: id('round', 'talks/1') });
    await removeNamespace(h.db, ns);
    const summary = await importRecords(h.db, records, { actor: 'reporting-test', batchSize: 3 });
    expect(summary.refused).toEqual([]);
    expect(await fingerprint(h.db)).toEqual(before);
  });
});
