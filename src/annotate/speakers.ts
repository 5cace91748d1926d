/**
 * Who a speaker phrase ("Kazakh Deputy Foreign Minister Alibek Bakayev", "he", "the ministry",
 * "Захарова") refers to. A name the graph has wins; then a capitalised name the graph lacks, which is
 * proposed as a new person (or matched by surname to someone named earlier in the article); then a
 * pronoun or a role, which refers back to the latest fitting speaker. The article's earlier speakers are
 * the Discourse, read in text order.
 */
import { LEXICONS } from './lexicon.js';
import type { Found, NameIndex } from './names.js';
import { compile, isCapitalized, matchAt, wordMatches, type Compiled, type Token } from './tokens.js';
import type { AnnotationLanguage, ProposedSpeaker, Span } from './types.js';

export interface Referent {
  speaker: ProposedSpeaker;
  /** A country the phrase names or implies ("Kazakh", "of Iran"): the text's word on whose behalf. */
  country: { id: string; name: string; span: Span } | null;
}

/** Words of titles, which precede a name and are not part of it. */
const TITLE_WORDS = new Set(
  `minister deputy foreign prime president vice secretary state general spokesperson spokesman spokeswoman ambassador envoy special
  representative chancellor chairman chair head director senator mr mrs ms dr sir lord premier king queen prince sheikh emir crown defence
  defense affairs ministry first adviser advisor official commissioner high chief press acting former un eu secretary-general
  under-secretary undersecretary permanent counsellor counselor consul spokesperson's the of for and mfa government national security
  council interior economy trade finance justice leader supreme foreign-policy external relations office ministry's department senior
  herr frau außenminister außenministerin bundeskanzler bundeskanzlerin regierungssprecher regierungssprecherin sprecher sprecherin
  botschafter botschafterin staatssekretär staatssekretärin bundesaußenministerin bundespräsident präsident präsidentin kanzler`.split(/\s+/u),
);
const TITLE_SUFFIX = /(minister|ministerin|kanzler|kanzlerin|sprecher|sprecherin|botschafter|präsident|präsidentin|sekretär|beauftragte|beauftragter)$/u;

export const isTitleWord = (lower: string) => TITLE_WORDS.has(lower) || TITLE_SUFFIX.test(lower);

interface Lists {
  pronouns: Compiled[];
  personRoles: Compiled[];
  organizationRoles: Compiled[];
}
const listCache = new Map<AnnotationLanguage, Lists>();
function lists(language: AnnotationLanguage): Lists {
  let l = listCache.get(language);
  if (!l) {
    const lex = LEXICONS[language];
    l = { pronouns: compile(lex.pronouns), personRoles: compile(lex.personRoles), organizationRoles: compile(lex.organizationRoles) };
    listCache.set(language, l);
  }
  return l;
}

interface Known {
  referent: Referent;
  /** Lower-case last word of the name, for later surname-only mentions. */
  surname: string;
  title: string;
}

export class Discourse {
  private readonly people: Known[] = [];
  private readonly bodies: Known[] = [];
  lastPerson: Referent | null = null;
  lastSpeaker: Referent | null = null;

  constructor(
    private readonly text: string,
    private readonly language: AnnotationLanguage,
    private readonly index: NameIndex,
  ) {}

  /** A graph person named anywhere in the article: a later surname, pronoun or role can refer back to them. */
  notePerson(found: Found, title = '') {
    const entity = found.entity;
    const referent: Referent = {
      speaker: { id: entity.id, name: entity.name, kind: 'PERSON', match: 'NAME', span: { start: found.start, end: found.end }, title: title || null },
      country: null,
    };
    this.remember(referent, this.text.slice(found.start, found.end), title);
  }

  private remember(referent: Referent, written: string, title: string) {
    const words = written.split(/\s+/u);
    const known = { referent, surname: words[words.length - 1].toLowerCase(), title: title.toLowerCase() };
    if (referent.speaker.kind === 'PERSON') {
      this.people.push(known);
      this.lastPerson = referent;
    } else this.bodies.push(known);
  }

  spoke(referent: Referent) {
    this.lastSpeaker = referent;
    if (referent.speaker.kind === 'PERSON') this.lastPerson = referent;
  }

  private bySurname(token: Token): Known | null {
    const word = token.lower;
    for (let i = this.people.length - 1; i >= 0; i--) {
      const s = this.people[i].surname;
      if (s === word || (this.language !== 'en' && s.length >= 4 && word.startsWith(s.replace(/[аяйь]$/u, '')) && word.length - s.length <= 3)) return this.people[i];
    }
    return null;
  }

  private carried(from: Referent, match: ProposedSpeaker['match'], span: Span): Referent {
    return { speaker: { ...from.speaker, match, span }, country: from.country };
  }

  /** The referent of the speaker phrase tokens[first..last], or null when it names no one. */
  resolve(tokens: Token[], first: number, last: number, found: Found[]): Referent | null {
    if (first > last) return null;
    const phrase = tokens.slice(first, last + 1);
    const span = { start: phrase[0].start, end: phrase[phrase.length - 1].end };
    const inPhrase = found.filter((f) => f.first >= first && f.last <= last);
    const countryFound = inPhrase.find((f) => f.entity.kind === 'COUNTRY');
    const country = countryFound ? { id: countryFound.entity.id, name: countryFound.entity.name, span: { start: countryFound.start, end: countryFound.end } } : null;
    const covered = (i: number) => inPhrase.some((f) => i >= f.first && i <= f.last);
    const titleOf = (upTo: number) =>
      phrase
        .slice(0, upTo - first)
        .filter((t, k) => !covered(first + k) && !/^(the|a|an|der|die|das)$/u.test(t.lower))
        .map((t) => t.text)
        .join(' ');

    const person = [...inPhrase].reverse().find((f) => f.entity.kind === 'PERSON');
    if (person) {
      const known = this.people.find((p) => p.referent.speaker.id === person.entity.id);
      const referent: Referent = {
        speaker: { id: person.entity.id, name: person.entity.name, kind: 'PERSON', match: 'NAME', span: { start: person.start, end: person.end }, title: titleOf(person.first) || null },
        country: country ?? known?.referent.country ?? null,
      };
      this.remember(referent, this.text.slice(person.start, person.end), titleOf(person.first));
      return referent;
    }

    const { pronouns } = lists(this.language);
    if (phrase.length <= 2 && phrase.some((_, k) => matchAt(phrase, k, pronouns))) {
      const back = this.lastSpeaker?.speaker.kind === 'PERSON' ? this.lastSpeaker : this.lastPerson;
      return back ? this.carried(back, 'PRONOUN', span) : null;
    }

    // A run of capitalised words that are neither titles nor names the graph has: a person's name as written.
    let runEnd = -1;
    let runStart = -1;
    for (let i = last; i >= first; i--) {
      const t = tokens[i];
      const nameLike = isCapitalized(t.text) && !covered(i) && !isTitleWord(t.lower) && !/^\p{Lu}+$/u.test(t.text);
      if (nameLike) {
        if (runEnd < 0) runEnd = i;
        runStart = i;
      } else if (runEnd >= 0) break;
    }
    // German capitalises every noun: there a name needs two words, or one the article has named before.
    if (runEnd >= 0) {
      const nameSpan = { start: tokens[runStart].start, end: tokens[runEnd].end };
      const written = this.text.slice(nameSpan.start, nameSpan.end);
      const earlier = this.bySurname(tokens[runEnd]);
      if (earlier && (runStart === runEnd || earlier.referent.speaker.name.toLowerCase().includes(written.toLowerCase()))) {
        return this.carried(earlier.referent, runStart === runEnd ? 'SURNAME' : earlier.referent.speaker.match, nameSpan);
      }
      const single = runStart === runEnd;
      if (!single || this.language === 'en' || this.language === 'ru' || this.language === 'kk') {
        if (!single || !this.orgRole(phrase)) {
          const referent: Referent = {
            speaker: { id: null, name: written, kind: 'PERSON', match: 'NEW', span: nameSpan, title: titleOf(runStart) || null },
            country,
          };
          this.remember(referent, written, titleOf(runStart));
          return referent;
        }
      }
    }

    const { personRoles } = lists(this.language);

    const org = [...inPhrase].reverse().find((f) => f.entity.kind === 'ORGANIZATION');
    const personRole = phrase.findIndex((_, k) => matchAt(phrase, k, personRoles));
    if (personRole >= 0) {
      const role = phrase[personRole].lower;
      for (let i = this.people.length - 1; i >= 0; i--) {
        const p = this.people[i];
        if (p.title && p.title.split(/\s+/u).some((w) => wordMatches(role, w) || w.startsWith(role.slice(0, 5)))) return this.carried(p.referent, 'ROLE', span);
      }
      if (this.lastPerson && !org && !country) return this.carried(this.lastPerson, 'ROLE', span);
    }
    if (org) {
      const referent: Referent = {
        speaker: { id: org.entity.id, name: org.entity.name, kind: 'ORGANIZATION', match: 'NAME', span: { start: org.start, end: org.end }, title: null },
        country,
      };
      this.remember(referent, this.text.slice(org.start, org.end), '');
      return referent;
    }
    if (this.orgRole(phrase)) {
      const ministry = this.ministryOf(country?.id ?? this.lastSpeaker?.country?.id ?? null);
      if (ministry) return { speaker: { ...ministry, match: 'ROLE', span }, country };
      const earlier = this.bodies.at(-1);
      if (earlier && !country) return this.carried(earlier.referent, 'ROLE', span);
      const referent: Referent = { speaker: { id: null, name: this.text.slice(span.start, span.end).replace(/^(the|der|die|das)\s+/iu, ''), kind: 'ORGANIZATION', match: 'NEW', span, title: null }, country };
      this.remember(referent, referent.speaker.name, '');
      return referent;
    }
    if (personRole >= 0) {
      return { speaker: { id: null, name: this.text.slice(span.start, span.end).replace(/^(the|der|die|das)\s+/iu, ''), kind: 'PERSON', match: 'NEW', span, title: null }, country };
    }
    if (countryFound && !countryFound.demonym) {
      return { speaker: { id: countryFound.entity.id, name: countryFound.entity.name, kind: 'COUNTRY', match: 'NAME', span: country!.span, title: null }, country };
    }
    return null;
  }

  private orgRole(phrase: Token[]): boolean {
    const { organizationRoles } = lists(this.language);
    return phrase.some((_, k) => matchAt(phrase, k, organizationRoles));
  }

  /** The graph's ministry of a country, when it has exactly one: "the ministry", "МИД" after "Kazakh". */
  private ministryOf(countryId: string | null): Omit<ProposedSpeaker, 'match' | 'span'> | null {
    if (!countryId) return null;
    const ministries = [...this.index.entities.values()].filter((e) => e.kind === 'ORGANIZATION' && e.organizationKind === 'MINISTRY' && e.countryId === countryId);
    if (ministries.length !== 1) return null;
    return { id: ministries[0].id, name: ministries[0].name, kind: 'ORGANIZATION', title: null };
  }
}
