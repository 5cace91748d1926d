import { button, el } from '../explorer/dom';
import { createSearchBox } from '../explorer/searchBox';
import type { ActorChoice, Draft, StanceChoice } from './draft';
import { linkable } from './draft';
import type { Modality, SpeakerKind } from './queries';

export interface CardContext {
  codebook: Array<{ code: string; label: string }>;
  /** The draft changed: recount, redraw its highlights. */
  changed(draft: Draft): void;
  /** Scroll the article to the proposal's words. */
  show(draft: Draft): void;
  onError(error: unknown): void;
}

const MODALITIES: Array<[Modality, string]> = [
  ['ASSERTED', 'asserted'],
  ['CONDITIONAL', 'conditional (on a condition)'],
  ['NEGATED', 'negated (does not hold it)'],
  ['FUTURE', 'future (announced)'],
];

const KIND_OF_HIT: Record<string, SpeakerKind> = { Person: 'PERSON', Organization: 'ORGANIZATION', Country: 'COUNTRY' };
const NEW_AS: Array<[SpeakerKind, string]> = [
  ['PERSON', 'a new person'],
  ['ORGANIZATION', 'a new organization'],
];

function select(id: string, options: Array<[string, string]>, value: string, onChange: (value: string) => void) {
  const s = el('select', { id }, ...options.map(([v, label]) => el('option', { value: v, selected: v === value }, label)));
  s.addEventListener('change', () => onChange(s.value));
  return s;
}

/**
 * An actor field: search the graph (any script) and pick with the arrow keys and Enter, or keep the
 * name as typed as a new one. The line under it says which it is.
 */
function actorField(draft: Draft, field: 'speaker' | 'onBehalfOf', label: string, kinds: string[], ctx: CardContext) {
  const id = `p${draft.index}-${field}`;
  const input = el('input', { id, type: 'text', 'aria-describedby': `${id}-status` });
  const listbox = el('ul', { id: `${id}-results`, class: 'combo-results' });
  const status = el('p', { id: `${id}-status`, class: 'hint actor-status' });
  const newAs = select(`${id}-new-as`, NEW_AS, field === 'speaker' ? 'PERSON' : 'ORGANIZATION', (kind) => {
    const actor = draft[field];
    if (actor && !actor.id) actor.kind = kind as SpeakerKind;
    ctx.changed(draft);
  });
  const newAsLabel = el('label', { class: 'new-as' }, 'Add as ', newAs);
  const proposed = draft[field];
  input.value = proposed?.name ?? '';

  function say() {
    const actor = draft[field];
    newAsLabel.hidden = !actor || actor.id !== null;
    if (!actor) status.textContent = field === 'speaker' ? 'No speaker.' : 'Not said.';
    else if (actor.id) status.textContent = `In the graph: ${actor.name} (${actor.id}).`;
    else status.textContent = `Not in the graph yet: written as ${actor.kind === 'PERSON' ? 'a new person' : 'a new organization'} named “${actor.name}”.`;
  }

  createSearchBox({
    input,
    listbox,
    kinds,
    onPick(entity) {
      draft[field] = { id: entity.id, name: entity.name, kind: KIND_OF_HIT[entity.kind] ?? 'PERSON', span: proposed?.span ?? null };
      say();
      ctx.changed(draft);
    },
    onError: ctx.onError,
  });
  input.addEventListener('input', () => {
    const name = input.value.trim();
    const kind = (newAs.value as SpeakerKind) ?? 'PERSON';
    // A name typed by hand is a new actor; its span is kept only while it still reads as proposed.
    const span = proposed && proposed.name === name ? proposed.span : null;
    draft[field] = name ? ({ id: null, name, kind, span } satisfies ActorChoice) : null;
    say();
    ctx.changed(draft);
  });
  say();
  return el('div', { class: 'field' }, el('label', { for: id }, label), el('div', { class: 'combo' }, input, listbox), status, newAsLabel);
}

/** Other renderings of the same words already in the graph, found by a phrase of them. */
function rendersField(draft: Draft, ctx: CardContext) {
  const id = `p${draft.index}-renders`;
  const input = el('input', { id, type: 'text', 'aria-describedby': `${id}-hint` });
  const listbox = el('ul', { id: `${id}-results`, class: 'combo-results' });
  const chosen = el('ul', { class: 'renders', 'aria-label': 'Renderings linked' });
  const draw = () =>
    chosen.replaceChildren(
      ...draft.renders.map((r, i) =>
        el('li', {}, el('q', {}, r.name), ' ', button('Unlink', () => {
          draft.renders.splice(i, 1);
          draw();
          ctx.changed(draft);
        }, { class: 'small', 'aria-label': `Unlink “${r.name}”` })),
      ),
    );
  const box = createSearchBox({
    input,
    listbox,
    kinds: ['Statement'],
    onPick(entity) {
      if (!draft.renders.some((r) => r.id === entity.id)) draft.renders.push({ id: entity.id, name: entity.name });
      box.clear();
      draw();
      ctx.changed(draft);
    },
    onError: ctx.onError,
  });
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id }, 'Same words as a statement held'),
    el('div', { class: 'combo' }, input, listbox),
    el('p', { id: `${id}-hint`, class: 'hint' }, 'Another outlet’s quote or the original of a translation: search a phrase of it.'),
    chosen,
  );
}

function stanceRow(draft: Draft, stance: StanceChoice, k: number, ctx: CardContext, redraw: () => void) {
  const id = `p${draft.index}-stance${k}`;
  const conflicts = new Map(draft.proposal.mentions.filter((m) => m.kind === 'CONFLICT').map((m) => [m.id, m.name]));
  for (const s of draft.proposal.stances) if (s.toward) conflicts.set(s.toward.id, s.toward.name);
  const conditionInput = el('input', { id: `${id}-condition`, type: 'text' });
  conditionInput.value = stance.condition;
  conditionInput.addEventListener('input', () => {
    stance.condition = conditionInput.value;
    ctx.changed(draft);
  });
  const condition = el('div', { class: 'field' }, el('label', { for: `${id}-condition` }, 'Condition, in the text’s words'), conditionInput);
  condition.hidden = stance.modality !== 'CONDITIONAL';
  const code = select(`${id}-code`, ctx.codebook.map((c) => [c.code, c.label]), stance.code, (value) => {
    stance.code = value;
    ctx.changed(draft);
  });
  const modality = select(`${id}-modality`, MODALITIES, stance.modality, (value) => {
    stance.modality = value as Modality;
    condition.hidden = stance.modality !== 'CONDITIONAL';
    ctx.changed(draft);
  });
  const toward = select(`${id}-toward`, [['', 'no conflict named'], ...[...conflicts].map(([cid, name]): [string, string] => [cid, name])], stance.toward ?? '', (value) => {
    stance.toward = value || null;
    ctx.changed(draft);
  });
  const remove = button('Remove this stance', () => {
    draft.stances.splice(k, 1);
    ctx.changed(draft);
    redraw();
  }, { class: 'small' });
  return el(
    'fieldset',
    { class: 'stance' },
    el('legend', {}, `Stance ${k + 1}`),
    el('div', { class: 'field' }, el('label', { for: `${id}-code` }, 'Stance'), code),
    el('div', { class: 'field' }, el('label', { for: `${id}-modality` }, 'Modality'), modality),
    condition,
    el('div', { class: 'field' }, el('label', { for: `${id}-toward` }, 'Toward'), toward),
    remove,
  );
}

function decisionButtons(draft: Draft, ctx: CardContext, card: HTMLElement) {
  const make = (decision: 'accepted' | 'rejected', label: string) => {
    const b = button(label, () => {
      draft.decision = draft.decision === decision ? 'undecided' : decision;
      sync();
      ctx.changed(draft);
    }, { class: `decide decide-${decision}`, 'aria-pressed': 'false' });
    return b;
  };
  const accept = make('accepted', 'Accept');
  const reject = make('rejected', 'Reject');
  function sync() {
    accept.setAttribute('aria-pressed', String(draft.decision === 'accepted'));
    reject.setAttribute('aria-pressed', String(draft.decision === 'rejected'));
    card.dataset.decision = draft.decision;
  }
  sync();
  return { group: el('div', { class: 'decision', role: 'group', 'aria-label': `Decision on proposal ${draft.index + 1}` }, accept, reject), sync };
}

/** One proposal in the side list: accept or reject it, edit its words, speaker, date, mentions and stances. */
export function proposalCard(draft: Draft, ctx: CardContext) {
  const number = draft.index + 1;
  const headingId = `p${draft.index}-heading`;
  const card = el('li', { class: 'proposal', id: `proposal-${draft.index}`, 'aria-labelledby': headingId });
  const heading = el('h3', { id: headingId, tabindex: '-1' }, `${number}. ${draft.kind === 'QUOTE' ? 'Quote' : 'Paraphrase'}`);
  const { group, sync } = decisionButtons(draft, ctx, card);
  const problem = el('p', { class: 'field-error', id: `p${draft.index}-problem`, role: 'alert' });
  problem.hidden = true;

  const kind = select(`p${draft.index}-kind`, [['QUOTE', 'Quote (the words as printed)'], ['PARAPHRASE', 'Paraphrase (reported speech)']], draft.kind, (value) => {
    draft.kind = value as Draft['kind'];
    heading.textContent = `${number}. ${draft.kind === 'QUOTE' ? 'Quote' : 'Paraphrase'}`;
    ctx.changed(draft);
  });
  const words = el('textarea', { id: `p${draft.index}-text`, rows: '3', 'aria-describedby': `p${draft.index}-text-hint p${draft.index}-text-check` });
  const wordsHint = el('p', { id: `p${draft.index}-text-check`, class: 'field-error', 'aria-live': 'polite' });
  wordsHint.hidden = true;
  words.value = draft.text;
  words.addEventListener('input', () => {
    draft.text = words.value;
    ctx.changed(draft);
  });
  const date = el('input', { id: `p${draft.index}-date`, type: 'text', inputmode: 'numeric', placeholder: 'YYYY-MM-DD' });
  date.value = draft.date;
  date.addEventListener('input', () => {
    draft.date = date.value;
    ctx.changed(draft);
  });

  const mentionList = el(
    'ul',
    { class: 'mentions' },
    ...draft.proposal.mentions.filter(linkable).filter((m, i, all) => all.findIndex((o) => o.id === m.id) === i).map((m) => {
      const box = el('input', { type: 'checkbox', id: `p${draft.index}-mention-${m.id}`, checked: draft.mentions.has(m.id) });
      box.addEventListener('change', () => {
        if (box.checked) draft.mentions.add(m.id);
        else draft.mentions.delete(m.id);
        ctx.changed(draft);
      });
      return el('li', {}, box, ' ', el('label', { for: box.id }, `${m.name} `, el('span', { class: 'muted' }, `(${m.kind.toLowerCase()}, “${m.text}”)`)));
    }),
  );

  const stances = el('div', { class: 'stances' });
  const drawStances = () => {
    stances.replaceChildren(...draft.stances.map((s, k) => stanceRow(draft, s, k, ctx, drawStances)));
  };
  drawStances();
  const addStance = button('Add a stance', () => {
    draft.stances.push({ code: ctx.codebook[0]?.code ?? 'PEACEFUL_SETTLEMENT', modality: 'ASSERTED', condition: '', toward: null });
    drawStances();
    ctx.changed(draft);
  }, { class: 'small' });

  const cues = [...draft.proposal.cues, ...draft.proposal.stances.flatMap((s) => s.cues)];
  const cueLine = cues.length
    ? el('p', { class: 'hint cues' }, 'Rests on: ', ...cues.flatMap((c, i) => [i ? ', ' : '', el('q', {}, c.text), ` (${c.kind.toLowerCase()})`]))
    : null;

  const parts: Array<HTMLElement | null> = [
    el('div', { class: 'card-head' }, heading, group),
    problem,
    el('div', { class: 'field' }, el('label', { for: `p${draft.index}-kind` }, 'Kind'), kind),
    el(
      'div',
      { class: 'field' },
      el('label', { for: `p${draft.index}-text` }, 'Words'),
      words,
      el('p', { id: `p${draft.index}-text-hint`, class: 'hint' }, 'Edit freely: the words are found again in the text when written; words that are not in it, or in it more than once, are refused.'),
      wordsHint,
    ),
    button('Show in the text', () => ctx.show(draft), { class: 'small' }),
    actorField(draft, 'speaker', 'Speaker', ['Person', 'Organization', 'Country'], ctx),
    actorField(draft, 'onBehalfOf', 'On behalf of', ['Country', 'Organization'], ctx),
    el('div', { class: 'field' }, el('label', { for: `p${draft.index}-date` }, 'Date'), date),
    draft.proposal.mentions.some(linkable) ? el('fieldset', { class: 'mention-set' }, el('legend', {}, 'Names in it, linked'), mentionList) : null,
    stances,
    addStance,
    rendersField(draft, ctx),
    cueLine,
  ];
  card.append(...parts.filter((p): p is HTMLElement => p !== null));
  return {
    element: card,
    heading,
    /** Says whether the edited words can be found in the text. */
    setWordsHint(message: string | null) {
      wordsHint.textContent = message ?? '';
      wordsHint.hidden = !message;
      words.setAttribute('aria-invalid', String(Boolean(message)));
    },
    /** Shows (or clears) the server's refusal of this proposal. */
    setProblem(message: string | null) {
      draft.problem = message;
      problem.textContent = message ?? '';
      problem.hidden = !message;
    },
    sync,
  };
}
