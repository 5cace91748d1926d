import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const LISTS = [
  'countries',
  'persons',
  'organizations',
  'offices',
  'places',
  'sources',
  'statements',
  'positions',
  'events',
  'conflicts',
  'negotiationProcesses',
  'negotiationRounds',
  'participations',
  'evacuationOperations',
];

async function walk(field: string, pageSize: number, extra = '') {
  const ids: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (let guard = 0; guard < 500; guard++) {
    const data: any = await h.data(
      `query ($first: Int, $after: String) { ${field}(first: $first, after: $after ${extra}) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      { first: pageSize, after },
    );
    const page = data[field];
    total = page.totalCount;
    ids.push(...page.edges.map((e: any) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, total };
}

describe('lists', () => {
  it.each(LISTS)('%s pages through every item once, in the order of one big page', async (field) => {
    const pageSize = field === 'countries' ? 40 : 3;
    const paged = await walk(field, pageSize);
    const whole = await walk(field, 100);
    expect(paged.ids.length).toBe(paged.total);
    expect(new Set(paged.ids).size).toBe(paged.ids.length);
    expect(paged.total).toBeGreaterThan(0);
    if (whole.total <= 100) expect(paged.ids).toEqual(whole.ids);
  });

  it('filters statements by date range, partial dates included', async () => {
    const data = await h.data(`{
      march: statements(filter: { from: "2026-03", to: "2026-03" }) { totalCount }
      year2013: statements(filter: { from: "2013", to: "2013" }) { totalCount }
      since2013: statements(filter: { from: "2013", to: "2025" }) { totalCount }
      from2013: statements(filter: { from: "2013" }, sort: { field: DATE, direction: ASC }, first: 1) { edges { node { date { value precision first last } } } }
      quotes: statements(filter: { kind: QUOTE, language: "en", speaker: "person:alibek-bakayev" }) { totalCount }
    }`);
    expect(data.march.totalCount).toBe(9);
    // The 2013 statement is dated only "on or after 27 February 2013": certainly within no closed range.
    expect(data.year2013.totalCount).toBe(0);
    expect(data.since2013.totalCount).toBe(0);
    expect(data.from2013.edges.map((e: any) => e.node.date)).toEqual([{ value: '2013-02-27/..', precision: 'BOUND', first: '2013-02-27', last: null }]);
    expect(data.quotes.totalCount).toBe(3);
  });

  it('sorts by an allowed key in either direction', async () => {
    const data = await h.data(`{
      asc: countries(sort: { field: ISO2, direction: ASC }, first: 1) { edges { node { iso2 } } }
      desc: countries(sort: { field: ISO2, direction: DESC }, first: 1) { edges { node { iso2 } } }
      rounds: negotiationRounds(sort: { field: START, direction: DESC }, first: 1) { edges { node { start { value } } } }
    }`);
    expect(data.asc.edges[0].node.iso2).toBe('AD');
    expect(data.desc.edges[0].node.iso2).toBe('ZW');
    expect(data.rounds.edges[0].node.start.value).toBe('2024-11-11');
  });

  it('finds countries by a name in another script or by code', async () => {
    const data = await h.data(`{
      ru: countries(filter: { name: "Казахстан" }) { edges { node { iso2 } } }
      fa: countries(filter: { name: "ایران" }) { edges { node { iso2 } } }
      byIso3: country(iso3: "kaz") { id iso2 }
    }`);
    expect(data.ru.edges.map((e: any) => e.node.iso2)).toEqual(['KZ']);
    expect(data.fa.edges.map((e: any) => e.node.iso2)).toContain('IR');
    expect(data.byIso3).toEqual({ id: 'country:KZ', iso2: 'KZ' });
  });
});

describe('limits and bad arguments', () => {
  it('refuses a page larger than the cap, naming the argument', async () => {
    const res = await h.gql('{ statements(first: 1000) { totalCount } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(res.errors?.[0].message).toMatch(/between 0 and 100/);
  });

  it('refuses a nested page larger than the cap', async () => {
    const res = await h.gql('{ person(id: "person:alibek-bakayev") { statements(first: 5000) { totalCount } } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses a cursor it did not issue', async () => {
    const res = await h.gql('{ sources(after: "not-a-cursor") { totalCount } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses an impossible date in a filter', async () => {
    const res = await h.gql('{ statements(filter: { from: "2026-02-30" }) { totalCount } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    expect(res.errors?.[0].message).toContain('2026-02-30');
  });

  it('refuses an unknown enum value, or a stance code not written as one, before touching the database', async () => {
    h.statements.length = 0;
    for (const filter of ['modality: SOMETIMES', 'stance: "neutral-ish"']) {
      const res = await h.gql(`{ positions(filter: { ${filter} }) { totalCount } }`);
      expect(res.errors?.[0].extensions?.code, filter).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect(h.statements).toEqual([]);
  });
});

describe('fetching by id', () => {
  it('returns an entity of the asked type and null for an id of another type', async () => {
    const data = await h.data(`{
      country(id: "country:KZ") { name }
      notAPerson: person(id: "country:KZ") { name }
      missing: statement(id: "statement:does-not-exist") { id }
      node(id: "process:astana-format-syria") { __typename id }
    }`);
    expect(data.country.name).toBe('Kazakhstan');
    expect(data.notAPerson).toBeNull();
    expect(data.missing).toBeNull();
    expect(data.node).toEqual({ __typename: 'NegotiationProcess', id: 'process:astana-format-syria' });
  });
});

describe('relationships can be followed both ways', () => {
  const pairs: Array<[string, string, string, string]> = [
    // [query from A to B, path to B's id, query from B back, path to the list of A ids]
    ['statement(id: "statement:kz-briefing-2026-03-03/negotiating-table") { x: speaker { id } }', 'statement.x.id',
      'person(id: "person:alibek-bakayev") { x: statements(first: 50) { edges { node { id } } } }', 'person.x.edges'],
    ['position(id: "position:kz/non-alignment/middle-east-2026") { x: holder { id } }', 'position.x.id',
      'country(id: "country:KZ") { x: positions(first: 50) { edges { node { id } } } }', 'country.x.edges'],
    ['negotiationRound(id: "round:astana-format-syria/22") { x: venue { id } }', 'negotiationRound.x.id',
      'place(id: "place:astana") { x: rounds { id } }', 'place.x'],
    ['office(id: "office:alibek-bakayev/kz-deputy-foreign-minister") { x: organization { id } }', 'office.x.id',
      'organization(id: "org:kz-mfa") { x: offices { id } }', 'organization.x'],
    ['statement(id: "statement:kz-briefing-2026-03-03/negotiating-table") { x: occasion { id } }', 'statement.x.id',
      'event(id: "event:kz-government-briefing-2026-03-03") { x: statements { id } }', 'event.x'],
    ['participation(id: "participation:astana-format-syria/KZ-host") { x: process { id } }', 'participation.x.id',
      'negotiationProcess(id: "process:astana-format-syria") { x: participations { id } }', 'negotiationProcess.x'],
    ['position(id: "position:kz/offer-to-host/middle-east-2026") { x: toward { id } }', 'position.x.id',
      'conflict(id: "conflict:middle-east-2026") { x: positions { edges { node { id } } } }', 'conflict.x.edges'],
  ];

  const at = (data: any, path: string) => path.split('.').reduce((v, k) => v?.[k], data);

  it.each(pairs)('%s', async (forward, forwardPath, backward, backwardPath) => {
    const a = await h.data(`{ ${forward} }`);
    const target = at(a, forwardPath);
    expect(target).toBeTruthy();
    const b = await h.data(`{ ${backward} }`);
    const back = (at(b, backwardPath) as any[]).map((x) => x.node?.id ?? x.id);
    const sourceId = forward.match(/id: "([^"]+)"/)![1];
    expect(back).toContain(sourceId);
  });

  it('lists what cites a source', async () => {
    const data = await h.data(`{ source(id: "source:astana-times-2026-03-03-kz-neutral-stance") {
      textHeld citedBy(first: 100) { totalCount edges { node { __typename id } } } } }`);
    expect(data.source.textHeld).toBe(true);
    const ids = data.source.citedBy.edges.map((e: any) => e.node.id);
    expect(ids).toContain('statement:kz-briefing-2026-03-03/platform-if-requested');
    expect(ids).toContain('movement:kz-middle-east-2026/flydubai');
  });
});
