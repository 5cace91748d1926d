import { el } from './dom';
import { KIND_STYLES, ROLE_COLORS } from './kinds';

export function renderLegend(container: HTMLElement) {
  const kinds = Object.values(KIND_STYLES).map((style) =>
    el('li', {}, el('span', { class: `legend-shape shape-${style.shape}`, style: `background:${style.color}`, 'aria-hidden': 'true' }), ' ', style.label),
  );
  const roles = Object.entries(ROLE_COLORS).map(([role, color]) =>
    el('li', {}, el('span', { class: 'legend-line', style: `border-color:${color}`, 'aria-hidden': 'true' }), ' ', role.toLowerCase()),
  );
  container.replaceChildren(
    el('h3', {}, 'Legend'),
    el('ul', { class: 'legend-kinds', 'aria-label': 'Kinds of node' }, ...kinds),
    el('ul', { class: 'legend-roles', 'aria-label': 'Roles in talks' }, ...roles),
    el(
      'ul',
      { class: 'legend-stances', 'aria-label': 'How a stance is held' },
      el('li', {}, el('span', { class: 'legend-line solid', 'aria-hidden': 'true' }), ' asserted stance'),
      el('li', {}, el('span', { class: 'legend-line dashed', 'aria-hidden': 'true' }), ' conditional offer or stance'),
      el('li', {}, el('span', { class: 'legend-line dotted', 'aria-hidden': 'true' }), ' stance the actor denies holding'),
      el('li', {}, el('span', { class: 'legend-line path', 'aria-hidden': 'true' }), ' path found'),
    ),
  );
}
