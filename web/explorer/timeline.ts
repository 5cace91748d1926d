import { el, formatDate } from './dom';
import { inDateRange, type Filters } from './filters';
import type { StanceEvent, StatementBrief, TimelineResult } from './queries';

export interface TimelineActions {
  openStatement(id: string): void;
  openPosition(id: string): void;
}

interface Mark {
  key: string;
  /** The statement, or the stance, the mark stands for. */
  id: string;
  date: string;
  lane: number;
  glyph: string;
  label: string;
  className: string;
  open(): void;
  /** For stance events: the stance, and the earlier stances this entry reaffirms or replaces. */
  stanceId?: string;
  linksTo?: string[];
}

const LANE_GAP = 6;
/** Each lane's name sits on its own line above its marks. */
const LABEL_HEIGHT = 16;
const STACK_STEP = 20;
const GLYPHS: Record<StanceEvent['kind'], string> = { STATED: '●', REAFFIRMED: '↻', CHANGED: '⇄', WITHDRAWN: '✕' };

const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7) || 1) - 1, Number(date.slice(8, 10) || 1)) / 86_400_000;

function stanceLaneName(event: StanceEvent) {
  const how = event.stance.modality === 'ASSERTED' ? '' : ` (${event.stance.modality.toLowerCase()})`;
  return `${event.stance.stanceLabel}${how}${event.stance.toward ? ` → ${event.stance.toward.name}` : ''}`;
}

function marks(data: TimelineResult, filters: Filters, actions: TimelineActions): { marks: Mark[]; lanes: string[] } {
  const lanes = ['Statements'];
  const laneOf = new Map<string, number>();
  const out: Mark[] = [];
  const statements: StatementBrief[] = data.whoSaidWhat.edges.map((e) => e.node).filter((s) => inDateRange(s.date.value, filters));
  if (!filters.stance) {
    for (const s of statements) {
      out.push({
        key: s.id,
        id: s.id,
        date: s.date.value,
        lane: 0,
        glyph: s.kind === 'QUOTE' ? '❝' : '≈',
        label: `${formatDate(s.date.value)}, ${s.kind === 'QUOTE' ? 'quote' : 'paraphrase'}: “${s.text}”${s.speaker ? ` (${s.speaker.name})` : ''}`,
        className: 'mark-statement',
        open: () => actions.openStatement(s.id),
      });
    }
  }
  const events = data.stanceTimeline.edges
    .map((e) => e.node)
    .filter((e) => e.date && inDateRange(e.date.value, filters) && (!filters.stance || e.stance.stance === filters.stance));
  events.forEach((event, i) => {
    const laneName = stanceLaneName(event);
    if (!laneOf.has(event.stance.id)) {
      laneOf.set(event.stance.id, lanes.length);
      lanes.push(laneName);
    }
    const how = event.kind.toLowerCase() + (event.presentedAsUnchanged ? ' (presented as unchanged)' : '');
    const condition = event.stance.condition ? `, only if ${event.stance.condition}` : '';
    out.push({
      key: `${event.stance.id}#${i}`,
      id: event.statement?.id ?? event.stance.id,
      date: event.date!.value,
      lane: laneOf.get(event.stance.id)!,
      glyph: GLYPHS[event.kind],
      label: `${formatDate(event.date!.value)}: ${laneName}, ${how}${condition}`,
      className: `mark-stance mark-${event.kind.toLowerCase()} modality-${event.stance.modality.toLowerCase()}`,
      open: () => (event.statement ? actions.openStatement(event.statement.id) : actions.openPosition(event.stance.id)),
      stanceId: event.stance.id,
      linksTo: event.kind === 'STATED' ? [] : [event.stance.id, ...event.previous.map((p) => p.id)],
    });
  });
  return { marks: out.sort((a, b) => a.date.localeCompare(b.date) || a.lane - b.lane), lanes };
}

/**
 * The statements and stances of one actor along a date axis, one lane per stance. Each reaffirmation or
 * change is linked to the earlier entry it goes back to. Every mark is a button, in date order, so the
 * timeline reads and works by keyboard and screen reader as a list.
 */
export function renderTimeline(container: HTMLElement, actorName: string, data: TimelineResult, filters: Filters, actions: TimelineActions) {
  const { marks: items, lanes } = marks(data, filters, actions);
  if (!items.length) {
    container.replaceChildren(el('p', { class: 'muted' }, `No dated statement or stance of ${actorName} matches the filters.`));
    return;
  }
  const days = items.map((m) => dayNumber(m.date));
  const first = Math.min(...days) - 20;
  const span = Math.max(...days) + 20 - first;
  const x = (date: string) => 2 + ((dayNumber(date) - first) / span) * 96;

  const stacks = new Map<string, number>();
  const depth = new Map<number, number>();
  const level = new Map<Mark, number>();
  for (const m of items) {
    const key = `${m.lane}|${m.date}`;
    const n = stacks.get(key) ?? 0;
    stacks.set(key, n + 1);
    level.set(m, n);
    depth.set(m.lane, Math.max(depth.get(m.lane) ?? 0, n + 1));
  }
  const laneTop: number[] = [];
  let top = 0;
  lanes.forEach((_, lane) => {
    laneTop[lane] = top;
    top += LABEL_HEIGHT + (depth.get(lane) ?? 1) * STACK_STEP + LANE_GAP;
  });
  const y = (m: Mark) => laneTop[m.lane] + LABEL_HEIGHT + level.get(m)! * STACK_STEP + STACK_STEP / 2;

  const plot = el('div', { class: 'timeline-plot', style: `height:${top}px` });
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'timeline-links');
  svg.setAttribute('aria-hidden', 'true');
  const firstOfStance = new Map<string, Mark>();
  for (const m of items) if (m.stanceId && !firstOfStance.has(m.stanceId)) firstOfStance.set(m.stanceId, m);
  for (const m of items) {
    for (const target of new Set(m.linksTo ?? [])) {
      const earlier = firstOfStance.get(target);
      if (!earlier || earlier === m) continue;
      const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      line.setAttribute('x1', `${x(earlier.date)}%`);
      line.setAttribute('y1', String(y(earlier)));
      line.setAttribute('x2', `${x(m.date)}%`);
      line.setAttribute('y2', String(y(m)));
      line.setAttribute('class', 'reaffirm-link');
      svg.append(line);
    }
  }
  plot.append(svg);
  lanes.forEach((name, lane) => plot.append(el('div', { class: 'timeline-lane', style: `top:${laneTop[lane]}px` }, name)));
  const list = el('ol', { class: 'timeline-marks', 'aria-label': `Timeline of ${actorName}` });
  for (const m of items) {
    const mark = el('button', { type: 'button', class: `timeline-mark ${m.className}`, 'data-id': m.id, style: `left:${x(m.date)}%;top:${y(m) - 9}px`, 'aria-label': m.label, title: m.label }, m.glyph);
    mark.addEventListener('click', m.open);
    list.append(el('li', {}, mark));
  }
  plot.append(list);
  const axis = el('div', { class: 'timeline-axis' });
  const firstDateOfYear = new Map<string, string>();
  for (const m of items) if (!firstDateOfYear.has(m.date.slice(0, 4))) firstDateOfYear.set(m.date.slice(0, 4), m.date);
  for (const [year, date] of firstDateOfYear) axis.append(el('span', { style: `left:${x(date)}%` }, year));
  container.replaceChildren(plot, axis);
}
