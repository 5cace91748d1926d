import { button, el, formatDate } from './dom';
import { datedAs } from './feed';
import { kindLabel } from './kinds';
import type { Citation, PositionDetails, StatementDetails } from './queries';
import { splitAtSpan } from './spans';

export interface DetailActions {
  openStatement(id: string): void;
  centreOn(id: string): void;
  pathFrom(entity: { id: string; name: string }): void;
  pathTo(entity: { id: string; name: string }): void;
}

function sourceName(source: { title: string | null; publisher: string | null; id: string }) {
  return source.title ?? source.publisher ?? source.id;
}

function sourceLink(source: { title: string | null; publisher: string | null; id: string; url: string | null }) {
  const name = sourceName(source);
  return source.url ? el('a', { href: source.url, rel: 'noreferrer', target: '_blank', class: 'source-link' }, name) : el('span', {}, name);
}

/** The held source text with the cited span marked, so the reader checks the quote against its source. */
function sourceText(citation: Citation): HTMLElement {
  const { source, span } = citation;
  if (!source.text || !span) {
    return el('p', { class: 'muted' }, citation.excerpt ? `Excerpt: “${citation.excerpt}”` : 'We do not hold this source’s text; follow the link to read it.');
  }
  const [before, inside, after] = splitAtSpan(source.text, span.start, span.end);
  const mark = el('mark', { class: 'quoted-span', 'data-span': `${span.start}-${span.end}`, 'data-match': span.match }, inside);
  return el(
    'figure',
    { class: 'source-text-figure' },
    el('figcaption', {}, `Source text, characters ${span.start}–${span.end} marked (${span.match.toLowerCase().replace('_', ' ')} match)`),
    el('pre', { class: 'source-text', lang: source.language, tabindex: '0', 'aria-label': `Text of ${sourceName(source)}` }, before, mark, after),
  );
}

export function renderStatement(panel: HTMLElement, s: StatementDetails, actions: DetailActions) {
  const offices = s.speakerOffices.map((o) => `${o.title}, ${o.organization.name}`).join('; ');
  const occasion = s.occasion
    ? `${s.occasion.name} (${s.occasion.kind.toLowerCase().replace('_', ' ')}${s.occasion.place ? `, ${s.occasion.place.name}` : ''})`
    : null;
  panel.replaceChildren(
    el('h2', { id: 'details-heading', tabindex: '-1' }, s.kind === 'QUOTE' ? 'Quote' : 'Paraphrase'),
    el('blockquote', { class: 'statement-text', lang: s.language, 'data-statement-id': s.id }, s.text),
    el(
      'dl',
      { class: 'facts' },
      el('dt', {}, 'Speaker'),
      el('dd', { class: 'speaker' }, s.speaker?.name ?? 'not named in the source'),
      el('dt', {}, 'Office on that date'),
      el('dd', { class: 'office' }, offices || 'not recorded'),
      s.onBehalfOf && el('dt', {}, 'On behalf of'),
      s.onBehalfOf && el('dd', {}, s.onBehalfOf.name),
      el('dt', {}, 'Occasion'),
      el('dd', {}, occasion ?? 'not recorded'),
      el('dt', {}, 'Date'),
      el('dd', { class: 'date' }, datedAs(s.date)),
      s.context && el('dt', {}, 'Prompted by'),
      s.context && el('dd', {}, s.context),
      s.expresses.length > 0 && el('dt', {}, 'Stances expressed'),
      s.expresses.length > 0 &&
        el('dd', {}, s.expresses.map((p) => `${p.stanceDefinition.label} (${p.modality.toLowerCase()}${p.condition ? `: if ${p.condition}` : ''})`).join('; ')),
    ),
    el('h3', {}, 'Sources'),
    ...s.citations.map((c) =>
      el('section', { class: 'citation' }, el('p', {}, sourceLink(c.source), c.source.published ? `, ${formatDate(c.source.published.value)}` : ''), c.note && el('p', { class: 'muted' }, c.note), sourceText(c)),
    ),
    el('h3', {}, 'Other renderings'),
    s.renderings.length
      ? el(
          'ul',
          { class: 'renderings' },
          ...s.renderings.map((r) =>
            el(
              'li',
              {},
              el('span', { class: 'lang-badge' }, r.language),
              ' ',
              el('q', { lang: r.language }, r.text),
              ' — ',
              ...r.citations.map((c) => sourceLink(c.source)),
              ' ',
              button('Open', () => actions.openStatement(r.id), { 'aria-label': `Open the ${r.language} rendering` }),
            ),
          ),
        )
      : el('p', { class: 'muted' }, 'No other rendering recorded.'),
  );
  panel.querySelector<HTMLElement>('.quoted-span')?.scrollIntoView({ block: 'nearest' });
}

export function renderPosition(panel: HTMLElement, p: PositionDetails, actions: DetailActions) {
  panel.replaceChildren(
    el('h2', { id: 'details-heading', tabindex: '-1' }, `Stance: ${p.stanceDefinition.label}`),
    el('p', {}, p.stanceDefinition.definition),
    el(
      'dl',
      { class: 'facts' },
      el('dt', {}, 'Held by'),
      el('dd', {}, p.holder.name),
      el('dt', {}, 'Toward'),
      el('dd', {}, p.toward?.name ?? 'a general principle of its policy'),
      el('dt', {}, 'How'),
      el('dd', {}, p.modality.toLowerCase() + (p.condition ? `: only if ${p.condition}` : '')),
      el('dt', {}, 'Since'),
      el('dd', {}, formatDate(p.since?.value) + (p.until ? ` until ${formatDate(p.until.value)}` : '')),
    ),
    el('h3', {}, 'Expressed in'),
    el(
      'ul',
      {},
      ...p.expressedBy.map((s) => el('li', {}, `${s.date ? formatDate(s.date.value) : 'date not given'}: “${s.text}” `, button('Open', () => actions.openStatement(s.id), { 'aria-label': `Open the statement ${s.date ? `of ${formatDate(s.date.value)}` : 'whose date is not given'}` }))),
    ),
  );
}

export function renderEntity(panel: HTMLElement, entity: { id: string; kind: string; name: string }, actions: DetailActions) {
  panel.replaceChildren(
    el('h2', { id: 'details-heading', tabindex: '-1' }, entity.name),
    el('p', {}, el('span', { class: `kind-badge kind-${entity.kind}` }, kindLabel(entity.kind)), ' ', el('code', {}, entity.id)),
    el(
      'p',
      { class: 'actions' },
      button('Centre the graph here', () => actions.centreOn(entity.id)),
      button('Path from here', () => actions.pathFrom(entity)),
      button('Path to here', () => actions.pathTo(entity)),
    ),
  );
}
