import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken, namespace, removeNamespace, spanOf, upsertAs } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/**
 * A running total ("946 returned by 4 March") and one group ("314 flown that day") are never added together;
 * two sources giving the same people moving differently (467 via Oman; 278 and 189 by land) are shown side by
 * side as alternative claims, never summed and never picked.
 */

const ns = namespace('figures');
const editor = editorToken('figures-tester');
const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;
const TEXT = `Update ${ns}. In all, 946 citizens had returned by 4 March. On 4 March a flight brought home 314 citizens.`;
const FIRST_REPORT = `Report ${ns}. On 3 March 467 citizens were repatriated via Oman.`;
const SECOND_REPORT = `Another report ${ns}. On 3 March 278 citizens left by land, and 189 more by land the same day; 120 were flown home.`;
let h: Harness;

const write = (mutation: string, input: Record<string, unknown>) => upsertAs(h, editor, mutation, input);

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry, NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
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

  await write('upsertSource', { id: id('source', 'first'), language: 'en', kind: 'NEWS_ARTICLE', text: FIRST_REPORT });
  await write('upsertSource', { id: id('source', 'second'), language: 'en', kind: 'NEWS_ARTICLE', text: SECOND_REPORT });
  const claim = (name: string, source: string, text: string, words: string, count: number, alternativeTo: string[] = []) =>
    write('upsertEvacuationMovement', {
      id: id('movement', name), operation: id('evacuation', 'op'), description: words, count, countUnit: 'CITIZENS',
      date: '2026-03-03', status: 'COMPLETED', alternativeTo: alternativeTo.map((a) => id('movement', a)),
      citations: [{ source: id('source', source), ...spanOf(text, words), match: 'SUPPORTS' }],
    });
  await claim('via-oman', 'first', FIRST_REPORT, '467 citizens were repatriated via Oman', 467);
  await claim('land-278', 'second', SECOND_REPORT, '278 citizens left by land', 278, ['via-oman']);
  await claim('land-189', 'second', SECOND_REPORT, '189 more by land', 189, ['via-oman']);
  await claim('flown-120', 'second', SECOND_REPORT, '120 were flown home', 120);
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
    expect(op.totalsByDate.filter((t: any) => t.date.value === '2026-03-04')).toEqual([{ date: { value: '2026-03-04' }, total: 314, movements: 1 }]);
    expect(op.movements.find((m: any) => m.id === id('movement', 'total'))).toMatchObject({ count: 946, countKind: 'TOTAL_TO_DATE' });
  });

  it('shows two sources giving the same people moving differently side by side, adding neither', async () => {
    const data = await h.data(`{ evacuationRecord(actor: "country:NR") {
      operations { id totalsByDate { date { value } total movements movementsWithAlternatives }
        alternativeClaims { movements { id count alternatives { id } evidence { source { id } } } } }
      alternativeClaims { movements { id } } } }`);
    const op = data.evacuationRecord.operations.find((o: any) => o.id === id('evacuation', 'op'));
    expect(op.totalsByDate.find((t: any) => t.date.value === '2026-03-03')).toEqual({
      date: { value: '2026-03-03' }, total: 120, movements: 4, movementsWithAlternatives: 3,
    });
    const claims = op.alternativeClaims.map((c: any) =>
      c.movements.map((m: any) => [m.id, m.count, m.evidence.map((e: any) => e.source.id)]));
    expect(claims).toEqual([[
      [id('movement', 'land-189'), 189, [id('source', 'second')]],
      [id('movement', 'land-278'), 278, [id('source', 'second')]],
      [id('movement', 'via-oman'), 467, [id('source', 'first')]],
    ]]);
    expect(op.alternativeClaims[0].movements[2].alternatives.map((a: any) => a.id)).toEqual([id('movement', 'land-189'), id('movement', 'land-278')]);
    expect(data.evacuationRecord.alternativeClaims.map((c: any) => c.movements.map((m: any) => m.id).sort())).toContainEqual(
      [id('movement', 'land-189'), id('movement', 'land-278'), id('movement', 'via-oman')]);
  });

  it('links the alternatives both ways on the movement records', async () => {
    const data = await h.data(`{ oman: node(id: "${id('movement', 'via-oman')}") { ... on EvacuationMovement { alternatives { id count } } }
      other: node(id: "${id('movement', 'land-278')}") { ... on EvacuationMovement { alternatives { id } } } }`);
    expect(data.oman.alternatives).toEqual([{ id: id('movement', 'land-189'), count: 189 }, { id: id('movement', 'land-278'), count: 278 }]);
    expect(data.other.alternatives).toEqual([{ id: id('movement', 'via-oman') }]);
  });
});
