import { button, el, formatDate } from './dom';
import type { PartialDate, StanceSummary, StatementCard } from './queries';

export interface CardActions {
  openStatement(id: string): void;
}

const PRECISION: Record<PartialDate['precision'], string> = { DAY: '', MONTH: ' (month only)', YEAR: ' (year only)', RANGE: '', BOUND: '' };

/**
 * A date with what the source lets us know of it: 3 March 2026, 2013 (year only), from 3 March 2026 to
 * 8 March 2026, on or before May 2025, or that it gives none.
 */
export function datedAs(date: PartialDate | null): string {
  if (!date) return 'date not given';
  return `${formatDate(date.value)}${PRECISION[date.precision]}`;
}

/** How a stance is held, in words: conditional, if the parties request it. */
export function modalityWords(s: { modality: string; condition: string | null }): string {
  const how = s.modality.toLowerCase();
  return s.condition ? `${how}: ${s.condition}` : how;
}

function stanceChip(s: StanceSummary) {
  return el(
    'li',
    { class: `stance-chip modality-${s.modality.toLowerCase()}`, 'data-stance': s.stance },
    el('span', { class: 'chip-stance' }, s.stanceLabel),
    s.modality !== 'ASSERTED' && el('span', { class: 'chip-modality' }, ` · ${modalityWords(s)}`),
    s.toward && el('span', { class: 'chip-toward' }, ` → ${s.toward.name}`),
  );
}

function sourceLine(card: StatementCard) {
  return card.evidence.map((e) => {
    const name = e.source.title ?? e.source.publisher ?? e.source.id;
    const link = e.source.url ? el('a', { href: e.source.url, rel: 'noreferrer', target: '_blank' }, name) : el('span', {}, name);
    const span = e.span
      ? el('span', { class: 'feed-span', 'data-span': `${e.span.start}-${e.span.end}` }, `, characters ${e.span.start}–${e.span.end} (${e.span.match.toLowerCase().replace('_', ' ')} match)`)
      : el('span', { class: 'muted' }, ', no span: we do not hold its text');
    return el('li', {}, link, span);
  });
}

/**
 * One statement as a reader weighs it: the words first, then who said them in which capacity and for whom,
 * when (as precisely as known), where, what stances they express, and the source with the span.
 */
export function statementCard(card: StatementCard, actions: CardActions, headingLevel: 'h3' | 'h4' = 'h3') {
  const offices = card.speakerOffices.map((o) => `${o.title}, ${o.organization.name}`).join('; ');
  const who = card.speaker ? `${card.speaker.name}${offices ? ` (${offices})` : ''}` : 'Speaker not named in the source';
  const occasion = card.occasion && `${card.occasion.name}${card.occasion.place ? `, ${card.occasion.place.name}` : ''}`;
  const kind = card.kind === 'QUOTE' ? 'Quote' : 'Paraphrase';
  const article = el(
    'article',
    { class: `feed-item kind-${card.kind.toLowerCase()}`, 'data-statement-id': card.id, 'aria-labelledby': `feed-${card.id}` },
    el(headingLevel, { class: 'visually-hidden', id: `feed-${card.id}` }, `${kind} of ${datedAs(card.date)} by ${card.speaker?.name ?? 'an unnamed speaker'}`),
    el('blockquote', { class: 'feed-words', lang: card.language }, card.text),
    el(
      'p',
      { class: 'feed-meta' },
      el('span', { class: 'kind-badge' }, kind),
      ' ',
      el('span', { class: 'lang-badge', title: 'Language' }, card.language),
      ' ',
      el('span', { class: 'feed-speaker' }, who),
      card.onBehalfOf && el('span', { class: 'feed-behalf' }, ` · on behalf of ${card.onBehalfOf.name}`),
      ' · ',
      card.date ? el('time', { class: 'feed-date', datetime: card.date.value }, datedAs(card.date)) : el('span', { class: 'feed-date' }, datedAs(null)),
      occasion && el('span', { class: 'feed-occasion' }, ` · at ${occasion}`),
    ),
    card.expresses.length > 0 && el('ul', { class: 'stance-chips', 'aria-label': 'Stances expressed' }, ...card.expresses.map(stanceChip)),
    el('ul', { class: 'feed-sources', 'aria-label': 'Sources' }, ...sourceLine(card)),
  );
  const actionsLine = el('p', { class: 'feed-actions' }, button('Open with its source text', () => actions.openStatement(card.id), { 'aria-label': `Open with its source text: the ${kind.toLowerCase()} of ${datedAs(card.date)}` }));
  if (card.renderings.length) {
    const list = el(
      'ul',
      { class: 'renderings' },
      ...card.renderings.map((r) =>
        el('li', {}, el('span', { class: 'lang-badge' }, r.language), ' ', el('q', { lang: r.language }, r.text), ' ', button('Open', () => actions.openStatement(r.id), { 'aria-label': `Open the ${r.language} rendering` })),
      ),
    );
    article.append(el('details', { class: 'feed-renderings' }, el('summary', {}, `Other renderings (${card.renderings.map((r) => r.language).join(', ')})`), list));
  }
  article.append(actionsLine);
  return article;
}
