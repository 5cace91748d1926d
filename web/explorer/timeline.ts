import { el, formatDate } from './dom';
import { inDateRange, type Filters } from './filters';
import type { StanceEvent, StatementBrief, TimelineResult } from './queries';
import { dayNumber, position, segments, ticks } from './timeAxis';

export interface TimelineActions {
  openStatement(id: string): void;
  openPosition(id: string): void;
}

export type Lanes = 'stance' | 'speaker';

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
  /** For statements: the other renderings of the same words. */
  renderings?: string[];
}

const LANE_GAP = 6;
/** Each lane's name sits on its own line above its marks. */
const LABEL_HEIGHT = 16;
const STACK_STEP = 20;
/** Marks closer than this (percent of the plot's width) stack rather than overlap. */
const CROWDED = 2.2;
const GLYPHS: Record<StanceEvent['kind'], string> = { STATED: '●', REAFFIRMED: '↻', CHANGED: '⇄', WITHDRAWN: '✕' };

function stanceLaneName(event: StanceEvent) {
  const how = event.stance.modality === 'ASSERTED' ? '' : ` (${event.stance.modality.toLowerCase()})`;
  return `${event.stance.stanceLabel}${how}${event.stance.toward ? ` → ${event.stance.toward.name}` : ''}`;
}

type DatedStatement = StatementBrief & { date: NonNullable<StatementBrief['date']> };

function statementMarks(statements: DatedStatement[], laneOf: (s: StatementBrief) => number, actions: TimelineActions): Mark[] {
  const languages = new Map(statements.map((s) => [s.id, s.language]));
  return statements.map((s) => {
    const rendered = s.renderings.filter((r) => languages.has(r.id));
    const also = rendered.length ? `; also rendered in ${rendered.map((r) => languages.get(r.id)).join(', ')}` : '';
    return {
      key: s.id,
      id: s.id,
      date: s.date.value,
      lane: laneOf(s),
      glyph: s.kind === 'QUOTE' ? '❝' : '≈',
      label: `${formatDate(s.date.value)}, ${s.kind === 'QUOTE' ? 'quote' : 'paraphrase'}: “${s.text}”${s.speaker ? ` (${s.speaker.name})` : ''} [${s.language}${also}]`,
      className: 'mark-statement',
      open: () => actions.openStatement(s.id),
      renderings: rendered.map((r) => r.id),
    };
  });
}

function marks(data: TimelineResult, filters: Filters, lanesBy: Lanes, actions: TimelineActions): { marks: Mark[]; lanes: string[] } {
  const lanes: string[] = [];
  const laneIndex = (name: string) => {
    if (!lanes.includes(name)) lanes.push(name);
    return lanes.indexOf(name);
  };
  const statements = data.whoSaidWhat.edges
    .map((e) => e.node)
    // A statement whose date the source does not give has no place on a time axis; the feed lists it.
    .filter((s): s is DatedStatement => s.date !== null)
    .filter((s) => inDateRange(s.date.value, filters) && (!filters.kind || s.kind === filters.kind) && (!filters.language || s.language === filters.language));
  const out: Mark[] = [];
  if (lanesBy === 'speaker') {
    out.push(...statementMarks(statements, (s) => laneIndex(s.speaker ? `Said by ${s.speaker.name}` : 'Speaker not named'), actions));
    return { marks: out.sort((a, b) => a.date.localeCompare(b.date) || a.lane - b.lane), lanes };
  }
  if (!filters.stance) out.push(...statementMarks(statements, () => laneIndex('Statements'), actions));
  const events = data.stanceTimeline.edges
    .map((e) => e.node)
    .filter(
      (e) =>
        e.date &&
        inDateRange(e.date.value, filters) &&
        (!filters.stance || e.stance.stance === filters.stance) &&
        (!filters.conflict || e.stance.toward?.id === filters.conflict),
    );
  events.forEach((event, i) => {
    const laneName = stanceLaneName(event);
    // An end date has no words of its own: the stance was withdrawn, or a one-off commitment ran its course.
    const how = event.kind === 'WITHDRAWN' ? 'ended' : event.kind.toLowerCase() + (event.presentedAsUnchanged ? ' (presented as unchanged)' : '');
    const condition = event.stance.condition ? `, only if ${event.stance.condition}` : '';
    const words = event.statement ? `: “${event.statement.text}”` : '';
    out.push({
      key: `${event.stance.id}#${i}`,
      id: event.statement?.id ?? event.stance.id,
      date: event.date!.value,
      lane: laneIndex(laneName),
      glyph: GLYPHS[event.kind],
      label: `${formatDate(event.date!.value)}: ${laneName}, ${how}${condition}${words}`,
      className: `mark-stance mark-${event.kind.toLowerCase()} modality-${event.stance.modality.toLowerCase()}`,
      open: () => (event.statement ? actions.openStatement(event.statement.id) : actions.openPosition(event.stance.id)),
      stanceId: event.stance.id,
      linksTo: event.kind === 'STATED' ? [] : [event.stance.id, ...event.previous.map((p) => p.id)],
    });
  });
  return { marks: out.sort((a, b) => a.date.localeCompare(b.date) || a.lane - b.lane), lanes };
}

export interface TimelineControls {
  lanes: HTMLSelectElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  earlier: HTMLButtonElement;
  later: HTMLButtonElement;
  fit: HTMLButtonElement;
  range: HTMLElement;
}

/**
 * The statements and stances of one actor along a date axis, in lanes per stance or per speaker. The axis
 * fits the marks in view (skipping long empty stretches), and zooms and pans (buttons, the wheel, dragging). Each reaffirmation or change
 * is linked to the entry it goes back to, each rendering to the words it renders. Every mark is a button,
 * in date order, named with its date and words, so the timeline reads and works by keyboard as a list.
 */
export function createTimeline(container: HTMLElement, controls: TimelineControls, actions: TimelineActions, onLanes: (lanes: Lanes) => void) {
  let current: { actorName: string; data: TimelineResult; filters: Filters; lanes: Lanes } | null = null;
  let range: { start: number; end: number } | null = null;
  let full: { start: number; end: number } | null = null;
  let selected: string | null = null;
  const tip = el('div', { class: 'timeline-tip', role: 'tooltip', id: 'timeline-tip', hidden: true });

  function fitWindow(items: Mark[]) {
    const days = items.map((m) => dayNumber(m.date));
    const first = Math.min(...days);
    const last = Math.max(...days);
    const pad = Math.max(10, (last - first) * 0.04);
    full = { start: first - pad, end: last + pad };
    range = { ...full };
  }

  function showTip(mark: HTMLElement, text: string) {
    tip.textContent = text;
    tip.hidden = false;
    const plot = mark.offsetParent as HTMLElement;
    tip.style.left = `${Math.min(mark.offsetLeft, plot.clientWidth - 320)}px`;
    tip.style.top = `${mark.offsetTop + 24}px`;
  }

  function draw() {
    if (!current) return;
    const { marks: all, lanes } = marks(current.data, current.filters, current.lanes, actions);
    if (!all.length) {
      container.replaceChildren(el('p', { class: 'muted' }, `No dated statement or stance of ${current.actorName} matches the filters.`));
      controls.range.textContent = '';
      return;
    }
    if (!range) fitWindow(all);
    const { start, end } = range!;
    const items = all.filter((m) => dayNumber(m.date) >= start && dayNumber(m.date) <= end);
    const axisParts = segments(items.map((m) => dayNumber(m.date)), start, end);
    const x = (date: string) => position(dayNumber(date), axisParts);

    // Stack marks that would touch, lane by lane.
    const level = new Map<Mark, number>();
    const depth = new Map<number, number>();
    const lastX = new Map<string, number>();
    for (const m of items) {
      let n = 0;
      while ((lastX.get(`${m.lane}|${n}`) ?? -Infinity) > x(m.date) - CROWDED) n++;
      lastX.set(`${m.lane}|${n}`, x(m.date));
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
    const line = (a: Mark, b: Mark, className: string) => {
      const l = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      l.setAttribute('x1', `${x(a.date)}%`);
      l.setAttribute('y1', String(y(a)));
      l.setAttribute('x2', `${x(b.date)}%`);
      l.setAttribute('y2', String(y(b)));
      l.setAttribute('class', className);
      svg.append(l);
    };
    const firstOfStance = new Map<string, Mark>();
    for (const m of items) if (m.stanceId && !firstOfStance.has(m.stanceId)) firstOfStance.set(m.stanceId, m);
    const statementMark = new Map(items.filter((m) => m.renderings).map((m) => [m.id, m]));
    for (const m of items) {
      for (const target of new Set(m.linksTo ?? [])) {
        const earlier = firstOfStance.get(target);
        if (earlier && earlier !== m) line(earlier, m, 'reaffirm-link');
      }
      for (const other of m.renderings ?? []) {
        const rendering = statementMark.get(other);
        if (rendering && m.id < other) line(m, rendering, 'rendering-link');
      }
    }
    plot.append(svg);
    lanes.forEach((name, lane) => plot.append(el('div', { class: 'timeline-lane', style: `top:${laneTop[lane]}px` }, name)));
    const list = el('ol', { class: 'timeline-marks', 'aria-label': `Timeline of ${current.actorName}` });
    for (const m of items) {
      const mark = el(
        'button',
        {
          type: 'button',
          class: `timeline-mark ${m.className}${m.id === selected ? ' current' : ''}`,
          'data-id': m.id,
          style: `left:${x(m.date)}%;top:${y(m) - 9}px`,
          'aria-label': m.label,
          'aria-describedby': 'timeline-tip',
        },
        m.glyph,
      );
      mark.addEventListener('click', m.open);
      for (const type of ['mouseenter', 'focus']) mark.addEventListener(type, () => showTip(mark, m.label));
      for (const type of ['mouseleave', 'blur']) mark.addEventListener(type, () => (tip.hidden = true));
      list.append(el('li', {}, mark));
    }
    plot.append(list, tip);
    const axis = el('div', { class: 'timeline-axis', 'aria-hidden': 'true' });
    // A tick label takes about 120 pixels; ticks at the very end of a stretch would run into the next.
    const room = Math.max(2, Math.floor(container.clientWidth / 120));
    axisParts.forEach((part, i) => {
      const span = Math.max(1, part.end - part.start);
      const inside = ticks(part.start, part.end, Math.max(1, Math.floor((room * part.width) / 100))).filter((t) => t.day - part.start > span * 0.04 && part.end - t.day > span * 0.04);
      for (const t of inside) {
        axis.append(el('span', { style: `left:${part.left + ((t.day - part.start) / span) * part.width}%` }, t.label));
      }
      const next = axisParts[i + 1];
      if (next) {
        const years = Math.round((next.start - part.end) / 365.25);
        const gap = years >= 1 ? `${years} year${years === 1 ? '' : 's'}` : `${Math.round((next.start - part.end) / 30.4)} months`;
        axis.append(el('span', { class: 'axis-break', style: `left:${part.left + part.width + 2.5}%`, title: `${gap} without entries` }, `⋯ ${gap} ⋯`));
      }
    });
    container.replaceChildren(plot, axis);
    const date = (d: number) => formatDate(new Date(d * 86_400_000).toISOString().slice(0, 10));
    controls.range.textContent = `${date(start)} – ${date(end)}: ${items.length} of ${all.length} marks in view`;
  }

  function zoom(factor: number, at = 0.5) {
    if (!range) return;
    const span = range.end - range.start;
    const next = Math.max(3, Math.min(span / factor, (full!.end - full!.start) * 4));
    const centre = range.start + span * at;
    range = { start: centre - next * at, end: centre + next * (1 - at) };
    draw();
  }

  function pan(fraction: number) {
    if (!range) return;
    const shift = (range.end - range.start) * fraction;
    range = { start: range.start + shift, end: range.end + shift };
    draw();
  }

  controls.zoomIn.addEventListener('click', () => zoom(2));
  controls.zoomOut.addEventListener('click', () => zoom(0.5));
  controls.earlier.addEventListener('click', () => pan(-0.3));
  controls.later.addEventListener('click', () => pan(0.3));
  controls.fit.addEventListener('click', () => {
    range = null;
    draw();
  });
  controls.lanes.addEventListener('change', () => {
    if (!current) return;
    current.lanes = controls.lanes.value === 'speaker' ? 'speaker' : 'stance';
    onLanes(current.lanes);
    draw();
  });
  container.addEventListener(
    'wheel',
    (event) => {
      if (!range) return;
      event.preventDefault();
      const box = container.getBoundingClientRect();
      zoom(event.deltaY < 0 ? 1.25 : 0.8, Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)));
    },
    { passive: false },
  );
  let drag: { x: number; start: number; end: number } | null = null;
  container.addEventListener('pointerdown', (event) => {
    if (!range || (event.target as HTMLElement).closest('button')) return;
    drag = { x: event.clientX, ...range };
    container.setPointerCapture(event.pointerId);
  });
  container.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const shift = ((drag.x - event.clientX) / container.clientWidth) * (drag.end - drag.start);
    range = { start: drag.start + shift, end: drag.end + shift };
    draw();
  });
  container.addEventListener('pointerup', () => (drag = null));

  return {
    /** Shows an actor's timeline; the axis fits the marks the filters leave. */
    render(actorName: string, data: TimelineResult, filters: Filters, lanes: Lanes) {
      current = { actorName, data, filters, lanes };
      controls.lanes.value = lanes;
      range = null;
      draw();
    },
    /** Marks the entry of the statement open elsewhere (the feed, the graph, the details). */
    highlight(id: string | null) {
      selected = id;
      for (const mark of container.querySelectorAll<HTMLElement>('.timeline-mark')) mark.classList.toggle('current', mark.dataset.id === id);
    },
  };
}
