import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';
import { buildQuestionWorld, IDS, removeQuestionWorld } from './support/questionWorld.js';

let h: Harness;
beforeAll(async () => {
  // Cold plans of the question statements take seconds on a loaded machine; the default timeout is for production.
  h = await startHarness({ NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
  await buildQuestionWorld(h.db);
});
afterAll(async () => {
  await removeQuestionWorld(h.db);
  await h.close();
});

const RECORD = `actor { id name } totalsByDate { date { value } countUnit status total movements movementsWithoutCount }
  operations { id name conflict { id } priorityGroups totalsByDate { total }
    movements { id description count countUnit status date { value } reportedOn { value } transitCountries { id }
      legs { sequence mode from { id } to { id } via { id } carrier { id name } note } evidence { source { id } excerpt } } }`;

describe('evacuation record', () => {
  it("gives Kazakhstan's movements with dated counts, routes and transit countries, and totals that never add citizens to passengers", async () => {
    const data = await h.data(`{ evacuationRecord(actor: "country:KZ") { ${RECORD} } }`);
    const record = data.evacuationRecord;
    expect(record.actor).toEqual({ id: 'country:KZ', name: 'Kazakhstan' });
    const [op] = record.operations;
    expect(op.priorityGroups).toEqual(['women with minor children', 'citizens over the age of 60', 'individuals with medical conditions']);
    const byId = Object.fromEntries(op.movements.map((m: any) => [m.id.split('/')[1], m]));
    expect(byId['via-oman']).toMatchObject({ count: 467, date: { value: '2026-03-03' }, transitCountries: [{ id: 'country:OM' }] });
    expect(byId['from-iran-by-land'].transitCountries.map((c: any) => c.id)).toEqual(['country:AM', 'country:AZ', 'country:TM']);
    expect(byId['flydubai'].legs[0].carrier).toEqual({ id: 'org:flydubai', name: 'FlyDubai' });
    expect(op.movements.map((m: any) => m.date?.value ?? null)).toEqual(['2026-03-03', '2026-03-04', null, null]);
    expect(record.totalsByDate).toEqual([
      { date: { value: '2026-03-03' }, countUnit: 'CITIZENS', status: 'UNDERWAY', total: 467, movements: 1, movementsWithoutCount: 0 },
      { date: { value: '2026-03-04' }, countUnit: 'CITIZENS', status: 'PLANNED', total: 343, movements: 1, movementsWithoutCount: 0 },
      { date: null, countUnit: 'CITIZENS', status: 'PLANNED', total: 0, movements: 1, movementsWithoutCount: 1 },
    ]);
  });

  it("never adds FlyDubai's running total (306 passengers \"already\" by the report) into a total", async () => {
    const data = await h.data(`{ evacuationRecord(actor: "country:KZ") { operations { movements { id count countQualifier countKind } } totalsByDate { countUnit total } } }`);
    const flydubai = data.evacuationRecord.operations[0].movements.find((m: any) => m.id.endsWith('/flydubai'));
    expect(flydubai).toMatchObject({ count: 306, countQualifier: 'EXACT', countKind: 'TOTAL_TO_DATE' });
    expect(data.evacuationRecord.totalsByDate.filter((t: any) => t.countUnit === 'PASSENGERS')).toEqual([]);
  });

  it('keeps to a date range, leaving out undated movements', async () => {
    const data = await h.data(`{ evacuationRecord(actor: "country:KZ", from: "2026-03-04", to: "2026-03") { operations { movements { id } } totalsByDate { total } } }`);
    expect(data.evacuationRecord.operations[0].movements).toEqual([{ id: 'movement:kz-middle-east-2026/from-jeddah' }]);
    expect(data.evacuationRecord.totalsByDate).toEqual([{ total: 343 }]);
  });

  it("adds a synthetic country's movements of one day, and counts the movement that gives no number apart", async () => {
    const data = await h.data(`{ evacuationRecord(actor: "country:IS") { ${RECORD} } }`);
    expect(data.evacuationRecord.totalsByDate).toEqual([
      { date: { value: '2033-05-02' }, countUnit: 'CITIZENS', status: 'COMPLETED', total: 150, movements: 2, movementsWithoutCount: 0 },
      { date: { value: '2033-05-03' }, countUnit: 'CITIZENS', status: 'PLANNED', total: 0, movements: 1, movementsWithoutCount: 1 },
    ]);
    const [op] = data.evacuationRecord.operations;
    expect(op.id).toBe(IDS.evacuation);
    const byFiji = op.movements.find((m: any) => m.id === 'movement:test-q/by-fiji');
    expect(byFiji.transitCountries).toEqual([{ id: 'country:FJ' }]);
    expect(byFiji.evidence[0].excerpt).toBe('150 Icelanders from Nauru on 2 May 2033');
  });

  it('gives an actor without evacuations an empty record', async () => {
    const data = await h.data(`{ evacuationRecord(actor: "country:LI") { actor { id } operations { id } totalsByDate { total } } }`);
    expect(data.evacuationRecord).toEqual({ actor: { id: 'country:LI' }, operations: [], totalsByDate: [] });
  });
});

const HITS = `totalCount edges { node { entity { id kind name } matchedField matchedText language score } }`;

describe('search', () => {
  it('finds Alibek Bakayev under every spelling and script, first', async () => {
    for (const text of ['Bakayev', 'Bakaev', 'Бакаев', 'Бақаев', 'alibek bakayev']) {
      const data = await h.data(`query ($text: String!) { search(text: $text) { ${HITS} } }`, { text });
      const top = data.search.edges[0].node;
      expect(top.entity.id, text).toBe('person:alibek-bakayev');
      expect(top.matchedField).toBe('NAME');
    }
  });

  it('shows the name written as typed among equally good ones', async () => {
    const data = await h.data(`{ search(text: "Бақаев") { edges { node { matchedText language } } } }`);
    expect(data.search.edges[0].node).toEqual({ matchedText: 'Әлібек Бақаев', language: 'kk' });
  });

  it('finds quotes and paraphrases, ranked, and keeps to the kinds asked for', async () => {
    const data = await h.data(`{ search(text: "remains unchanged", kinds: ["Statement"]) { ${HITS} } }`);
    const found = data.search.edges.map((e: any) => e.node);
    expect(found.map((n: any) => n.entity.id)).toContain('statement:kz-briefing-2026-03-03/non-interference-unchanged');
    expect(found.every((n: any) => n.entity.kind === 'Statement')).toBe(true);
    const scores = found.map((n: any) => n.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const quote = await h.data(`{ search(text: "not taking sides") { edges { node { entity { id } matchedField } } } }`);
    expect(quote.search.edges[0].node).toEqual({ entity: { id: 'statement:kz-briefing-2026-03-03/not-taking-sides' }, matchedField: 'QUOTE' });
  });

  it('finds a synthetic person written in another script and with other letters', async () => {
    for (const text of ['Калиев', 'Kaliev', 'Thordur Gudmundsson']) {
      const data = await h.data(`query ($text: String!) { search(text: $text, kinds: ["Person"]) { ${HITS} } }`, { text });
      expect(data.search.edges.length, text).toBeGreaterThan(0);
    }
    const thordur = await h.data(`{ search(text: "Thordur Gudmundsson") { edges { node { entity { id } matchedText } } } }`);
    expect(thordur.search.edges[0].node).toEqual({ entity: { id: IDS.thordur }, matchedText: 'Þórður Guðmundsson' });
  });

  it('treats Lucene syntax in the search text as plain text', async () => {
    const data = await h.gql(`{ search(text: "Bakayev) OR (*:* AND \\"") { totalCount edges { node { entity { id } } } } }`);
    expect(data.errors).toBeUndefined();
    expect(data.data.search.edges.map((e: any) => e.node.entity.id)).not.toContain('country:KZ');
  });
});
