import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, loadConfig } from '../src/config.js';
import { editorToken, graphState, namespace, removeNamespace } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

const ns = namespace('auth');
const person = (name: string) => ({ id: `person:${ns}-${name}`, name: `Person ${name}` });
const WRITE = 'mutation ($input: PersonInput!) { upsertPerson(input: $input) { outcome person { id } } }';

/** The token `npm run token -- NAME` prints, and the EDITOR_TOKENS entry it prints with it. */
function issueToken(name: string): { token: string; entry: string; output: string } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'src/auth/tokenCli.ts', name], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  const token = /Bearer (\S+)/.exec(output)![1];
  const entry = new RegExp(`^\\s+(${name}:[0-9a-f]{64})$`, 'm').exec(output)![1];
  return { token, entry, output };
}

const issued = issueToken('nurlan');
const other = editorToken('someone-else');
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: `${issued.entry},${other.entry}` });
});

afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

async function refusedWrite(headers: Record<string, string>) {
  const before = await graphState(h.db);
  const response = await h.gql(WRITE, { input: person('refused') }, headers);
  expect(response.data?.upsertPerson ?? null).toBeNull();
  expect(await graphState(h.db)).toEqual(before);
  return response.errors![0];
}

describe('who may write', () => {
  it('refuses a write without a token as UNAUTHENTICATED, and writes nothing', async () => {
    const error = await refusedWrite({});
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/Authorization: Bearer <token>/);
  });

  it('refuses an Authorization header that is not a Bearer token as UNAUTHENTICATED', async () => {
    const error = await refusedWrite({ authorization: `Basic ${Buffer.from('nurlan:secret').toString('base64')}` });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token that is not configured as FORBIDDEN, and writes nothing', async () => {
    const error = await refusedWrite({ authorization: `Bearer ${issued.token.slice(0, -2)}xx` });
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('accepts the token npm run token issued, and the trail names its editor', async () => {
    const response = await h.gql(WRITE, { input: person('accepted') }, { authorization: `Bearer ${issued.token}` });
    expect(response.errors).toBeUndefined();
    expect(response.data.upsertPerson).toEqual({ outcome: 'CREATED', person: { id: person('accepted').id } });
    const trail = await h.data('query ($id: ID!) { changes(recordId: $id) { edges { node { by outcome } } } }', { id: person('accepted').id });
    expect(trail.changes.edges).toEqual([{ node: { by: 'nurlan', outcome: 'CREATED' } }]);
  });

  it('tells editors apart by their tokens', async () => {
    const response = await h.gql(WRITE, { input: person('other') }, other.headers);
    expect(response.errors).toBeUndefined();
    const trail = await h.data('query ($id: ID!) { changes(recordId: $id) { edges { node { by } } } }', { id: person('other').id });
    expect(trail.changes.edges).toEqual([{ node: { by: 'someone-else' } }]);
  });

  it('keeps reads open to anyone, with or without a token', async () => {
    for (const headers of [{}, { authorization: 'Bearer not-a-configured-token' }] as Array<Record<string, string>>) {
      const response = await h.gql('{ country(id: "country:KZ") { name } }', undefined, headers);
      expect(response).toEqual({ data: { country: { name: 'Kazakhstan' } } });
    }
  });
});

describe('tokens at rest', () => {
  it('holds only hashes in the configuration, never the token', () => {
    expect(issued.entry).not.toContain(issued.token);
    expect(JSON.stringify(h.config)).not.toContain(issued.token);
  });

  it('refuses to start with a plain token where a hash belongs', () => {
    expect(() => loadConfig({ EDITOR_TOKENS: `nurlan:${issued.token}` })).toThrow(/is not name:sha256hex; create entries with npm run token/);
  });

  it('refuses every write when no editor is configured', async () => {
    const closed = await startHarness();
    try {
      const response = await closed.gql(WRITE, { input: person('nobody') }, { authorization: `Bearer ${issued.token}` });
      expect(response.errors![0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await closed.close();
    }
  });
});
