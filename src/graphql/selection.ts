import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the request selects the field at `path` below the field being resolved (`['edges', 'node',
 * 'expressedBy']`), directly or through fragments. @skip and @include are not read: a field they may
 * leave out counts as selected, so nothing asked for is ever missing.
 */
export function selects(info: GraphQLResolveInfo, path: string[]): boolean {
  const within = (set: SelectionSetNode | undefined, rest: string[]): boolean => {
    if (!rest.length) return true;
    if (!set) return false;
    return set.selections.some((s) => {
      if (s.kind === 'Field') return s.name.value === rest[0] && within(s.selectionSet, rest.slice(1));
      if (s.kind === 'InlineFragment') return within(s.selectionSet, rest);
      const fragment = info.fragments[s.name.value];
      return fragment !== undefined && within(fragment.selectionSet, rest);
    });
  };
  return info.fieldNodes.some((field) => within(field.selectionSet, path));
}

/**
 * The fields the request selects at `path` below the field being resolved (`['edges', 'node']`), through fragments,
 * each as often as it is written (aliases included).
 */
export function fieldsAt(info: GraphQLResolveInfo, path: string[]): FieldNode[] {
  const within = (set: SelectionSetNode | undefined, rest: string[]): FieldNode[] => {
    if (!set) return [];
    return set.selections.flatMap((s) => {
      if (s.kind === 'InlineFragment') return within(s.selectionSet, rest);
      if (s.kind === 'FragmentSpread') {
        const fragment = info.fragments[s.name.value];
        return fragment ? within(fragment.selectionSet, rest) : [];
      }
      if (!rest.length) return [s];
      return s.name.value === rest[0] ? within(s.selectionSet, rest.slice(1)) : [];
    });
  };
  return info.fieldNodes.flatMap((field) => within(field.selectionSet, path));
}
