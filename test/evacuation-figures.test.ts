import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken, namespace, removeNamespace, spanOf } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/** A running total ("946 returned by 4 March") and one group ("314 flown that day") are never added together. */

const ns = namespace('figures');
const editor = editorToken('figures-tester');
const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;
const TEXT = `Update ${ns}. In all, 946 citizens had returned by 4 March. On 4 March a flight brought home 314 citizens.`;
let h: Harness;

async function write(mutation: string, input: Record<string, unknown>) {
  const type = mutation.replace('upsert', '');
  await h.data(`mutation ($input: ${type}Input!) { ${mutation}(input: $input) { outcome } }`, { input }, editor.headers);
}

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry });
  const cite = (words: string) => [{ source: id('source', 'update'), ...spanOf(TEXT, words), match: 'SUPPORTS' }];
  await write('upsertSource', { id: id('source', 'update'), language: 'en', kind: 'NEWS_ARTICLE', text: TEXT });
  await write('upsertEvacuationOperation', {
    id: id('evacuation', 'op'), name: `Figures test ${ns}`, conductedBy: 'country:NR', citations: cite('In all'),
  });
  const movement = (name: string, words: string, count: number, countKind: string) =>
    write('upsertEvacuationMovement', {
      id: id('movement', name), operation: id('evacuation', 'op'), description: words, count, countKind,
      countUnit: 'CITIZENS', date: '2026-03-04', status: 'COMPLETED', citations: cite(words),
    });
  await movement('total', '946 citizens had returned by 4 March', 946, 'TOTAL_TO_DATE');
  await movement('flight', 'a flight brought home 314 citizens', 314, 'INCREMENT');
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

describe('evacuation figures', () => {
  it('reports 314 moved on 4 March, never 1,260, and keeps the 946 running total as given', async () => {
    const data = await h.data(`{ evacuationRecord(actor: "country:NR") { operations { id movements { id count countKind }
      totalsByDate { date { value } total movements } } } }`);
    const op = data.evacuationRecord.operations.find((o: any) => o.id === id('evacuation', 'op'));
    expect(op.totalsByDate).toEqual([{ date: { value: '2026-03-04' }, total: 314, movements: 1 }]);
    expect(op.movements.find((m: any) => m.id === id('movement', 'total'))).toMatchObject({ count: 946, countKind: 'TOTAL_TO_DATE' });
  });
});
