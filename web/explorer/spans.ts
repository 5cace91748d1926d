/**
 * Spans count Unicode code points of the source text, not UTF-16 units: a text with an emoji or a
 * supplementary-plane character before the quote would otherwise be cut in the wrong place.
 */
export function splitAtSpan(text: string, start: number, end: number): [before: string, inside: string, after: string] {
  const points = Array.from(text);
  return [points.slice(0, start).join(''), points.slice(start, end).join(''), points.slice(end).join('')];
}
