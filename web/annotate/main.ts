import '../explorer/explorer.css';
import './annotate.css';
import { ApiError, gql } from '../explorer/api';
import { el } from '../explorer/dom';
import { readView, writeView } from '../explorer/viewState';
import { proposalCard } from './card';
import { draftOf, toInput, type Draft } from './draft';
import { marksOf, segments, whereNow } from './highlight';
import { CODEBOOK, CONFIRM, PROPOSE, type CodebookResult, type ConfirmResult, type Issue, type ProposeResult } from './queries';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** The graph opened after a write centres on the first statement and opens as many more as stay readable. */
const GRAPH_STATEMENTS = 8;

const form = $<HTMLFormElement>('article-form');
const textArea = $<HTMLTextAreaElement>('article-text');
const fileInput = $<HTMLInputElement>('article-file');
const field = (id: string) => $<HTMLInputElement>(id);
const alertRegion = $('alert');
const statusRegion = $('status');
const writeButton = $<HTMLButtonElement>('write-button');

let codebook: CodebookResult['stanceCodes'] = [];
let drafts: Draft[] = [];
let cards: Array<ReturnType<typeof proposalCard>> = [];
/** The text the proposals were made on: its spans are theirs, whatever the text box holds now. */
let proposedText: string | null = null;
/** Once the accepted set is written, leaving the page loses nothing. */
let writtenAll = false;

function say(message: string) {
  statusRegion.textContent = message;
}

function showError(error: unknown) {
  alertRegion.textContent = error instanceof ApiError ? error.message : 'Something went wrong on this page; reload it and try again.';
  alertRegion.hidden = false;
  if (!(error instanceof ApiError)) console.error(error);
}

function clearError() {
  alertRegion.hidden = true;
  alertRegion.textContent = '';
}

function metadata() {
  const value = (id: string) => field(id).value.trim() || null;
  return {
    language: $<HTMLSelectElement>('article-language').value,
    published: value('article-published'),
    publisher: value('article-publisher'),
    url: value('article-url'),
    title: value('article-title'),
    kind: $<HTMLSelectElement>('article-kind').value,
  };
}

/** The metadata a researcher can get wrong before anything is asked of the server. */
function metadataIsValid(): boolean {
  const { published, url } = metadata();
  const badDate = published !== null && !DATE_PATTERN.test(published);
  const badUrl = url !== null && !/^https?:\/\/\S+$/.test(url);
  $('published-error').hidden = !badDate;
  $('url-error').hidden = !badUrl;
  field('article-published').setAttribute('aria-invalid', String(badDate));
  field('article-url').setAttribute('aria-invalid', String(badUrl));
  if (badDate) field('article-published').focus();
  else if (badUrl) field('article-url').focus();
  return !badDate && !badUrl;
}

/** The article with each proposal's words, speaker, mentions and cue words marked; a click opens the proposal. */
function drawText() {
  const container = $('marked-text');
  if (proposedText === null) return;
  const text = proposedText;
  const parts = segments(text, drafts.flatMap((d) => marksOf(text, d)));
  container.replaceChildren(
    ...parts.map((part) => {
      if (!part.proposals.size) return document.createTextNode(part.text);
      const indices = [...part.proposals];
      const classes = ['mk', ...[...part.marks].map((m) => `mk-${m}`)];
      if (indices.every((i) => drafts[i].decision === 'rejected')) classes.push('is-rejected');
      else if (indices.some((i) => drafts[i].decision === 'accepted')) classes.push('is-accepted');
      const span = el('span', { class: classes.join(' '), 'data-proposals': indices.join(' ') }, part.text);
      if (part.begins !== null) {
        span.dataset.begins = String(part.begins);
        span.dataset.number = String(part.begins + 1);
      }
      span.addEventListener('click', () => cards[indices[0]]?.heading.focus());
      return span;
    }),
  );
}

function accepted(): Draft[] {
  return drafts.filter((d) => d.decision === 'accepted');
}

function summarise() {
  const counts = { accepted: 0, rejected: 0, undecided: 0 };
  for (const d of drafts) counts[d.decision]++;
  $('review-summary').textContent = drafts.length
    ? `${drafts.length} proposals: ${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.undecided} undecided.`
    : 'No quotes or reported speech were found in this text.';
  const n = counts.accepted;
  writeButton.textContent = n ? `Write the ${n} accepted statement${n > 1 ? 's' : ''}` : 'Write the accepted statements';
  writeButton.disabled = n === 0 || textArea.value !== proposedText;
}

/** Each card says at once whether its words, as edited, can be found in the text. */
function checkWords() {
  if (proposedText === null) return;
  for (const [i, d] of drafts.entries()) {
    const now = whereNow(proposedText, d);
    cards[i].setWordsHint(
      now.found
        ? null
        : now.reason === 'NOT_FOUND'
          ? 'These words are not in the text: they would be refused.'
          : `These words occur ${now.occurrences} times in the text: keep enough words to make them unique.`,
    );
  }
}

function changed() {
  summarise();
  checkWords();
  drawText();
}

function showInText(draft: Draft) {
  const target = $('marked-text').querySelector<HTMLElement>(`[data-begins="${draft.index}"]`);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.classList.remove('flash');
  void target.offsetWidth;
  target.classList.add('flash');
  say(`Proposal ${draft.index + 1} is highlighted in the text.`);
}

function showProposals(text: string, proposals: ProposeResult['proposeAnnotations']['proposals']) {
  proposedText = text;
  writtenAll = false;
  drafts = proposals.map(draftOf);
  const context = { codebook, changed, show: showInText, onError: showError };
  cards = drafts.map((d) => proposalCard(d, context));
  $('proposal-list').replaceChildren(...cards.map((c) => c.element));
  $('review').hidden = false;
  $('write').hidden = false;
  $('text-changed').hidden = true;
  changed();
  say(`${drafts.length} proposals found.`);
}

async function propose() {
  clearError();
  const text = textArea.value;
  if (!text.trim()) {
    showError(new ApiError('refused', 'Paste the article’s text (or drop a text file) first.'));
    textArea.focus();
    return;
  }
  if (!metadataIsValid()) return;
  const { language, published } = metadata();
  const button = $<HTMLButtonElement>('propose');
  button.disabled = true;
  say('Reading the article…');
  try {
    const [data] = await Promise.all([gql<ProposeResult>(PROPOSE, { text, language, published }), codebookLoaded]);
    showProposals(text, data.proposeAnnotations.proposals);
    $('review-heading').scrollIntoView({ block: 'start' });
  } catch (error) {
    showError(error);
  } finally {
    button.disabled = false;
  }
}

/** The issue's proposal, by its place among those sent: `input.proposals[2].text` is the third accepted. */
function proposalOf(issue: Issue, sent: Draft[]): Draft | null {
  const m = /^input\.proposals\[(\d+)\]/.exec(issue.field);
  return m ? (sent[Number(m[1])] ?? null) : null;
}

function graphLink(statementIds: string[]): string {
  const [first, ...rest] = statementIds;
  return `/${writeView({ ...readView(''), focus: first, depth: 1, expanded: rest.slice(0, GRAPH_STATEMENTS - 1) })}`;
}

async function write() {
  clearError();
  const sent = accepted();
  const token = field('editor-token').value.trim();
  if (!token) {
    showError(new ApiError('refused', 'Writing needs an editor token: put yours in the Editor token field.'));
    field('editor-token').focus();
    return;
  }
  if (!metadataIsValid() || proposedText === null) return;
  for (const card of cards) card.setProblem(null);
  const { language, published, publisher, url, title, kind } = metadata();
  const input = { source: { text: proposedText, url, publisher, published, language, title, kind }, proposals: sent.map(toInput) };
  writeButton.disabled = true;
  say('Writing…');
  try {
    const data = await gql<ConfirmResult>(CONFIRM, { input }, { authorization: `Bearer ${token}` });
    const answer = data.confirmAnnotations;
    const link = graphLink(answer.statements.map((s) => s.id));
    const created = answer.records.filter((r) => r.outcome === 'CREATED').length;
    $('write-result').replaceChildren(
      el('p', {}, `Written: ${answer.statements.length} statements in ${answer.source.id} (${created} new records). Opening the graph around them… `, el('a', { href: link, id: 'graph-link' }, 'Open the graph')),
    );
    say('Written. Opening the graph.');
    writtenAll = true;
    window.location.assign(link);
  } catch (error) {
    const issues = (error instanceof ApiError ? (error.extensions.issues as Issue[] | undefined) : undefined) ?? [];
    for (const issue of issues) {
      const draft = proposalOf(issue, sent);
      if (draft) cards[draft.index].setProblem([draft.problem, issue.message].filter(Boolean).join(' '));
    }
    showError(error);
    const first = issues.map((i) => proposalOf(i, sent)).find((d) => d);
    if (first) cards[first.index].heading.focus();
    summarise();
  }
}

function decideAll(decision: 'accepted' | 'rejected') {
  for (const [i, d] of drafts.entries()) {
    if (d.decision !== 'undecided') continue;
    d.decision = decision;
    cards[i].sync();
  }
  changed();
  say(`Every undecided proposal is now ${decision}.`);
}

async function readFile(file: File) {
  textArea.value = await file.text();
  textArea.dispatchEvent(new Event('input'));
  say(`Read ${file.name}.`);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void propose();
});
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void readFile(file);
});
textArea.addEventListener('dragover', (event) => {
  event.preventDefault();
  textArea.classList.add('dropping');
});
textArea.addEventListener('dragleave', () => textArea.classList.remove('dropping'));
textArea.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files[0];
  textArea.classList.remove('dropping');
  if (!file) return;
  event.preventDefault();
  void readFile(file);
});
textArea.addEventListener('input', () => {
  if (proposedText === null) return;
  $('text-changed').hidden = textArea.value === proposedText;
  summarise();
});
// Decisions live only in this page: leaving it before they are written asks first.
window.addEventListener('beforeunload', (event) => {
  if (!writtenAll && drafts.some((d) => d.decision !== 'undecided')) event.preventDefault();
});
$('accept-all').addEventListener('click', () => decideAll('accepted'));
$('reject-all').addEventListener('click', () => decideAll('rejected'));
writeButton.addEventListener('click', () => void write());

const codebookLoaded = gql<CodebookResult>(CODEBOOK)
  .then((data) => (codebook = data.stanceCodes))
  .catch(showError);
