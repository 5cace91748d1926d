/**
 * Quoted passages: what stands between quote marks, and Russian and Kazakh dash dialogue ("– Мы готовы, –
 * сказал он. – …"). Offsets are UTF-16 units. A passage's span leaves out the marks, the spaces inside
 * them and a trailing comma or full stop, which belong to the sentence around the quote, not to the words
 * said; a question or exclamation mark stays.
 */
import type { AnnotationLanguage } from './types.js';

export interface Quoted {
  /** The passage without marks. */
  start: number;
  end: number;
  /** The marks themselves: [open, close) covers the whole quotation. */
  open: number;
  close: number;
  /** A dash-dialogue passage has no closing mark; its attribution follows the dash. */
  dash: boolean;
}

/**
 * Opening mark → closing marks. The straight double quote both opens and closes; „ closes with “ (German,
 * Russian) or ” (some sites); sites that mix straight and typographic marks close “ with " and " with ”.
 * « » nest: Russian quotes a title inside a quote with a second pair.
 */
const PAIRS: Record<string, string[]> = {
  '“': ['”', '"'],
  '«': ['»'],
  '„': ['“', '”'],
  '"': ['"', '”'],
};
/** Marks with a closing mark of their own may run across paragraphs (a statement of several), up to this many. */
const MAX_PARAGRAPHS = 4;

const TRAILING = /[\s,.;:]+$/u;
const LEADING = /^\s+/u;

export function trimmed(text: string, start: number, end: number): [number, number] {
  const inner = text.slice(start, end);
  const lead = LEADING.exec(inner)?.[0].length ?? 0;
  const body = inner.slice(lead);
  let trail = TRAILING.exec(body)?.[0].length ?? 0;
  // "…" stays; only a lone full stop goes.
  if (body.endsWith('...') || body.endsWith('…')) trail = /\s+$/u.exec(body)?.[0].length ?? 0;
  return [start + lead, end - trail];
}

function markedPassages(text: string): Quoted[] {
  const out: Quoted[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const closers = PAIRS[ch];
    // A straight quote after a letter is an inch mark or a typo, not an opening.
    if (!closers || (ch === '"' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? ''))) {
      i++;
      continue;
    }
    let depth = 0;
    let found = -1;
    let paragraphs = 0;
    let innerClose = -1;
    for (let j = i + 1; j < text.length; j++) {
      const c = text[j];
      // A straight quote never runs past its paragraph; the others may, but an unclosed mark that meets
      // another of its kind in a later paragraph opens nothing.
      if (c === '\n') {
        paragraphs++;
        if (ch === '"' || paragraphs > MAX_PARAGRAPHS) break;
      }
      if (paragraphs > 0 && c === ch) break;
      if (ch === '«' && c === '«') depth++;
      else if (ch === '"' && c === '"' && /\p{L}/u.test(text[j + 1] ?? '') && !/\p{L}/u.test(text[j - 1] ?? '')) {
        // A straight mark before a word opens a quotation inside this one ("заявлений различных "говорящих голов"").
        depth++;
      } else if (closers.includes(c)) {
        if (depth === 0) {
          found = j;
          break;
        }
        depth--;
        innerClose = j;
      }
    }
    // Inner and outer quotations that end together share one mark: the passage ends after the inner one.
    if (found < 0 && innerClose >= 0 && depth === 0) {
      const [start, end] = trimmed(text, i + 1, innerClose + 1);
      if (end > start) out.push({ start, end, open: i, close: innerClose + 1, dash: false });
      i = innerClose + 1;
      continue;
    }
    if (found < 0) {
      i++;
      continue;
    }
    const [start, end] = trimmed(text, i + 1, found);
    if (end > start) out.push({ start, end, open: i, close: found + 1, dash: false });
    i = found + 1;
  }
  return out;
}

const DASH_LINE = /(^|\n)[ \t]*[–—-][ \t]+/gu;
/** A dash that ends a stretch of dialogue and introduces its attribution: ", – сказал", "! — заявил". */
const DASH_BREAK = /[,!?…][ \t]+[–—][ \t]+/gu;

/**
 * Russian and Kazakh reporting sets direct speech off with dashes instead of quote marks: a paragraph opens
 * with a dash, the speech runs to ", –" before the attribution, and may go on after it at ". –".
 */
function dashPassages(text: string): Quoted[] {
  const out: Quoted[] = [];
  for (const line of text.matchAll(DASH_LINE)) {
    const begin = line.index + line[0].length;
    const stop = text.indexOf('\n', begin);
    const paragraphEnd = stop < 0 ? text.length : stop;
    DASH_BREAK.lastIndex = begin;
    const first = DASH_BREAK.exec(text);
    const speechEnd = first && first.index < paragraphEnd ? first.index : paragraphEnd;
    const [s, e] = trimmed(text, begin, speechEnd);
    if (e > s) out.push({ start: s, end: e, open: line.index + line[1].length, close: speechEnd, dash: true });
    if (!first || first.index >= paragraphEnd) continue;
    // ". – " after the attribution: the same speaker goes on.
    const rest = text.slice(first.index + first[0].length, paragraphEnd);
    const more = /[.!?][ \t]+[–—][ \t]+/u.exec(rest);
    if (!more) continue;
    const from = first.index + first[0].length + more.index + more[0].length;
    const [s2, e2] = trimmed(text, from, paragraphEnd);
    if (e2 > s2) out.push({ start: s2, end: e2, open: from - 2, close: paragraphEnd, dash: true });
  }
  return out;
}

export function findQuoted(text: string, language: AnnotationLanguage): Quoted[] {
  const marked = markedPassages(text);
  const dashed = language === 'ru' || language === 'kk' ? dashPassages(text) : [];
  const inside = (q: Quoted) => marked.some((m) => q.start >= m.open && q.end <= m.close);
  return [...marked, ...dashed.filter((q) => !inside(q))].sort((a, b) => a.start - b.start);
}
