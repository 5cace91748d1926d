/**
 * `npm run bench:annotate [-- --misses] [--split dev|heldout]`: scores the proposer on the annotated
 * corpus, development and held-out excerpts apart, and times a 10,000-word article on one core. Needs no
 * database: the gazetteer is the seed's, built from its import records.
 */
import { parseArgs } from 'node:util';
import { NameIndex } from '../../src/annotate/names.js';
import { propose } from '../../src/annotate/propose.js';
import { gazetteerFromRecords } from '../../src/annotate/recordsGazetteer.js';
import type { AnnotationLanguage } from '../../src/annotate/types.js';
import { seedRecords } from '../../src/seed/load.js';
import { readCorpus, type Excerpt } from './corpus.js';
import { add, emptyTally, scoreExcerpt, type Tally } from './scoring.js';

const { values } = parseArgs({ options: { misses: { type: 'boolean' }, split: { type: 'string' } } });

const gazetteer = gazetteerFromRecords(seedRecords());
const indexes = new Map<AnnotationLanguage, NameIndex>();
const indexFor = (language: AnnotationLanguage) => {
  let index = indexes.get(language);
  if (!index) indexes.set(language, (index = new NameIndex(gazetteer, language)));
  return index;
};

const corpus = readCorpus().filter((e) => !values.split || e.split === values.split);
const results = corpus.map((e) => ({ excerpt: e, tally: scoreExcerpt(e, propose({ text: e.text, language: e.language, published: e.published }, indexFor(e.language)).proposals) }));

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');
const TARGETS = {
  quoteRecall: 95,
  exactSpan: 90,
  quoteSpeaker: 90,
  extra: 5,
  paraphraseRecall: 70,
  paraphraseSpeaker: 80,
  stance: 70,
  modality: 80,
};

function rows(t: Tally): Array<[string, string, string, string]> {
  return [
    ['quotes found (recall)', `${t.quotesFound}/${t.quotes}`, pct(t.quotesFound, t.quotes), `≥ ${TARGETS.quoteRecall} %`],
    ['  exact span', `${t.quotesExact}/${t.quotesFound}`, pct(t.quotesExact, t.quotesFound), `≥ ${TARGETS.exactSpan} %`],
    ['  speaker right', `${t.quoteSpeakersRight}/${t.quotesFound}`, pct(t.quoteSpeakersRight, t.quotesFound), `≥ ${TARGETS.quoteSpeaker} %`],
    ['  extra quotes', `${t.extraQuotes}/${t.quoteProposals}`, pct(t.extraQuotes, t.quoteProposals), `≤ ${TARGETS.extra} %`],
    ['paraphrases found (recall)', `${t.paraphrasesFound}/${t.paraphrases}`, pct(t.paraphrasesFound, t.paraphrases), `≥ ${TARGETS.paraphraseRecall} %`],
    ['  speaker right', `${t.paraphraseSpeakersRight}/${t.paraphrasesFound}`, pct(t.paraphraseSpeakersRight, t.paraphrasesFound), `≥ ${TARGETS.paraphraseSpeaker} %`],
    ['stance code right', `${t.stancesRight}/${t.stances}`, pct(t.stancesRight, t.stances), `≥ ${TARGETS.stance} %`],
    ['  modality right', `${t.modalitiesRight}/${t.stancesRight}`, pct(t.modalitiesRight, t.stancesRight), `≥ ${TARGETS.modality} %`],
    ['on behalf of right', `${t.countriesRight}/${t.countries}`, pct(t.countriesRight, t.countries), '(no target)'],
  ];
}

function table(title: string, excerpts: Array<{ excerpt: Excerpt; tally: Tally }>) {
  const total = excerpts.reduce((acc, r) => add(acc, r.tally), emptyTally());
  const languages = [...new Set(excerpts.map((r) => r.excerpt.language))].sort();
  console.log(`\n${title}: ${excerpts.length} excerpts (${languages.map((l) => `${l} ${excerpts.filter((r) => r.excerpt.language === l).length}`).join(', ')})`);
  for (const [name, count, rate, target] of rows(total)) console.log(`  ${name.padEnd(28)} ${count.padStart(7)}  ${rate.padStart(8)}  ${target}`);
  console.log(`  by language — quotes found / exact / speaker; paraphrases found / speaker:`);
  for (const l of languages) {
    const t = excerpts.filter((r) => r.excerpt.language === l).reduce((acc, r) => add(acc, r.tally), emptyTally());
    console.log(`    ${l}: ${pct(t.quotesFound, t.quotes)} / ${pct(t.quotesExact, t.quotesFound)} / ${pct(t.quoteSpeakersRight, t.quotesFound)}; ${pct(t.paraphrasesFound, t.paraphrases)} / ${pct(t.paraphraseSpeakersRight, t.paraphrasesFound)}`);
  }
  if (values.misses) for (const m of total.misses) console.log(`    · ${m}`);
}

for (const split of ['dev', 'heldout'] as const) {
  const part = results.filter((r) => r.excerpt.split === split);
  if (part.length) table(split === 'dev' ? 'Development excerpts' : 'Held-out excerpts', part);
}
if (!values.split) table('All excerpts', results);

// Timing: English excerpts end to end until the article has 10,000 words; the index is built once, as the
// server builds it once per request before proposing.
const english = corpus.filter((e) => e.language === 'en').map((e) => e.text);
let article = '';
for (let i = 0; article.split(/\s+/u).length < 10_000; i++) article += `${english[i % english.length]}\n\n`;
const wordCount = article.split(/\s+/u).filter(Boolean).length;
const t0 = performance.now();
const index = new NameIndex(gazetteer, 'en');
const built = performance.now() - t0;
const times: number[] = [];
let proposals = 0;
const cold = performance.now();
propose({ text: article, language: 'en', published: '2026-03-03' }, index);
const first = performance.now() - cold;
for (let run = 0; run < 5; run++) {
  const s = performance.now();
  proposals = propose({ text: article, language: 'en', published: '2026-03-03' }, index).proposals.length;
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
console.log(`\nTiming (one core): a ${wordCount.toLocaleString('en-US')}-word article, ${proposals} proposals: median ${times[2].toFixed(0)} ms over 5 runs after a first (cold) run of ${first.toFixed(0)} ms (target < 1000 ms); the name index (${gazetteer.entities.length} entities) built in ${built.toFixed(0)} ms.`);
