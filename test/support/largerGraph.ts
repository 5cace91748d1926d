import { syntheticGraph } from '../../bench/data/generator.js';
import type { Database } from '../../src/data/database.js';
import { importItems, importRecords } from '../../src/importer/importRecords.js';
import { spanOf } from './editing.js';

/** Countries that speak on the 2026 Middle East conflict in the larger graph, each in its own way. */
export const SPEAKERS = ['country:FR', 'country:DE', 'country:TR', 'country:CN', 'country:IN', 'country:BR', 'country:ZA', 'country:JP'];

const STANCES = [
  { stance: 'NOT_TAKING_SIDES', modality: 'ASSERTED', words: 'does not take sides in this conflict' },
  { stance: 'OFFER_TO_MEDIATE', modality: 'CONDITIONAL', condition: 'if both sides agree', words: 'will mediate if both sides agree' },
  { stance: 'CONDEMNATION', modality: 'NEGATED', words: 'does not condemn either side' },
  { stance: 'PEACEFUL_SETTLEMENT', modality: 'FUTURE', words: 'will work for a negotiated settlement' },
] as const;

/**
 * Stances of eight more countries toward the 2026 conflict, with the quotes that express them (each
 * citing its exact span in one held bulletin), dated 4-11 March 2026. Every id carries `ns`.
 */
export function middleEastRecords(ns: string): unknown[] {
  const quotes = SPEAKERS.flatMap((country, c) =>
    STANCES.filter((_, s) => (c + s) % 4 !== 3).map((s) => ({ country, ...s, text: `${country.slice(8)} ${s.words} (${ns}, item ${c}).`, day: 4 + c })),
  );
  const text = `Bulletin of statements on the Middle East, March 2026 (${ns}).\n${quotes.map((q) => q.text).join('\n')}\n`;
  const source = `source:${ns}-bulletin`;
  return [
    { type: 'Source', id: source, title: `Middle East statements bulletin (${ns})`, language: 'en', kind: 'OFFICIAL_DOCUMENT', published: '2026-03-12', text },
    ...quotes.flatMap((q, i) => {
      const position = `position:${ns}-${q.country.slice(8).toLowerCase()}-${q.stance.toLowerCase()}`;
      return [
        {
          type: 'Position',
          id: position,
          stance: q.stance,
          modality: q.modality,
          ...('condition' in q ? { condition: q.condition } : {}),
          holder: q.country,
          toward: 'conflict:middle-east-2026',
          citations: [{ source, ...spanOf(text, q.text) }],
        },
        {
          type: 'Statement',
          id: `statement:${ns}-${i}`,
          kind: 'QUOTE',
          text: q.text,
          language: 'en',
          date: `2026-03-${String(q.day).padStart(2, '0')}`,
          onBehalfOf: q.country,
          about: ['conflict:middle-east-2026'],
          expresses: [position],
          citations: [{ source, ...spanOf(text, q.text), match: 'EXACT' }],
        },
      ];
    }),
  ];
}

/** Hundreds of statements by many countries (the benchmark generator's), and the Middle East stances above. */
export async function importLargerGraph(db: Database, ns: string, statements: number): Promise<void> {
  let line = 0;
  async function* items() {
    for await (const record of syntheticGraph({ statements, seed: 16, ns })) yield { line: ++line, record };
  }
  const bulk = await importItems(db, items(), { actor: 'test:larger-graph', batchSize: 500 });
  if (bulk.refused.length) throw new Error(`larger graph refused: ${JSON.stringify(bulk.refused[0])}`);
  const more = await importRecords(db, middleEastRecords(ns), { actor: 'test:larger-graph' });
  if (more.refused.length) throw new Error(`Middle East records refused: ${JSON.stringify(more.refused[0])}`);
}
