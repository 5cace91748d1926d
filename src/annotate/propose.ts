/**
 * The proposer: an article's text in, proposals out. It reads the text once into words, the graph's names
 * found in it, quotations and sentences; finds each quotation's attribution and each sentence's reported
 * speech; then walks them in text order so that "he", "the minister" and a bare surname refer back to
 * the right speaker. Pure: the gazetteer comes in, nothing goes out but the proposals.
 */
import { heldOn, parsePartialDate } from '../records/partialDate.js';
import { Attributions, type Attribution } from './attribution.js';
import { codePointOffsets } from './codePoints.js';
import { dateFromText, publishedDate } from './dates.js';
import type { Gazetteer } from './gazetteer.js';
import { NameIndex, type Found } from './names.js';
import { findQuoted, trimmed, type Quoted } from './quotes.js';
import { sentences } from './sentences.js';
import { Discourse, isConjunctionPhrase, roleSubjects, titledNames, type Referent } from './speakers.js';
import { proposeStances } from './stances.js';
import { tokenize } from './tokens.js';
import type { ArticleInput, Cue, Mention, Proposal, ProposalKind, ProposedDate, ProposedOnBehalfOf, Proposals, Span } from './types.js';

interface Candidate {
  kind: ProposalKind;
  content: Span;
  attribution: Attribution | null;
  /** The sentence the attribution stands in, for the date. */
  frame: Span;
  /** For "stressing that …" after a quotation: the candidate whose speaker this one shares. */
  sharesSpeakerWith: Candidate | null;
  referent?: Referent | null;
}

/**
 * A passage with no attribution is kept when it opens its paragraph (the latest speaker goes on) or is a
 * sentence of its own, at least this long and ending in a full stop inside the marks; shorter ones are
 * titles or terms in quote marks, not something said.
 */
const MIN_UNATTRIBUTED_WORDS = 6;

export function propose(input: ArticleInput, gazetteer: Gazetteer | NameIndex): Proposals {
  const { text, language } = input;
  const index = gazetteer instanceof NameIndex ? gazetteer : new NameIndex(gazetteer, language);
  const tokens = tokenize(text);
  const found = index.find(tokens);
  const quoted = findQuoted(text, language);
  const sents = sentences(text, language, quoted.map((q) => ({ start: q.open, end: q.close })));
  const sentenceAt = (pos: number) => sents.find((s) => pos >= s.start && pos < Math.max(s.end, s.start + 1)) ?? { start: pos, end: pos };
  const attributions = new Attributions(text, tokens, language);
  const wordsIn = (s: Span) => attributions.tokenAt(s.end) - attributions.tokenAt(s.start);

  const candidates: Candidate[] = [];
  const kept: Quoted[] = [];
  quoted.forEach((q, k) => {
    const sentence = sentenceAt(q.open);
    const attribution = attributions.forQuote(q, sentence, quoted[k + 1]?.open ?? text.length, quoted[k - 1]?.close ?? 0);
    const words = wordsIn(q);
    const isName = found.some((f) => f.start === q.start && f.end === q.end);
    if (isName || words === 0) return;
    const opensParagraph = /(^|\n)\s*$/u.test(text.slice(Math.max(0, q.open - 20), q.open));
    const sentenceOfItsOwn = words >= MIN_UNATTRIBUTED_WORDS && /[.!?…]["»”“]?\s*$/u.test(text.slice(q.start, q.close));
    if (!attribution && !q.dash && !opensParagraph && !sentenceOfItsOwn) return;
    kept.push(q);
    const frame = attribution ? sentenceAt(attribution.cue.start) : sentence;
    candidates.push({ kind: 'QUOTE', content: { start: q.start, end: q.end }, attribution, frame, sharesSpeakerWith: null });
  });

  for (const statement of colonStatements(text, sents, kept)) {
    const attribution = attributions.forQuote(statement, sentenceAt(statement.open - 1), statement.close, 0);
    if (!attribution) continue;
    kept.push(statement);
    candidates.push({ kind: 'QUOTE', content: { start: statement.start, end: statement.end }, attribution, frame: sentenceAt(attribution.cue.start), sharesSpeakerWith: null });
  }
  kept.sort((a, b) => a.start - b.start);

  let previous: Span | null = null;
  let previousHadProposal = false;
  for (const sentence of sents) {
    const inside = candidates.filter((c) => c.kind === 'QUOTE' && c.content.start >= sentence.start && c.content.start < sentence.end);
    const before = candidates.length;
    if (inside.length) {
      const lastQuote = inside[inside.length - 1];
      const closing = kept.find((q) => q.start === lastQuote.content.start)!.close;
      const r = attributions.participleAfter(closing, sentence);
      if (r && wordsIn(r.content) >= 3) candidates.push({ kind: 'PARAPHRASE', content: r.content, attribution: r, frame: sentence, sharesSpeakerWith: lastQuote });
    } else {
      const r = attributions.inSentenceSpeech(sentence, previousHadProposal ? null : previous);
      const overlapsQuote = r && kept.some((q) => q.open < r.content.end && q.close > r.content.start);
      if (r && !overlapsQuote && wordsIn(r.content) >= 3) candidates.push({ kind: 'PARAPHRASE', content: r.content, attribution: r, frame: sentence, sharesSpeakerWith: null });
    }
    previousHadProposal = candidates.length > before || inside.length > 0;
    previous = sentence;
  }

  candidates.sort((a, b) => a.content.start - b.content.start);
  const discourse = new Discourse(text, language, index);
  // What the discourse learns between proposals: graph people and titled names as they are mentioned,
  // and the country of each ministry named with one.
  const learnt: Array<{ at: number; learn: () => void }> = [
    ...found.filter((f) => f.entity.kind === 'PERSON').map((f) => ({ at: f.start, learn: () => discourse.resolve(tokens, f.first, f.last, found) })),
    ...titledNames(text, tokens, language, found).map(([a, b]) => ({ at: tokens[a].start, learn: () => discourse.resolve(tokens, a, b, found) })),
    ...roleSubjects(text, tokens, language, sents.map((s) => attributions.tokenAt(s.start))).map(([a, b]) => ({ at: tokens[a].start, learn: () => discourse.resolve(tokens, a, b, found) })),
    ...found.filter((f) => f.entity.kind === 'COUNTRY').map((f) => ({ at: f.start, learn: () => discourse.noteMinistryCountry(f, tokens) })),
  ].sort((a, b) => a.at - b.at);
  let next = 0;
  for (const c of candidates) {
    const at = Math.min(c.content.start, c.attribution?.cue.start ?? Infinity, ...(c.attribution?.phrase ? [tokens[c.attribution.phrase[0]].start] : []));
    while (next < learnt.length && learnt[next].at < at) learnt[next++].learn();
    c.referent = resolveSpeaker(c, discourse, tokens, found);
    if (c.referent) discourse.spoke(c.referent);
  }

  const toCodePoints = codePointOffsets(text);
  return { proposals: candidates.map((c) => toProposal(c, input, index, tokens, found, toCodePoints)) };

  function resolveSpeaker(c: Candidate, d: Discourse, toks: typeof tokens, all: Found[]): Referent | null {
    if (c.sharesSpeakerWith) return c.sharesSpeakerWith.referent ?? null;
    // The phrase the rule found, unless it names no one or only a role nobody earlier had ("Iran's foreign
    // ministry spokesman"): then an appositive or the sentence's subject that names someone does.
    const direct = c.attribution?.phrase ?? null;
    const conjunction = direct !== null && isConjunctionPhrase(toks, direct[0], direct[1]);
    const first = direct && !conjunction ? d.resolve(toks, direct[0], direct[1], all, false) : null;
    const weak = (r: Referent | null) => !r || (r.speaker.match === 'NEW' && r.speaker.kind === 'PERSON' && r.speaker.title === r.speaker.name);
    if (direct && !conjunction && !weak(first)) return d.resolve(toks, direct[0], direct[1], all);
    for (const p of c.attribution?.alternatives ?? []) {
      const r = d.resolve(toks, p[0], p[1], all, false);
      if (r && r.speaker.kind === 'PERSON' && !weak(r) && r.speaker.match !== 'ROLE') return d.resolve(toks, p[0], p[1], all);
    }
    if (direct && !conjunction && first) return d.resolve(toks, direct[0], direct[1], all);
    // A body or a state as the subject: "Britain called …, saying …".
    for (const p of c.attribution?.alternatives ?? []) {
      const r = d.resolve(toks, p[0], p[1], all, false);
      if (r && r.speaker.kind !== 'PERSON' && r.speaker.match === 'NAME') return d.resolve(toks, p[0], p[1], all);
    }
    // A quotation with no attribution of its own continues the latest speaker's words.
    const back = d.lastSpeaker;
    return back ? { speaker: { ...back.speaker, span: null }, country: back.country } : null;
  }

  function toProposal(c: Candidate, article: ArticleInput, idx: NameIndex, toks: typeof tokens, all: Found[], cp: (i: number) => number): Proposal {
    const date = dateOf(c, article);
    const mentions = mentionsIn(text, c.content, all, c.referent?.speaker.span ?? null);
    const stances = proposeStances(text, language, toks.slice(attributions.tokenAt(c.content.start), attributions.tokenAt(c.content.end)), c.content, mentions, idx.stanceCodes);
    const cues: Cue[] = [];
    if (c.attribution) cues.push({ kind: 'ATTRIBUTION', ...c.attribution.cue, text: text.slice(c.attribution.cue.start, c.attribution.cue.end) });
    if (date?.span) cues.push({ kind: 'DATE', ...date.span, text: text.slice(date.span.start, date.span.end) });
    for (const s of stances) cues.push(...s.cues);
    const span = (s: Span | null) => (s ? { start: cp(s.start), end: cp(s.end) } : null);
    const cue = (k: Cue): Cue => ({ ...k, start: cp(k.start), end: cp(k.end) });
    const referent = c.referent ?? null;
    const onBehalfOf = referent ? onBehalf(referent, date, idx) : null;
    return {
      kind: c.kind,
      start: cp(c.content.start),
      end: cp(c.content.end),
      text: text.slice(c.content.start, c.content.end),
      speaker: referent ? { ...referent.speaker, span: span(referent.speaker.span) } : null,
      onBehalfOf: onBehalfOf && { ...onBehalfOf, span: span(onBehalfOf.span) },
      date: date && { ...date, span: span(date.span) },
      mentions: mentions.map((m) => ({ ...m, start: cp(m.start), end: cp(m.end) })),
      stances: stances.map((s) => ({ ...s, conditionSpan: span(s.conditionSpan), cues: s.cues.map(cue) })),
      cues: cues.sort((a, b) => a.start - b.start).map(cue),
    };
  }

  function dateOf(c: Candidate, article: ArticleInput): ProposedDate | null {
    const frame = c.frame;
    // What was said is blanked out: a date inside it is not the day it was said.
    const from = Math.max(frame.start, Math.min(c.content.start, frame.end));
    const to = Math.max(from, Math.min(c.content.end, frame.end));
    const frameText = text.slice(frame.start, from) + ' '.repeat(to - from) + text.slice(to, frame.end);
    return dateFromText(frameText, frame.start, article.language, article.published) ?? publishedDate(article.published);
  }
}

/**
 * Press releases give a statement after a colon, without quote marks: "Außenminister Westerwelle erklärte
 * heute in Berlin:" and then its paragraphs. The statement runs to the end of the text or to the next
 * paragraph that introduces another (ends with a colon) or opens with a quote mark or a dash.
 */
function colonStatements(text: string, sents: Span[], kept: Quoted[]): Quoted[] {
  const out: Quoted[] = [];
  for (const m of text.matchAll(/:[ \t]*\n\s*\n?/gu)) {
    const colon = m.index;
    const from = colon + m[0].length;
    if (kept.some((q) => colon >= q.open && colon < q.close) || from >= text.length || /^[«“„"–—-]/u.test(text[from])) continue;
    let end = from;
    for (let p = from; p < text.length; ) {
      const stop = text.indexOf('\n', p);
      const paragraphEnd = stop < 0 ? text.length : stop;
      const paragraph = text.slice(p, paragraphEnd).trim();
      if (paragraph && (/:$/u.test(paragraph) || /^[«“„"–—]/u.test(paragraph))) break;
      if (paragraph) end = paragraphEnd;
      p = paragraphEnd + 1;
    }
    const [start, stop] = trimmed(text, from, end);
    if (stop - start > 20 && sents.length) out.push({ start, end: stop, open: colon + 1, close: end, dash: false });
  }
  return out;
}

function mentionsIn(text: string, content: Span, found: Found[], speakerSpan: Span | null): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const f of found) {
    if (f.start < content.start || f.end > content.end) continue;
    if (speakerSpan && f.start >= speakerSpan.start && f.end <= speakerSpan.end) continue;
    if (seen.has(f.entity.id)) continue;
    seen.add(f.entity.id);
    out.push({ id: f.entity.id, name: f.entity.name, kind: f.entity.kind, start: f.start, end: f.end, text: text.slice(f.start, f.end) });
  }
  return out;
}

/** On whose behalf: the speaker's office on the date, else the text's country word, else the speaking body's country. */
function onBehalf(referent: Referent, date: ProposedDate | null, index: NameIndex): ProposedOnBehalfOf | null {
  const { speaker, country } = referent;
  if (speaker.id && speaker.kind === 'PERSON') {
    const on = date ? parsePartialDate(date.value) : null;
    const office = index.entities.get(speaker.id)?.offices.find((o) => !on || heldOn(o, on));
    if (office) {
      return office.countryId
        ? { id: office.countryId, name: office.countryName ?? office.countryId, basis: 'OFFICE', span: null }
        : { id: office.organizationId, name: office.organizationName, basis: 'OFFICE', span: null };
    }
  }
  if (country) return { id: country.id, name: country.name, basis: 'TEXT', span: country.span };
  if (speaker.kind === 'ORGANIZATION' && speaker.id) {
    const org = index.entities.get(speaker.id);
    const of = org?.countryId ? index.entities.get(org.countryId) : null;
    return of ? { id: of.id, name: of.name, basis: 'ORGANIZATION', span: null } : { id: speaker.id, name: speaker.name, basis: 'ORGANIZATION', span: null };
  }
  if (speaker.kind === 'COUNTRY' && speaker.id) return { id: speaker.id, name: speaker.name, basis: 'TEXT', span: speaker.span };
  return null;
}
