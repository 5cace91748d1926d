import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../src/seed/load.js';
import { fingerprint } from './support/fingerprint.js';
import { startHarness, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('the founding briefing as a graph', () => {
  it('records Kazakhstan as host of the Almaty rounds, not as mediator or party', async () => {
    const data = await h.data(`{
      participations(filter: { actor: "country:KZ", process: "process:iran-p5-plus-1-2013" }, first: 10) {
        edges { node { role round { venue { name } start { value } } citations { source { id } } } }
      }
    }`);
    const roles = data.participations.edges.map((e: any) => e.node.role);
    expect(roles).toEqual(['HOST', 'HOST']);
    for (const e of data.participations.edges) {
      expect(e.node.round.venue.name).toBe('Almaty');
      expect(e.node.citations.map((c: any) => c.source.id)).toContain('source:astana-times-2013-02-almaty-talks');
    }
  });

  it('keeps the offer to provide a platform conditional, with its condition and its unmet status', async () => {
    const data = await h.data(`{
      positions(filter: { holder: "country:KZ", stance: OFFER_TO_HOST_TALKS, toward: "conflict:middle-east-2026" }) {
        edges { node { modality condition conditionMet conditionStatusDate { value } expressedBy { kind text }
          citations { excerpt } } }
      }
    }`);
    const [offer] = data.positions.edges.map((e: any) => e.node);
    expect(offer.modality).toBe('CONDITIONAL');
    expect(offer.condition).toBe('If the parties request it');
    expect(offer.conditionMet).toBe(false);
    expect(offer.conditionStatusDate.value).toBe('2026-03-03');
    expect(offer.citations.map((c: any) => c.excerpt)).toContain('At this stage, no such requests have been received');
    expect(offer.expressedBy[0].kind).toBe('QUOTE');
  });

  it('leaves "the countries that were attacked" unnamed: a group whose members are unknown', async () => {
    const data = await h.data(`{
      organization(id: "org:countries-attacked-2026-03") { kind membersKnown members { id } involvements { role conflict { id } }
        mentionedIn { totalCount } }
    }`);
    expect(data.organization).toEqual({
      kind: 'UNSPECIFIED_GROUP',
      membersKnown: false,
      members: [],
      involvements: [{ role: 'TARGET', conflict: { id: 'conflict:middle-east-2026' } }],
      mentionedIn: { totalCount: 2 },
    });
  });

  it('records non-interference as presented unchanged, with the Russian rendering that adds "will hold"', async () => {
    const data = await h.data(`{
      positions(filter: { holder: "country:KZ", stance: NON_INTERFERENCE }) {
        edges { node { modality presentedAsUnchanged toward { id } expressedBy { language } } }
      }
    }`);
    const byModality = Object.fromEntries(data.positions.edges.map((e: any) => [e.node.modality, e.node]));
    expect(byModality.ASSERTED.presentedAsUnchanged).toBe(true);
    expect(byModality.ASSERTED.toward).toBeNull();
    expect(byModality.ASSERTED.expressedBy.map((s: any) => s.language).sort()).toEqual(['en', 'ru']);
    expect(byModality.FUTURE.expressedBy.map((s: any) => s.language)).toEqual(['ru']);
  });

  it('links the English quote and its Russian original as renderings of one utterance', async () => {
    const data = await h.data(`{
      statement(id: "statement:kz-briefing-2026-03-03/not-taking-sides") {
        speaker { name } onBehalfOf { name } speakerOffices { title } occasion { kind date { value } }
        renderings { language kind citations { span { match } source { publisher } } }
      }
    }`);
    const s = data.statement;
    expect(s.speaker.name).toBe('Alibek Bakayev');
    expect(s.speakerOffices.map((o: any) => o.title)).toEqual(['Deputy Minister of Foreign Affairs']);
    expect(s.occasion).toEqual({ kind: 'BRIEFING', date: { value: '2026-03-03' } });
    expect(s.renderings).toHaveLength(1);
    expect(s.renderings[0].language).toBe('ru');
    expect(s.renderings[0].citations.map((c: any) => c.source.publisher)).toContain('Zakon.kz');
  });

  it('gives the evacuation numbers, dates, routes and transit countries as reported', async () => {
    const data = await h.data(`{
      evacuationOperations(filter: { conductedBy: "country:KZ" }) { edges { node {
        priorityGroups
        movements { id count countUnit status date { value } transitCountries { iso2 }
          legs { sequence mode from { id } to { id } via { iso2 } carrier { name } } }
      } } }
    }`);
    const op = data.evacuationOperations.edges[0].node;
    expect(op.priorityGroups).toEqual(['women with minor children', 'citizens over the age of 60', 'individuals with medical conditions']);
    const m = Object.fromEntries(op.movements.map((x: any) => [x.id.split('/')[1], x]));
    expect(m['via-oman']).toMatchObject({ count: 467, countUnit: 'CITIZENS', date: { value: '2026-03-03' }, transitCountries: [{ iso2: 'OM' }] });
    expect(m['from-jeddah']).toMatchObject({ count: 343, status: 'PLANNED', date: { value: '2026-03-04' }, transitCountries: [{ iso2: 'SA' }] });
    expect(m['from-jeddah'].legs.map((l: any) => l.mode)).toEqual(['BUS', null, 'FLIGHT']);
    expect(m['from-iran-by-land']).toMatchObject({ count: null, date: null });
    expect(m['from-iran-by-land'].legs[0].via.map((c: any) => c.iso2)).toEqual(['AM', 'AZ', 'TM']);
    expect(m['flydubai']).toMatchObject({ count: 306, countUnit: 'PASSENGERS', status: 'COMPLETED' });
    expect(m['flydubai'].legs[0].carrier.name).toBe('FlyDubai');
  });

  it('names the capital by the name it had on a date', async () => {
    const data = await h.data(`{ place(id: "place:astana") {
      in2018: nameAt(date: "2018-06-01") in2020: nameAt(date: "2020") in2024: nameAt(date: "2024-11-11") } }`);
    expect(data.place).toEqual({ in2018: 'Astana', in2020: 'Nur-Sultan', in2024: 'Astana' });
  });

  it('finds the speaker under every spelling and script', async () => {
    for (const name of ['Bakayev', 'Bakaev', 'Бакаев', 'Бақаев']) {
      const data = await h.data('query ($name: String!) { persons(filter: { name: $name }) { edges { node { id } } } }', { name });
      expect(data.persons.edges.map((e: any) => e.node.id), name).toEqual(['person:alibek-bakayev']);
    }
  });

  // A stance definition is our codebook entry, not a claim about the world: it cites nothing.
  it('cites a source for every fact', async () => {
    const rows = await h.db.read((tx) =>
      tx.run(`MATCH (f:Entity) WHERE NOT (f:Source OR f:Country OR f:Person OR f:Organization OR f:Place OR f:StanceDefinition)
              AND NOT (f)-[:CITES]->(:Source) RETURN f.id AS id`),
    );
    expect(rows.map((r) => r.id)).toEqual([]);
  });

  it('gives the same graph when the seed is loaded again', async () => {
    const before = await fingerprint(h.db);
    const summary = await loadSeed(h.db);
    expect(summary.counts.created + summary.counts.updated).toBe(0);
    expect(await fingerprint(h.db)).toEqual(before);
  });
});
