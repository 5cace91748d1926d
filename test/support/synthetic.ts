import fs from 'node:fs';

/**
 * Statement-heavy import records under one namespace: per group, a source whose held text contains
 * every quote (each statement cites its exact span), a speaker, and a position the statements express.
 * The same arguments always give the same records.
 */
export function* syntheticRecords(ns: string, statements: number, perGroup = 100): Generator<Record<string, unknown>> {
  for (let g = 0; g * perGroup < statements; g++) {
    const count = Math.min(perGroup, statements - g * perGroup);
    const quotes = Array.from({ length: count }, (_, i) => `Group ${g} says, for the ${i + 1}th time, that it will not take sides (${ns}).`);
    let text = `Synthetic briefing ${g} of ${ns}.\n`;
    const spans = quotes.map((q) => {
      const start = Array.from(text).length;
      text += `${q}\n`;
      return { start, end: start + Array.from(q).length };
    });
    const source = `source:${ns}-${g}`;
    const speaker = `person:${ns}-speaker-${g}`;
    const position = `position:${ns}-${g}`;
    yield { type: 'Source', id: source, language: 'en', kind: 'RESEARCH_NOTES', title: `Synthetic ${g}`, published: '1990-01', text };
    yield { type: 'Person', id: speaker, name: `Speaker ${g} ${ns}`, names: [{ value: `Спикер ${g}`, language: 'ru', citations: [{ source }] }] };
    yield {
      type: 'Position',
      id: position,
      stance: 'NOT_TAKING_SIDES',
      modality: 'ASSERTED',
      holder: 'country:KZ',
      toward: 'conflict:middle-east-2026',
      ...(g > 0 ? { reaffirms: [`position:${ns}-${g - 1}`] } : {}),
      citations: [{ source, ...spans[0] }],
    };
    for (let i = 0; i < count; i++) {
      yield {
        type: 'Statement',
        id: `statement:${ns}-${g}-${i}`,
        kind: 'QUOTE',
        text: quotes[i],
        language: 'en',
        date: `1990-${String((i % 12) + 1).padStart(2, '0')}`,
        speaker,
        onBehalfOf: 'country:KZ',
        about: ['conflict:middle-east-2026'],
        mentions: ['country:IR', 'country:US'],
        expresses: [position],
        ...(i > 0 && i % 10 === 0 ? { renders: [`statement:${ns}-${g}-${i - 1}`] } : {}),
        citations: [{ source, ...spans[i], match: 'EXACT' }],
      };
    }
  }
}

export function writeJsonLines(file: string, records: Iterable<unknown>): number {
  const fd = fs.openSync(file, 'w');
  let n = 0;
  try {
    for (const r of records) {
      fs.writeSync(fd, `${JSON.stringify(r)}\n`);
      n++;
    }
  } finally {
    fs.closeSync(fd);
  }
  return n;
}
