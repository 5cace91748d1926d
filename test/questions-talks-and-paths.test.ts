import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../src/importer/importRecords.js';
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

const TALKS = `process { id name concerns { id } }
  roles { participationId role round { id name } ledBy { id } evidence { source { id } note } }
  rounds { id label start { value } end { value } venue { id } venueName outcome participants { actor { id } role ledBy { name } } evidence { source { id } } }
  otherParticipants { actor { id name } role ledBy { name } }`;

describe('mediation record', () => {
  it('records Kazakhstan as HOST of both Almaty rounds of the Iran talks, never as mediator, with the other parties', async () => {
    const data = await h.data(`{ mediationRecord(actor: "country:KZ") { totalCount edges { node { ${TALKS} } } } }`);
    const iran = data.mediationRecord.edges.find((e: any) => e.node.process.id === 'process:iran-p5-plus-1-2013').node;
    expect(iran.roles.map((r: any) => [r.role, r.round.id])).toEqual([
      ['HOST', 'round:iran-p5-plus-1-2013/almaty-1'],
      ['HOST', 'round:iran-p5-plus-1-2013/almaty-2'],
    ]);
    expect(iran.roles[0].evidence.map((e: any) => e.note)).toContain('The Astana Times 2013 report gives Kazakhstan’s role as host country only, not a party or mediator.');
    expect(iran.rounds.map((r: any) => [r.start.value, r.venueName, r.outcome])).toEqual([
      ['2013-02-26', 'Almaty', null],
      ['2013-04-05', 'Almaty', 'Ended without practical results.'],
    ]);
    // The sources name the delegation leaders for the two Almaty rounds only, so they lead there, not in Geneva.
    expect(iran.otherParticipants.map((p: any) => [p.actor.id, p.role, p.ledBy?.name ?? null])).toEqual([
      ['country:IR', 'PARTY', null],
      ['org:p5-plus-1', 'PARTY', null],
    ]);
    for (const round of iran.rounds) {
      expect(round.participants.map((p: any) => [p.actor.id, p.role, p.ledBy?.name ?? null]).sort()).toEqual([
        ['country:IR', 'PARTY', 'Saeed Jalili'],
        ['country:KZ', 'HOST', null],
        ['country:US', 'PARTY', 'Wendy Sherman'],
        ['org:p5-plus-1', 'PARTY', 'Catherine Ashton'],
      ]);
    }
    const mediated = await h.data(`{ mediationRecord(actor: "country:KZ", role: MEDIATOR) { totalCount } }`);
    expect(mediated.mediationRecord.totalCount).toBe(0);
  });

  it('lists every round of the Astana format, where Kazakhstan hosts the whole process, with the guarantors', async () => {
    const data = await h.data(`{ mediationRecord(actor: "country:KZ", role: HOST) { edges { node { ${TALKS} } } } }`);
    const astana = data.mediationRecord.edges.find((e: any) => e.node.process.id === 'process:astana-format-syria').node;
    expect(astana.roles.map((r: any) => [r.role, r.round])).toEqual([['HOST', null]]);
    expect(astana.rounds.map((r: any) => r.id)).toEqual([
      'round:astana-format-syria/1',
      'round:astana-format-syria/2017-05-04-memorandum',
      'round:astana-format-syria/22',
    ]);
    const r22 = astana.rounds[2];
    expect(r22.participants.map((p: any) => p.role)).toEqual(['GUARANTOR', 'GUARANTOR', 'GUARANTOR']);
    expect(astana.otherParticipants.map((p: any) => p.role)).toEqual(['GUARANTOR', 'GUARANTOR', 'GUARANTOR', 'OBSERVER']);
  });

  it("tells a synthetic country's roles apart, host of one round and mediator of the next, venue named as it was then", async () => {
    const data = await h.data(`{ mediationRecord(actor: "country:IS") { edges { node { ${TALKS} } } } }`);
    const [talks] = data.mediationRecord.edges.map((e: any) => e.node);
    expect(talks.roles.map((r: any) => [r.role, r.round.id, r.ledBy?.id ?? null])).toEqual([
      ['HOST', IDS.round1, null],
      ['MEDIATOR', IDS.round2, IDS.kaliyev],
    ]);
    expect(talks.rounds.map((r: any) => [r.venueName, r.outcome])).toEqual([
      ['Old Harbour', null],
      ['New Harbour', 'Agreed to meet again.'],
    ]);
    expect(talks.otherParticipants.map((p: any) => [p.actor.id, p.role])).toEqual([
      ['country:LI', 'OBSERVER'],
      ['country:MT', 'PARTY'],
      ['country:NR', 'PARTY'],
    ]);
    const mediator = await h.data(`{ mediationRecord(actor: "country:IS", role: MEDIATOR) { edges { node { roles { role } rounds { id } } } } }`);
    expect(mediator.mediationRecord.edges[0].node).toEqual({ roles: [{ role: 'MEDIATOR' }], rounds: [{ id: IDS.round2 }] });
  });

  it('pages from the last process seen: talks recorded between two pages neither repeat one nor shift the next', async () => {
    const page = async (after: string | null) =>
      (await h.data(`query ($after: String) { mediationRecord(actor: "country:KZ", first: 1, after: $after) {
        totalCount totalCountIsLowerBound pageInfo { hasNextPage endCursor } edges { node { process { id } } } } }`, { after })).mediationRecord;
    const first = await page(null);
    expect(first.edges.map((e: any) => e.node.process.id)).toEqual(['process:iran-p5-plus-1-2013']);
    const earlier = 'process:test-q-between-earlier-talks';
    const cited = [{ source: 'source:test-q-bulletin' }];
    // Earlier than the page already read: counted from the start, the next page would show the Iran talks again.
    await writtenBetweenPages(
      [
        { type: 'NegotiationProcess', id: earlier, name: 'Earlier talks (test)', start: '2001-05-01', citations: cited },
        { type: 'Participation', id: 'participation:test-q-between/KZ', role: 'HOST', actor: 'country:KZ', process: earlier, citations: cited },
      ],
      async () => {
        const second = await page(first.pageInfo.endCursor);
        expect(second.edges.map((e: any) => e.node.process.id)).toEqual(['process:astana-format-syria']);
        expect(second).toMatchObject({ totalCount: 3, totalCountIsLowerBound: false, pageInfo: { hasNextPage: false } });
        expect((await page(null)).edges[0].node.process.id).toBe(earlier);
      },
    );
    const refused = await h.gql(`{ mediationRecord(actor: "country:KZ", after: "${OFFSET_CURSOR}") { totalCount } }`);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('third parties in talks', () => {
  it('answers "which countries hosted or mediated talks involving Iran": Kazakhstan, as host', async () => {
    const data = await h.data(`{ thirdPartiesInTalks(involving: "country:IR", roles: [HOST, MEDIATOR], kind: "Country") {
      edges { node { actor { id } role process { id } round { id venueName } involvedAs { actor { id } role } evidence { source { id } } } } } }`);
    const rows = data.thirdPartiesInTalks.edges.map((e: any) => e.node);
    expect(rows.map((r: any) => [r.actor.id, r.role, r.process.id, r.round?.venueName ?? null])).toEqual([
      ['country:KZ', 'HOST', 'process:iran-p5-plus-1-2013', 'Almaty'],
      ['country:KZ', 'HOST', 'process:iran-p5-plus-1-2013', 'Almaty'],
      ['country:KZ', 'HOST', 'process:astana-format-syria', null],
    ]);
    // Hosting one Almaty round: Iran is a party to the whole process and to that round.
    expect(rows[0].involvedAs).toEqual([
      { actor: { id: 'country:IR' }, role: 'PARTY' },
      { actor: { id: 'country:IR' }, role: 'PARTY' },
    ]);
    expect(rows[2].involvedAs.map((p: any) => p.role)).toEqual(['GUARANTOR', 'GUARANTOR']);
  });

  it('names every role but PARTY by default, and reaches talks through the groups an actor belongs to', async () => {
    const all = await h.data(`{ thirdPartiesInTalks(involving: "country:IR") { edges { node { actor { id } role } } } }`);
    const roles = new Set(all.thirdPartiesInTalks.edges.map((e: any) => e.node.role));
    expect(roles).toEqual(new Set(['HOST', 'GUARANTOR', 'OBSERVER']));
    const viaGroup = await h.data(`{ thirdPartiesInTalks(involving: "country:RU", roles: [HOST]) { edges { node { process { id } involvedAs { actor { id } } } } } }`);
    const iranTalks = viaGroup.thirdPartiesInTalks.edges.find((e: any) => e.node.process.id === 'process:iran-p5-plus-1-2013');
    expect(new Set(iranTalks.node.involvedAs.map((p: any) => p.actor.id))).toEqual(new Set(['org:p5-plus-1']));
  });

  it('finds the synthetic host and mediator of talks involving Malta', async () => {
    const data = await h.data(`{ thirdPartiesInTalks(involving: "country:MT", roles: [HOST, MEDIATOR]) { edges { node { actor { id } role round { id } } } } }`);
    expect(data.thirdPartiesInTalks.edges.map((e: any) => [e.node.actor.id, e.node.role, e.node.round.id])).toEqual([
      ['country:IS', 'HOST', IDS.round1],
      ['country:IS', 'MEDIATOR', IDS.round2],
    ]);
  });
});

const PATHS = `from { id } to { id } maxLength paths { length nodes { id kind name } steps { from { id } to { id } type label forward fact { id kind }
  evidence { source { id } span { start end } excerpt } } }`;

describe('connections', () => {
  it('connects Alibek Bakayev to Iran through his statement that mentions it, citing the article', async () => {
    const data = await h.data(`{ connections(from: "person:alibek-bakayev", to: "country:IR") { ${PATHS} } }`);
    const paths = data.connections.paths;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p: any) => p.length === 2)).toBe(true);
    const viaQuote = paths.find((p: any) => p.nodes[1].id === 'statement:kz-briefing-2026-03-03/not-taking-sides');
    expect(viaQuote.steps.map((s: any) => [s.type, s.forward])).toEqual([
      ['SPOKEN_BY', false],
      ['MENTIONS', true],
    ]);
    expect(viaQuote.steps[1].label).toMatch(/^We are not taking sides.* mentions Islamic Republic of Iran$/);
    for (const step of viaQuote.steps) {
      expect(step.fact.id).toBe('statement:kz-briefing-2026-03-03/not-taking-sides');
      expect(step.evidence.map((e: any) => e.source.id)).toContain('source:astana-times-2026-03-03-kz-neutral-stance');
      expect(step.evidence[0].excerpt).toMatch(/^We are not taking sides/);
    }
  });

  it('connects Kazakhstan to the Syrian conflict through its hosting of the Astana format', async () => {
    const data = await h.data(`{ connections(from: "country:KZ", to: "conflict:syria") { ${PATHS} } }`);
    expect(data.connections.paths.map((p: any) => p.nodes.map((n: any) => n.id))).toEqual([
      ['country:KZ', 'participation:astana-format-syria/KZ-host', 'process:astana-format-syria', 'conflict:syria'],
    ]);
    expect(data.connections.paths[0].nodes[1]).toEqual({ id: 'participation:astana-format-syria/KZ-host', kind: 'Participation', name: 'Kazakhstan as HOST' });
  });

  it('finds no path shorter than the bound, and a longer one when allowed', async () => {
    const near = await h.data(`{ connections(from: "country:KZ", to: "country:SY", maxLength: 3) { maxLength paths { length } } }`);
    expect(near.connections).toEqual({ maxLength: 3, paths: [] });
    const far = await h.data(`{ connections(from: "country:KZ", to: "country:SY", maxLength: 6, first: 2) { paths { length } } }`);
    expect(far.connections.paths.map((p: any) => p.length)).toEqual([5, 5]);
  });

  it('connects a synthetic minister to the country his quote names, never through a source', async () => {
    const data = await h.data(`{ connections(from: "${IDS.kaliyev}", to: "country:NR") { ${PATHS} } }`);
    expect(data.connections.paths.map((p: any) => p.nodes.map((n: any) => n.id))).toEqual([[IDS.kaliyev, IDS.hostQuote, 'country:NR']]);
    const step = data.connections.paths[0].steps[1];
    expect(step.evidence[0].excerpt).toBe('Iceland will host talks between Malta and Nauru if both parties ask.');
    const all = await h.data(`{ connections(from: "${IDS.kaliyev}", to: "${IDS.dispute}", maxLength: 6, first: 25) { paths { nodes { kind } } } }`);
    expect(all.connections.paths.flatMap((p: any) => p.nodes.map((n: any) => n.kind))).not.toContain('Source');
  });
});

/** Records written between two page requests, taken out again so the next test sees the question world. */
async function writtenBetweenPages(records: unknown[], run: () => Promise<void>) {
  const summary = await importRecords(h.db, records, { actor: 'test' });
  expect(summary.refused).toEqual([]);
  try {
    await run();
  } finally {
    await h.db.write((tx) => tx.run(`MATCH (n:Entity) WHERE n.id CONTAINS 'test-q-between' DETACH DELETE n`));
  }
}

const OFFSET_CURSOR = Buffer.from('offset:0').toString('base64url');

const GRAPH = `center { id kind label depth } totalNodes truncated pageInfo { hasNextPage endCursor }
  nodes { id kind label depth } edges { id source target type label qualifier factId modality conditional condition }`;

describe('neighbourhood', () => {
  it('draws Kazakhstan with its roles in talks as HOST edges and its conditional offer flagged', async () => {
    const data = await h.data(`{ neighbourhood(id: "country:KZ") { ${GRAPH} } }`);
    const g = data.neighbourhood;
    expect(g.center).toEqual({ id: 'country:KZ', kind: 'Country', label: 'Kazakhstan', depth: 0 });
    const hosting = g.edges.filter((e: any) => e.type === 'PARTICIPATES_IN');
    expect(hosting.map((e: any) => [e.target, e.label, e.factId]).sort()).toEqual([
      ['process:astana-format-syria', 'HOST', 'participation:astana-format-syria/KZ-host'],
      ['round:iran-p5-plus-1-2013/almaty-1', 'HOST', 'participation:iran-p5-plus-1-2013/almaty-1/KZ-host'],
      ['round:iran-p5-plus-1-2013/almaty-2', 'HOST', 'participation:iran-p5-plus-1-2013/almaty-2/KZ-host'],
    ]);
    const offer = g.edges.find((e: any) => e.source === 'position:kz/offer-to-host/middle-east-2026');
    expect(offer).toMatchObject({ type: 'HELD_BY', target: 'country:KZ', modality: 'CONDITIONAL', conditional: true, condition: 'If the parties request it' });
    expect(g.nodes.map((n: any) => n.kind)).not.toContain('Participation');
    expect(g.nodes.map((n: any) => n.kind)).not.toContain('Source');
    expect(g.nodes[0]).toEqual(g.center);
    expect(g.nodes.slice(1).every((n: any) => n.depth === 1)).toBe(true);
    expect(g.totalNodes).toBe(g.nodes.length);
  });

  it('keeps statements and stances as nodes: person → statement → stance → conflict at depth 2', async () => {
    const data = await h.data(`{ neighbourhood(id: "person:alibek-bakayev", depth: 2, limit: 500) { ${GRAPH} } }`);
    const g = data.neighbourhood;
    const depthOf = Object.fromEntries(g.nodes.map((n: any) => [n.id, n.depth]));
    expect(depthOf['statement:kz-briefing-2026-03-03/platform-if-requested']).toBe(1);
    expect(depthOf['position:kz/offer-to-host/middle-east-2026']).toBe(2);
    const expresses = g.edges.find((e: any) => e.type === 'EXPRESSES' && e.target === 'position:kz/offer-to-host/middle-east-2026');
    expect(expresses).toMatchObject({ source: 'statement:kz-briefing-2026-03-03/platform-if-requested', conditional: true });
    const office = g.edges.find((e: any) => e.type === 'HOLDS_OFFICE');
    expect(office).toMatchObject({ source: 'person:alibek-bakayev', target: 'org:kz-mfa', label: 'Deputy Minister of Foreign Affairs' });
  });

  it('pages nodes so that the pages together draw each node and edge once', async () => {
    const whole = await h.data(`{ neighbourhood(id: "country:KZ", depth: 2, limit: 500) { ${GRAPH} } }`);
    const nodes: string[] = [];
    const edges: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const data: any = await h.data(`query ($after: String) { neighbourhood(id: "country:KZ", depth: 2, limit: 7, after: $after) { ${GRAPH} } }`, { after });
      nodes.push(...data.neighbourhood.nodes.map((n: any) => n.id));
      edges.push(...data.neighbourhood.edges.map((e: any) => e.id));
      if (!data.neighbourhood.pageInfo.hasNextPage) break;
      after = data.neighbourhood.pageInfo.endCursor;
    }
    expect(nodes).toEqual(whole.neighbourhood.nodes.map((n: any) => n.id));
    expect(edges.sort()).toEqual(whole.neighbourhood.edges.map((e: any) => e.id).sort());
    expect(new Set(edges).size).toBe(edges.length);
  });

  it('pages from the last node seen: a neighbour recorded between two pages neither repeats a node nor hides one after the cursor', async () => {
    const page = async (after: string | null) =>
      (await h.data(`query ($after: String) { neighbourhood(id: "country:IS", limit: 3, after: $after) {
        totalNodes totalNodesIsLowerBound nodes { id kind depth } pageInfo { hasNextPage endCursor } } }`, { after })).neighbourhood;
    const whole = (await h.data(`{ neighbourhood(id: "country:IS", limit: 500) { totalNodesIsLowerBound nodes { id } } }`)).neighbourhood;
    expect(whole.totalNodesIsLowerBound).toBe(false);
    const first = await page(null);
    // The conflict recorded next sorts among the depth-1 nodes before this page's last one.
    expect(first.nodes.at(-1)).toMatchObject({ depth: 1, kind: expect.stringMatching(/^(?!Conflict)[C-Z]/) });
    const conflict = 'conflict:test-q-between-early';
    const cited = [{ source: 'source:test-q-bulletin' }];
    await writtenBetweenPages(
      [
        { type: 'Conflict', id: conflict, name: 'An early dispute (test)', kind: 'DISPUTE', citations: cited },
        { type: 'Involvement', id: 'involvement:test-q-between/IS', actor: 'country:IS', conflict, role: 'PARTY', citations: cited },
      ],
      async () => {
        const ids: string[] = first.nodes.map((n: any) => n.id);
        let after = first.pageInfo.endCursor;
        for (let i = 0; i < 50 && after; i++) {
          const next = await page(after);
          ids.push(...next.nodes.map((n: any) => n.id));
          after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
        }
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toEqual(whole.nodes.map((n: any) => n.id));
      },
    );
    const refused = await h.gql(`{ neighbourhood(id: "country:IS", after: "${OFFSET_CURSOR}") { totalNodes } }`);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it("labels a synthetic country's edges HOST and MEDIATOR, and collapses its memberships and offices the same way", async () => {
    const data = await h.data(`{ neighbourhood(id: "country:IS") { ${GRAPH} } }`);
    const roles = data.neighbourhood.edges.filter((e: any) => e.type === 'PARTICIPATES_IN').map((e: any) => [e.target, e.label]);
    expect(roles.sort()).toEqual([
      [IDS.round1, 'HOST'],
      [IDS.round2, 'MEDIATOR'],
    ]);
    const person = await h.data(`{ neighbourhood(id: "${IDS.kaliyev}") { edges { type source target label } } }`);
    const byLabel = (a: any, b: any) => a.label.localeCompare(b.label);
    expect(person.neighbourhood.edges.filter((e: any) => e.type !== 'SPOKEN_BY').sort(byLabel)).toEqual([
      { type: 'LED_DELEGATION', source: IDS.kaliyev, target: IDS.round2, label: 'led the delegation (MEDIATOR)' },
      { type: 'HOLDS_OFFICE', source: IDS.kaliyev, target: IDS.mfa, label: 'Minister for Foreign Affairs' },
      { type: 'HOLDS_OFFICE', source: IDS.kaliyev, target: IDS.mfa, label: 'Special Envoy' },
    ]);
  });
});
