import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_PLANS, warmQuestionPlans } from '../src/data/read/questions/warmUp.js';
import { startHarness, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  // Cold plans of the question statements take seconds on a loaded machine; the default timeout is for production.
  h = await startHarness({ NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
});
afterAll(() => h.close());

const REF = 'id kind name';
const EVIDENCE = `evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note }`;
const SUMMARY = `id stance stanceLabel modality condition holder { ${REF} } toward { ${REF} }`;
const STATEMENT = `id kind text language date { value precision } context speaker { ${REF} } onBehalfOf { ${REF} }
  speakerOffices { id title organization { ${REF} } country { ${REF} } start { value } end { value } }
  occasion { id name kind date { value } place { ${REF} } } about { ${REF} } mentions { ${REF} } expresses { ${SUMMARY} }
  renderings { id kind language text ${EVIDENCE} } ${EVIDENCE}`;
const HELD = `id stance stanceLabel modality condition conditionMet conditionStatusDate { value } holder { ${REF} } toward { ${REF} }
  since { value } until { value } presentedAsUnchanged standing reaffirms { ${SUMMARY} } reaffirmedBy { ${SUMMARY} }
  supersedes { ${SUMMARY} } supersededBy { ${SUMMARY} } expressedBy { ${STATEMENT} } ${EVIDENCE}`;
const PARTICIPANT = `participationId actor { ${REF} } role round { ${REF} } ledBy { ${REF} } ${EVIDENCE}`;
const ROUND = `id ordinal label start { value } end { value } venue { ${REF} } venueName outcome participants { ${PARTICIPANT} } ${EVIDENCE}`;
const PROCESS = `id name start { value } end { value } concerns { ${REF} }`;
const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** Each question with everything it can answer selected. */
const QUESTIONS: Record<string, string> = {
  whoSaidWhat: `whoSaidWhat(by: "country:KZ", about: "conflict:middle-east-2026", from: "2026", to: "2026-03-03", first: 20) { ${PAGE} edges { cursor node { ${STATEMENT} } } }`,
  stanceHolders: `stanceHolders(stance: OFFER_TO_HOST_TALKS, toward: "conflict:middle-east-2026", asOf: "2026-03") { ${PAGE} edges { node { ${HELD} } } }`,
  stancesOf: `stancesOf(actor: "country:KZ", first: 50) { ${PAGE} edges { node { ${HELD} } } }`,
  stanceTimeline: `stanceTimeline(actor: "country:KZ", first: 50) { ${PAGE} edges { node { date { value precision } kind stance { ${SUMMARY} }
    previous { ${SUMMARY} } presentedAsUnchanged statement { ${STATEMENT} } ${EVIDENCE} } } }`,
  mediationRecord: `mediationRecord(actor: "country:KZ") { ${PAGE} edges { node { process { ${PROCESS} } roles { ${PARTICIPANT} }
    rounds { ${ROUND} } otherParticipants { ${PARTICIPANT} } } } }`,
  thirdPartiesInTalks: `thirdPartiesInTalks(involving: "country:IR", roles: [HOST, MEDIATOR, GUARANTOR]) { ${PAGE} edges { node { actor { ${REF} } role
    process { ${PROCESS} } round { ${ROUND} } involvedAs { ${PARTICIPANT} } ${EVIDENCE} } } }`,
  connections: `connections(from: "person:alibek-bakayev", to: "country:IR", maxLength: 6, first: 25) { from { ${REF} } to { ${REF} } maxLength
    paths { length nodes { ${REF} } steps { from { ${REF} } to { ${REF} } type label forward fact { ${REF} } ${EVIDENCE} } } }`,
  neighbourhood: `neighbourhood(id: "country:KZ", depth: 2, limit: 500) { center { id kind label depth } totalNodes truncated
    pageInfo { hasNextPage endCursor } nodes { id kind label depth } edges { id source target type label qualifier factId modality conditional condition } }`,
  sharedStances: `sharedStances(toward: "conflict:middle-east-2026", asOf: "2026-03-03") { ${PAGE} edges { node { stance stanceLabel toward { ${REF} } holders { ${HELD} } } } }`,
  compareStances: `compareStances(first: "country:KZ", second: "country:IR", asOf: "2026-03-03") { first { ${REF} } second { ${REF} }
    rows { stance stanceLabel toward { ${REF} } agreement first { ${HELD} } second { ${HELD} } } }`,
  evacuationRecord: `evacuationRecord(actor: "country:KZ", from: "2026") { actor { ${REF} } totalsByDate { date { value } countUnit status total movements movementsWithoutCount }
    operations { id name conflict { ${REF} } priorityGroups totalsByDate { total } ${EVIDENCE}
      movements { id description count countUnit date { value } status reportedOn { value } transitCountries { ${REF} }
        legs { sequence mode from { ${REF} } to { ${REF} } via { ${REF} } carrier { ${REF} } note } ${EVIDENCE} } } }`,
  search: `search(text: "Бақаев", kinds: ["Person", "Statement"], first: 50) { ${PAGE} edges { node { entity { ${REF} } matchedField matchedText language score } } }`,
  statementFeed: `statementFeed(entity: "country:KZ", stance: NOT_TAKING_SIDES, conflict: "conflict:middle-east-2026", kind: QUOTE, language: "en", from: "2026",
    to: "2026-03-03", first: 50) { entity { ${REF} } ${PAGE}
    facets { stances { value label count } conflicts { value label count } kinds { value label count } languages { value label count } }
    edges { cursor node { ${STATEMENT} } } }`,
  stanceMatrix: `stanceMatrix(toward: "conflict:middle-east-2026", actors: ["country:IR"]) { toward { ${REF} } stances { code label }
    rows { actor { ${REF} } statementCount cells { stance statementCount holdings { position { ${SUMMARY} } general statementCount
      since { value precision } latest { value precision } statements { ${REF} } } } } }`,
  graphOverview: `graphOverview(top: 20) { counts { kind count } recentStatements { ${STATEMENT} }
    topConflicts { entity { ${REF} } statementCount latest { value } rounds } topProcesses { entity { ${REF} } statementCount latest { value } rounds } }`,
};

describe('one round trip per question', () => {
  it.each(Object.entries(QUESTIONS))('%s reaches Neo4j with exactly one statement, whatever is selected', async (name, query) => {
    h.statements.length = 0;
    const data = await h.data(`{ ${query} }`);
    expect(data[name]).toBeTruthy();
    expect(h.statements).toHaveLength(1);
  });
});

describe('plans made at start', () => {
  it('asks every question, one statement each, about identifiers that name nothing', async () => {
    h.statements.length = 0;
    await warmQuestionPlans(h.db);
    expect(new Set(h.statements).size).toBe(Object.keys(QUESTIONS).length);
    // The explorer's opening reads once more for each length of identifier and set of filters Neo4j plans apart.
    expect(h.statements).toHaveLength(QUESTION_PLANS.length);
    expect(h.statements.length).toBeGreaterThan(new Set(h.statements).size);
  }, 300_000);
});

describe('arguments a question refuses', () => {
  const refusals: Array<[string, string, string, string]> = [
    ['a date that does not exist', 'whoSaidWhat(by: "country:KZ", from: "2026-02-30") { totalCount }', 'BAD_USER_INPUT', 'from'],
    ['a range that ends before it starts', 'whoSaidWhat(by: "country:KZ", from: "2026", to: "2025") { totalCount }', 'BAD_USER_INPUT', 'to'],
    ['an as-of date in another form', 'stancesOf(actor: "country:KZ", asOf: "3 March 2026") { totalCount }', 'BAD_USER_INPUT', 'asOf'],
    ['a page larger than the cap', 'stancesOf(actor: "country:KZ", first: 1000) { totalCount }', 'BAD_USER_INPUT', 'first'],
    ['a cursor the server never issued', 'stancesOf(actor: "country:KZ", after: "nonsense") { totalCount }', 'BAD_USER_INPUT', 'after'],
    ['a conflict where an actor is needed', 'stancesOf(actor: "conflict:syria") { totalCount }', 'BAD_USER_INPUT', 'actor'],
    ['an actor where a conflict is needed', 'stanceHolders(stance: NON_ALIGNMENT, toward: "country:KZ") { totalCount }', 'BAD_USER_INPUT', 'toward'],
    ['something that is not an identifier', 'whoSaidWhat(by: "Kazakhstan") { totalCount }', 'BAD_USER_INPUT', 'by'],
    ['an identifier that names nothing', 'mediationRecord(actor: "country:ZZ") { totalCount }', 'NOT_FOUND', 'actor'],
    ['a conflict that does not exist', 'stancesOf(actor: "country:KZ", toward: "conflict:none") { totalCount }', 'NOT_FOUND', 'toward'],
    ['paths longer than six steps', 'connections(from: "country:KZ", to: "country:IR", maxLength: 7) { maxLength }', 'BAD_USER_INPUT', 'maxLength'],
    ['a path from an entity to itself', 'connections(from: "country:KZ", to: "country:KZ") { maxLength }', 'BAD_USER_INPUT', 'to'],
    ['an end of a path that does not exist', 'connections(from: "country:KZ", to: "person:nobody") { maxLength }', 'NOT_FOUND', 'to'],
    ['a neighbourhood three steps deep', 'neighbourhood(id: "country:KZ", depth: 3) { totalNodes }', 'BAD_USER_INPUT', 'depth'],
    ['a graph page beyond 500 nodes', 'neighbourhood(id: "country:KZ", limit: 501) { totalNodes }', 'BAD_USER_INPUT', 'limit'],
    ['an actor compared with itself', 'compareStances(first: "country:KZ", second: "country:KZ") { rows { stance } }', 'BAD_USER_INPUT', 'second'],
    ['a search with nothing searchable', 'search(text: "*:* ()") { totalCount }', 'BAD_USER_INPUT', 'text'],
    ['a search kind the graph does not have', 'search(text: "Astana", kinds: ["Planet"]) { totalCount }', 'BAD_USER_INPUT', 'kinds'],
    ['a third-party kind that is not an actor', 'thirdPartiesInTalks(involving: "country:IR", kind: "Place") { totalCount }', 'BAD_USER_INPUT', 'kind'],
  ];

  it.each(refusals)('refuses %s, naming the argument', async (_what, query, code, field) => {
    h.statements.length = 0;
    const response = await h.gql(`{ ${query} }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code, field });
    expect(response.errors?.[0].message).toMatch(/\S.*\.$/);
    if (code === 'BAD_USER_INPUT') expect(h.statements).toEqual([]);
  });
});
