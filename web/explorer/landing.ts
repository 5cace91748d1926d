import { button, el, formatDate } from './dom';
import { statementCard, type CardActions } from './feed';
import type { OverviewResult, Ranked } from './queries';
import { readView, writeView } from './viewState';

export interface LandingActions extends CardActions {
  centreOn(id: string): void;
}

const link = (params: Partial<ReturnType<typeof readView>>) => `/${writeView({ ...readView(''), ...params })}`;

/**
 * Three questions this graph can answer, made from what it holds: who stands where on the conflict most
 * statements bear on, what the latest speaker's side said that day, and who played which role in the
 * talks most discussed.
 */
export function exampleQuestions(overview: OverviewResult['graphOverview']): Array<{ text: string; href: string }> {
  const out: Array<{ text: string; href: string }> = [];
  const conflict = overview.topConflicts[0];
  if (conflict) out.push({ text: `Which states take which stance toward the ${conflict.entity.name}, and on what condition?`, href: link({ matrix: conflict.entity.id }) + '#stances-heading' });
  const latest = overview.recentStatements.find((s) => s.onBehalfOf);
  if (latest?.onBehalfOf && latest.date) {
    const day = latest.date.value;
    out.push({ text: `What did ${latest.onBehalfOf.name} say on ${formatDate(day)}, in its own words?`, href: link({ focus: latest.onBehalfOf.id, kind: 'QUOTE', from: day, to: day }) });
  }
  const talks = overview.topProcesses[0];
  if (talks) out.push({ text: `Who took part in the ${talks.entity.name}, and in which role?`, href: link({ focus: talks.entity.id, depth: 1 }) });
  return out;
}

function rankedList(items: Ranked[], label: string, actions: LandingActions) {
  if (!items.length) return el('p', { class: 'muted' }, `No ${label} recorded yet.`);
  return el(
    'ol',
    { class: 'ranked' },
    ...items.map((r) =>
      el(
        'li',
        {},
        button(r.entity.name, () => actions.centreOn(r.entity.id), { class: 'link-button' }),
        el('span', { class: 'muted' }, ` ${r.statementCountIsLowerBound ? 'at least ' : ''}${r.statementCount} statement${r.statementCount === 1 ? '' : 's'}${'rounds' in r && r.rounds ? `, ${r.rounds} rounds` : ''}${r.latest ? `, latest ${formatDate(r.latest.value)}` : ''}`),
      ),
    ),
  );
}

/** The kinds the size line names, as a reader counts them. */
const COUNTED: Record<string, [string, string]> = {
  Statement: ['statement', 'statements'],
  Country: ['country', 'countries'],
  Person: ['person', 'people'],
  Organization: ['organization', 'organizations'],
  Position: ['stance', 'stances'],
  Conflict: ['conflict', 'conflicts'],
  NegotiationProcess: ['negotiation process', 'negotiation processes'],
  Source: ['source', 'sources'],
};

export function renderLanding(container: HTMLElement, overview: OverviewResult['graphOverview'], actions: LandingActions) {
  const counts = overview.counts.filter((c) => c.kind in COUNTED);
  container.replaceChildren(
    el('h2', { id: 'landing-heading' }, 'The graph at a glance'),
    el('ul', { class: 'graph-size', 'aria-label': 'What the graph holds' }, ...counts.map((c) => el('li', { 'data-kind': c.kind }, el('strong', {}, c.count.toLocaleString('en')), ` ${COUNTED[c.kind][c.count === 1 ? 0 : 1]}`))),
    el('section', { class: 'examples', 'aria-labelledby': 'examples-heading' }, el('h3', { id: 'examples-heading' }, 'Start with a question'), el('ul', {}, ...exampleQuestions(overview).map((q) => el('li', {}, el('a', { href: q.href }, q.text))))),
    el(
      'div',
      { class: 'landing-columns' },
      el('section', { class: 'recent', 'aria-labelledby': 'recent-heading' }, el('h3', { id: 'recent-heading' }, 'Most recent statements'), ...overview.recentStatements.map((s) => statementCard(s, actions, 'h4'))),
      el(
        'div',
        {},
        el('section', { 'aria-labelledby': 'top-conflicts-heading' }, el('h3', { id: 'top-conflicts-heading' }, 'Conflicts with the most statements'), rankedList(overview.topConflicts, 'conflicts', actions)),
        el('section', { 'aria-labelledby': 'top-processes-heading' }, el('h3', { id: 'top-processes-heading' }, 'Talks with the most statements on their conflicts'), rankedList(overview.topProcesses, 'negotiation processes', actions)),
      ),
    ),
  );
}
