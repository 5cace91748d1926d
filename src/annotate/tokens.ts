/**
 * Words with their offsets (UTF-16 units of the JavaScript string; converted to code points only at the
 * end), and matching of lexicon entries against them. A word keeps inner hyphens, apostrophes and plus
 * signs ("Nur-Sultan", "O'Brien", "P5+1"), so names match whole.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}]+(?:[+\-'’][\p{L}\p{N}]+)*\+?/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    if (m.index + m[0].length > to) break;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase().replaceAll('’', "'") });
  }
  return out;
}

/** A lexicon entry word: exact, or a stem with up to four more letters when it ends in `*`. */
export function wordMatches(pattern: string, lower: string): boolean {
  if (!pattern.endsWith('*')) return pattern === lower;
  const stem = pattern.slice(0, -1);
  return lower.startsWith(stem) && lower.length - stem.length <= 4;
}

export interface Compiled {
  entry: string;
  words: string[];
}

export function compile(entries: string[]): Compiled[] {
  // Longer phrases first, so "pointed out" wins over a shorter entry at the same place.
  return entries
    .map((entry) => ({ entry, words: entry.split(/[\s,]+/u).filter(Boolean) }))
    .sort((a, b) => b.words.length - a.words.length);
}

/** The number of tokens from index `i` an entry of `list` covers there, or 0. */
export function matchAt(tokens: Token[], i: number, list: Compiled[]): { length: number; entry: string } | null {
  for (const c of list) {
    if (i + c.words.length > tokens.length) continue;
    if (c.words.every((w, k) => wordMatches(w, tokens[i + k].lower))) return { length: c.words.length, entry: c.entry };
  }
  return null;
}

/** Every place an entry of `list` occurs among the tokens. */
export function findAll(tokens: Token[], list: Compiled[]): Array<{ index: number; length: number; entry: string }> {
  const out: Array<{ index: number; length: number; entry: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(tokens, i, list);
    if (m) {
      out.push({ index: i, ...m });
      i += m.length - 1;
    }
  }
  return out;
}

export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);
