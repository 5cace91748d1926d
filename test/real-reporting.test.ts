import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { importFile } from '../src/importer/importFile.js';
import { startHarness, type Harness } from './support/harness.js';

/**
 * Real reporting, not made-up worlds: each piece of test/fixtures/real-reporting is imported as it ships, and
 * every fact it states that the model can hold is asked through the API (its `.facts.json`: the fact in words,
 * the GraphQL question, and what the answer must contain, with the source and, for quotes, the span's text).
 */
const DIR = path.join(PROJECT_ROOT, 'test/fixtures/real-reporting');
// In this order: a piece may refer to a record an earlier one brought (the Ukraine conflict, the US government, the Russian
// foreign ministry, the stance codes GRATITUDE, DE_ESCALATION and DIRECT_TALKS_WITHOUT_MEDIATORS).
const PIECES = [
  'fr-diplomatie-2021-11-05-afghanistan-evacuation',
  'en-republicworld-2023-05-05-operation-kaveri',
  'de-nordost24-2025-06-22-wadephul-genf',
  'es-elcarabobeno-2021-08-venezuela-mexico',
  'zh-xjnnet-2023-06-27-mao-ning-ukraine',
  'en-peoplecn-2026-03-04-asean-middle-east',
  'en-newspravda-2025-05-30-zakharova-istanbul',
  'ru-vestiaz-2023-01-13-polishchuk-no-mediators',
];

interface Fact {
  fact: string;
  query: string;
  expect: unknown;
}
interface ImportRecord {
  type: string;
  id: string;
  textFile?: string;
  citations?: Array<{ source: string; match?: string }>;
  [field: string]: unknown;
}

const records = (piece: string): ImportRecord[] =>
  fs
    .readFileSync(path.join(DIR, `${piece}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('//'))
    .map((line) => JSON.parse(line) as ImportRecord);
const facts = (piece: string): Fact[] => JSON.parse(fs.readFileSync(path.join(DIR, `${piece}.facts.json`), 'utf8')) as Fact[];
const ownIds = PIECES.flatMap((piece) => records(piece).map((r) => r.id));

/**
 * Where `actual` fails to contain `expected`, in words; null when it does. An object needs each expected field;
 * a list needs each expected item somewhere in it (an expected empty list needs an empty one); null needs null.
 */
function mismatch(actual: unknown, expected: unknown, at = 'data'): string | null {
  if (expected === null) return actual === null || actual === undefined ? null : `${at} should be null, is ${JSON.stringify(actual)}`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at} should be a list, is ${JSON.stringify(actual)}`;
    if (expected.length === 0) return actual.length === 0 ? null : `${at} should be empty, is ${JSON.stringify(actual)}`;
    for (const [i, item] of expected.entries()) {
      if (!actual.some((candidate) => mismatch(candidate, item) === null)) {
        return `${at} has nothing like ${JSON.stringify(item)} (expected item ${i}); it holds ${JSON.stringify(actual)}`;
      }
    }
    return null;
  }
  if (typeof expected === 'object') {
    if (typeof actual !== 'object' || actual === null) return `${at} should be an object, is ${JSON.stringify(actual)}`;
    for (const [key, value] of Object.entries(expected as Record<string, unknown>)) {
      const wrong = mismatch((actual as Record<string, unknown>)[key], value, `${at}.${key}`);
      if (wrong) return wrong;
    }
    return null;
  }
  return actual === expected ? null : `${at} should be ${JSON.stringify(expected)}, is ${JSON.stringify(actual)}`;
}

let h: Harness;
const refused: Record<string, unknown[]> = {};
beforeAll(async () => {
  h = await startHarness();
  for (const piece of PIECES) {
    const report = await importFile(h.db, path.join(DIR, `${piece}.jsonl`), { actor: 'real-reporting' });
    refused[piece] = report.summary.refused;
  }
}, 120_000);
afterAll(async () => {
  // Leave the graph as the seed left it for the files that run after this one.
  await h.db.write(async (tx) => {
    await tx.run(
      `MATCH (n:Entity) WHERE n.id IN $ids
       OPTIONAL MATCH (n)-[:HAS_NAME|HAS_LEG]->(x)
       DETACH DELETE x
       WITH DISTINCT n DETACH DELETE n`,
      { ids: ownIds },
    );
    await tx.run('MATCH (c:Change) WHERE c.recordId IN $ids DELETE c', { ids: ownIds });
    await tx.run('MATCH (r:ImportRun) WHERE r.file IN $files DELETE r', { files: PIECES.map((p) => `${p}.jsonl`) });
  });
  await h.close();
});

describe.each(PIECES)('%s', (piece) => {
  const own = records(piece);
  const source = own.find((r) => r.type === 'Source')!;

  it('loads whole: nothing refused', () => {
    expect(refused[piece]).toEqual([]);
  });

  it.each(facts(piece).map((f) => [f.fact, f] as const))('%s', async (_fact, f) => {
    const data = await h.data(f.query);
    expect(mismatch(data, f.expect), JSON.stringify(data)).toBeNull();
  });

  it('cites the piece for every fact, and every quote’s span reads the quote', async () => {
    const facts = own.filter((r) => r.citations);
    for (const r of facts) expect(r.citations!.map((c) => c.source), r.id).toContain(source.id);
    for (const statement of own.filter((r) => r.type === 'Statement')) {
      const data = await h.data(`{ node(id: "${statement.id}") { ... on Statement { text citations { source { id } excerpt span { match } } } } }`);
      const exact = data.node.citations.filter((c: any) => c.source.id === source.id && c.span?.match === 'EXACT');
      expect(exact.length, statement.id).toBeGreaterThan(0);
      for (const c of exact) expect(c.excerpt, statement.id).toBe(data.node.text);
    }
  });

  it('asks about every record it brings', () => {
    const asked = JSON.stringify(facts(piece));
    const unasked = own.filter((r) => r.type !== 'Source' && !asked.includes(`"${r.id}"`) && !asked.includes(`\\"${r.id}\\"`));
    expect(unasked.map((r) => r.id)).toEqual([]);
  });
});
