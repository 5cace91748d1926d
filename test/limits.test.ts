import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';

/** A client that takes GraphQL's own media type gets the status codes that say what went wrong. */
const GRAPHQL_RESPONSE = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: country(id: "country:KZ") { name }`).join(' ');
const nested = (depth: number): string =>
  depth === 0 ? 'id' : `positions { edges { node { holder { ... on Country { ${nested(depth - 1)} } } } } }`;

describe('limits on what one request may ask', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ GRAPHQL_MAX_ALIASES: '5', GRAPHQL_MAX_DEPTH: '8', GRAPHQL_MAX_COST: '5000', GRAPHQL_MAX_TOKENS: '400' });
  });
  afterAll(() => h.close());

  it('accepts a query within every limit', async () => {
    const data = await h.data(`{ ${aliases(5)} }`);
    expect(data.a4.name).toBe('Kazakhstan');
  });

  it('refuses too many aliases, saying the limit', async () => {
    h.statements.length = 0;
    const res = await h.gql(`{ ${aliases(6)} }`);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/Aliases limit of 5 exceeded/);
    expect(h.statements).toEqual([]);
  });

  it('refuses a query nested deeper than the limit', async () => {
    const res = await h.gql(`{ country(id: "country:KZ") { ${nested(3)} } }`);
    expect(res.errors?.[0].message).toMatch(/depth limit of 8 exceeded/);
  });

  it('refuses nested pages whose product exceeds the cost limit, reading first', async () => {
    const small = await h.gql('{ countries(first: 10) { edges { node { statements(first: 10) { totalCount } } } } }');
    expect(small.errors).toBeUndefined();
    const big = await h.gql('{ countries(first: 100) { edges { node { statements(first: 100) { edges { node { id } } } } } } }');
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 5000 });
    const res = await fetch(h.url, {
      method: 'POST',
      headers: GRAPHQL_RESPONSE,
      body: JSON.stringify({ query: '{ countries(first: 100) { edges { node { statements(first: 100) { totalCount } } } } }' }),
    });
    expect(res.status).toBe(400);
  });

  it('counts a page size given as a variable', async () => {
    const res = await h.gql(
      'query ($n: Int) { countries(first: $n) { edges { node { statements(first: $n) { edges { node { id } } } } } } }',
      { n: 100 },
    );
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('prices the same document anew for other variables, in either order', async () => {
    const query = 'query ($n: Int) { countries(first: $n) { edges { node { statements(first: $n) { edges { node { id } } } } } } }';
    const answers = [];
    for (const n of [2, 100, 2, 100]) answers.push((await h.gql(query, { n })).errors?.[0].extensions?.code ?? 'OK');
    expect(answers).toEqual(['OK', 'QUERY_TOO_COSTLY', 'OK', 'QUERY_TOO_COSTLY']);
  });

  it('refuses a document with more tokens than the limit, as a client error', async () => {
    const res = await fetch(h.url, {
      method: 'POST',
      headers: GRAPHQL_RESPONSE,
      body: JSON.stringify({ query: `{ __typename ${'__typename '.repeat(450)} }` }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toMatch(/more th\w+ 400 tokens/);
  });

  it('answers a syntax error with 400 and the place of the error, not a server error', async () => {
    const res = await fetch(h.url, { method: 'POST', headers: GRAPHQL_RESPONSE, body: JSON.stringify({ query: '{' }) });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toMatch(/Syntax Error/);
  });

  it('refuses batched requests', async () => {
    const res = await fetch(h.url, {
      method: 'POST',
      headers: GRAPHQL_RESPONSE,
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a request body over 1 MB', async () => {
    const res = await fetch(h.url, {
      method: 'POST',
      headers: GRAPHQL_RESPONSE,
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(res.status).toBe(413);
  });
});

describe('by default, whatever NODE_ENV says but development', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ NODE_ENV: 'production' });
  });
  afterAll(() => h.close());

  it('answers introspection, which the playground needs', async () => {
    const data = await h.data('{ __schema { queryType { name } } }');
    expect(data.__schema.queryType.name).toBe('Query');
  });

  it('does not suggest field names', async () => {
    const res = await h.gql('{ countrie { id } }');
    expect(res.errors?.[0].message).toMatch(/Cannot query field/);
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('sends no stack traces or file paths', async () => {
    const res = await h.gql('{ statements(first: 1000) { totalCount } }');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.ts:\d+|\/src\//);
  });
});

describe('under vitest (NODE_ENV=test), as on any machine that is not a developer\'s', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ NODE_ENV: 'test' });
  });
  afterAll(() => h.close());

  it('sends no stack traces and no suggestions either', async () => {
    const bad = await h.gql('{ statements(first: 1000) { totalCount } }');
    expect(JSON.stringify(bad)).not.toMatch(/stacktrace|\.ts:\d+|\/src\//);
    const typo = await h.gql('{ countrie { id } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});

describe('with NODE_ENV=development', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ NODE_ENV: 'development' });
  });
  afterAll(() => h.close());

  it('suggests field names and shows where an error was raised', async () => {
    const typo = await h.gql('{ countrie { id } }');
    expect(typo.errors?.[0].message).toMatch(/Did you mean "countries"/);
    const bad = await h.gql('{ statements(first: 1000) { totalCount } }');
    expect(bad.errors?.[0].extensions?.stacktrace?.length).toBeGreaterThan(0);
  });
});

describe('with INTROSPECTION=off', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ INTROSPECTION: 'off' });
  });
  afterAll(() => h.close());

  it('refuses introspection', async () => {
    const res = await h.gql('{ __schema { types { name } } }');
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });
});
