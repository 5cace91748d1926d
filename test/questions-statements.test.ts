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

const STATEMENT = `id kind text date { value precision } speaker { id name } onBehalfOf { id }
  speakerOffices { title organization { id } country { id } } occasion { id kind date { value } }
  about { id } mentions { id } expresses { id stance modality condition } renderings { id language }
  evidence { source { id } span { start end match } excerpt note }`;

const ids = (edges: Array<{ node: { id: string } }>) => edges.map((e) => e.node.id);

describe('who said what', () => {
  it("gives Kazakhstan's statements with the speaker, the office he held that day, the occasion and the quoted span", async () => {
    const data = await h.data(`{ whoSaidWhat(by: "country:KZ", about: "conflict:middle-east-2026", first: 20) {
      totalCount edges { node { ${STATEMENT} } } } }`);
    const byId = new Map(data.whoSaidWhat.edges.map((e: any) => [e.node.id, e.node]));
    const quote: any = byId.get('statement:kz-briefing-2026-03-03/platform-if-requested');
    expect(quote.kind).toBe('QUOTE');
    expect(quote.speaker).toEqual({ id: 'person:alibek-bakayev', name: 'Alibek Bakayev' });
    expect(quote.speakerOffices).toEqual([{ title: 'Deputy Minister of Foreign Affairs', organization: { id: 'org:kz-mfa' }, country: { id: 'country:KZ' } }]);
    expect(quote.occasion).toEqual({ id: 'event:kz-government-briefing-2026-03-03', kind: 'BRIEFING', date: { value: '2026-03-03' } });
    expect(quote.evidence[0]).toMatchObject({ source: { id: 'source:astana-times-2026-03-03-kz-neutral-stance' }, span: { start: 1171, end: 1302, match: 'EXACT' } });
    expect(quote.evidence[0].excerpt).toBe(quote.text);
    expect(quote.expresses).toEqual([
      { id: 'position:kz/offer-to-host/middle-east-2026', stance: 'OFFER_TO_HOST_TALKS', modality: 'CONDITIONAL', condition: 'If the parties request it' },
    ]);
    expect(data.whoSaidWhat.totalCount).toBe(data.whoSaidWhat.edges.length);
  });

  it("counts the foreign ministry's 2013 statement, made without a named speaker, among Kazakhstan's, possibly in 2013", async () => {
    const data = await h.data(`{ whoSaidWhat(by: "country:KZ", from: "2013", to: "2013", dateMatch: POSSIBLY) { edges { node { id speaker { id } onBehalfOf { id } date { value precision } } } } }`);
    // The sources say only "after the February round" (which ended on 27 February 2013): a bound, not the year 2013.
    expect(data.whoSaidWhat.edges.map((e: any) => e.node)).toEqual([
      { id: 'statement:kz-mfa-2013/after-almaty-february-round', speaker: null, onBehalfOf: { id: 'org:kz-mfa' }, date: { value: '2013-02-27/..', precision: 'BOUND' } },
    ]);
    const certainly = await h.data(`{ whoSaidWhat(by: "country:KZ", from: "2013", to: "2013") { totalCount } }`);
    expect(certainly.whoSaidWhat.totalCount).toBe(0);
  });

  it('links a quote to its rendering in another language', async () => {
    const data = await h.data(`{ whoSaidWhat(by: "person:alibek-bakayev", kind: QUOTE, first: 10) { edges { node { id language renderings { id language } } } } }`);
    const english = data.whoSaidWhat.edges.find((e: any) => e.node.id === 'statement:kz-briefing-2026-03-03/not-taking-sides').node;
    expect(english.renderings).toEqual([{ id: 'statement:kz-briefing-2026-03-03/ru-non-interference-no-sides', language: 'ru' }]);
  });

  it('names the office a synthetic speaker held on each date: minister in 2031, special envoy in 2033', async () => {
    const data = await h.data(`{ whoSaidWhat(by: "country:IS") { totalCount edges { node { id date { value } speakerOffices { title } onBehalfOf { id } } } } }`);
    expect(data.whoSaidWhat.totalCount).toBe(4);
    const offices = Object.fromEntries(data.whoSaidWhat.edges.map((e: any) => [e.node.id, e.node.speakerOffices.map((o: any) => o.title)]));
    expect(offices[IDS.hostQuote]).toEqual(['Minister for Foreign Affairs']);
    expect(offices[IDS.mediateSaid]).toEqual(['Special Envoy']);
    expect(ids(data.whoSaidWhat.edges)[0]).toBe(IDS.mediateSaid);
  });

  it("finds a ministry's statements through its office holders, and narrows them to a date range", async () => {
    const all = await h.data(`{ whoSaidWhat(by: "${IDS.mfa}") { totalCount } }`);
    expect(all.whoSaidWhat.totalCount).toBe(4);
    const late = await h.data(`{ whoSaidWhat(by: "${IDS.kaliyev}", from: "2032-06", to: "2033") { edges { node { id } } } }`);
    expect(ids(late.whoSaidWhat.edges)).toEqual([IDS.mediateSaid, IDS.unchangedSaid]);
  });

  it('pages without gaps or repeats', async () => {
    const first = await h.data(`{ whoSaidWhat(by: "country:KZ", first: 4) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
    const rest = await h.data(`query ($after: String) { whoSaidWhat(by: "country:KZ", first: 50, after: $after) { pageInfo { hasNextPage } edges { node { id } } } }`, {
      after: first.whoSaidWhat.pageInfo.endCursor,
    });
    const all = [...ids(first.whoSaidWhat.edges), ...ids(rest.whoSaidWhat.edges)];
    expect(first.whoSaidWhat.pageInfo.hasNextPage).toBe(true);
    expect(rest.whoSaidWhat.pageInfo.hasNextPage).toBe(false);
    expect(new Set(all).size).toBe(first.whoSaidWhat.totalCount);
  });
});

const HELD = `id stance stanceLabel modality condition conditionMet holder { id } toward { id } since { value } until { value }
  presentedAsUnchanged standing reaffirms { id } supersedes { id } supersededBy { id }
  expressedBy { id kind text evidence { excerpt } } evidence { source { id } excerpt }`;

describe('who holds a stance', () => {
  it('gives Kazakhstan as conditionally offering to host talks on the Middle East, with the condition and the quote', async () => {
    const data = await h.data(`{ stanceHolders(stance: OFFER_TO_HOST_TALKS, toward: "conflict:middle-east-2026", asOf: "2026-03-03") { edges { node { ${HELD} } } } }`);
    expect(data.stanceHolders.edges).toHaveLength(1);
    const offer = data.stanceHolders.edges[0].node;
    expect(offer).toMatchObject({ holder: { id: 'country:KZ' }, modality: 'CONDITIONAL', condition: 'If the parties request it', conditionMet: false, standing: true });
    expect(offer.since).toEqual({ value: '2026-03-03' });
    expect(offer.expressedBy.map((s: any) => [s.kind, s.evidence[0].excerpt === s.text])).toEqual([['QUOTE', true]]);
    expect(offer.evidence.map((e: any) => e.excerpt)).toContain('At this stage, no such requests have been received');
  });

  it('holds a stance only from the date a statement first expresses it', async () => {
    const before = await h.data(`{ stanceHolders(stance: OFFER_TO_HOST_TALKS, toward: "conflict:middle-east-2026", asOf: "2026-02") { totalCount } }`);
    expect(before.stanceHolders.totalCount).toBe(0);
  });

  it("lists all of Kazakhstan's stances, and only the 2013 ones in 2013, the offer to host only until the next meeting", async () => {
    const all = await h.data(`{ stancesOf(actor: "country:KZ", first: 50) { totalCount edges { node { id standing } } } }`);
    expect(all.stancesOf.totalCount).toBe(9);
    const spring2013 = await h.data(`{ stancesOf(actor: "country:KZ", asOf: "2013-03") { edges { node { id since { value } } } } }`);
    expect(ids(spring2013.stancesOf.edges).sort()).toEqual(['position:kz/offer-to-host/iran-nuclear-2013', 'position:kz/peaceful-settlement/iran-nuclear-2013']);
    const endOf2013 = await h.data(`{ stancesOf(actor: "country:KZ", asOf: "2013") { edges { node { id since { value } } } } }`);
    expect(ids(endOf2013.stancesOf.edges)).toEqual(['position:kz/peaceful-settlement/iran-nuclear-2013']);
  });

  it('drops a synthetic conditional offer once it is replaced by an offer to mediate', async () => {
    const in2032 = await h.data(`{ stanceHolders(stance: OFFER_TO_HOST_TALKS, toward: "${IDS.dispute}", asOf: "2032") { edges { node { ${HELD} } } } }`);
    expect(in2032.stanceHolders.edges.map((e: any) => [e.node.holder.id, e.node.modality, e.node.condition])).toEqual([
      ['country:IS', 'CONDITIONAL', 'if both parties ask'],
      ['country:LI', 'NEGATED', null],
    ]);
    expect(in2032.stanceHolders.edges[0].node.supersededBy).toEqual({ id: IDS.offerToMediate });
    const in2034 = await h.data(`{ stanceHolders(stance: OFFER_TO_HOST_TALKS, toward: "${IDS.dispute}", asOf: "2034", modality: CONDITIONAL) { totalCount } }`);
    expect(in2034.stanceHolders.totalCount).toBe(0);
    const mediate = await h.data(`{ stanceHolders(stance: OFFER_TO_MEDIATE, asOf: "2034") { edges { node { holder { id } supersedes { id } } } } }`);
    expect(mediate.stanceHolders.edges.map((e: any) => e.node)).toEqual([{ holder: { id: 'country:IS' }, supersedes: { id: IDS.offerToHost } }]);
  });
});

const EVENT = `date { value } kind stance { id stance modality condition } previous { id } presentedAsUnchanged statement { id } evidence { excerpt }`;

describe('stance timeline', () => {
  it("shows Kazakhstan's non-interference as reaffirmed, presented as unchanged, without repeating its Russian rendering", async () => {
    const data = await h.data(`{ stanceTimeline(actor: "country:KZ", stance: NON_INTERFERENCE) { edges { node { ${EVENT} } } } }`);
    const entries = data.stanceTimeline.edges.map((e: any) => e.node);
    const unchanged = entries.filter((e: any) => e.stance.id === 'position:kz/non-interference');
    expect(unchanged).toHaveLength(1);
    expect(unchanged[0]).toMatchObject({ kind: 'REAFFIRMED', presentedAsUnchanged: true, statement: { id: 'statement:kz-briefing-2026-03-03/non-interference-unchanged' } });
    expect(entries.find((e: any) => e.stance.id === 'position:kz/non-interference/future')).toMatchObject({ kind: 'STATED', stance: { modality: 'FUTURE' } });
  });

  it('tells a synthetic stance stated, reaffirmed, withdrawn and changed, in date order', async () => {
    const data = await h.data(`{ stanceTimeline(actor: "country:IS", toward: "${IDS.dispute}") { totalCount edges { node { ${EVENT} } } } }`);
    const entries = data.stanceTimeline.edges.map((e: any) => [e.node.date?.value, e.node.kind, e.node.stance.id, e.node.previous.map((p: any) => p.id)]);
    expect(entries).toEqual([
      ['2031-05-12', 'STATED', IDS.nonAlignment, []],
      ['2031-05-12', 'STATED', IDS.notTakingSides, []],
      ['2031-05-12', 'STATED', IDS.offerToHost, []],
      ['2032-06-03', 'REAFFIRMED', IDS.unchanged, [IDS.notTakingSides]],
      ['2032-09', 'WITHDRAWN', IDS.nonAlignment, []],
      ['2033-03-01', 'CHANGED', IDS.offerToMediate, [IDS.offerToHost]],
    ]);
    const withdrawn = data.stanceTimeline.edges[4].node;
    expect(withdrawn.statement).toBeNull();
    const offer = data.stanceTimeline.edges[2].node;
    expect(offer.stance).toMatchObject({ modality: 'CONDITIONAL', condition: 'if both parties ask' });
    expect(data.stanceTimeline.edges[3].node.presentedAsUnchanged).toBe(true);
  });
});

describe('co-positions', () => {
  it('groups actors that share a stance toward the same conflict', async () => {
    const data = await h.data(`{ sharedStances(actor: "country:IS") { edges { node { stance toward { id } holders { holder { id } modality } } } } }`);
    expect(data.sharedStances.edges.map((e: any) => e.node)).toEqual([
      {
        stance: 'NOT_TAKING_SIDES',
        toward: { id: IDS.dispute },
        holders: [
          { holder: { id: 'country:IS' }, modality: 'ASSERTED' },
          { holder: { id: 'country:IS' }, modality: 'ASSERTED' },
          { holder: { id: 'country:LI' }, modality: 'ASSERTED' },
        ],
      },
    ]);
  });

  it('shares nothing for Kazakhstan when no other actor holds its stances', async () => {
    const data = await h.data(`{ sharedStances(actor: "country:KZ") { totalCount } }`);
    expect(data.sharedStances.totalCount).toBe(0);
  });

  it("sets two actors' stances side by side, the opposed ones first", async () => {
    const data = await h.data(`{ compareStances(first: "country:IS", second: "country:LI", toward: "${IDS.dispute}") {
      first { id } second { id } rows { agreement stance toward { id } first { id modality condition } second { id modality } } } }`);
    const rows = data.compareStances.rows.map((r: any) => [r.agreement, r.stance]);
    expect(rows[0]).toEqual(['OPPOSED', 'OFFER_TO_HOST_TALKS']);
    expect(data.compareStances.rows[0].first).toEqual({ id: IDS.offerToHost, modality: 'CONDITIONAL', condition: 'if both parties ask' });
    expect(rows).toContainEqual(['SAME', 'NOT_TAKING_SIDES']);
    expect(rows).toContainEqual(['ONLY_SECOND', 'PEACEFUL_SETTLEMENT']);
    expect(rows).toContainEqual(['ONLY_FIRST', 'OFFER_TO_MEDIATE']);
    expect(rows.at(-1)[0]).toBe('SAME');
  });

  it('compares only the stances standing on a date', async () => {
    const data = await h.data(`{ compareStances(first: "country:IS", second: "country:LI", toward: "${IDS.dispute}", asOf: "2034") { rows { agreement stance } } }`);
    const stances = data.compareStances.rows.map((r: any) => r.stance);
    expect(stances).not.toContain('NON_ALIGNMENT');
    expect(data.compareStances.rows).toContainEqual({ agreement: 'ONLY_SECOND', stance: 'OFFER_TO_HOST_TALKS' });
  });
});
