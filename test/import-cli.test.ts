import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { fileDigest } from '../src/importer/jsonLines.js';
import { graphState, namespace, removeNamespace } from './support/editing.js';
import { fingerprint } from './support/fingerprint.js';
import { startHarness, type Harness } from './support/harness.js';
import { syntheticRecords, writeJsonLines } from './support/synthetic.js';

const ns = namespace('import');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envoy-import-'));
const bulkFile = path.join(dir, 'bulk.jsonl');
const STATEMENTS = 2400;
const records = writeJsonLines(bulkFile, syntheticRecords(ns, STATEMENTS));
/** Each test starts the CLI (a fresh Node process) once or twice and writes a few thousand records. */
const CLI_TIMEOUT = 180_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run import` (its script, without npm in between) against the suite's Neo4j. */
function importCli(args: string[], killAfterBatches?: number): Promise<Run> {
  const neo4j = inject('neo4j');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/importer/cli.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database ?? '' },
  });
  const run: Run = { code: null, signal: null, stdout: '', stderr: '' };
  child.stdout.on('data', (d) => (run.stdout += d));
  child.stderr.on('data', (d) => {
    run.stderr += d;
    if (killAfterBatches && (run.stderr.match(/^line \d/gm) ?? []).length >= killAfterBatches) child.kill('SIGKILL');
  });
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      run.code = code;
      run.signal = signal;
      resolve(run);
    }),
  );
}

async function removeImport(file: string) {
  const { sha256 } = await fileDigest(file);
  await removeNamespace(h.db, ns);
  await h.db.write((tx) => tx.run('MATCH (r:ImportRun {fileHash: $sha256}) DELETE r', { sha256 }));
}

async function countIn(ns: string): Promise<{ entities: number; changes: number }> {
  const [row] = await h.db.read((tx) =>
    tx.run(
      `RETURN COUNT { MATCH (n:Entity) WHERE n.id CONTAINS $ns } AS entities,
              COUNT { MATCH (c:Change) WHERE c.recordId CONTAINS $ns } AS changes`,
      { ns },
    ),
  );
  return row as { entities: number; changes: number };
}

let h: Harness;
let baseline: Awaited<ReturnType<typeof fingerprint>>;
let imported: Awaited<ReturnType<typeof fingerprint>>;

beforeAll(async () => {
  h = await startHarness();
  baseline = await fingerprint(h.db);
});

afterAll(async () => {
  await removeImport(bulkFile);
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('loads a file in batches, reporting progress on stderr and a summary on stdout', async () => {
    const run = await importCli([bulkFile, '--batch', '250', '--as', 'bulk-tester']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^line 250/${records.toLocaleString('en-US')} \\(\\d+%\\): created 250,`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`Imported .*bulk\\.jsonl: ${records.toLocaleString('en-US')} records`));
    expect(run.stdout).toMatch(new RegExp(`created   ${records.toLocaleString('en-US')}\\n`));
    expect(run.stdout).toMatch(/refused   0/);
    expect(await countIn(ns)).toEqual({ entities: records, changes: records });
    const trail = await h.data('query ($id: ID!) { changes(recordId: $id) { edges { node { by outcome } } } }', { id: `statement:${ns}-3-7` });
    expect(trail.changes.edges).toEqual([{ node: { by: 'bulk-tester', outcome: 'CREATED' } }]);
    imported = await fingerprint(h.db);
    expect(imported.nodes).toBeGreaterThan(baseline.nodes + records);
  }, CLI_TIMEOUT);

  it('changes nothing when the same file is imported again', async () => {
    const before = await graphState(h.db);
    const run = await importCli([bulkFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`unchanged ${records.toLocaleString('en-US')}\\n`));
    expect(run.stdout).toMatch(/created   0\n/);
    expect(await graphState(h.db)).toEqual(before);
  }, CLI_TIMEOUT);

  it('resumes a killed import and ends with the graph a single clean run gives', async () => {
    await removeImport(bulkFile);
    expect(await fingerprint(h.db)).toEqual(baseline);

    const killed = await importCli([bulkFile, '--batch', '100'], 4);
    expect(killed.signal).toBe('SIGKILL');
    const partial = await countIn(ns);
    expect(partial.entities).toBeGreaterThanOrEqual(400);
    expect(partial.entities).toBeLessThan(records);
    expect(partial.changes).toBe(partial.entities);

    const resumed = await importCli([bulkFile, '--batch', '100']);
    expect(resumed.code).toBe(0);
    const skipped = Number(/Resuming .* after line ([\d,]+) of/.exec(resumed.stderr)![1].replace(/,/g, ''));
    expect(skipped).toBeGreaterThanOrEqual(400);
    expect(resumed.stdout).toMatch(new RegExp(`created   ${(records - skipped).toLocaleString('en-US')}\\n`));
    expect(await fingerprint(h.db)).toEqual(imported);
    expect(await countIn(ns)).toEqual({ entities: records, changes: records });
  }, CLI_TIMEOUT);

  it('reports each refused line with its reason, writes the rest, and exits with 1', async () => {
    const small = namespace('import-bad');
    const file = path.join(dir, 'mixed.jsonl');
    fs.writeFileSync(path.join(dir, 'note.txt'), 'Held text of the note: "no sides".');
    fs.writeFileSync(
      file,
      [
        '// a comment line, skipped',
        JSON.stringify({ type: 'Source', id: `source:${small}`, language: 'en', kind: 'RESEARCH_NOTES', textFile: 'note.txt' }),
        '{"type": "Person", "id": ',
        JSON.stringify({ type: 'Person', id: `person:${small}`, name: 'Someone' }),
        '',
        JSON.stringify({ type: 'Statement', id: `statement:${small}`, kind: 'QUOTE', text: 'no sides', language: 'en', date: '1990-02-30', citations: [{ source: `source:${small}` }] }),
        JSON.stringify({ type: 'Statement', id: `statement:${small}-2`, kind: 'QUOTE', text: 'no sides', language: 'en', date: '1990', citations: [{ source: `source:${small}`, start: 24, end: 32, match: 'EXACT' }] }),
      ].join('\n'),
    );
    try {
      const run = await importCli([file]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/created   3\n/);
      expect(run.stdout).toMatch(/refused   2\n/);
      expect(run.stdout).toMatch(/line 3: record: not valid JSON/);
      expect(run.stdout).toMatch(new RegExp(`line 6 \\(statement:${small}\\): date: "1990-02-30" is not a real date`));
      const read = await h.data('query ($id: ID!) { statement(id: $id) { citations { excerpt } } }', { id: `statement:${small}-2` });
      expect(read.statement.citations).toEqual([{ excerpt: 'no sides' }]);
      expect(await countIn(small)).toEqual({ entities: 3, changes: 3 });
    } finally {
      await removeNamespace(h.db, small);
    }
  }, CLI_TIMEOUT);
});
