/**
 * Sentences, from the platform's Unicode segmenter (Intl.Segmenter, ICU's rules for each language), with
 * two repairs reporting needs: a boundary after an abbreviation or an initial ("Mr.", "U.S.", "г.",
 * "J. Smith") is not one, and neither is a boundary inside a quotation, whose sentences belong together.
 */
import type { Span } from './types.js';

/** German writes ordinal dates with a full stop ("14. April"), which is no sentence end either. */
const ABBREVIATION = /(?:^|[\s(])(?:\d{1,2}|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|Prof|Amb|г|гг|им|тыс|млн|млрд|ул|т\.е|т\.д|т\.к|Nr|bzw|z\.B|Dr|Hr|Fr|\p{Lu}|\p{Lu}\.\p{Lu})\.\s*$/u;
/** A boundary followed by a lower-case letter or a digit is an abbreviation the list does not know. */
const CONTINUES = /^\s*[\p{Ll}\d]/u;

const segmenters = new Map<string, Intl.Segmenter>();

export function sentences(text: string, language: string, quotations: Span[] = []): Span[] {
  let seg = segmenters.get(language);
  if (!seg) segmenters.set(language, (seg = new Intl.Segmenter(language, { granularity: 'sentence' })));
  const out: Span[] = [];
  for (const s of seg.segment(text)) {
    const span = { start: s.index, end: s.index + s.segment.length };
    const prev = out.at(-1);
    const joins =
      prev &&
      !/\n\s*$/u.test(text.slice(prev.start, prev.end)) &&
      (ABBREVIATION.test(text.slice(prev.start, prev.end)) || CONTINUES.test(s.segment) || quotations.some((q) => q.start < span.start && q.end > span.start));
    if (joins) prev.end = span.end;
    else out.push(span);
  }
  // Pages that drop the space after a full stop run two sentences together: "Cairo.\"As you know", "said.On
  // December 22". A quotation opening right after the stop, or a capitalised word after a lower-case one, starts anew.
  const split: Span[] = [];
  for (const s of out) {
    let from = s.start;
    const inner = text.slice(s.start, s.end);
    for (const m of inner.matchAll(/(?<=\p{Ll}{2}[.!?])(?=["“«„]?\p{Lu}\p{Ll})/gu)) {
      const at = s.start + m.index;
      const opensQuote = /["“«„]/u.test(text[at]) ? quotations.some((q) => q.start === at) : true;
      // "News.Az", "BAQ.KZ": a capitalised word before the stop makes it a name with a dot, not two sentences.
      const before = /(\p{L}+)[.!?]$/u.exec(text.slice(from, at))?.[1] ?? '';
      if (at > from && opensQuote && (text[at] !== text[at].toUpperCase() || /["“«„]/u.test(text[at]) || !/^\p{Lu}/u.test(before))) {
        split.push({ start: from, end: at });
        from = at;
      }
    }
    split.push({ start: from, end: s.end });
  }
  // Trailing spaces and line breaks belong to no sentence.
  return split.map((s) => {
    let end = s.end;
    while (end > s.start && /\s/u.test(text[end - 1])) end--;
    return { start: s.start, end };
  });
}
