import './explorer.css';
import { ApiError, gql } from './api';
import { renderEntity, renderPosition, renderStatement, type DetailActions } from './details';
import { el } from './dom';
import { download, edgesToCsv, nodesToCsv, toGraphML } from './exporters';
import { loadFacets } from './facets';
import { keeps, type Filters } from './filters';
import { renderGraphTable } from './graphTable';
import { createGraphView, type GraphData } from './graphView';
import { isActor, kindLabel } from './kinds';
import { renderLegend } from './legend';
import { pathElements, renderPaths } from './pathFinder';
import {
  CONNECTIONS,
  ENTITY_NAME,
  NEIGHBOURHOOD,
  POSITION,
  STANCE_CODES,
  STATEMENT,
  TIMELINE,
  type ConnectionsResult,
  type EntityNameResult,
  type EntityRef,
  type FacetNode,
  type GraphNode,
  type NeighbourhoodResult,
  type PositionResult,
  type StanceCodesResult,
  type StatementResult,
  type TimelineResult,
} from './queries';
import { createSearchBox } from './searchBox';
import { renderTimeline } from './timeline';
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

const statusRegion = $('status');
const alertRegion = $('alert');
const graph = createGraphView($('cy'), (id) => run(() => chooseNode(id)));

function announce(message: string) {
  statusRegion.textContent = message;
}

function saveView() {
  history.replaceState(null, '', `${location.pathname}${writeView(view)}`);
}

function filters(): Filters {
  return { stance: view.stance, from: view.from, to: view.to, country: view.country };
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
  if (timeline) renderTimeline($('timeline'), timeline.actor.name, timeline.data, f, timelineActions);
  const shown = nodes.size - hidden.size;
  $('graph-summary').textContent = nodes.size ? `${shown} of ${nodes.size} nodes shown${hidden.size ? ' (the rest filtered out)' : ''}` : '';
}

async function focusOn(id: string) {
  view.focus = id;
  saveView();
  nodes.clear();
  graph.clear();
  graph.highlightPath([], []);
  $('graph-placeholder').hidden = true;
  const result = await neighbourhood(id, view.depth);
  addData(result);
  for (const expanded of view.expanded) addData(await neighbourhood(expanded, 1), expanded);
  applyFilters();
  graph.fit();
  const centre = result.center;
  $('cy').setAttribute('aria-label', `Graph around ${centre.label}: ${nodes.size} nodes. The table below lists the same nodes and links.`);
  $('graph-heading').textContent = `Around ${centre.label}`;
  announce(`Showing ${centre.label} and ${nodes.size - 1} connected nodes${result.truncated ? ', a sample of a larger network' : ''}.`);
  // The graph shows at once; what the filters need and the timeline follow.
  await Promise.all([
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
    if (isActor(kind) && timeline?.actor.id !== id) await showTimeline({ id, kind, name });
  }
}

async function showTimeline(actor: EntityRef) {
  const data = await gql<TimelineResult>(TIMELINE, { actor: actor.id });
  timeline = { actor, data };
  $('timeline-heading').textContent = `Timeline of ${actor.name}`;
  renderTimeline($('timeline'), actor.name, data, filters(), timelineActions);
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
      await focusOn(entity.id);
      await showDetails(entity.id, entity.kind, entity.name);
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
    saveView();
    applyFilters();
  });
}

function bindControls() {
  $('fit').addEventListener('click', () => graph.fit());
  $('zoom-in').addEventListener('click', () => graph.zoom(1.25));
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
    saveView();
    applyFilters();
  });
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
  return { id, kind: id.split(':')[0], name: node?.name ?? id };
}

/** Rebuilds the view a link describes. */
async function restore() {
  const { stanceCodes } = await gql<StanceCodesResult>(STANCE_CODES);
  const stance = $<HTMLSelectElement>('filter-stance');
  stance.replaceChildren(el('option', { value: '' }, 'Any stance'), ...stanceCodes.map((s) => el('option', { value: s.code }, s.label)));
  stance.value = view.stance ?? '';
  if (view.country) countryBox.show(await entityName(view.country));
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
