import { describe, expect, it } from 'vitest';
import { positionId, slug, sourceId, statementId } from '../src/records/recordIds.js';
import { locateWords } from '../src/records/spanLocation.js';

describe('finding a proposal’s words in the text', () => {
  const text = '🇰🇿 Он сказал: «Казахстан готов выступить посредником». Казахстан готов помочь.';
  const quote = 'Казахстан готов выступить посредником';
  const start = Array.from(text.slice(0, text.indexOf(quote))).length;

  it('keeps the proposer’s span while it reads the words, counting code points (a flag is two)', () => {
    expect(start).toBe(text.indexOf(quote) - 2);
    expect(locateWords(text, { start, end: start + quote.length, words: quote })).toEqual({ found: true, start, end: start + quote.length, moved: false });
  });

  it('finds edited words where they occur once, or once inside the span they were cut from', () => {
    expect(locateWords(text, { start, end: start + quote.length, words: 'выступить посредником' })).toEqual({ found: true, start: start + 16, end: start + 37, moved: true });
    expect(locateWords(text, { start, end: start + quote.length, words: 'Казахстан готов' })).toMatchObject({ found: true, start, moved: true });
  });

  it('refuses words it cannot find, or cannot tell apart', () => {
    expect(locateWords(text, { start: 0, end: 3, words: 'Казахстан готов' })).toEqual({ found: false, reason: 'AMBIGUOUS', occurrences: 2 });
    expect(locateWords(text, { start, end: start + 5, words: 'Казахстан не готов' })).toEqual({ found: false, reason: 'NOT_FOUND', occurrences: 0 });
  });
});

describe('identifiers for new records', () => {
  it('are made from the words, in any script, as the seed writes them by hand', () => {
    expect(slug('Әлібек Бақаев')).toBe('alibek-bakaev');
    expect(sourceId({ url: 'https://www.mfa.gov.kz/en/content-view/ready-to-mediate.html', published: '2026-03-05', text: '' })).toBe('source:mfa-gov-kz-2026-03-05-ready-to-mediate');
    expect(sourceId({ publisher: 'The Astana Times', published: '2026-03-03', title: 'Kazakhstan maintains neutral stance', text: '' })).toBe('source:the-astana-times-2026-03-03-kazakhstan-maintains-neutral-stance');
    expect(statementId('source:zakon-kz-2026-03-03', { start: 10, end: 40 }, 'Казахстан не занимает ничью сторону')).toBe('statement:zakon-kz-2026-03-03/10-40-kazahstan-ne-zanimaet-nichyu-storonu');
    expect(positionId('country:KZ', 'OFFER_TO_HOST_TALKS', 'conflict:middle-east-2026', 'CONDITIONAL')).toBe('position:kz/offer-to-host-talks/middle-east-2026/conditional');
  });
});
