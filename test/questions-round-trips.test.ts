import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_WARM_UPS, QUESTION_NAMES } from '../src/data/read/questions/registry.js';
import { warmQuestionPlans } from '../src/data/read/questions/warmUp.js';
import { QUESTION_DOCUMENTS } from './support/questionDocuments.js';
import { startHarness, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  // Cold plans of the question statements take seconds on a loaded machine; the default timeout is for production.
  h = await startHarness({ NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
});
afterAll(() => h.close());

describe('one round trip per question', () => {
  it('asks every question the server answers', () => {
    expect(Object.keys(QUESTION_DOCUMENTS).sort()).toEqual([...QUESTION_NAMES].sort());
  });

  it.each(Object.entries(QUESTION_DOCUMENTS))('%s reaches Neo4j with exactly one statement, whatever is selected', async (name, query) => {
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
    expect(new Set(h.statements).size).toBe(QUESTION_NAMES.length);
    // The explorer's opening reads once more for each length of identifier and set of filters Neo4j plans apart.
    expect(h.statements).toHaveLength(PLAN_WARM_UPS.length);
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
    ['a source where what a stance is toward is needed', 'stanceHolders(stance: NON_ALIGNMENT, toward: "source:envoy-background-notes") { totalCount }', 'BAD_USER_INPUT', 'toward'],
    ['an actor where a conflict is needed', 'stanceTimeline(actor: "country:KZ", toward: "country:IR") { totalCount }', 'BAD_USER_INPUT', 'toward'],
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
