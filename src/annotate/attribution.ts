/**
 * Where the text says who spoke: the attribution of a quotation ("…,” he said; Lavrov said: «…»; «…», –
 * заявил министр), and reported speech in a sentence ("X stressed that …", "по словам X, …", "…, X said").
 * Each rule gives the cue (the verb of saying) and the speaker phrase as token indices; speakers.ts says
 * who the phrase refers to. Offsets are UTF-16 units.
 */
import { LEXICONS } from './lexicon.js';
import type { Quoted } from './quotes.js';
import { isConjunctionPhrase } from './speakers.js';
import { compile, matchAt, type Compiled, type Token } from './tokens.js';
import type { AnnotationLanguage, Span } from './types.js';

export interface Attribution {
  /** The verb of saying (or "according to"). */
  cue: Span;
  /** The speaker phrase, tokens [first, last]; null when the verb has none ("adding that …"). */
  phrase: [number, number] | null;
  /**
   * Other phrases that may name the speaker when the phrase does not: an appositive before the verb
   * ("Saeed Jalili, Iran's national security council secretary, said") and the sentence's subject.
   */
  alternatives: Array<[number, number]>;
}

export interface Reported extends Attribution {
  content: Span;
}

/** Participles that continue the sentence's speaker: "…,” he said, stressing that …". */
const PARTICIPLES: Record<AnnotationLanguage, string[]> = {
  en: ['stressing', 'noting', 'adding', 'emphasizing', 'emphasising', 'saying', 'underlining', 'insisting', 'warning', 'explaining', 'recalling', 'pointing out', 'confirming', 'arguing', 'claiming', 'asserting'],
  ru: ['подчеркнув', 'отметив', 'добавив', 'заявив', 'указав', 'пояснив', 'напомнив', 'выразив'],
  kk: [],
  de: [],
};
/** Verbs that introduce a short quoted phrase without being verbs of saying: "called the strikes “unacceptable”". */
const QUOTE_VERBS: Record<AnnotationLanguage, string[]> = {
  en: ['called', 'calls', 'described', 'describes', 'termed', 'branded', 'dubbed', 'labelled', 'labeled', 'referred'],
  ru: ['назвал*', 'назвала', 'охарактеризовал*', 'назвали'],
  kk: ['атады', 'деп атады'],
  de: ['nannte', 'bezeichnete', 'sprach'],
};
/** How many words a verb of saying may stand before the quotation it introduces ("erklärte heute (14. April) in Berlin vor …:"). */
const BEFORE_REACH = 12;
const RELATIVES = new Set(['who', 'whose', 'which', 'that', 'который', 'которая', 'которые', 'чей', 'чья', 'der', 'die', 'das', 'dessen', 'deren']);
/** Kazakh passives of saying have no agent: "… екені аталып өтті" (it was noted that …). */
const PASSIVES = new Set(['аталып өтті']);
/** Whom one tells, between "told" and what was told: "told reporters the talks …". */
const TOLD_OBJECTS = new Set(['reporters', 'journalists', 'the', 'press', 'media', 'lawmakers', 'parliament', 'afp', 'reuters', 'ap', 'tass', 'ria', 'cnn', 'bbc', 'us', 'me', 'him', 'her', 'them', 'a', 'news', 'conference', 'briefing', 'an', 'interviewer', 'audience', 'state', 'television', 'tv']);
/** Time words that may stand between a verb of saying and what was said: "said on Friday the …". */
const TIME_WORDS = new Set(['earlier', 'later', 'yesterday', 'today', 'on', 'last', 'this', 'week', 'month', 'morning', 'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'again', 'also', 'then']);
/** Trailing source phrases: "…, Tengrinews reports citing X", "…, сообщает ТСН со ссылкой на X". */
const CITING: Record<AnnotationLanguage, string[]> = { en: ['citing', 'quoting'], ru: ['со ссылкой на', 'ссылаясь на'], kk: ['сілтеме жасап'], de: ['unter berufung auf'] };
/** "Об этом заявил X": the statement is the sentence before. */
const THIS_WAS_SAID: Record<AnnotationLanguage, string[]> = { en: [], ru: ['об этом'], kk: ['бұл туралы'], de: ['das', 'dies'] };

interface Lists {
  verbs: Compiled[];
  complementizers: Compiled[];
  accordingTo: Compiled[];
  accordingToAfter: Compiled[];
  participles: Compiled[];
  quoteVerbs: Compiled[];
  stops: Compiled[];
  thisWasSaid: Compiled[];
  citing: Compiled[];
}

export class Attributions {
  private readonly l: Lists;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly language: AnnotationLanguage,
  ) {
    const lex = LEXICONS[language];
    this.l = {
      verbs: compile(lex.speechVerbs),
      complementizers: compile(lex.complementizers),
      accordingTo: compile(lex.accordingTo),
      accordingToAfter: compile(lex.accordingToAfter),
      participles: compile(PARTICIPLES[language]),
      quoteVerbs: compile(QUOTE_VERBS[language]),
      stops: compile(lex.phraseStops),
      thisWasSaid: compile(THIS_WAS_SAID[language]),
      citing: compile(CITING[language]),
    };
  }

  /** Index of the first token starting at or after `offset`. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private gap(a: number, b: number): string {
    return this.text.slice(a, b);
  }

  private verbAt(i: number) {
    return matchAt(this.tokens, i, this.l.verbs);
  }

  private cue(i: number, length: number): Span {
    return { start: this.tokens[i].start, end: this.tokens[i + length - 1].end };
  }

  /** The speaker phrase after a verb: up to a stop word, a comma, a quote mark or `limit`. */
  private phraseAfter(from: number, limit: number): [number, number] | null {
    let j = from;
    while (j < this.tokens.length && this.tokens[j].start < limit && j - from < 12) {
      if (matchAt(this.tokens, j, this.l.stops) && j > from) break;
      if (j > from && /[,;:.!?()«»“”„"]/u.test(this.gap(this.tokens[j - 1].end, this.tokens[j].start))) break;
      j++;
    }
    return j > from ? [from, j - 1] : null;
  }

  /** The phrase before a verb: back to the start of its clause (a comma, a dash, a quote mark or `limit`). */
  private phraseBefore(verb: number, limit: number): [number, number] | null {
    let i = verb;
    while (i > 0 && this.tokens[i - 1].start >= limit && verb - i < 12) {
      if (/[,;:.!?()«»“”„"–—]/u.test(this.gap(this.tokens[i - 1].end, this.tokens[i].start))) break;
      i--;
    }
    return i < verb ? [i, verb - 1] : null;
  }

  /** The clause before a comma that stands right before the verb: an appositive naming the speaker. */
  private appositive(verb: number, limit: number): [number, number] | null {
    if (verb === 0 || !/,/u.test(this.gap(this.tokens[verb - 1].end, this.tokens[verb].start))) return null;
    return this.phraseBefore(verb, limit);
  }

  /** The sentence's subject: its words up to the first clause mark, at most ten. */
  private subject(sentence: Span): [number, number] | null {
    const dateline = DATELINE.exec(this.text.slice(sentence.start, sentence.end));
    const first = this.tokenAt(sentence.start + (dateline?.[0].length ?? 0));
    if (first >= this.tokens.length || this.tokens[first].start >= sentence.end) return null;
    let j = first;
    while (j + 1 < this.tokens.length && this.tokens[j + 1].end <= sentence.end && j - first < 9 && !/[,;:«“„"–—]/u.test(this.gap(this.tokens[j].end, this.tokens[j + 1].start))) j++;
    return [first, j];
  }

  private alternatives(verb: number, sentence: Span, limit: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const direct = this.phraseBefore(verb, limit);
    const end = direct ? direct[0] - 1 : verb - 1;
    if (end >= 0 && this.tokens[end].start >= limit && /,/u.test(this.gap(this.tokens[end].end, this.tokens[end + 1].start))) {
      const start = this.phraseBefore(end, limit)?.[0] ?? end;
      // "X, whose country has mediated …, said": a relative clause describes; it does not name.
      let clause = start;
      while (clause > 0 && this.tokens[clause - 1].start >= limit && !/[,;:.!?]/u.test(this.gap(this.tokens[clause - 1].end, this.tokens[clause].start))) clause--;
      if (!RELATIVES.has(this.tokens[clause].lower)) out.push([start, end]);
    }
    const subject = this.subject(sentence);
    if (subject && subject[0] < verb) out.push([subject[0], Math.min(subject[1], verb - 1)]);
    return out;
  }

  private attribution(verb: number, length: number, phrase: [number, number] | null, sentence: Span, limit = sentence.start): Attribution {
    return { cue: this.cue(verb, length), phrase, alternatives: this.alternatives(verb, sentence, limit) };
  }

  /** The attribution of a quotation, looked for after it, then before it, then anywhere earlier in its sentence. */
  forQuote(q: Quoted, sentence: Span, nextOpen: number, prevClose: number): Attribution | null {
    return this.after(q, sentence, nextOpen) ?? this.before(q, sentence, prevClose) ?? this.inSentence(q, sentence);
  }

  private after(q: Quoted, sentence: Span, nextOpen: number): Attribution | null {
    const limit = Math.min(nextOpen, q.close + 220, paragraphEnd(this.text, q.close));
    let i = this.tokenAt(q.close);
    if (i >= this.tokens.length || this.tokens[i].start >= limit) return null;
    if (!/^[\s,–—\-:]*$/u.test(this.gap(q.close, this.tokens[i].start))) return null;
    // Kazakh and German put a complementizer between the quote and the verb: «…» деп атап өтті.
    while (matchAt(this.tokens, i, this.l.complementizers)) i++;
    // "…," the diplomat, who is also an advisor to the prime minister, said: a relative clause may stand
    // between the speaker and the verb; the speaker phrase ends before it.
    let phraseEnd = -1;
    for (let v = i; v < this.tokens.length && v - i <= (phraseEnd >= 0 ? 24 : 8) && this.tokens[v].start < limit; v++) {
      const gap = v > i ? this.gap(this.tokens[v - 1].end, this.tokens[v].start) : '';
      if (/[.!?;«“„"]/u.test(gap)) return null;
      if (/,/u.test(gap) && phraseEnd < 0 && RELATIVES.has(this.tokens[v].lower)) phraseEnd = v - 1;
      const verb = this.verbAt(v);
      if (!verb) continue;
      // "…” but acknowledged there are “…”": a clause of its own, not this quotation's attribution.
      if (v > i) return isConjunctionPhrase(this.tokens, i, i) ? null : { cue: this.cue(v, verb.length), phrase: [i, phraseEnd >= 0 ? phraseEnd : v - 1], alternatives: [] };
      const phrase = this.phraseAfter(v + verb.length, Math.min(limit, sentenceEndAfter(this.text, q.close)));
      if (phrase) return { cue: this.cue(v, verb.length), phrase, alternatives: [] };
      // Verb last (Kazakh): the speaker stands before the quotation.
      return { cue: this.cue(v, verb.length), phrase: this.phraseBefore(this.tokenAt(q.open), sentence.start), alternatives: [] };
    }
    return null;
  }

  private before(q: Quoted, sentence: Span, prevClose: number): Attribution | null {
    const limit = Math.max(sentence.start, prevClose);
    let last = this.tokenAt(q.open) - 1;
    if (last < 0 || this.tokens[last].start < limit) return null;
    if (!/^[\s,:–—-]*$/u.test(this.gap(this.tokens[last].end, q.open))) return null;
    while (last >= 0 && matchAt(this.tokens, last, this.l.complementizers)) last--;
    for (let v = last; v >= 0 && last - v <= BEFORE_REACH && this.tokens[v].start >= limit; v--) {
      const according = matchAt(this.tokens, v, this.l.accordingTo);
      if (according) return { cue: this.cue(v, according.length), phrase: this.phraseAfter(v + according.length, q.open), alternatives: [] };
      const verb = this.verbAt(v);
      if (!verb) continue;
      const after = v + verb.length <= last && !matchAt(this.tokens, v + verb.length, this.l.stops) ? ([v + verb.length, last] as [number, number]) : null;
      return this.attribution(v, verb.length, this.phraseBefore(v, limit) ?? after, sentence, limit);
    }
    return null;
  }

  /** A short quotation inside a sentence whose verb of saying comes earlier, past other quotations too. */
  private inSentence(q: Quoted, sentence: Span): Attribution | null {
    // "According to the TV channel's sources, the Israeli side “sees a prospect”".
    const first = this.tokenAt(sentence.start);
    const according = matchAt(this.tokens, first, this.l.accordingTo);
    if (according && this.tokens[first].start < q.open) return { cue: this.cue(first, according.length), phrase: this.phraseAfter(first + according.length, q.open), alternatives: [] };
    for (let v = this.tokenAt(q.open) - 1; v >= 0 && this.tokens[v].start >= sentence.start; v--) {
      const verb = this.verbAt(v) ?? matchAt(this.tokens, v, this.l.quoteVerbs);
      if (verb) return this.attribution(v, verb.length, this.phraseBefore(v, sentence.start), sentence);
    }
    return null;
  }

  /** "…,” he said, stressing that X." after a quotation: X, said by the quotation's speaker. */
  participleAfter(close: number, sentence: Span): Reported | null {
    for (let i = this.tokenAt(close); i < this.tokens.length && this.tokens[i].end <= sentence.end; i++) {
      const p = matchAt(this.tokens, i, this.l.participles);
      if (!p) continue;
      const c = matchAt(this.tokens, i + p.length, this.l.complementizers);
      if (!c) continue;
      const from = i + p.length + c.length;
      if (from >= this.tokens.length || this.tokens[from].start >= sentence.end) return null;
      return { cue: this.cue(i, p.length), phrase: null, alternatives: [], content: trimEnd(this.text, this.tokens[from].start, sentence.end) };
    }
    return null;
  }

  /** Reported speech in a sentence with no quotation in it. */
  inSentenceSpeech(sentence: Span, previous: Span | null): Reported | null {
    const first = this.tokenAt(sentence.start);
    let end = first;
    while (end < this.tokens.length && this.tokens[end].end <= sentence.end) end++;
    if (end - first < 3) return null;
    const content = (from: number, to: number) => trimEnd(this.text, from, to);
    const reported = (verb: number, length: number, phrase: [number, number] | null, span: Span): Reported => ({
      ...this.attribution(verb, length, phrase, sentence),
      content: span,
    });
    const commaBefore = (i: number) => i > first && /[,–—]/u.test(this.gap(this.tokens[i - 1].end, this.tokens[i].start));

    // "According to X, …" / "По словам X, …"
    for (let i = first; i < Math.min(first + 3, end); i++) {
      const a = matchAt(this.tokens, i, this.l.accordingTo);
      if (!a) continue;
      // "По его словам": the speaker (a pronoun) stands inside the phrase.
      const phrase = a.length >= 3 && /,/u.test(this.gap(this.tokens[i + a.length - 1].end, this.tokens[i + a.length]?.start ?? sentence.end)) ? ([i + 1, i + a.length - 2] as [number, number]) : this.phraseAfter(i + a.length, sentence.end);
      if (!phrase) break;
      const comma = phrase[1] === i + a.length - 2 ? i + a.length : phrase[1] + 1;
      if (comma >= end || !/,/u.test(this.gap(this.tokens[comma - 1].end, this.tokens[comma].start))) break;
      return { cue: this.cue(i, a.length), phrase, alternatives: [], content: content(this.tokens[comma].start, sentence.end) };
    }
    // Kazakh "Оның айтуынша, …" (in his words).
    for (let i = first + 1; i < Math.min(first + 8, end); i++) {
      const a = matchAt(this.tokens, i, this.l.accordingToAfter);
      if (!a || i + 1 >= end) continue;
      return { cue: this.cue(i, a.length), phrase: [first, i - 1], alternatives: [], content: content(this.tokens[i + a.length].start, sentence.end) };
    }
    // "Об этом заявил X": what was said is the sentence before.
    const thisWasSaid = matchAt(this.tokens, first, this.l.thisWasSaid);
    if (thisWasSaid && previous) {
      const v = first + thisWasSaid.length;
      const verb = this.verbAt(v);
      if (verb) return { cue: this.cue(v, verb.length), phrase: this.phraseAfter(v + verb.length, sentence.end), alternatives: [], content: trimEnd(this.text, previous.start, previous.end) };
    }

    for (let v = first; v < end; v++) {
      // "…, according to X." / "…, Tengrinews reports citing X." close the sentence with its source.
      const trailing = v > first + 1 ? (matchAt(this.tokens, v, this.l.accordingTo) ?? matchAt(this.tokens, v, this.l.citing)) : null;
      if (trailing) {
        const phrase = this.phraseAfter(v + trailing.length, sentence.end);
        const clause = this.phraseBefore(v, sentence.start)?.[0] ?? v;
        // Only as the sentence's last clause: "…, citing sources, that …" goes on with what was said.
        const rest = phrase ? end - phrase[1] - 1 : 0;
        const closes = phrase && rest <= TRAILING_WORDS && !this.tokens.slice(phrase[1] + 1, end).some((_, k) => matchAt(this.tokens, phrase[1] + 1 + k, this.l.complementizers));
        if (phrase && closes && commaBefore(clause)) return { cue: this.cue(v, trailing.length), phrase, alternatives: [], content: content(sentence.start, this.tokens[clause - 1].end) };
      }
      const participle = matchAt(this.tokens, v, this.l.participles);
      if (participle && v > first) {
        // "…, saying (that) it was following developments closely"; "with X confirming Y".
        let from = v + participle.length;
        const comp = matchAt(this.tokens, from, this.l.complementizers);
        if (comp) from += comp.length;
        if (from < end - 1) return reported(v, participle.length, this.phraseBefore(v, sentence.start), content(this.tokens[from].start, sentence.end));
      }
      const verb = this.verbAt(v);
      if (!verb) continue;
      const after = v + verb.length;
      // X said (on Tuesday) that …
      for (let c = after; c < Math.min(after + 8, end); c++) {
        const comp = matchAt(this.tokens, c, this.l.complementizers);
        if (!comp) continue;
        if (this.language === 'kk') break;
        const from = c + comp.length;
        if (from >= end) break;
        const phrase = this.phraseBefore(v, sentence.start) ?? (c > after ? ([after, c - 1] as [number, number]) : null);
        return reported(v, verb.length, phrase, content(this.tokens[from].start, sentence.end));
      }
      // German: "betonte, Deutschland werde …" and "sagte der Minister, …" put a comma where English has "that".
      if (this.language === 'de' && after < end) {
        const phrase = this.phraseBefore(v, sentence.start);
        const comma = /^\s*,\s*$/u.test(this.gap(this.tokens[after - 1].end, this.tokens[after].start));
        if (phrase && comma) return reported(v, verb.length, phrase, content(this.tokens[after].start, sentence.end));
      }
      // English without "that": "He said the talks would resume", "told reporters he was not aware …".
      if (this.language === 'en' && after < end && ZERO_THAT.has(this.tokens[v].lower)) {
        let from = after;
        while (from < end && from - after < 4 && (TIME_WORDS.has(this.tokens[from].lower) || (this.tokens[v].lower === 'told' && TOLD_OBJECTS.has(this.tokens[from].lower)))) from++;
        const plain = from < end && /^ $/u.test(this.gap(this.tokens[from - 1].end, this.tokens[from].start)) && !matchAt(this.tokens, from, this.l.stops);
        if (plain) return reported(v, verb.length, this.phraseBefore(v, sentence.start), content(this.tokens[from].start, sentence.end));
      }
      // "…, X said (at the briefing)." — the attribution closes the sentence.
      const clauseStart = this.phraseBefore(v, sentence.start)?.[0] ?? v;
      // Kazakh puts its verb last anyway: there the closing attribution needs its dash ("…, – деді ол").
      const dashed = clauseStart > first && /[–—]/u.test(this.gap(this.tokens[clauseStart - 1].end, this.tokens[clauseStart].start));
      if (commaBefore(clauseStart) && end - after <= TRAILING_WORDS && (this.language !== 'kk' || dashed)) {
        const phrase = clauseStart < v ? ([clauseStart, v - 1] as [number, number]) : this.phraseAfter(after, sentence.end);
        if (phrase) return reported(v, verb.length, phrase, content(sentence.start, this.tokens[clauseStart - 1].end));
      }
      // Kazakh: the verb closes the sentence, "X … екенін атап өтті."
      if (this.language === 'kk' && this.tokens[after - 1].end >= sentence.end - 2) {
        let stop = v;
        for (let k = v - 1; k > first; k--) {
          if (matchAt(this.tokens, k, this.l.complementizers)) {
            stop = k;
            break;
          }
        }
        if (PASSIVES.has(verb.entry)) {
          // A discourse marker may open the sentence: "Атап айтқанда, …".
          const opener = this.subject(sentence);
          const from = opener && opener[1] - opener[0] < 2 && opener[1] + 1 < stop ? opener[1] + 1 : first;
          return reported(v, verb.length, null, content(this.tokens[from].start, this.tokens[stop - 1].end));
        }
        const phrase = kazakhSubject(this.tokens, first, stop);
        if (phrase && phrase[1] + 1 < stop) return reported(v, verb.length, phrase, content(this.tokens[phrase[1] + 1].start, this.tokens[stop - 1].end));
      }
    }
    // German reports speech in the subjunctive without a verb of saying ("Steinmeier werde deshalb noch
    // in Minsk bleiben"): the sentence is what the latest speaker said.
    if (this.language === 'de') {
      for (let v = first; v < end; v++) {
        if (KONJUNKTIV.has(this.tokens[v].lower)) return { cue: this.cue(v, 1), phrase: null, alternatives: [], content: content(sentence.start, sentence.end) };
      }
    }
    return null;
  }
}

/** Third-person forms of the German subjunctive I, which mark reported speech. */
const KONJUNKTIV = new Set(['sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'gebe', 'stehe', 'liege', 'gehe', 'komme', 'bleibe', 'verlaufe', 'verliefen', 'bedeute', 'wisse', 'brauche', 'führe', 'sehe']);

/** An attribution that closes a sentence ("…, X said at a March 3 government briefing") has at most this many words after its verb. */
const TRAILING_WORDS = 10;

/** English verbs that take what was said without "that". */
const ZERO_THAT = new Set(['said', 'says', 'added', 'warned', 'noted', 'stressed', 'believes', 'insisted', 'argued', 'claimed', 'told', 'confirmed', 'acknowledged']);

/** Kazakh puts the subject first: its name phrase runs to the last capitalised word or title among the first few. */
function kazakhSubject(tokens: Token[], first: number, stop: number): [number, number] | null {
  let last = -1;
  for (let i = first; i < Math.min(first + 10, stop); i++) if (/^\p{Lu}/u.test(tokens[i].text) || /(министр|басшы|өкіл|елші)/u.test(tokens[i].lower)) last = i;
  return last >= first ? [first, last] : null;
}

function paragraphEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

function sentenceEndAfter(text: string, from: number): number {
  const m = /[.!?](\s|$)|\n/gu;
  m.lastIndex = from;
  const found = m.exec(text);
  return found ? found.index : text.length;
}

/** A dateline that opens a news story: "ASTANA – ", "MOSCOW, March 3 (Reuters) — ", "БЕРЛИН, 3 марта. – ". */
const DATELINE = /^[^\n]{0,80}?\p{Lu}{3,}[^\n]{0,60}?\s[–—-]\s+/u;

/** What was said, without the sentence's full stop, the spaces around it and a dateline before it. */
export function trimEnd(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && /[\s.,;:]/u.test(text[e - 1])) e--;
  let s = start;
  const dateline = DATELINE.exec(text.slice(s, e));
  if (dateline) s += dateline[0].length;
  while (s < e && /\s/u.test(text[s])) s++;
  return { start: s, end: e };
}
