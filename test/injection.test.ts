import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isListType,
  isObjectType,
  isAbstractType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/auth/editorTokens.js';
import { loadTypeDefs } from '../src/graphql/schema.js';
import { fingerprint } from './support/fingerprint.js';
import { startHarness, type Harness } from './support/harness.js';

/** Strings that have broken query builders, parsers and search engines elsewhere. */
const HOSTILE = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x'}) WITH 1 AS x MATCH (n) SET n.pwned = true //",
  '`Entity` MATCH (n) DETACH DELETE n',
  '$ids',
  '{id: "country:KZ"}',
  'country:KZ\u0000',
  '\\\\\\"',
  'name:* OR text:* AND NOT ~ ( [ {',
  '"unclosed',
  '*',
  '?',
  'a'.repeat(40) + '~2',
  '\u202Etxt.exe',
  'Kаzаkhstаn', // Cyrillic а
  'e\u0301\u0301\u0301',
  '😀🇰🇿\u200D',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '1e309',
  'x'.repeat(200_000),
];

/** Reads get the half of the corpus that differs in kind, to keep the sweep over every argument quick. */
const READ_CORPUS = HOSTILE.filter((_, i) => i % 2 === 0 || i === HOSTILE.length - 1);

const token = newToken();
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: `tester:${hashToken(token)}`, GRAPHQL_MAX_TOKENS: '100000' });
});
afterAll(() => h.close());

const schema = buildSchema(loadTypeDefs());

/** A harmless value for an argument the corpus does not target. */
function plainValue(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isListType(isNonNullType(type) ? type.ofType : type)) return [];
  if (isEnumType(named)) return named.getValues()[0].value;
  if (named.name === 'Int' || named.name === 'Float') return 1;
  if (named.name === 'Boolean') return true;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, plainValue(f.type)]),
    );
  }
  return 'country:KZ';
}

const isText = (type: GraphQLInputType) => ['String', 'ID'].includes(getNamedType(type).name) && !isListType(isNonNullType(type) ? type.ofType : type);

interface Probe {
  label: string;
  query: string;
  variables: (hostile: string) => Record<string, unknown>;
}

/** One probe per string argument, and per string field of an input argument, of every query field. */
function probes(): Probe[] {
  const out: Probe[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const returned = getNamedType(field.type);
    const selection = isObjectType(returned) || isAbstractType(returned) ? '{ __typename }' : '';
    const declare = (args: readonly GraphQLArgument[]) => args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const pass = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const query = `query Probe${field.args.length ? `(${declare(field.args)})` : ''} { ${field.name}${pass ? `(${pass})` : ''} ${selection} }`;
    const base = () => Object.fromEntries(field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, plainValue(a.type)]));
    for (const arg of field.args) {
      if (isText(arg.type)) {
        out.push({ label: `${field.name}(${arg.name})`, query, variables: (s) => ({ ...base(), [arg.name]: s }) });
      }
      const named = getNamedType(arg.type);
      if (isInputObjectType(named) && !isScalarType(named)) {
        for (const inner of Object.values(named.getFields()).filter((f) => isText(f.type))) {
          out.push({
            label: `${field.name}(${arg.name}.${inner.name})`,
            query,
            variables: (s) => ({ ...base(), [arg.name]: { ...(plainValue(arg.type) as object), [inner.name]: s } }),
          });
        }
      }
    }
  }
  return out;
}

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> } };
}

describe('hostile strings', () => {
  it('through every string argument of every query: no server error, and the graph is unchanged', async () => {
    const before = await fingerprint(h.db);
    const all = probes();
    expect(all.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const probe of all) {
      await Promise.all(
        READ_CORPUS.map(async (s) => {
          const { status, body } = await post(probe.query, probe.variables(s));
          const codes = (body.errors ?? []).map((e) => e.extensions?.code);
          if (status >= 500 || codes.includes("INTERNAL_SERVER_ERROR")) failures.push(`${probe.label} ← ${JSON.stringify(s.slice(0, 40))}: ${status} ${codes} ${JSON.stringify(body.errors?.[0]).slice(0, 300)}`);
        }),
      );
    }
    expect(failures).toEqual([]);
    expect(await fingerprint(h.db)).toEqual(before);
  }, 600_000);

  it('written as data, are stored verbatim or refused with BAD_USER_INPUT, touching nothing else', async () => {
    const isOurs = (key: string) => key.includes('inj-');
    const before = await fingerprint(h.db, isOurs);
    const auth = { authorization: `Bearer ${token}` };
    const failures: string[] = [];
    for (const [i, s] of HOSTILE.entries()) {
      const person = await post(
        'mutation ($input: PersonInput!) { upsertPerson(input: $input) { person { name } } }',
        { input: { id: `person:inj-${i}`, name: s } },
        auth,
      );
      const source = await post(
        'mutation ($input: SourceInput!) { upsertSource(input: $input) { source { title text } } }',
        { input: { id: `source:inj-${i}`, title: s, text: s, language: 'en', kind: 'WEB_PAGE' } },
        auth,
      );
      for (const [what, res, stored] of [
        ['person', person, person.body.data?.upsertPerson?.person?.name],
        ['source', source, source.body.data?.upsertSource?.source?.title],
      ] as const) {
        const codes = (res.body.errors ?? []).map((e) => e.extensions?.code);
        if (codes.length ? codes.some((c) => c !== 'BAD_USER_INPUT') : stored !== s) failures.push(`${what} ${i}: ${codes} ${String(stored).slice(0, 30)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await fingerprint(h.db, isOurs)).toEqual(before);
  }, 300_000);
});
