/**
 * Who a speaker phrase ("Kazakh Deputy Foreign Minister Alibek Bakayev", "he", "the ministry",
 * "Захарова") refers to. A name the graph has wins; then a capitalised name the graph lacks, which is
 * proposed as a new person (or matched by surname to someone named earlier in the article); then a
 * pronoun, a document ("the statement says") or a role, which refer back to the latest fitting speaker.
 * The article's earlier speakers and titled names are the Discourse, read in text order.
 */
import { LEXICONS } from './lexicon.js';
import type { Found, NameIndex } from './names.js';
import { compile, isCapitalized, matchAt, type Compiled, type Token } from './tokens.js';
import type { AnnotationLanguage, ProposedSpeaker, Span } from './types.js';

export interface Referent {
  speaker: ProposedSpeaker;
  /** A country the phrase names or implies ("Kazakh", "of Iran"): the text's word on whose behalf. */
  country: { id: string; name: string; span: Span | null } | null;
}

/** Words of titles, which precede a name and are not part of it. */
const TITLE_WORDS = new Set(
  `minister deputy foreign prime president vice secretary state general spokesperson spokesman spokeswoman ambassador envoy special
  representative chancellor chairman chair head director senator mr mrs ms dr sir lord premier king queen prince sheikh emir crown defence
  defense affairs ministry first adviser advisor official commissioner high chief press acting former un eu secretary-general
  under-secretary undersecretary permanent counsellor counselor consul spokesperson's the of for and mfa government national security
  council interior economy trade finance justice leader supreme foreign-policy external relations office ministry's department senior
  diplomat diplomatin herr frau außenminister außenministerin bundeskanzler bundeskanzlerin regierungssprecher regierungssprecherin
  sprecher sprecherin botschafter botschafterin staatssekretär staatssekretärin bundesaußenministerin bundespräsident präsident
  präsidentin kanzler minister ministerin pm fm mediator mediators negotiator`.split(/\s+/u),
);
const TITLE_SUFFIX = /(minister|ministerin|kanzler|kanzlerin|sprecher|sprecherin|botschafter|präsident|präsidentin|sekretär|beauftragte|beauftragter)$/u;
/** Words that join the parts of a name: "Mohammed bin Abdulrahman Al Thani", "Staffan de Mistura". */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'le', 'la', 'abu', 'ben']);
/** Possessives before a role make it someone else's: "his spokesman" is not the man himself. */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'sein', 'seine', 'ihr', 'ihre']);
/** Words for a document that speaks for its author: "the statement says", "говорится в сообщении". */
const DOCUMENTS: Record<AnnotationLanguage, string[]> = {
  en: ['statement', 'comment', 'communique', 'communiqué', 'release', 'readout'],
  ru: ['заявлени*', 'сообщени*', 'коммюнике', 'комментари*'],
  kk: ['мәлімдеме*', 'хабарлама*'],
  de: ['erklärung', 'mitteilung', 'stellungnahme'],
};
const ARABIC_ARTICLE = /^(al|el|ad|ar|as|at|az|an)-/u;
/** Capitalised words that open sentences or name days and months, not people. */
const NOT_NAMES = new Set(
  `the this that these those it its in on at as after before during however but and also meanwhile earlier later today yesterday asked speaking
  according while when where there his her their our we he she they mr mrs ms
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  сегодня вчера ранее также однако кроме при по в на об как это он она они мы его ее их
  понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье
  бүгін кеше сондай-ақ бұған атап ол олар біз
  heute gestern am im der die das dies es auch zudem er sie wir
  montag dienstag mittwoch donnerstag freitag samstag sonntag`.split(/\s+/u),
);
/** Words after which a name is a place, a time or someone else: "in Vienna", "on Sunday", "с канцлером". */
const PREPOSITIONS = new Set(
  `in on at during from to with of for by about into near
  в во на с со из от для по к у при о об
  im am in bei mit von aus nach vor zu`.split(/\s+/u),
);
/** A lone word like these is no speaker phrase; the clause's subject is. */
const CONJUNCTIONS = new Set(['but', 'and', 'while', 'yet', 'и', 'но', 'а', 'однако', 'und', 'aber', 'doch', 'бірақ', 'және', 'who', 'which', 'который', 'которая', 'der', 'die']);
export const isConjunctionPhrase = (tokens: Token[], first: number, last: number) => tokens.slice(first, last + 1).every((t) => CONJUNCTIONS.has(t.lower));

/**
 * Words that name a state's institutions without its name: German federal titles ("Bundesaußenminister",
 * "Bundesregierung") and the Auswärtiges Amt are Germany's; the Kremlin is Russia's, the State
 * Department and the White House the United States'.
 */
const INSTITUTIONS: Array<{ language: AnnotationLanguage | null; test: RegExp; iso2: string }> = [
  { language: 'de', test: /^bundes\p{L}{4,}/u, iso2: 'DE' },
  { language: 'de', test: /^auswärtige[ns]?$/u, iso2: 'DE' },
  { language: null, test: /^(kremlin|kreml|кремл\p{L}*)$/u, iso2: 'RU' },
  { language: 'en', test: /^(pentagon)$/u, iso2: 'US' },
  { language: 'ru', test: /^(госдеп\p{L}*|пентагон\p{L}*)$/u, iso2: 'US' },
];

function impliedCountry(language: AnnotationLanguage, phrase: Token[], index: NameIndex): Referent['country'] {
  for (const t of phrase) {
    const rule = INSTITUTIONS.find((r) => (r.language === null || r.language === language) && r.test.test(t.lower));
    const country = rule ? index.entities.get(`country:${rule.iso2}`) : undefined;
    if (country) return { id: country.id, name: country.name, span: null };
  }
  return null;
}

export const isTitleWord = (lower: string) => TITLE_WORDS.has(lower) || TITLE_SUFFIX.test(lower);

interface Lists {
  pronouns: Compiled[];
  personRoles: Compiled[];
  organizationRoles: Compiled[];
  documents: Compiled[];
}
const listCache = new Map<AnnotationLanguage, Lists>();
function lists(language: AnnotationLanguage): Lists {
  let l = listCache.get(language);
  if (!l) {
    const lex = LEXICONS[language];
    l = { pronouns: compile(lex.pronouns), personRoles: compile(lex.personRoles), organizationRoles: compile(lex.organizationRoles), documents: compile(DOCUMENTS[language]) };
    listCache.set(language, l);
  }
  return l;
}

interface Known {
  referent: Referent;
  /** Lower-case words of the name, for later mentions by one of them ("Bakayev", "Sheikh Mohammed"). */
  words: string[];
  title: string;
}

const nameWords = (written: string) =>
  written
    .toLowerCase()
    .split(/[\s.]+/u)
    .filter((w) => w && !NAME_PARTICLES.has(w))
    .map((w) => w.replace(ARABIC_ARTICLE, ''));

export class Discourse {
  private readonly people: Known[] = [];
  private readonly bodies: Known[] = [];
  lastPerson: Referent | null = null;
  lastSpeaker: Referent | null = null;
  /** The country of the latest ministry the text named with its country ("МИД Казахстана", "Iran's foreign ministry"). */
  ministryCountry: Referent['country'] = null;

  constructor(
    private readonly text: string,
    private readonly language: AnnotationLanguage,
    private readonly index: NameIndex,
  ) {}

  private remember(referent: Referent, written: string, title: string) {
    const known = { referent, words: nameWords(written), title: title.toLowerCase() };
    if (referent.speaker.kind === 'PERSON') {
      this.people.push(known);
      this.lastPerson = referent;
    } else if (referent.speaker.kind === 'ORGANIZATION') this.bodies.push(known);
  }

  spoke(referent: Referent) {
    this.lastSpeaker = referent;
    // A state that speaks in the article is the one whose ministry "the foreign ministry" is, unless one was named.
    if (referent.speaker.kind === 'COUNTRY' && !this.ministryCountry) this.ministryCountry = referent.country;
    if (referent.speaker.kind === 'PERSON') this.lastPerson = referent;
  }

  private byName(token: Token): Known | null {
    const word = token.lower.replace(ARABIC_ARTICLE, '');
    for (let i = this.people.length - 1; i >= 0; i--) {
      const words = this.people[i].words;
      // The surname first, then any other word of the name.
      for (const w of [words[words.length - 1], ...words.slice(0, -1)]) {
        if (!w || w.length < 3) continue;
        if (w === word) return this.people[i];
        if (this.language !== 'en' && w.length >= 4 && word.startsWith(w.replace(/[аяйьы]$/u, '')) && word.length - w.length <= 3) return this.people[i];
      }
    }
    return null;
  }

  private carried(from: Referent, match: ProposedSpeaker['match'], span: Span): Referent {
    return { speaker: { ...from.speaker, match, span }, country: from.country };
  }

  /**
   * The referent of the speaker phrase tokens[first..last], or null when it names no one. With `commit`
   * false nothing is remembered, so the caller can weigh several phrases first.
   */
  resolve(tokens: Token[], first: number, last: number, found: Found[], commit = true): Referent | null {
    if (first > last) return null;
    const phrase = tokens.slice(first, last + 1);
    const span = { start: phrase[0].start, end: phrase[phrase.length - 1].end };
    const { pronouns, personRoles, organizationRoles, documents } = lists(this.language);
    const inPhrase = found.filter((f) => f.first >= first && f.last <= last);
    const countryFound = inPhrase.find((f) => f.entity.kind === 'COUNTRY');
    const roleAt = (list: Compiled[]) => phrase.findIndex((_, k) => matchAt(phrase, k, list));
    const orgRole = roleAt(organizationRoles);
    const personRole = roleAt(personRoles);
    const ministryWords = orgRole >= 0 || phrase.some((t) => /minist|мид|министр|сім/u.test(t.lower));
    const implied = impliedCountry(this.language, phrase, this.index);
    const country: Referent['country'] = countryFound
      ? { id: countryFound.entity.id, name: countryFound.entity.name, span: { start: countryFound.start, end: countryFound.end } }
      : (implied ?? (ministryWords ? this.ministryCountry : null));
    const covered = (i: number) => inPhrase.some((f) => i >= f.first && i <= f.last);
    const titleOf = (upTo: number) =>
      phrase
        .slice(0, upTo - first)
        .filter((t, k) => !covered(first + k) && !/^(the|a|an|der|die|das|his|her|its|their)$/u.test(t.lower))
        .map((t) => t.text)
        .join(' ');
    const keep = (referent: Referent, written: string, title: string) => {
      if (commit) this.remember(referent, written, title);
      return referent;
    };

    const person = inPhrase.find((f) => f.entity.kind === 'PERSON');
    if (person) {
      const known = this.people.find((p) => p.referent.speaker.id === person.entity.id);
      const title = titleOf(person.first);
      const referent: Referent = {
        speaker: { id: person.entity.id, name: person.entity.name, kind: 'PERSON', match: 'NAME', span: { start: person.start, end: person.end }, title: title || null },
        country: country ?? known?.referent.country ?? null,
      };
      return keep(referent, this.text.slice(person.start, person.end), title);
    }

    if (phrase.length <= 2 && phrase.some((_, k) => matchAt(phrase, k, pronouns))) {
      const back = this.lastSpeaker?.speaker.kind === 'PERSON' ? this.lastSpeaker : this.lastPerson;
      return back ? this.carried(back, 'PRONOUN', span) : null;
    }

    const run = this.nameRun(tokens, first, last, covered, personRoles, organizationRoles);
    if (run) {
      const [runStart, runEnd] = run;
      const nameSpan = { start: tokens[runStart].start, end: tokens[runEnd].end };
      const written = this.text.slice(nameSpan.start, nameSpan.end);
      const earlier = this.byName(tokens[runEnd]) ?? (runStart === runEnd ? null : this.byName(tokens[runStart]));
      if (earlier) {
        const title = titleOf(runStart);
        if (commit && title && !earlier.title) earlier.title = title.toLowerCase();
        return this.carried(earlier.referent, runStart === runEnd ? 'SURNAME' : earlier.referent.speaker.match === 'NEW' ? 'NEW' : 'SURNAME', nameSpan);
      }
      if (runStart !== runEnd || orgRole < 0) {
        const title = titleOf(runStart);
        const referent: Referent = { speaker: { id: null, name: written, kind: 'PERSON', match: 'NEW', span: nameSpan, title: title || null }, country };
        return keep(referent, written, title);
      }
    }

    if (roleAt(documents) >= 0 && orgRole < 0) {
      const back = this.lastSpeaker ?? this.lastPerson;
      if (back) return this.carried(back, 'ROLE', span);
    }

    const org = [...inPhrase].reverse().find((f) => f.entity.kind === 'ORGANIZATION');
    if (personRole >= 0) {
      // "Sources said": many people, none of them one named earlier.
      const possessive = (personRole > 0 && POSSESSIVES.has(phrase[personRole - 1].lower)) || PLURAL_TITLE[this.language].test(phrase[personRole].lower);
      const role = phrase[personRole].lower.slice(0, 5);
      if (!possessive) {
        // Someone named with that title first; an unnamed official with it only if no one named has it.
        const titled = (p: Known) => p.title && p.title.split(/\s+/u).some((w) => w.includes(role));
        const named = (p: Known) => p.referent.speaker.title !== p.referent.speaker.name;
        const match = [...this.people].reverse().find((p) => titled(p) && named(p)) ?? [...this.people].reverse().find(titled);
        if (match) return this.carried(match.referent, 'ROLE', span);
        const back = this.lastSpeaker?.speaker.kind === 'PERSON' ? this.lastSpeaker : this.lastPerson;
        if (back && !org && (!countryFound || !back.country || back.country.id === countryFound.entity.id)) return this.carried(back, 'ROLE', span);
      }
      // An unnamed official: the role is the name and the title. "His spokesman" is someone definite, not
      // a stand-in for a name said elsewhere, so it carries no title that would mark it as a mere role.
      const name = this.text.slice(phrase[personRole].start, span.end);
      const referent: Referent = { speaker: { id: null, name, kind: 'PERSON', match: 'NEW', span, title: possessive ? null : name }, country };
      return keep(referent, name, name);
    }
    if (org) {
      const referent: Referent = {
        speaker: { id: org.entity.id, name: org.entity.name, kind: 'ORGANIZATION', match: 'NAME', span: { start: org.start, end: org.end }, title: null },
        country,
      };
      return keep(referent, this.text.slice(org.start, org.end), '');
    }
    if (orgRole >= 0) {
      const ministry = this.ministryOf(country?.id ?? null);
      if (ministry) return { speaker: { ...ministry, match: 'ROLE', span }, country };
      const earlier = this.bodies.at(-1);
      if (earlier && !countryFound) return this.carried(earlier.referent, 'ROLE', span);
      const name = this.text.slice(phrase[orgRole].start, span.end);
      const referent: Referent = { speaker: { id: null, name, kind: 'ORGANIZATION', match: 'NEW', span, title: null }, country };
      return keep(referent, name, '');
    }
    const speaking = inPhrase.find((f) => f.entity.kind === 'COUNTRY' && !f.demonym && !(f.first > 0 && PREPOSITIONS.has(tokens[f.first - 1].lower)));
    if (speaking) {
      const at = { start: speaking.start, end: speaking.end };
      return { speaker: { id: speaking.entity.id, name: speaking.entity.name, kind: 'COUNTRY', match: 'NAME', span: at, title: null }, country: { id: speaking.entity.id, name: speaking.entity.name, span: at } };
    }
    return null;
  }

  /**
   * The name in a phrase: the first run of capitalised words that are not titles, roles or names the graph
   * has (name particles may join them). A run of two or more words wins over a single word; a single word
   * that only opens the sentence ("Today", "Сегодня") is no name unless the article has named it.
   */
  private nameRun(tokens: Token[], first: number, last: number, covered: (i: number) => boolean, personRoles: Compiled[], organizationRoles: Compiled[]): [number, number] | null {
    const nameLike = (i: number) => {
      const t = tokens[i];
      const capital = isCapitalized(t.text) || /^(al|el)-\p{Lu}/u.test(t.text);
      return capital && !covered(i) && !isTitleWord(t.lower) && !NOT_NAMES.has(t.lower) && !/^[\p{Lu}\p{N}]+$/u.test(t.text) && !matchAt(tokens, i, personRoles) && !matchAt(tokens, i, organizationRoles);
    };
    const runs: Array<[number, number]> = [];
    for (let i = first; i <= last; i++) {
      if (!nameLike(i)) continue;
      let j = i;
      while (j + 1 <= last && (nameLike(j + 1) || (NAME_PARTICLES.has(tokens[j + 1].lower) && j + 2 <= last && nameLike(j + 2)))) j += nameLike(j + 1) ? 1 : 2;
      // Words of a name stand next to each other, nothing but a space between.
      let k = i;
      while (k < j && /^\s+$/u.test(this.text.slice(tokens[k].end, tokens[k + 1].start))) k++;
      // A name after a preposition is a place, a time or another party; one ending in "'s" owns something.
      const afterPreposition = i > first && PREPOSITIONS.has(tokens[i - 1].lower);
      if (!afterPreposition && !/['’]s$/u.test(tokens[k].text)) runs.push([i, k]);
      i = j;
    }
    // Two words or more win (the first such: the subject stands before any later party); else the single
    // word nearest the verb.
    return runs.find(([s, e]) => e > s) ?? runs.at(-1) ?? null;
  }

  /** The graph's ministry of a country, when it has exactly one: "the ministry", "МИД" after "Kazakh". */
  private ministryOf(countryId: string | null): Omit<ProposedSpeaker, 'match' | 'span'> | null {
    if (!countryId) return null;
    const ministries = [...this.index.entities.values()].filter((e) => e.kind === 'ORGANIZATION' && e.organizationKind === 'MINISTRY' && e.countryId === countryId);
    if (ministries.length !== 1) return null;
    return { id: ministries[0].id, name: ministries[0].name, kind: 'ORGANIZATION', title: null };
  }

  /** A country named beside a ministry word: later "the ministry" or "МИД" alone means that country's. */
  noteMinistryCountry(found: Found, tokens: Token[]) {
    const { organizationRoles } = lists(this.language);
    // "Kazakh Foreign Ministry", "МИД Казахстана", "Ministry of Foreign Affairs of the Republic of Kazakhstan".
    for (let d = 1; d <= 7; d++) {
      for (const i of d <= 3 ? [found.first - d, found.last + d] : [found.first - d]) {
        if (i < 0 || i >= tokens.length || i === this.ministryWord) continue;
        const [a, b] = i < found.first ? [tokens[i].end, found.start] : [found.end, tokens[i].start];
        if (/[.!?;:«»“”„"()]/u.test(this.text.slice(a, b))) continue;
        if (matchAt(tokens, i, organizationRoles) || /minist|министерств/u.test(tokens[i].lower)) {
          // "МИД Казахстана и Украины": the first country a ministry word is named with is its own.
          this.ministryWord = i;
          this.ministryCountry = { id: found.entity.id, name: found.entity.name, span: { start: found.start, end: found.end } };
          return;
        }
      }
    }
  }

  private ministryWord = -1;
}

/**
 * Titled names anywhere in the text ("Foreign Minister, Mukhtar Tleuberdi", "официальный представитель
 * МИД Ерлан Желдыбаев"): a title or role word followed, within a few words, by a name of two or more
 * capitalised words. The discourse remembers them, so a later "Tleuberdi" or "the minister" finds them.
 */
const PLURAL_TITLE: Record<AnnotationLanguage, RegExp> = { en: /([^s']s|men)$/u, ru: /(ов|ей|ы|и)$/u, kk: /(лар|лер|дар|дер|тар|тер)$/u, de: /(innen)$/u };

export function titledNames(text: string, tokens: Token[], language: AnnotationLanguage, found: Found[]): Array<[number, number]> {
  const { personRoles } = lists(language);
  const out: Array<[number, number]> = [];
  const covered = new Set(found.flatMap((f) => Array.from({ length: f.last - f.first + 1 }, (_, k) => f.first + k)));
  const capital = (i: number) => isCapitalized(tokens[i].text) && !covered.has(i) && !isTitleWord(tokens[i].lower) && !NOT_NAMES.has(tokens[i].lower) && !/^[\p{Lu}\p{N}]+$/u.test(tokens[i].text);
  for (let i = 0; i < tokens.length; i++) {
    const head = (isTitleWord(tokens[i].lower) && tokens[i].lower.length > 3 && !NOT_NAMES.has(tokens[i].lower)) || matchAt(tokens, i, personRoles);
    if (!head) continue;
    // A plural title ("ministers", "министров") is no one's: the name after it is a body's.
    if (PLURAL_TITLE[language].test(tokens[i].lower)) continue;
    for (let j = i + 1; j < Math.min(i + 7, tokens.length - 1); j++) {
      if (/[.;:!?«»“”„"]/u.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
      if (!capital(j)) continue;
      let k = j;
      while (k + 1 < tokens.length && (capital(k + 1) || (NAME_PARTICLES.has(tokens[k + 1].lower) && k + 2 < tokens.length && capital(k + 2))) && /^\s+$/u.test(text.slice(tokens[k].end, tokens[k + 1].start))) k++;
      if (k > j) {
        // "Kazakh Deputy Foreign Minister …", "Қазақстан сыртқы істер министрі …": the country before the title belongs to it.
        let from = i;
        while (from > 0 && i - from < 4 && (covered.has(from - 1) || isTitleWord(tokens[from - 1].lower)) && /^[\s'’s]*$/u.test(text.slice(tokens[from - 1].end, tokens[from].start))) from--;
        out.push([from, k]);
        i = k;
      }
      break;
    }
  }
  // "Majed Al-Ansari, a spokesperson for the Qatari Foreign Ministry": a name, then its title.
  const after = /^\s*,\s*(a|an|the)?\s*$/u;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!capital(i) || !capital(i + 1)) continue;
    let k = i + 1;
    while (k + 1 < tokens.length && (capital(k + 1) || NAME_PARTICLES.has(tokens[k + 1].lower) || /^(al|el)-\p{Lu}/u.test(tokens[k + 1].text)) && /^\s+$/u.test(text.slice(tokens[k].end, tokens[k + 1].start))) k++;
    let t = k + 1;
    while (t < tokens.length && t - k <= 2 && /^(a|an|the)$/u.test(tokens[t].lower)) t++;
    if (t < tokens.length && after.test(text.slice(tokens[k].end, tokens[t].start).replace(/\b(a|an|the)\b/gu, '')) && /,/u.test(text.slice(tokens[k].end, tokens[t].start)) && (isTitleWord(tokens[t].lower) || matchAt(tokens, t, personRoles))) {
      let end = t;
      while (end + 1 < tokens.length && end - t < 8 && !/[,;.!?]/u.test(text.slice(tokens[end].end, tokens[end + 1].start))) end++;
      out.push([i, end]);
    }
    i = k;
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * Officials the text names only by role, as a sentence's subject: "Die Sprecherin zeigte sich zufrieden.
 * Sie hob hervor …". The discourse remembers them, so a later pronoun has someone to refer to.
 */
export function roleSubjects(text: string, tokens: Token[], language: AnnotationLanguage, sentenceStarts: number[]): Array<[number, number]> {
  const { personRoles } = lists(language);
  const out: Array<[number, number]> = [];
  for (const start of sentenceStarts) {
    let i = start;
    if (i < tokens.length && /^(the|der|die|das|а|және)$/u.test(tokens[i].lower)) i++;
    if (i < tokens.length && i - start <= 1 && matchAt(tokens, i, personRoles) && !PLURAL_TITLE[language].test(tokens[i].lower)) out.push([start, i]);
  }
  return out;
}
