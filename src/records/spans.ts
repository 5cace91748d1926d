/** Without surrogates every code point is one UTF-16 unit, and the native string operations count right. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Spans count Unicode code points, so a quote with an emoji or a rare CJK character slices the same everywhere. */
export function codePointLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function sliceCodePoints(text: string, start: number, end: number): string {
  if (!SURROGATE.test(text)) return text.slice(start, end);
  return Array.from(text).slice(start, end).join('');
}

export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export type SpanMatch = 'EXACT' | 'WHITESPACE_FOLDED' | 'SUPPORTS';

/** Why a span does not hold, or null when it does. */
export function spanProblem(
  sourceText: string,
  span: { start: number; end: number; match: SpanMatch },
  quoted: string | null,
): string | null {
  const length = codePointLength(sourceText);
  if (span.end > length) return `the span ends at ${span.end} but the source text has ${length} characters`;
  if (span.match === 'SUPPORTS' || quoted === null) return null;
  const slice = sliceCodePoints(sourceText, span.start, span.end);
  const same = span.match === 'EXACT' ? slice === quoted : foldWhitespace(slice) === foldWhitespace(quoted);
  return same ? null : `the source text at [${span.start}, ${span.end}) reads "${slice}", not the quoted text`;
}
