/**
 * Everything that makes up a view, so a link reproduces it: the entity in focus, the depth, the nodes
 * expanded, the filters, the open statement, the path asked for, the timeline's lanes and the stances compared.
 */
export interface ViewState {
  focus: string | null;
  depth: 1 | 2;
  expanded: string[];
  stance: string | null;
  from: string | null;
  to: string | null;
  country: string | null;
  conflict: string | null;
  kind: string | null;
  language: string | null;
  selected: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  /** The timeline's lanes: one per stance, or one per speaker. */
  lanes: 'stance' | 'speaker';
  /** The stance matrix: toward a conflict, for chosen actors, or both. */
  matrix: string | null;
  actors: string[];
  /** The two actors set side by side. */
  compare: string[];
}

export function readView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key) || null;
  return {
    focus: get('focus'),
    depth: params.get('depth') === '1' ? 1 : 2,
    expanded: params.getAll('expand'),
    stance: get('stance'),
    from: get('from'),
    to: get('to'),
    country: get('country'),
    conflict: get('conflict'),
    kind: get('kind'),
    language: get('language'),
    selected: get('selected'),
    pathFrom: get('pathFrom'),
    pathTo: get('pathTo'),
    lanes: params.get('lanes') === 'speaker' ? 'speaker' : 'stance',
    matrix: get('matrix'),
    actors: params.getAll('actor'),
    compare: params.getAll('compare').slice(0, 2),
  };
}

export function writeView(view: ViewState): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | null) => value && params.set(key, value);
  put('focus', view.focus);
  if (view.focus) params.set('depth', String(view.depth));
  for (const id of view.expanded) params.append('expand', id);
  put('stance', view.stance);
  put('from', view.from);
  put('to', view.to);
  put('country', view.country);
  put('conflict', view.conflict);
  put('kind', view.kind);
  put('language', view.language);
  put('selected', view.selected);
  put('pathFrom', view.pathFrom);
  put('pathTo', view.pathTo);
  if (view.lanes === 'speaker') params.set('lanes', 'speaker');
  put('matrix', view.matrix);
  for (const id of view.actors) params.append('actor', id);
  for (const id of view.compare) params.append('compare', id);
  const text = params.toString();
  return text ? `?${text}` : '';
}
