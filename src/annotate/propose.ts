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
import { findQuoted, type Quoted } from './quotes.js';
import { sentences } from './sentences.js';
import { Discourse, type Referent } from './speakers.js';
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

/** A passage this short with no attribution is a title or a term in quote marks, not something said. */
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
    if (!attribution && !q.dash && words < MIN_UNATTRIBUTED_WORDS) return;
    kept.push(q);
    const frame = attribution ? sentenceAt(attribution.cue.start) : sentence;
    candidates.push({ kind: 'QUOTE', content: { start: q.start, end: q.end }, attribution, frame, sharesSpeakerWith: null });
  });

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
  const people = found.filter((f) => f.entity.kind === 'PERSON');
  let nextPerson = 0;
  for (const c of candidates) {
    const at = Math.min(c.content.start, c.attribution?.cue.start ?? Infinity);
    while (nextPerson < people.length && people[nextPerson].start < at) discourse.notePerson(people[nextPerson++]);
    c.referent = resolveSpeaker(c, discourse, tokens, found);
    if (c.referent) discourse.spoke(c.referent);
  }

  const toCodePoints = codePointOffsets(text);
  return { proposals: candidates.map((c) => toProposal(c, input, index, tokens, found, toCodePoints)) };

  function resolveSpeaker(c: Candidate, d: Discourse, toks: typeof tokens, all: Found[]): Referent | null {
    if (c.sharesSpeakerWith) return c.sharesSpeakerWith.referent ?? null;
    const phrase = c.attribution?.phrase;
    const resolved = phrase ? d.resolve(toks, phrase[0], phrase[1], all) : null;
    if (resolved) return resolved;
    // A quotation with no attribution of its own continues the latest speaker's words.
    const back = d.lastSpeaker;
    return back ? { speaker: { ...back.speaker, span: null }, country: back.country } : null;
  }

  function toProposal(c: Candidate, article: ArticleInput, idx: NameIndex, toks: typeof tokens, all: Found[], cp: (i: number) => number): Proposal {
    const date = dateOf(c, article);
    const mentions = mentionsIn(text, c.content, all, c.referent?.speaker.span ?? null);
    const stances = proposeStances(text, language, toks, c.content, mentions);
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
