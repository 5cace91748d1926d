import { codePointLength, sliceCodePoints } from './spans.js';

export type Located =
  | { found: true; start: number; end: number; moved: boolean }
  | { found: false; reason: 'NOT_FOUND' | 'AMBIGUOUS'; occurrences: number };

/** Where `words` occur in `text`, as code-point offsets. */
export function occurrences(text: string, words: string): number[] {
  const found: number[] = [];
  if (!words) return found;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) found.push(codePointLength(text.slice(0, at)));
  return found;
}

/**
 * Where a proposal's words are in the source text. The span the proposer computed holds when it still
 * reads the words; words the researcher edited are found again where they occur once in the text, or
 * once inside the span they were edited from (a quote cut short keeps its place). Anything else is refused,
 * never guessed: a span is never taken from a hand-typed number.
 */
export function locateWords(text: string, span: { start: number; end: number; words: string }): Located {
  const length = codePointLength(span.words);
  if (span.end > span.start && sliceCodePoints(text, span.start, span.end) === span.words) {
    return { found: true, start: span.start, end: span.end, moved: false };
  }
  const all = occurrences(text, span.words);
  const inside = all.filter((at) => at < span.end && at + length > span.start);
  const pick = all.length === 1 ? all : inside.length === 1 ? inside : [];
  if (pick.length === 1) return { found: true, start: pick[0], end: pick[0] + length, moved: true };
  return { found: false, reason: all.length ? 'AMBIGUOUS' : 'NOT_FOUND', occurrences: all.length };
}
