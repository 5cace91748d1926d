/**
 * An order in which every item comes after the items it needs (those in the set), ties broken by
 * rank then id. Cycles, which the graph allows (two renderings pointing at each other), are cut where
 * they close; importing them in one batch still works.
 */
export function dependencyOrder(items: Array<{ id: string; rank: number; needs: string[] }>): string[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const sorted = [...items].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed = new Set<string>();
  const out: string[] = [];
  for (const root of sorted) {
    if (placed.has(root.id)) continue;
    // Iterative depth-first walk: reaffirmation chains can be longer than the call stack.
    const stack: Array<{ id: string; next: number }> = [{ id: root.id, next: 0 }];
    const onPath = new Set([root.id]);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const needs = byId.get(top.id)!.needs;
      const need = needs[top.next++];
      if (need === undefined) {
        stack.pop();
        onPath.delete(top.id);
        if (!placed.has(top.id)) {
          placed.add(top.id);
          out.push(top.id);
        }
      } else if (byId.has(need) && !placed.has(need) && !onPath.has(need)) {
        stack.push({ id: need, next: 0 });
        onPath.add(need);
      }
    }
  }
  return out;
}
