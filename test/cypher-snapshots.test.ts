import { buildSchema, getNamedType, isEnumType, type GraphQLInputObjectType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.js';
import { LISTS } from '../src/data/read/lists.js';
import { QUESTION_NAMES } from '../src/data/read/questions/registry.js';
import { related } from '../src/data/read/queries.js';
import { RELATIONS, type RelationKey } from '../src/data/read/relations.js';
import { applyRecords } from '../src/data/write/applyRecords.js';
import { createApollo } from '../src/graphql/apollo.js';
import { createContext } from '../src/graphql/context.js';
import { loadTypeDefs } from '../src/graphql/schema.js';
import { createLogger } from '../src/logger.js';
import { readSeedText, seedRecords } from '../src/seed/load.js';
import { QUESTION_DOCUMENTS } from './support/questionDocuments.js';
import { editorToken } from './support/editing.js';
import { encodeAfter } from '../src/graphql/pagination.js';
import { formatSent, recordingDatabase } from './support/recordingDatabase.js';

/**
 * The Cypher each request sends, GraphQL in and Cypher with parameters out, with no Neo4j: the files under
 * test/cypher/ are what a reviewer reads, and a change to a shared fragment shows in every file it touches.
 * `npx vitest run test/cypher-snapshots.test.ts -u` rewrites them after an intended change.
 */
const editor = editorToken('snapshot-editor');

// Questions asked without `asOf` judge stances on today's date, which is a parameter: a fixed today keeps the
// files the same on every day they are checked.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-02T12:00:00Z'));
});
afterAll(() => vi.useRealTimers());

const config = loadConfig({
  PORT: '0',
  LOG_LEVEL: 'silent',
  NEO4J_URI: 'bolt://recording.invalid:7687',
  NEO4J_PASSWORD: 'unused',
  EDITOR_TOKENS: editor.entry,
});
const apollo = createApollo(config, createLogger('silent'));
const schema = buildSchema(loadTypeDefs());

async function cypherOf(document: string, authorization: string | null = null, answer?: Parameters<typeof recordingDatabase>[0]) {
  const { db, sent } = recordingDatabase(answer);
  await apollo.executeOperation({ query: document }, { contextValue: createContext(db, config, authorization) });
  return sent;
}

describe('questions', () => {
  it.each(QUESTION_NAMES)('%s sends the Cypher in test/cypher/questions', async (name) => {
    const document = `{ ${QUESTION_DOCUMENTS[name].replace(/\s+/g, ' ')} }`;
    const sent = await cypherOf(document);
    expect(sent).toHaveLength(1);
    await expect(formatSent(sent, ['GraphQL:', document])).toMatchFileSnapshot(`cypher/questions/${name}.cypher`);
  });
});

/** A value each filter accepts, by the kind of value its spec reads. */
const SAMPLE: Record<string, string> = { text: 'peace', upper: 'kz', exact: 'ru', firstDay: '2026-03', lastDay: '2026-03' };

function sampleFor(type: GraphQLInputType, kind: string): string {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].name;
  if (named.name === 'Boolean') return 'true';
  if (named.name === 'StanceCode') return 'NOT_TAKING_SIDES';
  if (named.name === 'ID') return JSON.stringify('country:KZ');
  return JSON.stringify(SAMPLE[kind]);
}

/** Each list field of Query, found in the SDL by its filter argument, with the spec that answers it. */
const listFields = Object.values(schema.getQueryType()!.getFields()).flatMap((field) => {
  const filter = field.args.find((a) => a.name === 'filter');
  if (!filter) return [];
  const label = field.type.toString().replace(/Connection!?$/, '');
  const spec = Object.values(LISTS).find((s) => s.label === label);
  const sort = getNamedType(field.args.find((a) => a.name === 'sort')!.type) as GraphQLInputObjectType;
  return spec ? [{ name: field.name, filter: getNamedType(filter.type) as GraphQLInputObjectType, sortField: sort.getFields().field.type, spec }] : [];
});

describe('lists', () => {
  it('finds a spec for every list the API offers', () => {
    expect(listFields.map((f) => f.spec.label).sort()).toEqual(Object.values(LISTS).map((s) => s.label).sort());
  });

  it.each(listFields)('$name, unfiltered, with every filter and after a cursor, sends the Cypher in test/cypher/lists', async ({ name, filter, sortField: sortFieldType, spec }) => {
    const filters = Object.entries(filter.getFields()).map(([key, f]) => `${key}: ${sampleFor(f.type, spec.filters[key]?.kind ?? 'text')}`);
    const plainDocument = `{ ${name} { totalCount } }`;
    const filteredDocument = `{ ${name}(filter: { ${filters.join(', ')} }, sort: { field: ${sampleFor(sortFieldType, 'text')}, direction: DESC }, first: 5) { totalCount } }`;
    const sortField = sampleFor(sortFieldType, 'text');
    const afterDocument = `{ ${name}(sort: { field: ${sortField}, direction: DESC }, first: 5, after: "${encodeAfter(`${spec.label} by ${sortField} DESC`, 'k', 'x:last-seen')}") { totalCount } }`;
    const sent = [...(await cypherOf(plainDocument)), ...(await cypherOf(filteredDocument)), ...(await cypherOf(afterDocument))];
    expect(sent).toHaveLength(3);
    const headings = ['GraphQL, unfiltered:', plainDocument, 'GraphQL, every filter:', filteredDocument, 'GraphQL, the page after a cursor:', afterDocument];
    await expect(formatSent(sent, headings)).toMatchFileSnapshot(
      `cypher/lists/${name}.cypher`,
    );
  });
});

describe('lists with relation fields on their records', () => {
  it('send one statement, in test/cypher/lists/with-relations.cypher', async () => {
    const documents = [
      '{ participations(filter: { actor: "country:KZ" }) { edges { node { role round { id start { value } } } } } }',
      '{ statements(filter: { onBehalfOf: "country:KZ" }, first: 10) { edges { node { text speaker { name } onBehalfOfAll { name } citations { excerpt } } } } }',
    ];
    const sent = [];
    for (const document of documents) {
      const one = await cypherOf(document);
      expect(one).toHaveLength(1);
      sent.push(formatSent(one, ['GraphQL:', document]));
    }
    await expect(sent.join('\n')).toMatchFileSnapshot('cypher/lists/with-relations.cypher');
  });
});

describe('relationship fields', () => {
  it('send the Cypher in test/cypher/relations.cypher', async () => {
    const { db, sent } = recordingDatabase();
    const keys = Object.keys(RELATIONS) as RelationKey[];
    for (const key of keys) await db.read((tx) => related(tx, key, ['entity:example'], null, 20));
    // After a cursor, one relation of each kind of sort: by text, by none (ids only), by a datetime, by an integer.
    const afterKeys: [RelationKey, string | null][] = [
      ['Person.statements', '2026-03-03'],
      ['Person.statements', null],
      ['Event.statements', null],
      ['Source.citedBy', '2026-03-03T10:00:00Z'],
      ['Statement.onBehalfOfAll', '1'],
    ];
    for (const [key, after] of afterKeys) await db.read((tx) => related(tx, key, ['entity:example'], { key: after, id: 'x:last-seen' }, 20));
    const headings = [...keys, ...afterKeys.map(([key, after]) => `${key}, after a row keyed ${JSON.stringify(after)}`)];
    const text = sent.map((s, i) => formatSent([s], [headings[i]])).join('\n');
    await expect(text).toMatchFileSnapshot('cypher/relations.cypher');
  });
});

describe('writes', () => {
  it('of every record kind send the Cypher in test/cypher/writes.cypher', async () => {
    // The seed holds every record kind; written into an empty graph, every statement of the write path runs once.
    const { db, sent } = recordingDatabase();
    const results = await db.write((tx) => applyRecords(tx, seedRecords(), { actor: 'seed', readTextFile: readSeedText }));
    expect(results.filter((r) => r.outcome === 'refused')).toEqual([]);
    await expect(formatSent(sent, ['The seed, applied to an empty graph (rows shown by their first entry)'])).toMatchFileSnapshot('cypher/writes.cypher');
  });

  it('of one record through the API, with the version it was based on, send the Cypher in test/cypher/upsert.cypher', async () => {
    const document = `mutation { upsertOrganization(ifVersion: "v1", input: { id: "org:example-ministry", name: "Ministry of Examples",
      kind: MINISTRY, citations: [] }) { outcome organization { id version } } }`.replace(/\s+/g, ' ');
    // The record stands at the version the edit was based on, so the write goes ahead.
    const sent = await cypherOf(document, editor.headers.authorization, (cypher) => (cypher.includes('versionLock') ? [{ version: 'v1' }] : []));
    expect(sent.length).toBeGreaterThan(3);
    await expect(formatSent(sent, ['GraphQL:', document])).toMatchFileSnapshot('cypher/upsert.cypher');
  });

  it('of a retraction send the Cypher in test/cypher/retract.cypher', async () => {
    const document = 'mutation { retractRecords(records: [{ id: "statement:example", ifVersion: "v1" }], reason: "Misattributed.") { retracted } }';
    // The record is held at the version given and nothing relies on it, so every statement of a retraction runs.
    const sent = await cypherOf(document, editor.headers.authorization, (cypher) =>
      cypher.includes('versionLock') ? [{ id: 'statement:example', version: 'v1', retracted: false }] : [],
    );
    expect(sent.length).toBeGreaterThan(3);
    await expect(formatSent(sent, ['GraphQL:', document])).toMatchFileSnapshot('cypher/retract.cypher');
  });
});
