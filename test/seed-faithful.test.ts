import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../src/search/fold.js';
import { editorToken, graphState, namespace, removeNamespace } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/**
 * The seed says only what its sources say: every link, name and metadata value traces to a text we hold
 * (or says it was read off a web address), and nothing stretches past what the sources support.
 */

const SEED_DIR = path.resolve(import.meta.dirname, '../seed');
const SEED = fs
  .readFileSync(path.join(SEED_DIR, 'founding.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Record<string, any>);
const ARTICLE = 'source:astana-times-2026-03-03-kz-neutral-stance';
const IRAN_TALKS = 'process:iran-p5-plus-1-2013';

const ns = namespace('faithful');
const editor = editorToken('faithful-tester');
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry });
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

const seeded = (type: string) => SEED.filter((r) => r.type === type);

describe('delegation leaders', () => {
  it('lead where the sources place them, the two Almaty rounds, and not the Geneva rounds', async () => {
    const data = await h.data(`{ negotiationProcess(id: "${IRAN_TALKS}") {
      participations { actor { id } ledBy { id } }
      rounds { edges { node { label participations { actor { id } role ledBy { name } } } } } } }`);
    const process = data.negotiationProcess;
    expect(process.participations.filter((p: any) => p.ledBy)).toEqual([]);
    const leaders = Object.fromEntries(
      process.rounds.edges.map((e: any) => [
        e.node.label,
        e.node.participations.filter((p: any) => p.ledBy).map((p: any) => `${p.actor.id} led by ${p.ledBy.name}`).sort(),
      ]),
    );
    const almaty = ['country:IR led by Saeed Jalili', 'country:US led by Wendy Sherman', 'org:p5-plus-1 led by Catherine Ashton'];
    expect(leaders).toEqual({
      'Almaty, first round': almaty,
      'Almaty, second round': almaty,
      'Geneva, October': [],
      'Geneva, November': [],
    });
  });
});

describe('the 2013 commitment to host the next meeting', () => {
  const offers = (asOf: string) =>
    h.data(`{ stancesOf(actor: "country:KZ", toward: "conflict:iran-nuclear-programme", asOf: "${asOf}") {
      edges { node { stance until { value } standing } } } }`);

  it('stands after the February 2013 round and ends with the next meeting, so it does not stand in 2026', async () => {
    const spring = await offers('2013-03');
    expect(spring.stancesOf.edges.map((e: any) => e.node)).toContainEqual({ stance: 'OFFER_TO_HOST_TALKS', until: { value: '2013-04-06' }, standing: true });
    const later = await offers('2026-03-03');
    expect(later.stancesOf.edges.map((e: any) => e.node.stance)).not.toContain('OFFER_TO_HOST_TALKS');
    const holders = await h.data(`{ stanceHolders(stance: OFFER_TO_HOST_TALKS, asOf: "2026-03-03") { edges { node { id } } } }`);
    expect(holders.stanceHolders.edges.map((e: any) => e.node.id)).toEqual(['position:kz/offer-to-host/middle-east-2026']);
  });
});

describe('links', () => {
  it('gives Dubai and Geneva no country, since neither source says where they are', async () => {
    const data = await h.data(`{ dubai: place(id: "place:dubai") { country { id } } geneva: place(id: "place:geneva") { country { id } } }`);
    expect(data).toEqual({ dubai: { country: null }, geneva: { country: null } });
  });

  it('cites a held text for every country link of the seed', async () => {
    const linked = [...seeded('Place'), ...seeded('Organization')].filter((r) => r.country);
    expect(linked.length).toBeGreaterThan(0);
    for (const record of linked) {
      const data = await h.data(`query ($id: ID!) { node(id: $id) { ... on Fact { citations { excerpt } } } }`, { id: record.id });
      const excerpts = data.node.citations.map((c: any) => c.excerpt).filter(Boolean);
      expect(excerpts, `${record.id} is in ${record.country}: by which text?`).not.toEqual([]);
    }
  });

  it('refuses a place or an organization placed in a country without a citation, and writes nothing', async () => {
    for (const [mutation, input] of [
      ['upsertPlace(input: { id: "place:' + ns + '-port", name: "Port", kind: CITY, country: "country:MT" })', 'place'],
      ['upsertOrganization(input: { id: "org:' + ns + '-mfa", name: "Ministry", kind: MINISTRY, country: "country:MT" })', 'organization'],
    ]) {
      const before = await graphState(h.db);
      const response = await h.gql(`mutation { ${mutation} { outcome } }`, {}, editor.headers);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.citations' });
      expect(response.errors?.[0]?.message).toContain(`the ${input}'s country is a fact: cite the source that says so`);
      expect(await graphState(h.db)).toEqual(before);
    }
  });
});

describe('the dateline', () => {
  it('places the article in Astana with the span of its dateline, and the briefing with it', async () => {
    const data = await h.data(`{
      source(id: "${ARTICLE}") { dateline { place { id names { value } } citations { source { id } span { start end } excerpt } } }
      event(id: "event:kz-government-briefing-2026-03-03") { place { id } citations { excerpt note } } }`);
    const { dateline } = data.source;
    expect(dateline.place.id).toBe('place:astana');
    const [printed] = dateline.citations;
    expect(printed).toMatchObject({ source: { id: ARTICLE }, span: { start: 17, end: 23 }, excerpt: 'ASTANA' });
    expect(dateline.place.names.map((n: any) => fold(n.value))).toContain(fold(printed.excerpt));
    expect(data.event.place.id).toBe('place:astana');
    expect(data.event.citations).toContainEqual({ excerpt: 'ASTANA', note: expect.stringContaining('dateline') });
  });

  it('refuses a dateline that does not cite its span in its own source, or a span past the text', async () => {
    await h.data(`mutation { upsertSource(input: { id: "source:${ns}-dated", language: "en", kind: NEWS_ARTICLE, text: "VALLETTA – Talks." }) { outcome } }`, {}, editor.headers);
    const write = (citations: string) =>
      h.gql(`mutation { upsertDateline(input: { id: "dateline:${ns}", source: "source:${ns}-dated", place: "place:astana", citations: ${citations} }) { outcome } }`, {}, editor.headers);
    const elsewhere = await write(`[{ source: "${ARTICLE}", start: 17, end: 23 }]`);
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.citations' });
    expect(elsewhere.errors?.[0]?.message).toContain('a dateline cites its own source at the span where the dateline is printed');
    const beyond = await write(`[{ source: "source:${ns}-dated", start: 0, end: 99 }]`);
    expect(beyond.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.citations[0].end' });
    expect(beyond.errors?.[0]?.message).toContain('the source text has 17 characters');
    const fine = await h.data(`mutation { upsertDateline(input: { id: "dateline:${ns}", source: "source:${ns}-dated", place: "place:astana",
      citations: [{ source: "source:${ns}-dated", start: 0, end: 8 }] }) { outcome dateline { place { id } citations { excerpt } } } }`, {}, editor.headers);
    expect(fine.upsertDateline).toEqual({ outcome: 'CREATED', dateline: { place: { id: 'place:astana' }, citations: [{ excerpt: 'VALLETTA' }] } });
  });
});

describe('"more than 20 rounds"', () => {
  it('is a count of the Astana format rounds with its qualifier, as of the article, cited', async () => {
    const data = await h.data(`{ negotiationProcess(id: "process:astana-format-syria") {
      roundCount { value qualifier asOf { value } } citations { excerpt note } } }`);
    const process = data.negotiationProcess;
    expect(process.roundCount).toEqual({ value: 20, qualifier: 'MORE_THAN', asOf: { value: '2026-03-03' } });
    const counted = process.citations.filter((c: any) => c.note?.includes('rounds'));
    expect(counted.map((c: any) => c.excerpt)).toContain('hosted more than 20 rounds of talks on Syria');
  });

  it('refuses a qualifier without the count it qualifies', async () => {
    const response = await h.gql(
      `mutation { upsertNegotiationProcess(input: { id: "process:${ns}-talks", name: "Talks", roundCountQualifier: MORE_THAN,
        citations: [{ source: "${ARTICLE}" }] }) { outcome } }`,
      {},
      editor.headers,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.roundCount' });
  });
});

describe('names', () => {
  it('cites where every seeded entity takes its name from', async () => {
    for (const record of SEED.filter((r) => r.type !== 'Source')) {
      const data = await h.data(`query ($id: ID!) { node(id: $id) {
        ... on Fact { citations { source { id } } }
        ... on Person { name names { value citations { source { id } } } }
        ... on Organization { name names { value citations { source { id } } } }
        ... on Place { name names { value citations { source { id } } } }
      } }`, { id: record.id });
      const node = data.node;
      if (node.names) {
        const named = node.names.find((n: any) => n.value === node.name);
        expect(named?.citations.length ?? 0, `${record.id}: where does "${node.name}" come from?`).toBeGreaterThan(0);
      } else {
        expect(node.citations.length, `${record.id} cites nothing`).toBeGreaterThan(0);
      }
    }
  });
});

describe('source metadata', () => {
  const background = fs.readFileSync(path.join(SEED_DIR, 'sources/background.md'), 'utf8');
  // The founders' description of the texts we hold names the founding article's headline and publisher.
  const sourcesReadme = fs.readFileSync(path.join(SEED_DIR, 'sources/README.md'), 'utf8');
  const withoutUrls = (text: string) => text.replace(/https?:\/\/\S+/g, '');
  const languageName = new Intl.DisplayNames(['en'], { type: 'language' });

  /** What the texts we hold say about a source: its own text, and the notes' bullets that cite it. */
  function evidenceFor(url: string, ownText: string | null): string {
    const bullets = background.split(/\n(?=- )/).filter((bullet) => bullet.includes(url));
    return [ownText ?? '', sourcesReadme, ...bullets.map(withoutUrls)].join('\n');
  }

  it('says which values were read off a web address, and every other value is in a text we hold', async () => {
    const FIELDS = { title: 'TITLE', publisher: 'PUBLISHER', published: 'PUBLISHED', language: 'LANGUAGE' } as const;
    for (const record of seeded('Source').filter((r) => r.url)) {
      const data = await h.data(`query ($id: ID!) { source(id: $id) { text textHeld inferredFromUrl } }`, { id: record.id });
      const { text, textHeld, inferredFromUrl } = data.source;
      const evidence = evidenceFor(record.url, text);
      for (const [field, name] of Object.entries(FIELDS)) {
        if (record[field] === undefined || inferredFromUrl.includes(name)) continue;
        if (field === 'language' && textHeld) continue; // the held text shows its own language
        const said = field === 'language' ? languageName.of(record.language)! : String(record[field]);
        expect(evidence, `${record.id}: where does its ${field} "${said}" come from?`).toContain(said);
      }
    }
  });

  it('marks the 2013 report’s month and publisher as read off its address', async () => {
    const data = await h.data(`{ source(id: "source:astana-times-2013-02-almaty-talks") { published { value } publisher inferredFromUrl } }`);
    expect(data.source).toEqual({ published: { value: '2013-02' }, publisher: 'The Astana Times', inferredFromUrl: ['PUBLISHER', 'PUBLISHED', 'LANGUAGE'] });
  });
});

describe('the network view', () => {
  it('lists the centre first in nodes and counts exactly what it lists', async () => {
    const data = await h.data(`{ neighbourhood(id: "org:countries-attacked-2026-03") {
      center { id depth } totalNodes nodes { id depth } pageInfo { hasNextPage } } }`);
    const g = data.neighbourhood;
    expect(g.nodes[0]).toEqual(g.center);
    expect(g.nodes.filter((n: any) => n.depth === 0)).toHaveLength(1);
    expect(g.totalNodes).toBe(g.nodes.length);
    expect(g.pageInfo.hasNextPage).toBe(false);
  });

  it('counts the centre once across pages', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const data: any = await h.data(
        `query ($after: String) { neighbourhood(id: "country:KZ", limit: 5, after: $after) { totalNodes nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      ids.push(...data.neighbourhood.nodes.map((n: any) => n.id));
      total = data.neighbourhood.totalNodes;
      if (!data.neighbourhood.pageInfo.hasNextPage) break;
      after = data.neighbourhood.pageInfo.endCursor;
    }
    expect(ids[0]).toBe('country:KZ');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(total);
  });
});
