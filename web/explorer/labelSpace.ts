/** A node's box with its label, in model coordinates. */
export interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** How far apart two boxes must be moved, along x or y, so they no longer overlap (with `gap` between). */
function separation(a: Box, b: Box, gap: number): { dx: number; dy: number } | null {
  const overlapX = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
  const overlapY = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
  if (overlapX <= 0 || overlapY <= 0) return null;
  const sign = (d: number) => (d >= 0 ? 1 : -1);
  // Move along the axis that needs the shorter push: labels are wide, so mostly up or down.
  return overlapX < overlapY
    ? { dx: overlapX * sign((a.x1 + a.x2) / 2 - (b.x1 + b.x2) / 2 || 1), dy: 0 }
    : { dx: 0, dy: overlapY * sign((a.y1 + a.y2) / 2 - (b.y1 + b.y2) / 2 || 1) };
}

/**
 * Pushes overlapping boxes apart, each pair half each way, until none overlaps or the rounds run out. A
 * force layout keeps nodes apart but not always their labels; this settles what it leaves. Returns the
 * shift of every box that moved.
 */
export function separate(boxes: Box[], gap = 4, rounds = 200): Map<string, { dx: number; dy: number }> {
  const shifted = new Map<string, { dx: number; dy: number }>();
  const moved = boxes.map((b) => ({ ...b }));
  const shift = (b: Box, dx: number, dy: number) => {
    b.x1 += dx;
    b.x2 += dx;
    b.y1 += dy;
    b.y2 += dy;
    const s = shifted.get(b.id) ?? { dx: 0, dy: 0 };
    shifted.set(b.id, { dx: s.dx + dx, dy: s.dy + dy });
  };
  for (let round = 0; round < rounds; round++) {
    let clashes = 0;
    const order = [...moved].sort((a, b) => a.x1 - b.x1);
    for (let i = 0; i < order.length; i++) {
      for (let j = i + 1; j < order.length && order[j].x1 < order[i].x2 + gap; j++) {
        const push = separation(order[i], order[j], gap);
        if (!push) continue;
        clashes++;
        shift(order[i], push.dx / 2, push.dy / 2);
        shift(order[j], -push.dx / 2, -push.dy / 2);
      }
    }
    if (!clashes) break;
  }
  return shifted;
}
