/**
 * Finding the graph's entities in a text by any of their names. Names are compared word by word, so a
 * name matches whole words only. Case matters where it carries meaning: an all-capitals form (US, EU, МИД)
 * matches only as written, and a capitalised name word only a capitalised text word ("Chad", not "chad").
 * Russian, Kazakh and German inflect names ("Ирана", "Қазақстанның", "Irans"): a text word matches a name
 * word when it starts with the name word (less a final vowel or soft sign) and adds at most a few letters.
 */
import { DEMONYMS } from './demonyms.js';
import type { Gazetteer, GazetteerEntity } from './gazetteer.js';
import { isCapitalized, tokenize, wordMatches, type Token } from './tokens.js';
import type { AnnotationLanguage } from './types.js';

interface Form {
  entity: GazetteerEntity;
  words: string[];
  /** How each word must be matched. */
  modes: Array<'exact' | 'capital' | 'any' | 'stem'>;
  demonym: boolean;
}

export interface Found {
  entity: GazetteerEntity;
  /** Token indices [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
  demonym: boolean;
}

/** Extra letters an inflected word may add to a name word, per language. */
const ENDING: Record<AnnotationLanguage, number> = { en: 2, ru: 3, kk: 5, de: 2 };
const FINAL_VOWEL = /[аяйьоеиыуюәіеa]$/u;
const ACRONYM = /^[\p{Lu}\p{N}+]+$/u;

function key(word: string): string {
  return word.toLowerCase().slice(0, 3);
}

export class NameIndex {
  private readonly byKey = new Map<string, Form[]>();
  readonly entities: Map<string, GazetteerEntity>;
  readonly stanceCodes: ReadonlySet<string>;

  constructor(
    gazetteer: Gazetteer,
    private readonly language: AnnotationLanguage,
  ) {
    this.entities = new Map(gazetteer.entities.map((e) => [e.id, e]));
    this.stanceCodes = new Set(gazetteer.stanceCodes);
    for (const entity of gazetteer.entities) {
      // Countries' names come from a dataset in sixteen languages; the article's language and English are
      // the ones an article uses. People and bodies keep every name: a Russian article may write a name in Latin.
      const names = entity.kind === 'COUNTRY' ? entity.names.filter((n) => n.language === language || n.language === 'en') : entity.names;
      const values = new Set([entity.name, ...names.map((n) => n.value)]);
      for (const value of values) this.add(entity, value, false);
      const demonyms = entity.iso2 ? DEMONYMS[entity.iso2]?.[language] : undefined;
      // Initials ("РК", "РФ") are names, matched as written; the rest are adjectives.
      for (const d of demonyms ?? []) this.add(entity, d, !ACRONYM.test(d));
    }
  }

  private add(entity: GazetteerEntity, value: string, demonym: boolean) {
    const tokens = tokenize(value);
    if (!tokens.length) return;
    const words = tokens.map((t) => (t.text.endsWith('*') ? t.lower : t.text));
    const modes = tokens.map((t, i): Form['modes'][number] => {
      if (demonym && this.language !== 'en') return 'stem';
      if (ACRONYM.test(t.text) && t.text.length <= 5) return 'exact';
      if (isCapitalized(t.text)) return 'capital';
      return i === 0 && demonym ? 'capital' : 'any';
    });
    const form: Form = { entity, words: demonym && this.language !== 'en' ? words.map((w) => w.toLowerCase()) : words, modes, demonym };
    if (demonym && this.language !== 'en') form.words = value.toLowerCase().split(/\s+/u);
    const k = key(form.words[0].replace('*', ''));
    const list = this.byKey.get(k) ?? [];
    list.push(form);
    this.byKey.set(k, list);
  }

  private wordFits(name: string, mode: Form['modes'][number], token: Token): boolean {
    if (mode === 'stem') return wordMatches(name, token.lower);
    if (mode === 'exact') return token.text === name || (this.language !== 'en' && token.text.startsWith(name) && /^[-\p{Ll}]{1,5}$/u.test(token.text.slice(name.length)));
    if (mode === 'capital' && !isCapitalized(token.text)) return false;
    const lower = name.toLowerCase();
    if (token.lower === lower) return true;
    const extra = token.lower.length - lower.length;
    if (this.language === 'en') return extra === 2 && /^['’]s$/u.test(token.lower.slice(lower.length));
    const stem = lower.length >= 4 ? lower.replace(FINAL_VOWEL, '') : lower;
    return lower.length >= 3 && token.lower.startsWith(stem) && token.lower.length - stem.length <= ENDING[this.language];
  }

  /** Every entity named in the tokens, longest match first at each place; overlapping shorter matches dropped. */
  find(tokens: Token[]): Found[] {
    const out: Found[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const forms = this.byKey.get(key(tokens[i].text)) ?? [];
      let best: Found | null = null;
      for (const form of forms) {
        const n = form.words.length;
        if (i + n > tokens.length || (best && best.last - best.first + 1 >= n)) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) ok = this.wordFits(form.words[k], form.modes[k], tokens[i + k]);
        // Words of a name sit next to each other: nothing but spaces or a hyphen between them.
        for (let k = 1; k < n && ok; k++) ok = tokens[i + k].start - tokens[i + k - 1].end <= 2;
        if (ok) best = { entity: form.entity, first: i, last: i + n - 1, start: tokens[i].start, end: tokens[i + n - 1].end, demonym: form.demonym };
      }
      if (best) {
        out.push(best);
        i = best.last;
      }
    }
    return out;
  }
}
