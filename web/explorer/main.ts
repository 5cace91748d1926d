import './explorer.css';
import { ApiError, gql } from './api';
import { renderEntity, renderPosition, renderStatement, type DetailActions } from './details';
import { el, formatDate } from './dom';
import { download, edgesToCsv, matrixToCsv, nodesToCsv, toGraphML } from './exporters';
import { statementCard } from './feed';
import { loadFacets } from './facets';
import { keeps, type Filters } from './filters';
import { renderGraphTable } from './graphTable';
import { createGraphView, type GraphData } from './graphView';
import { isActor, kindLabel } from './kinds';
import { renderLanding } from './landing';
import { renderLegend } from './legend';
import { pathElements, renderPaths } from './pathFinder';
import {
  COMPARE,
  CONNECTIONS,
  ENTITY_NAME,
  FEED,
  MATRIX,
  NEIGHBOURHOOD,
  OVERVIEW,
  POSITION,
  STANCE_CODES,
  STATEMENT,
  TIMELINE,
  type CompareResult,
  type ConnectionsResult,
  type EntityNameResult,
  type EntityRef,
  type FacetCount,
  type FacetNode,
  type FeedResult,
  type GraphNode,
  type MatrixData,
  type MatrixResult,
  type NeighbourhoodResult,
  type OverviewResult,
  type PositionResult,
  type StanceCodesResult,
  type StatementResult,
  type TimelineResult,
} from './queries';
import { createSearchBox } from './searchBox';
import { renderCellStatements, renderComparison, renderMatrix, type MatrixActions } from './stanceTables';
import { createTimeline } from './timeline';
import { readView, writeView } from './viewState';

const PAGE_SIZE = 150;
/** Enough for a readable picture; the table and the exports carry the same nodes. */
const MAX_NODES = 400;
const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const view = readView(location.search);
const nodes = new Map<string, GraphNode>();
let facets = new Map<string, FacetNode>();
let timeline: { actor: EntityRef; data: TimelineResult } | null = null;
let lastAction: (() => Promise<void>) | null = null;
let feedCursor: string | null = null;
let matrix: MatrixData | null = null;
/** Names of the actors chosen for the matrix, for their chips. */
const actorNames = new Map<string, string>();

const statusRegion = $('status');
const alertRegion = $('alert');
const hoverCard = $('hover-card');
const graph = createGraphView($('cy'), { onTapNode: (id) => run(() => chooseNode(id)), onHover: showHoverCard });

/** What a node is, in a card by the pointer: its kind, its name in full, and for a statement what the filters know of it. */
function showHoverCard(id: string | null, at: { x: number; y: number } | null) {
  const node = id ? graph.node(id) : null;
  if (!node || !at) {
    hoverCard.hidden = true;
    return;
  }
  const facet = facets.get(node.id);
  const area = $('cy').getBoundingClientRect();
  const lines = [
    el('p', { class: 'hover-kind' }, kindLabel(node.kind)),
    el('p', { class: 'hover-name' }, node.label),
    facet?.date ? el('p', {}, `${facet.kind === 'QUOTE' ? 'Quote' : 'Paraphrase'}, ${facet.language}, ${formatDate(facet.date.value)}`) : null,
    facet?.expresses?.length ? el('p', {}, `Expresses: ${facet.expresses.map((p) => p.stance.toLowerCase().replaceAll('_', ' ')).join(', ')}`) : null,
    el('p', { class: 'muted' }, `${graph.degree(node.id)} links in view · click to open and add its neighbours`),
  ];
  hoverCard.replaceChildren(...lines.filter((line): line is HTMLParagraphElement => line !== null));
  hoverCard.style.left = `${Math.min(at.x - area.left - window.scrollX + 14, area.width - 280)}px`;
  hoverCard.style.top = `${at.y - area.top - window.scrollY + 14}px`;
  hoverCard.hidden = false;
}

function announce(message: string) {
  statusRegion.textContent = message;
}

function saveView() {
  history.replaceState(null, '', `${location.pathname}${writeView(view)}`);
}

function filters(): Filters {
  return { stance: view.stance, from: view.from, to: view.to, country: view.country, conflict: view.conflict, kind: view.kind, language: view.language };
}

/** With an entity in view the page shows its statements, graph and timeline; without one, the landing page. */
function showWorkspace(on: boolean) {
  $('landing').hidden = on;
  $('feed-panel').hidden = !on;
  $('timeline-panel').hidden = !on;
  showGraphPanel(on);
}

function showGraphPanel(on: boolean) {
  const panel = $('graph-panel');
  if (panel.hidden === !on) return;
  panel.hidden = !on;
  if (on) graph.resize();
}

/** Every user action runs through here: a failure becomes a message a researcher can act on. */
let running = 0;

async function run(action: () => Promise<void>) {
  lastAction = action;
  running++;
  document.body.setAttribute('aria-busy', 'true');
  $('busy').hidden = false;
  try {
    await action();
    alertRegion.hidden = true;
    alertRegion.replaceChildren();
  } catch (error) {
    const message = error instanceof ApiError ? error.message : `Something went wrong in the page: ${(error as Error).message}`;
    const retry = el('button', { type: 'button' }, 'Try again');
    retry.addEventListener('click', () => lastAction && run(lastAction));
    alertRegion.replaceChildren(el('span', { class: 'alert-text' }, message), ' ', retry);
    alertRegion.hidden = false;
  } finally {
    if (--running === 0) {
      document.body.removeAttribute('aria-busy');
      $('busy').hidden = true;
    }
  }
}

function addData(data: GraphData, near?: string) {
  for (const n of data.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  graph.add(data, near);
}

async function neighbourhood(id: string, depth: number) {
  const collected: GraphData = { nodes: [], edges: [] };
  let after: string | null = null;
  let result: NeighbourhoodResult['neighbourhood'];
  do {
    const data: NeighbourhoodResult = await gql<NeighbourhoodResult>(NEIGHBOURHOOD, { id, depth, limit: PAGE_SIZE, after });
    result = data.neighbourhood;
    if (!after) collected.nodes.push(result.center);
    collected.nodes.push(...result.nodes.filter((n) => n.id !== result.center.id));
    collected.edges.push(...result.edges);
    after = result.pageInfo.endCursor;
  } while (result.pageInfo.hasNextPage && collected.nodes.length < MAX_NODES);
  return { ...collected, center: result.center, totalNodes: result.totalNodes, truncated: result.truncated || result.pageInfo.hasNextPage };
}

async function refreshFacets() {
  const missing = [...nodes.values()].filter((n) => (n.kind === 'Statement' || n.kind === 'Position') && !facets.has(n.id)).map((n) => n.id);
  if (missing.length) facets = new Map([...facets, ...(await loadFacets(missing))]);
}

function applyFilters() {
  const f = filters();
  const hidden = new Set([...nodes.values()].filter((n) => !keeps(n, facets.get(n.id), f)).map((n) => n.id));
  graph.hide(hidden);
  renderGraphTable($('graph-table'), graph.visible(), (id) => run(() => chooseNode(id)));
  if (timeline) timelineView.render(timeline.actor.name, timeline.data, f, view.lanes);
  const shown = nodes.size - hidden.size;
  $('graph-summary').textContent = nodes.size ? `${shown} of ${nodes.size} nodes shown${hidden.size ? ' (the rest filtered out)' : ''}` : '';
}

/** Shows the entity's statements, then its graph, then what the filters need and its timeline; `picked` opens in the details. */
async function focusOn(id: string, picked?: EntityRef) {
  view.focus = id;
  saveView();
  showWorkspace(true);
  nodes.clear();
  graph.clear();
  graph.highlightPath([], []);
  $('graph-placeholder').hidden = true;
  // Quotes first: the statements come before anything else is asked, and are painted before the graph's
  // layout takes the page's thread for a second.
  const stances = matrixFor(id);
  await loadFeed(false);
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  const [result] = await Promise.all([neighbourhood(id, view.depth), stances]);
  addData(result);
  for (const expanded of view.expanded) addData(await neighbourhood(expanded, 1), expanded);
  applyFilters();
  graph.fit();
  const centre = result.center;
  $('cy').setAttribute('aria-label', `Graph around ${centre.label}: ${nodes.size} nodes. The table below lists the same nodes and links.`);
  $('graph-heading').textContent = `Around ${centre.label}`;
  announce(`Showing ${centre.label} and ${nodes.size - 1} connected nodes${result.truncated ? ', a sample of a larger network' : ''}.`);
  // The graph shows at once; what the filters need, the statements and the timeline follow.
  await Promise.all([
    picked ? showDetails(picked.id, picked.kind, picked.name) : undefined,
    refreshFacets().then(applyFilters),
    isActor(centre.kind) ? showTimeline({ id: centre.id, kind: centre.kind, name: centre.label }) : undefined,
  ]);
}

async function expand(id: string) {
  if (!view.expanded.includes(id) && id !== view.focus) {
    view.expanded.push(id);
    saveView();
  }
  const before = nodes.size;
  addData(await neighbourhood(id, 1), id);
  applyFilters();
  await refreshFacets();
  applyFilters();
  announce(nodes.size > before ? `Added ${nodes.size - before} neighbours of ${nodes.get(id)?.label ?? id}.` : `All neighbours of ${nodes.get(id)?.label ?? id} are already shown.`);
}

async function chooseNode(id: string) {
  const node = nodes.get(id);
  await showDetails(id, node?.kind ?? id.split(':')[0], node?.label ?? id);
  if (node) await expand(id);
}

const detailActions: DetailActions = {
  openStatement: (id) => run(() => showDetails(id, 'Statement', id)),
  centreOn: (id) =>
    run(async () => {
      view.expanded = [];
      await focusOn(id);
    }),
  pathFrom: (entity) => {
    pathFromBox.show(entity as EntityRef);
    pathEnds.from = entity.id;
  },
  pathTo: (entity) => {
    pathToBox.show(entity as EntityRef);
    pathEnds.to = entity.id;
  },
};
const timelineActions = {
  openStatement: (id: string) => run(() => showDetails(id, 'Statement', id)),
  openPosition: (id: string) => run(() => showDetails(id, 'Position', id)),
};

async function showDetails(id: string, kind: string, name: string) {
  view.selected = id;
  saveView();
  graph.select(id);
  timelineView.highlight(id);
  for (const item of document.querySelectorAll<HTMLElement>('.feed-item')) {
    if (item.dataset.statementId === id) item.setAttribute('aria-current', 'true');
    else item.removeAttribute('aria-current');
  }
  const panel = $('details-body');
  if (kind === 'Statement') {
    const { statement } = await gql<StatementResult>(STATEMENT, { id });
    if (!statement) throw new ApiError('refused', `No statement ${id} is recorded.`);
    renderStatement(panel, statement, detailActions);
    announce(`Details: ${statement.kind === 'QUOTE' ? 'quote' : 'paraphrase'} by ${statement.speaker?.name ?? 'an unnamed speaker'}.`);
  } else if (kind === 'Position') {
    const { position } = await gql<PositionResult>(POSITION, { id });
    if (!position) throw new ApiError('refused', `No stance ${id} is recorded.`);
    renderPosition(panel, position, detailActions);
    announce(`Details: stance ${position.stanceDefinition.label} of ${position.holder.name}.`);
  } else {
    renderEntity(panel, { id, kind, name }, detailActions);
    announce(`Details: ${kindLabel(kind)} ${name}.`);
    if (isActor(kind) && timeline?.actor.id !== id && id !== view.focus) await showTimeline({ id, kind, name });
  }
}

async function showTimeline(actor: EntityRef) {
  const data = await gql<TimelineResult>(TIMELINE, { actor: actor.id });
  timeline = { actor, data };
  $('timeline-heading').textContent = `Timeline of ${actor.name}`;
  timelineView.render(actor.name, data, filters(), view.lanes);
  timelineView.highlight(view.selected);
}

const timelineView = createTimeline(
  $('timeline'),
  {
    lanes: $<HTMLSelectElement>('timeline-lanes'),
    zoomIn: $<HTMLButtonElement>('timeline-zoom-in'),
    zoomOut: $<HTMLButtonElement>('timeline-zoom-out'),
    earlier: $<HTMLButtonElement>('timeline-earlier'),
    later: $<HTMLButtonElement>('timeline-later'),
    fit: $<HTMLButtonElement>('timeline-fit'),
    range: $('timeline-range'),
  },
  timelineActions,
  (lanes) => {
    view.lanes = lanes;
    saveView();
  },
);

/** Fills a filter's choices from the feed's facets, each with how many statements it would leave. */
function fillChoices(select: HTMLSelectElement, anyLabel: string, counts: FacetCount[], current: string | null) {
  const options = counts.map((c) => el('option', { value: c.value }, `${c.label} (${c.count})`));
  if (current && !counts.some((c) => c.value === current)) options.push(el('option', { value: current }, current));
  select.replaceChildren(el('option', { value: '' }, anyLabel), ...options);
  select.value = current ?? '';
}

/** One request answers a page of the feed with its facets; the next page starts after the last statement shown. */
let feedAsked = 0;

async function loadFeed(more: boolean) {
  if (!view.focus) return;
  // Filters change faster than answers come: only the answer to the latest question is shown.
  const asked = ++feedAsked;
  const f = filters();
  const { statementFeed } = await gql<FeedResult>(FEED, {
    entity: view.focus,
    stance: f.stance,
    conflict: f.conflict,
    kind: f.kind,
    language: f.language,
    from: f.from,
    to: f.to,
    after: more ? feedCursor : null,
  });
  if (asked !== feedAsked) return;
  feedCursor = statementFeed.pageInfo.endCursor;
  const list = $('feed-list');
  const cards = statementFeed.edges.map((e) => statementCard(e.node, { openStatement: (id) => run(() => showDetails(id, 'Statement', id)) }));
  if (more) list.append(...cards);
  else list.replaceChildren(...(cards.length ? cards : [el('p', { class: 'muted' }, 'No statement matches the filters.')]));
  for (const item of list.querySelectorAll<HTMLElement>('.feed-item')) if (item.dataset.statementId === view.selected) item.setAttribute('aria-current', 'true');
  $('feed-more').hidden = !statementFeed.pageInfo.hasNextPage;
  markFirstView();
  $('feed-heading').textContent = `What was said: ${statementFeed.entity.name}`;
  const shown = list.querySelectorAll('.feed-item').length;
  $('feed-summary').textContent = `${shown} of ${statementFeed.totalCount} statements, newest first`;
  fillChoices($<HTMLSelectElement>('filter-conflict'), 'Any conflict', statementFeed.facets.conflicts, view.conflict);
  fillChoices($<HTMLSelectElement>('filter-language'), 'Any language', statementFeed.facets.languages, view.language);
}

/** Filters change the feed (asked again), the graph and the timeline (narrowed in place) together. */
function filtersChanged() {
  saveView();
  applyFilters();
  run(() => loadFeed(false));
}

const matrixActions: MatrixActions = {
  openCell: (actor, stanceLabel, holdings) => renderCellStatements($('matrix-statements'), actor, stanceLabel, holdings, matrixActions),
  openStatement: (id) => run(() => showDetails(id, 'Statement', id)),
  centreOn: (id) =>
    run(async () => {
      view.expanded = [];
      await focusOn(id);
    }),
};

/** The matrix a view starts with: toward the conflict in focus, or the actor in focus as its first row. */
async function matrixFor(id: string) {
  const kind = id.split(':')[0];
  if (!view.matrix && !view.actors.length) {
    if (kind === 'conflict') view.matrix = id;
    else if (['country', 'person', 'org'].includes(kind)) view.actors = [id];
    else return;
    saveView();
  }
  await loadMatrix();
}

async function loadMatrix() {
  renderActorChips();
  if (!view.matrix && !view.actors.length) {
    matrix = null;
    $('matrix').replaceChildren(el('p', { class: 'muted' }, 'Choose a conflict to see every actor holding a stance toward it, or add actors to compare.'));
    $<HTMLButtonElement>('matrix-csv').disabled = true;
    return;
  }
  const { stanceMatrix } = await gql<MatrixResult>(MATRIX, { toward: view.matrix, actors: view.actors });
  matrix = stanceMatrix;
  if (stanceMatrix.toward) matrixConflictBox.show(stanceMatrix.toward);
  for (const row of stanceMatrix.rows) actorNames.set(row.actor.id, row.actor.name);
  renderActorChips();
  renderMatrix($('matrix'), stanceMatrix, matrixActions);
  $('matrix-statements').replaceChildren();
  $<HTMLButtonElement>('matrix-csv').disabled = false;
}

function renderActorChips() {
  $('matrix-actors').replaceChildren(
    ...view.actors.map((id) =>
      el(
        'li',
        {},
        actorNames.get(id) ?? id,
        ' ',
        (() => {
          const remove = el('button', { type: 'button', 'aria-label': `Remove ${actorNames.get(id) ?? id} from the matrix` }, '✕');
          remove.addEventListener('click', () => {
            view.actors = view.actors.filter((a) => a !== id);
            saveView();
            run(loadMatrix);
          });
          return remove;
        })(),
      ),
    ),
  );
}

const compareEnds: [string | null, string | null] = [view.compare[0] ?? null, view.compare[1] ?? null];

async function compare() {
  const [first, second] = compareEnds;
  if (!first || !second) {
    $('compare-result').replaceChildren(el('p', {}, 'Pick two actors first.'));
    return;
  }
  const { compareStances } = await gql<CompareResult>(COMPARE, { first, second, toward: view.matrix });
  view.compare = [first, second];
  saveView();
  compareFirstBox.show(compareStances.first);
  compareSecondBox.show(compareStances.second);
  renderComparison($('compare-result'), compareStances);
}

async function showLanding() {
  const { graphOverview } = await gql<OverviewResult>(OVERVIEW);
  renderLanding($('landing'), graphOverview, {
    openStatement: (id) => run(() => showDetails(id, 'Statement', id)),
    centreOn: (id) =>
      run(async () => {
        view.expanded = [];
        await focusOn(id);
      }),
  });
  showWorkspace(false);
  markFirstView();
}

/** The moment the reader first sees an answer (the landing page, or the statements of the entity in view), for measuring. */
function markFirstView() {
  if (!performance.getEntriesByName('envoy:first-view').length) performance.mark('envoy:first-view');
}

const pathEnds: { from: string | null; to: string | null } = { from: view.pathFrom, to: view.pathTo };

async function findPath() {
  if (!pathEnds.from || !pathEnds.to) {
    $('path-result').replaceChildren(el('p', {}, 'Pick both ends of the path first.'));
    return;
  }
  const { connections } = await gql<ConnectionsResult>(CONNECTIONS, { from: pathEnds.from, to: pathEnds.to });
  view.pathFrom = pathEnds.from;
  view.pathTo = pathEnds.to;
  saveView();
  pathFromBox.show(connections.from);
  pathToBox.show(connections.to);
  renderPaths($('path-result'), connections, (id, kind) => run(() => showDetails(id, kind, id)));
  const drawn = pathElements(connections.paths);
  showGraphPanel(true);
  if (!nodes.size) $('graph-placeholder').hidden = true;
  addData(drawn);
  applyFilters();
  graph.highlightPath(drawn.nodeIds, drawn.edgeIds);
  graph.fit();
  announce(connections.paths.length ? `Found ${connections.paths.length} path(s) of ${connections.paths[0].length} steps.` : 'No path found.');
  await refreshFacets();
  applyFilters();
}

const onError = (error: unknown) => run(() => Promise.reject(error));

createSearchBox({
  input: $<HTMLInputElement>('search-input'),
  listbox: $<HTMLUListElement>('search-results'),
  kinds: ['Country', 'Person', 'Organization', 'Conflict', 'NegotiationProcess', 'Statement'],
  onPick: (entity) =>
    run(async () => {
      view.expanded = [];
      view.selected = null;
      await focusOn(entity.id, entity);
    }),
  onError,
});
const countryBox = createSearchBox({
  input: $<HTMLInputElement>('filter-country'),
  listbox: $<HTMLUListElement>('filter-country-results'),
  kinds: ['Country'],
  onPick: (entity) => {
    view.country = entity.id;
    saveView();
    applyFilters();
  },
  onError,
});
const pathFromBox = createSearchBox({
  input: $<HTMLInputElement>('path-from'),
  listbox: $<HTMLUListElement>('path-from-results'),
  kinds: ['Country', 'Person', 'Organization', 'Conflict', 'NegotiationProcess', 'Statement'],
  onPick: (entity) => (pathEnds.from = entity.id),
  onError,
});
const matrixConflictBox = createSearchBox({
  input: $<HTMLInputElement>('matrix-conflict'),
  listbox: $<HTMLUListElement>('matrix-conflict-results'),
  kinds: ['Conflict'],
  onPick: (entity) => {
    view.matrix = entity.id;
    saveView();
    run(loadMatrix);
  },
  onError,
});
const matrixActorBox = createSearchBox({
  input: $<HTMLInputElement>('matrix-actor'),
  listbox: $<HTMLUListElement>('matrix-actor-results'),
  kinds: ['Country', 'Person', 'Organization'],
  onPick: (entity) => {
    actorNames.set(entity.id, entity.name);
    if (!view.actors.includes(entity.id)) view.actors.push(entity.id);
    saveView();
    matrixActorBox.clear();
    run(loadMatrix);
  },
  onError,
});
const compareFirstBox = createSearchBox({
  input: $<HTMLInputElement>('compare-first'),
  listbox: $<HTMLUListElement>('compare-first-results'),
  kinds: ['Country', 'Person', 'Organization'],
  onPick: (entity) => (compareEnds[0] = entity.id),
  onError,
});
const compareSecondBox = createSearchBox({
  input: $<HTMLInputElement>('compare-second'),
  listbox: $<HTMLUListElement>('compare-second-results'),
  kinds: ['Country', 'Person', 'Organization'],
  onPick: (entity) => (compareEnds[1] = entity.id),
  onError,
});
const pathToBox = createSearchBox({
  input: $<HTMLInputElement>('path-to'),
  listbox: $<HTMLUListElement>('path-to-results'),
  kinds: ['Country', 'Person', 'Organization', 'Conflict', 'NegotiationProcess', 'Statement'],
  onPick: (entity) => (pathEnds.to = entity.id),
  onError,
});

function bindDateFilter(input: HTMLInputElement, key: 'from' | 'to') {
  input.value = view[key] ?? '';
  input.addEventListener('change', () => {
    const value = input.value.trim();
    const valid = value === '' || DATE_PATTERN.test(value);
    input.setAttribute('aria-invalid', String(!valid));
    $(`${input.id}-error`).hidden = valid;
    if (!valid) return;
    view[key] = value || null;
    filtersChanged();
  });
}

function bindControls() {
  $('fit').addEventListener('click', () => graph.fit());
  $('zoom-in').addEventListener('click', () => graph.zoom(1.25));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') graph.focusOn(null);
  });
  $('zoom-out').addEventListener('click', () => graph.zoom(0.8));
  const depth = $<HTMLSelectElement>('depth');
  depth.value = String(view.depth);
  depth.addEventListener('change', () => {
    view.depth = depth.value === '1' ? 1 : 2;
    if (view.focus) run(() => focusOn(view.focus!));
    else saveView();
  });
  const stance = $<HTMLSelectElement>('filter-stance');
  stance.addEventListener('change', () => {
    view.stance = stance.value || null;
    filtersChanged();
  });
  for (const key of ['conflict', 'kind', 'language'] as const) {
    const select = $<HTMLSelectElement>(`filter-${key}`);
    select.value = view[key] ?? '';
    select.addEventListener('change', () => {
      view[key] = select.value || null;
      filtersChanged();
    });
  }
  $('feed-more').addEventListener('click', () => run(() => loadFeed(true)));
  $('matrix-conflict-clear').addEventListener('click', () => {
    matrixConflictBox.clear();
    view.matrix = null;
    saveView();
    run(loadMatrix);
  });
  $('matrix-csv').addEventListener('click', () => {
    if (matrix) download(`envoy-graph-stances-${(view.matrix ?? view.actors.join('-')).replace(/[^a-zA-Z0-9-]+/g, '-')}.csv`, matrixToCsv(matrix), 'text/csv');
  });
  $('compare-run').addEventListener('click', () => run(compare));
  bindDateFilter($<HTMLInputElement>('filter-from'), 'from');
  bindDateFilter($<HTMLInputElement>('filter-to'), 'to');
  $('filter-country-clear').addEventListener('click', () => {
    countryBox.clear();
    view.country = null;
    saveView();
    applyFilters();
  });
  $('find-path').addEventListener('click', () => run(findPath));
  $('clear-path').addEventListener('click', () => {
    graph.highlightPath([], []);
    $('path-result').replaceChildren();
    view.pathFrom = view.pathTo = null;
    saveView();
  });
  const fileName = (ext: string) => `envoy-graph-${(view.focus ?? 'view').replace(/[^a-zA-Z0-9-]+/g, '-')}.${ext}`;
  $('export-png').addEventListener('click', () => download(fileName('png'), graph.png()));
  $('export-graphml').addEventListener('click', () => download(fileName('graphml'), toGraphML(graph.visible()), 'application/graphml+xml'));
  $('export-nodes-csv').addEventListener('click', () => download(fileName('nodes.csv'), nodesToCsv(graph.visible()), 'text/csv'));
  $('export-edges-csv').addEventListener('click', () => download(fileName('links.csv'), edgesToCsv(graph.visible()), 'text/csv'));
  $('copy-link').addEventListener('click', async () => {
    const link = location.href;
    $<HTMLInputElement>('share-link').value = link;
    try {
      await navigator.clipboard.writeText(link);
      announce('The link to this view is copied.');
    } catch {
      $<HTMLInputElement>('share-link').select();
      announce('Copy the link from the field next to the button.');
    }
  });
}

async function entityName(id: string): Promise<EntityRef> {
  const { node } = await gql<EntityNameResult>(ENTITY_NAME, { id });
  return { id, kind: id.split(':')[0], name: node && 'name' in node ? node.name : id };
}

/** Rebuilds the view a link describes. */
async function restore() {
  const codes = gql<StanceCodesResult>(STANCE_CODES).then(({ stanceCodes }) => {
    const stance = $<HTMLSelectElement>('filter-stance');
    stance.replaceChildren(el('option', { value: '' }, 'Any stance'), ...stanceCodes.map((s) => el('option', { value: s.code }, s.label)));
    stance.value = view.stance ?? '';
  });
  await restoreView();
  await codes;
}

async function restoreView() {
  if (view.country) countryBox.show(await entityName(view.country));
  if (!view.focus) await showLanding();
  if (!view.focus && (view.matrix || view.actors.length)) await loadMatrix();
  if (view.compare.length === 2) await compare();
  if (view.focus) {
    const selected = view.selected;
    await focusOn(view.focus);
    if (selected) {
      const node = nodes.get(selected);
      await showDetails(selected, node?.kind ?? (selected.startsWith('statement:') ? 'Statement' : selected.startsWith('position:') ? 'Position' : 'Entity'), node?.label ?? selected);
    }
  }
  if (view.pathFrom && view.pathTo) await findPath();
}

renderLegend($('legend'));
bindControls();
run(restore);
