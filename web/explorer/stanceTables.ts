import { button, el, formatDate } from './dom';
import { modalityWords } from './feed';
import type { CompareResult, HeldBrief, Holding, MatrixData } from './queries';

export interface MatrixActions {
  /** A cell was opened: list its statements. */
  openCell(actor: { id: string; name: string }, stanceLabel: string, holdings: Holding[]): void;
  openStatement(id: string): void;
  centreOn(id: string): void;
}

function dateRange(h: { since: { value: string } | null; latest: { value: string } | null }): string {
  if (!h.since) return 'no dated statement';
  const first = formatDate(h.since.value);
  const last = h.latest ? formatDate(h.latest.value) : first;
  return first === last ? first : `${first} – ${last}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function holdingText(h: Holding): string {
  const toward = h.general ? ' (general principle)' : '';
  return `${modalityWords(h.position)}${toward} · ${plural(h.statementCount, 'statement')} · ${dateRange(h)}`;
}

/**
 * Actors down, stance codes across. Each held stance is a button saying how it is held (a conditional one
 * with its condition), from how many statements and over which dates; it opens those statements.
 */
export function renderMatrix(container: HTMLElement, matrix: MatrixData, actions: MatrixActions) {
  if (!matrix.rows.length) {
    container.replaceChildren(el('p', { class: 'muted' }, 'No actor in the graph holds a stance here.'));
    return;
  }
  const caption = matrix.toward ? `Stances toward ${matrix.toward.name}, and general principles, by actor` : 'Stances by actor';
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Actor'), ...matrix.stances.map((s) => el('th', { scope: 'col', 'data-stance': s.code }, s.label)));
  const body = matrix.rows.map((row) =>
    el(
      'tr',
      { 'data-actor-id': row.actor.id },
      el('th', { scope: 'row' }, button(row.actor.name, () => actions.centreOn(row.actor.id), { class: 'link-button', 'aria-label': `Centre the explorer on ${row.actor.name}` }), el('span', { class: 'muted' }, ` ${plural(row.statementCount, 'statement')}`)),
      ...row.cells.map((cell, i) => {
        const label = matrix.stances[i].label;
        if (!cell.holdings.length) return el('td', { class: 'matrix-empty', 'data-stance': cell.stance }, el('span', { 'aria-label': `${row.actor.name}: no ${label} stance recorded` }, '—'));
        return el(
          'td',
          { 'data-stance': cell.stance },
          ...cell.holdings.map((h) =>
            button(holdingText(h), () => actions.openCell(row.actor, label, cell.holdings), {
              class: `matrix-cell modality-${h.position.modality.toLowerCase()}`,
              'data-position-id': h.position.id,
              'aria-label': `${row.actor.name}, ${label}: ${holdingText(h)}. Open the statements.`,
            }),
          ),
        );
      }),
    ),
  );
  container.replaceChildren(
    el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption }, el('table', { class: 'stance-matrix' }, el('caption', {}, caption), el('thead', {}, head), el('tbody', {}, ...body))),
  );
}

/** The statements behind one cell, newest first, each one click from its source. */
export function renderCellStatements(container: HTMLElement, actor: { name: string }, stanceLabel: string, holdings: Holding[], actions: MatrixActions) {
  container.replaceChildren(
    el('h3', { id: 'cell-heading', tabindex: '-1' }, `${actor.name}: ${stanceLabel}`),
    ...holdings.map((h) =>
      el(
        'section',
        { class: 'cell-holding' },
        el('p', {}, holdingText(h), h.position.toward && !h.general ? ` → ${h.position.toward.name}` : ''),
        el('ul', {}, ...h.statements.map((s) => el('li', {}, `“${s.name}” `, button('Open', () => actions.openStatement(s.id), { 'aria-label': `Open “${s.name}”` })))),
      ),
    ),
  );
  container.querySelector<HTMLElement>('#cell-heading')?.focus();
}

const AGREEMENT: Record<string, string> = {
  SAME: 'same',
  MODALITY_DIFFERS: 'held differently',
  OPPOSED: 'opposed',
  ONLY_FIRST: 'first only',
  ONLY_SECOND: 'second only',
};

function heldCell(h: HeldBrief | null) {
  if (!h) return el('td', { class: 'matrix-empty' }, 'not recorded');
  const since = h.since ? ` since ${formatDate(h.since.value)}` : '';
  const until = h.until ? ` until ${formatDate(h.until.value)}` : '';
  return el('td', { class: `modality-${h.modality.toLowerCase()}` }, `${modalityWords(h)}${since}${until}`, h.standing ? '' : el('span', { class: 'muted' }, ' (no longer standing)'), el('span', { class: 'muted' }, ` · ${plural(h.expressedBy.length, 'statement')}`));
}

/** Two actors' stances side by side, differences first, as compareStances orders them. */
export function renderComparison(container: HTMLElement, result: CompareResult['compareStances']) {
  const { first, second, rows } = result;
  if (!rows.length) {
    container.replaceChildren(el('p', { class: 'muted' }, `Neither ${first.name} nor ${second.name} holds a recorded stance.`));
    return;
  }
  container.replaceChildren(
    el(
      'div',
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': `${first.name} and ${second.name} compared` },
      el(
        'table',
        { class: 'comparison' },
        el('caption', {}, `${first.name} and ${second.name}: differences first`),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Stance'), el('th', { scope: 'col' }, 'Toward'), el('th', { scope: 'col' }, first.name), el('th', { scope: 'col' }, second.name), el('th', { scope: 'col' }, 'Agreement'))),
        el(
          'tbody',
          {},
          ...rows.map((r) =>
            el('tr', { 'data-agreement': r.agreement, 'data-stance': r.stance }, el('th', { scope: 'row' }, r.stanceLabel), el('td', {}, r.toward?.name ?? 'general principle'), heldCell(r.first), heldCell(r.second), el('td', { class: `agreement agreement-${r.agreement.toLowerCase()}` }, AGREEMENT[r.agreement] ?? r.agreement)),
          ),
        ),
      ),
    ),
  );
}
