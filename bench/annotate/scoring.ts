/**
 * How a proposal is held against the gold. A gold quote is found when a QUOTE proposal covers at least
 * half of the union of the two spans; its span is exact when start and end agree to the code point. A
 * gold paraphrase is found when a PARAPHRASE proposal overlaps half of it and is itself half inside it
 * (reported speech has softer edges). A speaker is right when the graph identifiers agree or, for
 * speakers the graph lacks, when the proposal's name holds the gold name's last word (its first five
 * letters in inflecting languages, so "Лаврова" is "Лавров").
 */
import type { Proposal } from '../../src/annotate/types.js';
import type { Excerpt, GoldItem, GoldSpeaker } from './corpus.js';

export interface Tally {
  quotes: number;
  quotesFound: number;
  quotesExact: number;
  quoteSpeakersRight: number;
  quoteProposals: number;
  extraQuotes: number;
  paraphrases: number;
  paraphrasesFound: number;
  paraphraseSpeakersRight: number;
  stances: number;
  stancesRight: number;
  modalitiesRight: number;
  countries: number;
  countriesRight: number;
  misses: string[];
}

export const emptyTally = (): Tally => ({
  quotes: 0,
  quotesFound: 0,
  quotesExact: 0,
  quoteSpeakersRight: 0,
  quoteProposals: 0,
  extraQuotes: 0,
  paraphrases: 0,
  paraphrasesFound: 0,
  paraphraseSpeakersRight: 0,
  stances: 0,
  stancesRight: 0,
  modalitiesRight: 0,
  countries: 0,
  countriesRight: 0,
  misses: [],
});

export function add(into: Tally, t: Tally): Tally {
  for (const key of Object.keys(t) as Array<keyof Tally>) {
    if (key === 'misses') into.misses.push(...t.misses);
    else into[key] += t[key];
  }
  return into;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

export function speakerRight(gold: GoldSpeaker, proposal: Proposal['speaker'], inflecting: boolean): boolean {
  if (!proposal) return false;
  if (gold.id && proposal.id === gold.id) return true;
  if (gold.id && proposal.id && proposal.id !== gold.id) return false;
  const said = words(`${proposal.name}`);
  return gold.names.some((name) => {
    const last = words(name).at(-1) ?? '';
    const key = inflecting ? last.slice(0, Math.min(5, last.length)) : last;
    return said.some((w) => (inflecting ? w.startsWith(key) : w === key));
  });
}

export function scoreExcerpt(excerpt: Excerpt, proposals: Proposal[]): Tally {
  const t = emptyTally();
  const inflecting = excerpt.language !== 'en';
  const quotes = proposals.filter((p) => p.kind === 'QUOTE');
  const paraphrases = proposals.filter((p) => p.kind === 'PARAPHRASE');
  const used = new Set<Proposal>();
  const miss = (what: string, g: GoldItem, why: string) => t.misses.push(`${excerpt.id} ${what} "${g.text.slice(0, 70)}": ${why}`);

  const judge = (g: GoldItem, p: Proposal | undefined, what: 'quote' | 'paraphrase') => {
    if (!p) return;
    if (speakerRight(g.speaker, p.speaker, inflecting)) {
      if (what === 'quote') t.quoteSpeakersRight++;
      else t.paraphraseSpeakersRight++;
    } else miss(what, g, `speaker ${p.speaker ? `${p.speaker.name} (${p.speaker.match})` : 'none'}, not ${g.speaker.names[0]}`);
    if (g.country) {
      t.countries++;
      if (p.onBehalfOf?.id === `country:${g.country}`) t.countriesRight++;
      else miss(what, g, `on behalf of ${p.onBehalfOf?.id ?? 'nobody'}, not ${g.country}`);
    }
    for (const s of g.stances) {
      t.stances++;
      const found = p.stances.find((x) => x.code === s.code);
      if (!found) {
        miss(what, g, `no ${s.code} (proposed ${p.stances.map((x) => x.code).join(', ') || 'none'})`);
        continue;
      }
      t.stancesRight++;
      if (found.modality === s.modality) t.modalitiesRight++;
      else miss(what, g, `${s.code} ${found.modality}, not ${s.modality}`);
    }
  };

  for (const g of excerpt.quotes) {
    t.quotes++;
    const p = quotes.find((q) => !used.has(q) && overlap(q, g) >= 0.5 * (Math.max(q.end, g.end) - Math.min(q.start, g.start)));
    if (!p) {
      miss('quote', g, 'not found');
      continue;
    }
    used.add(p);
    t.quotesFound++;
    if (p.start === g.start && p.end === g.end) t.quotesExact++;
    else miss('quote', g, `span [${p.start}, ${p.end}) "${p.text.slice(0, 40)}…", not [${g.start}, ${g.end})`);
    judge(g, p, 'quote');
  }
  t.quoteProposals = quotes.length;
  t.extraQuotes = quotes.filter((q) => !used.has(q)).length;
  for (const q of quotes.filter((x) => !used.has(x))) t.misses.push(`${excerpt.id} extra quote "${q.text.slice(0, 70)}"`);

  for (const g of excerpt.paraphrases) {
    t.paraphrases++;
    const p = paraphrases.find((x) => !used.has(x) && overlap(x, g) >= 0.5 * (g.end - g.start) && overlap(x, g) >= 0.5 * (x.end - x.start));
    if (!p) {
      miss('paraphrase', g, 'not found');
      continue;
    }
    used.add(p);
    t.paraphrasesFound++;
    judge(g, p, 'paraphrase');
  }
  return t;
}
