import { describe, expect, it } from 'vitest';
import { totalDbHits, type PlanNode } from '../bench/profile.js';

const node = (dbHits: number, ...children: PlanNode[]): PlanNode => ({ dbHits, children });

describe('db hits in the benchmark (bench/profile.ts)', () => {
  it('adds every operator of the plan, at every depth and on every branch', () => {
    // ProduceResults ← Apply ← (NodeIndexSeek, Expand ← Filter): a join's both sides and deep leaves count.
    const plan = node(0, node(3, node(120), node(40, node(7, node(1000)))));
    expect(totalDbHits(plan)).toBe(1170);
  });

  it('counts a single operator plan as its own hits', () => {
    expect(totalDbHits(node(42))).toBe(42);
  });
});
