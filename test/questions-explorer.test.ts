import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphOverview as overviewOf } from '../src/data/read/questions/graphOverview.js';
import { startHarness, type Harness } from './support/harness.js';
import { buildQuestionWorld, IDS, removeQuestionWorld } from './support/questionWorld.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
  await buildQuestionWorld(h.db);
});
afterAll(async () => {
  await removeQuestionWorld(h.db);
  await h.close();
});

const KZ_OFFER = 'position:kz/offer-to-host/middle-east-2026';

const FEED = `query Feed($entity: ID!, $stance: StanceCode, $conflict: ID, $kind: StatementKind, $language: String, $from: String, $to: String,
    $dateMatch: DateMatch, $first: Int, $after: String) {
  statementFeed(entity: $entity, stance: $stance, conflict: $conflict, kind: $kind, language: $language, from: $from, to: $to,
      dateMatch: $dateMatch, first: $first, after: $after) {
    entity { id name }
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    facets { stances { value label count } conflicts { value label count } kinds { value count } languages { value count } }
    edges { cursor node { id kind text language date { value precision } speaker { id } evidence { span { start end match } excerpt } } }
  }
}`;

async function feed(variables: Record<string, unknown>) {
  return (await h.data(FEED, variables)).statementFeed;
}

describe('the statement feed', () => {
  it("lists Kazakhstan's 3 March 2026 quotes newest first, each with the span that reads it in its source", async () => {
    const page = await feed({ entity: 'country:KZ', kind: 'QUOTE', from: '2026-03-03', to: '2026-03-03', first: 20 });
    expect(page.entity).toEqual({ id: 'country:KZ', name: 'Kazakhstan' });
    expect(page.totalCount).toBe(4);
    expect(page.edges.map((e: any) => e.node.language).sort()).toEqual(['en', 'en', 'en', 'ru']);
    for (const { node } of page.edges) {
      expect(node.kind).toBe('QUOTE');
      expect(node.date).toEqual({ value: '2026-03-03', precision: 'DAY' });
      // The Russian original is held with its line breaks, so its span matches with whitespace folded.
      const quoted = node.evidence.find((e: any) => e.span);
      expect(['EXACT', 'WHITESPACE_FOLDED']).toContain(quoted.span.match);
      expect(quoted.excerpt.replace(/\s+/g, ' ')).toBe(node.text.replace(/\s+/g, ' '));
    }
  });

  it('pages by keyset, newest first, without gaps or repeats', async () => {
    const all = await feed({ entity: 'country:KZ', first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await feed({ entity: 'country:KZ', first: 3, after });
      seen.push(...page.edges.map((e: any) => e.node.id));
      expect(page.totalCount).toBe(all.totalCount);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e: any) => e.node.id));
    const dates = all.edges.map((e: any) => e.node.date.value);
    expect([...dates].sort().reverse()).toEqual(dates);
    // The oldest is the 2013 statement the sources date only as after the February round.
    expect(dates.at(-1)).toBe('2013-02-27/..');
  });

  it('narrows by stance, conflict, language and date, and counts the facets before narrowing', async () => {
    const bySides = await feed({ entity: 'country:KZ', stance: 'NOT_TAKING_SIDES', first: 20 });
    expect(bySides.edges.map((e: any) => e.node.id).sort()).toEqual([
      'statement:kz-briefing-2026-03-03/no-sides-diplomacy',
      'statement:kz-briefing-2026-03-03/not-taking-sides',
      'statement:kz-briefing-2026-03-03/ru-non-interference-no-sides',
    ]);
    const sides = bySides.facets.stances.find((s: any) => s.value === 'NOT_TAKING_SIDES');
    expect(sides).toEqual({ value: 'NOT_TAKING_SIDES', label: expect.any(String), count: 3 });
    expect(bySides.facets.languages.map((l: any) => l.value)).toEqual(['en', 'ru']);

    const russian = await feed({ entity: 'country:KZ', language: 'ru', first: 20 });
    expect(russian.edges.map((e: any) => e.node.id)).toEqual(['statement:kz-briefing-2026-03-03/ru-non-interference-no-sides']);

    const in2013 = await feed({ entity: 'country:KZ', conflict: 'conflict:iran-nuclear-programme', first: 20 });
    expect(in2013.edges.map((e: any) => e.node.id)).toEqual(['statement:kz-mfa-2013/after-almaty-february-round']);
    // Said on or after 27 February 2013, no end given: possibly before 2025, not certainly.
    expect((await feed({ entity: 'country:KZ', to: '2025', first: 20 })).totalCount).toBe(0);
    expect((await feed({ entity: 'country:KZ', to: '2025', dateMatch: 'POSSIBLY', first: 20 })).totalCount).toBe(1);
  });

  it('gives a conflict the statements about it and a person the statements he made', async () => {
    const dispute = await feed({ entity: IDS.dispute, first: 20 });
    expect(dispute.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining([IDS.hostQuote, IDS.noSides, IDS.mediateSaid]));
    expect(dispute.facets.conflicts[0]).toEqual({ value: IDS.dispute, label: 'Malta–Nauru fishing dispute (test)', count: dispute.totalCount });
    const kaliyev = await feed({ entity: IDS.kaliyev, first: 20 });
    expect(kaliyev.edges.every((e: any) => e.node.speaker?.id === IDS.kaliyev)).toBe(true);
    expect(kaliyev.edges[0].node.id).toBe(IDS.mediateSaid);
  });

  it('answers from one Cypher statement', async () => {
    h.statements.length = 0;
    await feed({ entity: 'country:KZ', first: 5 });
    expect(h.statements).toHaveLength(1);
  });

  it('refuses a made-up cursor, a bad language tag and an unknown entity, naming the argument', async () => {
    const cursor = await h.gql(FEED, { entity: 'country:KZ', after: 'bm90LWEtY3Vyc29y' });
    expect(cursor.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const language = await h.gql(FEED, { entity: 'country:KZ', language: 'English' });
    expect(language.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    const missing = await h.gql(FEED, { entity: 'country:XX' });
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'entity' });
  });
});

const MATRIX = `query Matrix($toward: ID, $actors: [ID!]) {
  stanceMatrix(toward: $toward, actors: $actors) {
    toward { id }
    stances { code label }
    rows {
      actor { id name }
      statementCount
      cells { stance statementCount holdings { general statementCount since { value } latest { value } statements { id }
        position { id modality condition toward { id } } } }
    }
  }
}`;

describe('the stance matrix', () => {
  it("shows Kazakhstan's conditional offer to host talks on the 2026 conflict with its condition, dates and statements", async () => {
    const { stanceMatrix } = await h.data(MATRIX, { toward: 'conflict:middle-east-2026' });
    expect(stanceMatrix.toward).toEqual({ id: 'conflict:middle-east-2026' });
    const kz = stanceMatrix.rows.find((r: any) => r.actor.id === 'country:KZ');
    const column = stanceMatrix.stances.findIndex((s: any) => s.code === 'OFFER_TO_HOST_TALKS');
    const [offer] = kz.cells[column].holdings;
    expect(offer.position).toMatchObject({ id: KZ_OFFER, modality: 'CONDITIONAL', condition: 'If the parties request it' });
    expect(offer).toMatchObject({ general: false, statementCount: 1, since: { value: '2026-03-03' }, latest: { value: '2026-03-03' } });
    expect(offer.statements).toEqual([{ id: 'statement:kz-briefing-2026-03-03/platform-if-requested' }]);
    // Each row has a cell for each column; the 2013 offer toward Iran's programme is not in this matrix.
    for (const row of stanceMatrix.rows) expect(row.cells.map((c: any) => c.stance)).toEqual(stanceMatrix.stances.map((s: any) => s.code));
    expect(kz.cells.flatMap((c: any) => c.holdings).map((x: any) => x.position.id)).not.toContain('position:kz/offer-to-host/iran-nuclear-2013');
  });

  it('counts a translation once and holds non-interference as a general principle, now and as a future commitment', async () => {
    const { stanceMatrix } = await h.data(MATRIX, { toward: 'conflict:middle-east-2026' });
    const kz = stanceMatrix.rows.find((r: any) => r.actor.id === 'country:KZ');
    const sides = kz.cells.find((c: any) => c.stance === 'NOT_TAKING_SIDES').holdings[0];
    expect(sides.statementCount).toBe(2);
    const nonInterference = kz.cells.find((c: any) => c.stance === 'NON_INTERFERENCE').holdings;
    expect(nonInterference.map((x: any) => [x.position.modality, x.general]).sort()).toEqual([['ASSERTED', true], ['FUTURE', true]]);
  });

  it('lays out chosen actors, with empty cells where one holds nothing', async () => {
    const { stanceMatrix } = await h.data(MATRIX, { toward: IDS.dispute, actors: ['country:KZ'] });
    const actors = stanceMatrix.rows.map((r: any) => r.actor.id);
    expect(actors).toEqual(expect.arrayContaining(['country:IS', 'country:KZ']));
    const iceland = stanceMatrix.rows.find((r: any) => r.actor.id === 'country:IS');
    const offer = iceland.cells.find((c: any) => c.stance === 'OFFER_TO_HOST_TALKS').holdings[0];
    expect(offer.position).toMatchObject({ modality: 'CONDITIONAL', condition: 'if both parties ask' });
    const kz = stanceMatrix.rows.find((r: any) => r.actor.id === 'country:KZ');
    expect(kz.cells.find((c: any) => c.stance === 'OFFER_TO_MEDIATE').holdings).toEqual([]);
  });

  it('answers from one Cypher statement, and asks for a conflict or actors', async () => {
    h.statements.length = 0;
    await h.data(MATRIX, { toward: 'conflict:middle-east-2026' });
    expect(h.statements).toHaveLength(1);
    const none = await h.gql(MATRIX, {});
    expect(none.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toward' });
    const wrong = await h.gql(MATRIX, { actors: ['conflict:middle-east-2026'] });
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actors[0]' });
  });
});

describe('the graph overview', () => {
  it('gives the size of the graph, the newest statements and the conflicts most statements bear on', async () => {
    const { graphOverview } = await h.data(`{ graphOverview(top: 3) {
      counts { kind count } recentStatements { id date { value } }
      topConflicts { entity { id } statementCount statementCountIsLowerBound latest { value } }
      topProcesses { entity { id } statementCount statementCountIsLowerBound rounds } } }`);
    const [{ statements }] = await h.db.read((tx) => tx.run('MATCH (s:Statement) RETURN count(s) AS statements'));
    expect(graphOverview.counts.find((c: any) => c.kind === 'Statement').count).toBe(statements);
    const counts = graphOverview.counts.map((c: any) => c.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(graphOverview.recentStatements).toHaveLength(3);
    const dates = graphOverview.recentStatements.map((s: any) => s.date.value);
    expect([...dates].sort().reverse()).toEqual(dates);
    const [{ newest }] = await h.db.read((tx) => tx.run('MATCH (s:Statement) RETURN max(s.date) AS newest'));
    expect(dates[0]).toBe(newest);
    const middleEast = graphOverview.topConflicts.find((c: any) => c.entity.id === 'conflict:middle-east-2026');
    const [{ about }] = await h.db.read((tx) =>
      tx.run(`MATCH (c:Conflict {id: 'conflict:middle-east-2026'}) RETURN COUNT { MATCH (s:Statement) WHERE (s)-[:ABOUT]->(c)
        OR (s)-[:EXPRESSES]->(:Position)-[:TOWARD]->(c) } AS about`),
    );
    expect(middleEast.statementCount).toBe(about);
    expect(middleEast.statementCountIsLowerBound).toBe(false);
    expect(middleEast.latest).toEqual({ value: '2026-03-03' });
    const almaty = graphOverview.topProcesses.find((p: any) => p.entity.id === 'process:iran-p5-plus-1-2013');
    expect(almaty.rounds).toBeGreaterThan(0);
    expect(almaty.statementCountIsLowerBound).toBe(false);

    // Past the bound a count is not read statement by statement: it says it is a lower bound, and is one.
    const bounded = await h.db.read((tx) => overviewOf(tx, 20, 0));
    const middleEastBounded = bounded.topConflicts.find((c: any) => c.entity.id === 'conflict:middle-east-2026');
    expect(middleEastBounded.statementCountIsLowerBound).toBe(true);
    expect(middleEastBounded.statementCount).toBeGreaterThan(0);
    expect(middleEastBounded.statementCount).toBeLessThanOrEqual(about);
    // The process's one statement is on the conflict it concerns: reached through that conflict's figure.
    const almatyBounded = bounded.topProcesses.find((p: any) => p.entity.id === 'process:iran-p5-plus-1-2013');
    expect(almatyBounded).toMatchObject({ statementCount: almaty.statementCount, statementCountIsLowerBound: true });
  });
});
