import { fold } from '../../../search/fold.js';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A term with every character Lucene's query parser treats as syntax escaped. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The full-text query for what a researcher typed: every folded word must match the `folded` field,
 * whole (ranked higher) or as the start of a word. Null when nothing searchable is left.
 */
export function searchQuery(text: string): string | null {
  const words = fold(text).split(' ').filter(Boolean);
  if (!words.length) return null;
  return words.map((w) => `+(folded:${escapeLucene(w)}^2 OR folded:${escapeLucene(w)}*)`).join(' ');
}
