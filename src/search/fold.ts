import { transliterate } from 'transliteration';

/**
 * Letters the transliteration tables do not know as Kazakh (they give Ә as "@", Қ as "K'"), and ё, which
 * Russian writing routinely replaces with е: mapped first so Бақаев and Бакаев fold alike.
 */
export const BEFORE_TRANSLITERATION: Record<string, string> = {
  Ә: 'A', ә: 'a', Ғ: 'G', ғ: 'g', Қ: 'K', қ: 'k', Ң: 'N', ң: 'n', Ө: 'O', ө: 'o',
  Ұ: 'U', ұ: 'u', Ү: 'U', ү: 'u', Һ: 'H', һ: 'h', І: 'I', і: 'i', Ё: 'E', ё: 'e',
};

/**
 * Spellings that romanisations of the same name disagree on, in the order they apply: Bakayev and
 * Bakaev, Dzhalili and Jalili, Khasan and Hasan, Tsoi and Coy, Dmitriy and Dmitry.
 */
const VARIANTS: Array<[RegExp, string]> = [
  [/shch|sch/g, 'sh'],
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'],
  [/ts|tz/g, 'c'],
  [/ph/g, 'f'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/(?:iy|ii|yi|y)$/, 'i'],
  [/^y(?=[aeiou])/, ''],
  [/([aeiou])y(?=[aeiou])/g, '$1'],
  [/y/g, 'i'],
  [/([a-z])\1+/g, '$1'],
];

function foldWord(word: string): string {
  return VARIANTS.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);
}

/**
 * The search key of a text: Latin letters and digits only, lower case, words separated by one space,
 * with transliteration and spelling variants folded, so any script or romanisation of a name gives
 * the same key.
 */
export function fold(text: string): string {
  const latin = transliterate(text.normalize('NFKC'), { replace: BEFORE_TRANSLITERATION, unknown: ' ' });
  return latin
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(foldWord)
    .join(' ');
}
