/**
 * Everything that makes up a view, so a link reproduces it: the entity in focus, the depth, the nodes
 * expanded, the filters, the open statement and the path asked for.
 */
export interface ViewState {
  focus: string | null;
  depth: 1 | 2;
  expanded: string[];
  stance: string | null;
  from: string | null;
  to: string | null;
  country: string | null;
  selected: string | null;
  pathFrom: string | null;
  pathTo: string | null;
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
    selected: get('selected'),
    pathFrom: get('pathFrom'),
    pathTo: get('pathTo'),
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
  put('selected', view.selected);
  put('pathFrom', view.pathFrom);
  put('pathTo', view.pathTo);
  const text = params.toString();
  return text ? `?${text}` : '';
}
