import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { importFile } from '../src/importer/importFile.js';
import { removeNamespace } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

const doc = fs.readFileSync(path.join(PROJECT_ROOT, 'docs/import-format.md'), 'utf8');
const example = /```jsonl\n([\s\S]*?)```/.exec(doc)![1];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envoy-doc-'));
const file = path.join(dir, 'example.jsonl');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  fs.writeFileSync(file, example);
});
afterAll(async () => {
  await removeNamespace(h.db, ':example-');
  await h.db.write((tx) => tx.run("MATCH (r:ImportRun {file: 'example.jsonl'}) DELETE r"));
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('imports the example of docs/import-format.md as documented', async () => {
  const report = await importFile(h.db, file, { actor: 'docs' });
  expect(report.summary.refused).toEqual([]);
  expect(report.summary.counts.created).toBe(6);
  const data = await h.data(`{ statement(id: "statement:example-restraint") {
    citations { excerpt span { match } } expresses { stance holder { id } } speaker { name names { value } } } }`);
  expect(data.statement).toEqual({
    citations: [{ excerpt: 'We call on all parties to show restraint.', span: { match: 'EXACT' } }],
    expresses: [{ stance: 'PEACEFUL_SETTLEMENT', holder: { id: 'country:KZ' } }],
    speaker: { name: 'Aigerim Examplova', names: [{ value: 'Айгерим Пример' }] },
  });
  const joint = await h.data(`{ statement(id: "statement:example-joint") { speaker { id } onBehalfOfAll { id } deliveredBy { id } deliveryRole atRound { id } } }`);
  expect(joint.statement).toEqual({
    speaker: null,
    onBehalfOfAll: [{ id: 'country:IR' }, { id: 'country:TR' }],
    deliveredBy: { id: 'person:example-spokesperson' },
    deliveryRole: 'READ_OUT',
    atRound: { id: 'round:astana-format-syria/22' },
  });
});
