import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOUNDING_FILE, readSeedText } from '../src/seed/load.js';
import { readJsonLines } from '../src/importer/readJsonLines.js';
import { foldWhitespace, sliceCodePoints } from '../src/records/spans.js';

const { records } = readJsonLines(FOUNDING_FILE) as { records: any[] };
const sources = new Map(records.filter((r) => r.type === 'Source').map((r) => [r.id, r]));
const textOf = (id: string): string | null => (sources.get(id)?.textFile ? readSeedText(sources.get(id).textFile) : null);

interface Quoted {
  owner: string;
  quoted: string;
  citation: { source: string; start: number; end: number; match: string };
}

const quotedSpans: Quoted[] = records.flatMap((r) => [
  ...(r.type === 'Statement' ? r.citations.map((c: any) => ({ owner: r.id, quoted: r.text, citation: c })) : []),
  ...(r.names ?? []).flatMap((n: any) => n.citations.map((c: any) => ({ owner: `${r.id} name ${n.value}`, quoted: n.value, citation: c }))),
]).filter((q: Quoted) => q.citation.start !== undefined && q.citation.match !== 'SUPPORTS');

describe('the seed cites its sources exactly', () => {
  it('keeps a copy of every source text it cites, inside the project', () => {
    for (const source of sources.values()) {
      if (!source.textFile) continue;
      const file = path.resolve(path.dirname(FOUNDING_FILE), source.textFile);
      expect(file.startsWith(path.dirname(FOUNDING_FILE))).toBe(true);
      expect(fs.existsSync(file)).toBe(true);
    }
  });

  it('has quote spans for every statement and name it quotes', () => {
    expect(quotedSpans.length).toBeGreaterThanOrEqual(12);
  });

  it.each(quotedSpans.map((q) => [q.owner, q] as const))('%s: the span slices to the quoted text', (_owner, q) => {
    const text = textOf(q.citation.source);
    expect(text, `${q.citation.source} must be held`).not.toBeNull();
    const slice = sliceCodePoints(text!, q.citation.start, q.citation.end);
    if (q.citation.match === 'EXACT') expect(slice).toBe(q.quoted);
    else expect(foldWhitespace(slice)).toBe(foldWhitespace(q.quoted));
  });

  it('records every direct quote of the founding article as a QUOTE statement', () => {
    const article = textOf('source:astana-times-2026-03-03-kz-neutral-stance')!;
    const quotesInArticle = [...article.matchAll(/“([^”]+)”/g)].map((m) => m[1].replace(/,$/, ''));
    const quoteStatements = records.filter((r) => r.type === 'Statement' && r.kind === 'QUOTE' && r.language === 'en').map((r) => r.text);
    expect(quotesInArticle.length).toBe(3);
    for (const q of quotesInArticle) expect(quoteStatements).toContain(q);
  });

  it('never labels the article’s "Bakayev noted that…" sentences as quotes', () => {
    const noted = records.find((r) => r.id === 'statement:kz-briefing-2026-03-03/hosting-experience');
    expect(noted.kind).toBe('PARAPHRASE');
  });
});
