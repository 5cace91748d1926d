import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { importFile } from '../src/importer/importFile.js';
import { importRecords } from '../src/importer/importRecords.js';
import { namespace, removeNamespace, spanOf } from './support/editing.js';
import { fingerprint } from './support/fingerprint.js';
import { startHarness, type Harness } from './support/harness.js';

const ns = namespace('export');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envoy-export-'));
const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;
const QUOTE = 'We offer our platform & our good offices <if asked>.';
const RU = 'Мы предлагаем площадку.';
const TEXT = `Transcript ${ns}.\n"${QUOTE}"\nRussian: «${RU}»`;

/**
 * A small world of our own: a quote and its Russian rendering, an undated paraphrase, two positions, a
 * movement with a route and another source's figure for it.
 */
const world = [
  { type: 'Source', id: id('source', 'transcript'), language: 'en', kind: 'OFFICIAL_DOCUMENT', published: '1995-06', text: TEXT },
  { type: 'Person', id: id('person', 'envoy'), name: 'Envoy of the test', names: [{ value: 'Посланник', language: 'ru', citations: [{ source: id('source', 'transcript') }] }] },
  { type: 'Position', id: id('position', 'offer'), stance: 'OFFER_TO_HOST_TALKS', modality: 'CONDITIONAL', condition: 'if asked', conditionMet: false, holder: 'country:KZ', citations: [{ source: id('source', 'transcript'), ...spanOf(TEXT, QUOTE) }] },
  { type: 'Position', id: id('position', 'offer-again'), stance: 'OFFER_TO_HOST_TALKS', modality: 'CONDITIONAL', condition: 'if asked', holder: 'country:KZ', reaffirms: [id('position', 'offer')], presentedAsUnchanged: true, citations: [{ source: id('source', 'transcript') }] },
  { type: 'Statement', id: id('statement', 'offer-ru'), kind: 'QUOTE', text: RU, language: 'ru', date: '1995-06-01', speaker: id('person', 'envoy'), expresses: [id('position', 'offer')], renders: [id('statement', 'offer')], citations: [{ source: id('source', 'transcript'), ...spanOf(TEXT, RU), match: 'EXACT' }] },
  { type: 'Statement', id: id('statement', 'offer'), kind: 'QUOTE', text: QUOTE, language: 'en', date: '1995-06-01', speaker: id('person', 'envoy'), onBehalfOf: 'country:KZ', mentions: ['country:IR', 'country:US'], expresses: [id('position', 'offer'), id('position', 'offer-again')], citations: [{ source: id('source', 'transcript'), ...spanOf(TEXT, QUOTE), match: 'EXACT', note: 'opening remarks' }] },
  { type: 'EvacuationOperation', id: id('evacuation', 'op'), name: 'Test evacuation', conductedBy: 'country:KZ', priorityGroups: ['children', 'the sick'], citations: [{ source: id('source', 'transcript') }] },
  { type: 'EvacuationMovement', id: id('movement', 'route'), operation: id('evacuation', 'op'), description: 'Bus, then plane', count: 42, countUnit: 'CITIZENS', date: '1995', status: 'COMPLETED', legs: [{ sequence: 2, mode: 'FLIGHT', from: 'country:TM', to: ['country:KZ'] }, { sequence: 1, mode: 'BUS', from: 'country:IR', to: ['country:TM'], via: ['country:TM'] }], citations: [{ source: id('source', 'transcript') }] },
  { type: 'Statement', id: id('statement', 'that-week'), kind: 'PARAPHRASE', text: 'The envoy spoke of it that week.', language: 'en', date: '1995-06-03/1995-06-08', speaker: id('person', 'envoy'), citations: [{ source: id('source', 'transcript') }] },
  { type: 'Statement', id: id('statement', 'before-july'), kind: 'PARAPHRASE', text: 'The envoy had offered it before July.', language: 'en', date: '../1995-06', speaker: id('person', 'envoy'), citations: [{ source: id('source', 'transcript') }] },
  { type: 'Statement', id: id('statement', 'undated'), kind: 'PARAPHRASE', text: 'The envoy offered a platform.', language: 'en', speaker: id('person', 'envoy'), citations: [{ source: id('source', 'transcript') }] },
  { type: 'EvacuationMovement', id: id('movement', 'route-elsewhere'), operation: id('evacuation', 'op'), description: 'By land, as another report gives it', count: 40, countUnit: 'CITIZENS', date: '1995', status: 'COMPLETED', alternativeTo: [id('movement', 'route')], citations: [{ source: id('source', 'transcript') }] },
];
const worldIds = world.map((r) => r.id);

let h: Harness;

async function exported(format: string, scope: Record<string, unknown> | null) {
  const response = await h.gql(
    'query ($format: ExportFormat!, $scope: ExportScope) { export(format: $format, scope: $scope) { format nodeCount edgeCount files { name mediaType content } } }',
    { format, scope },
  );
  if (response.errors) throw new Error(response.errors.map((e) => e.message).join('\n'));
  return response.data.export;
}

beforeAll(async () => {
  h = await startHarness();
  const summary = await importRecords(h.db, world, { actor: 'export-test' });
  expect(summary.refused).toEqual([]);
});

afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.db.write((tx) => tx.run("MATCH (r:ImportRun) WHERE r.file = 'world.jsonl' DELETE r"));
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('export', () => {
  it('gives an ego network as GraphML that parses, with a typed key for every property it uses', async () => {
    const result = await exported('GRAPHML', { around: id('person', 'envoy'), depth: 2 });
    const [file] = result.files;
    expect(file).toMatchObject({ name: 'envoy-graph.graphml', mediaType: 'application/graphml+xml' });
    expect(XMLValidator.validate(file.content)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
    }).parse(file.content);
    const keys = new Map(doc.graphml.key.map((k: any) => [k.id, k]));
    const nodes = new Map(doc.graphml.graph.node.map((n: any) => [n.id, Object.fromEntries(n.data.map((d: any) => [keys.get(d.key) && (keys.get(d.key) as any)['attr.name'], d['#text']]))]));
    for (const n of doc.graphml.graph.node) for (const d of n.data) expect(keys.get(d.key), d.key).toMatchObject({ for: 'node' });
    for (const e of doc.graphml.graph.edge) {
      for (const d of e.data ?? []) expect(keys.get(d.key), d.key).toMatchObject({ for: 'edge' });
      expect(nodes.has(e.source) && nodes.has(e.target), `${e.source} -> ${e.target}`).toBe(true);
    }
    expect(result.nodeCount).toBe(nodes.size);
    expect(result.edgeCount).toBe(doc.graphml.graph.edge.length);
    expect(nodes.get(id('statement', 'offer'))).toMatchObject({ type: 'Statement', text: QUOTE, date: '1995-06-01', datePrecision: 'DAY' });
    expect(nodes.get(id('person', 'envoy'))).toMatchObject({ label: 'Envoy of the test' });
    expect(nodes.has(id('position', 'offer-again'))).toBe(true);
    expect(nodes.has('country:KZ')).toBe(true);
    expect(nodes.has('country:AF')).toBe(false);
    expect((keys.get('n_conditionMet') as any)['attr.type']).toBe('boolean');
    const renders = doc.graphml.graph.edge.find((e: any) => e.source === id('statement', 'offer-ru') && e.data.some((d: any) => d['#text'] === 'RENDERS'));
    expect(renders.target).toBe(id('statement', 'offer'));
  });

  it('gives CSV nodes and edges in the columns Gephi reads, every edge between listed nodes', async () => {
    const result = await exported('CSV', { ids: worldIds });
    const [nodesFile, edgesFile] = result.files;
    expect([nodesFile.name, edgesFile.name]).toEqual(['nodes.csv', 'edges.csv']);
    const nodes = parseCsv(nodesFile.content, { columns: true }) as Array<Record<string, string>>;
    const edges = parseCsv(edgesFile.content, { columns: true }) as Array<Record<string, string>>;
    const byId = new Map(nodes.map((n) => [n.Id, n]));
    expect([...byId.keys()].sort()).toEqual([...worldIds, `${id('movement', 'route')}#leg-1`, `${id('movement', 'route')}#leg-2`].sort());
    expect(byId.get(id('position', 'offer'))).toMatchObject({ type: 'Position', condition: 'if asked', conditionMet: 'false' });
    expect(byId.get(id('evacuation', 'op'))!.priorityGroups).toBe('children; the sick');
    expect(byId.get(id('movement', 'route'))).toMatchObject({ count: '42', date: '1995', datePrecision: 'YEAR' });
    for (const e of edges) {
      expect(byId.has(e.Source) && byId.has(e.Target), `${e.Source} -> ${e.Target}`).toBe(true);
      expect(e.Type).toBe('Directed');
    }
    const cites = edges.find((e) => e.Source === id('statement', 'offer') && e.Label === 'CITES')!;
    expect(cites).toMatchObject({ Target: id('source', 'transcript'), ...Object.fromEntries(Object.entries(spanOf(TEXT, QUOTE)).map(([k, v]) => [k, String(v)])), match: 'EXACT', note: 'opening remarks' });
    expect(edges.filter((e) => e.Source === `${id('movement', 'route')}#leg-1`).map((e) => e.Label).sort()).toEqual([]);
    expect(edges.filter((e) => e.Label === 'HAS_LEG')).toHaveLength(2);
    expect(result.nodeCount).toBe(nodes.length);
    expect(result.edgeCount).toBe(edges.length);
  });

  it('gives import-format JSON that rebuilds the subgraph exactly once it is wiped', async () => {
    const before = await fingerprint(h.db);
    const result = await exported('JSON', { ids: worldIds });
    expect(result.nodeCount).toBe(world.length);
    const lines = result.files[0].content.trim().split('\n');
    const order = lines.map((l: string) => JSON.parse(l).id);
    expect(order.indexOf(id('statement', 'offer'))).toBeLessThan(order.indexOf(id('statement', 'offer-ru')));
    expect(order.indexOf(id('position', 'offer'))).toBeLessThan(order.indexOf(id('position', 'offer-again')));
    const byId = new Map<string, any>(lines.map((l: string) => [JSON.parse(l).id, JSON.parse(l)]));
    // What the source does not say stays unsaid: no placeholder date; another source's figure stays linked, not merged.
    expect(byId.get(id('statement', 'undated'))).not.toHaveProperty('date');
    // A range and a bound go out as written, and come back the same.
    expect(byId.get(id('statement', 'that-week')).date).toBe('1995-06-03/1995-06-08');
    expect(byId.get(id('statement', 'before-july')).date).toBe('../1995-06');
    expect(byId.get(id('movement', 'route-elsewhere')).alternativeTo).toEqual([id('movement', 'route')]);

    const file = path.join(dir, 'world.jsonl');
    fs.writeFileSync(file, result.files[0].content);
    await removeNamespace(h.db, ns);
    expect((await fingerprint(h.db)).digest).not.toBe(before.digest);
    const report = await importFile(h.db, file, { actor: 'round-trip', batchSize: 2 });
    expect(report.summary.refused).toEqual([]);
    expect(report.summary.counts.created).toBe(world.length);
    expect(await fingerprint(h.db)).toEqual(before);
  });

  it('gives the whole graph as JSON, references first, that imports back as unchanged', async () => {
    const result = await exported('JSON', null);
    const records = result.files[0].content.trim().split('\n').map((l: string) => JSON.parse(l));
    const [{ n }] = await h.db.read((tx) => tx.run('MATCH (e:Entity) RETURN count(e) AS n'));
    expect(records).toHaveLength(n);
    const position = new Map(records.map((r: any, i: number) => [r.id, i]));
    for (const [i, r] of records.entries()) {
      const refs = JSON.stringify(r).match(/"(?:source|country|person|org|place|position|statement|conflict|event|process|round|evacuation|movement):[^"]+"/g) ?? [];
      for (const ref of refs.map((x: string) => x.slice(1, -1)).filter((x: string) => x !== r.id && position.has(x))) {
        expect(position.get(ref), `${r.id} refers to ${ref}`).toBeLessThan(i);
      }
    }
    const before = await fingerprint(h.db);
    const summary = await importRecords(h.db, records, { actor: 'whole-graph', batchSize: 100 });
    expect(summary.refused).toEqual([]);
    expect(summary.counts.unchanged).toBe(records.length);
    expect(await fingerprint(h.db)).toEqual(before);
  });

  it('writes files from npm run export: GraphML of an ego network, CSV into a directory', async () => {
    const neo4j = inject('neo4j');
    const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database ?? '' };
    const run = async (args: string[]) =>
      (await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/export/cli.ts', ...args], { cwd: PROJECT_ROOT, env, encoding: 'utf8' })).stdout;
    const graphml = await run(['--format', 'graphml', '--around', id('statement', 'offer'), '--depth', '1']);
    expect(XMLValidator.validate(graphml)).toBe(true);
    expect(graphml).toContain(`<node id="${id('statement', 'offer-ru')}">`);
    expect(graphml).toContain('&amp; our good offices &lt;if asked&gt;');
    await run(['--format', 'csv', '--ids', worldIds.join(','), '--out', path.join(dir, 'csv')]);
    const nodes = parseCsv(fs.readFileSync(path.join(dir, 'csv', 'nodes.csv')), { columns: true }) as unknown[];
    expect(nodes).toHaveLength(world.length + 2);
    expect(fs.readFileSync(path.join(dir, 'csv', 'edges.csv'), 'utf8')).toMatch(/^Source,Target,Type,Label,seq,start,end,match,note\n/);
  }, 120_000);
});

describe('export scopes that are refused', () => {
  const refusal = async (scope: Record<string, unknown>) => {
    const response = await h.gql('query ($scope: ExportScope) { export(format: JSON, scope: $scope) { nodeCount } }', { scope });
    return response.errors![0];
  };

  it('refuses an ego network and a list of ids at once', async () => {
    expect((await refusal({ around: 'country:KZ', ids: ['country:KZ'] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope' });
  });

  it('refuses a depth other than 1 or 2', async () => {
    expect((await refusal({ around: 'country:KZ', depth: 3 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.depth' });
  });

  it('says when the centre of an ego network is not held', async () => {
    const error = await refusal({ around: 'person:nobody-at-all' });
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'scope.around' });
    expect(error.message).toMatch(/No entity has the id "person:nobody-at-all"/);
  });

  it('names the first id that is not held', async () => {
    expect((await refusal({ ids: ['country:KZ', 'country:XQ'] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.ids[1]' });
  });
});
