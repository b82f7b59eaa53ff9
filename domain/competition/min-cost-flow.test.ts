import { describe, expect, it } from 'vitest';
import { MinCostFlow } from './min-cost-flow';

describe('MinCostFlow', () => {
  it('solves a 2 × 2 transport problem to the cost computed by hand', () => {
    // Source 0 → supplies 1 (cap 3) and 2 (cap 2) → demands 3 (cap 2) and 4 (cap 3) → sink 5.
    // Costs 1→3: 4, 1→4: 6, 2→3: 5, 2→4: 9. Candidates by hand (all 5 units shipped):
    // 1→3:2, 1→4:1, 2→4:2 → 8 + 6 + 18 = 32;  1→3:0, 1→4:3, 2→3:2 → 18 + 10 = 28 (the optimum).
    const g = new MinCostFlow(6);
    g.addArc(0, 1, 3, 0);
    g.addArc(0, 2, 2, 0);
    const a13 = g.addArc(1, 3, 5, 4);
    const a14 = g.addArc(1, 4, 5, 6);
    const a23 = g.addArc(2, 3, 5, 5);
    const a24 = g.addArc(2, 4, 5, 9);
    g.addArc(3, 5, 2, 0);
    g.addArc(4, 5, 3, 0);
    expect(g.solve(0, 5)).toEqual({ flow: 5, cost: 28 });
    expect([g.flowOn(a13), g.flowOn(a14), g.flowOn(a23), g.flowOn(a24)]).toEqual([0, 3, 2, 0]);
  });

  it('handles negative costs and stops at the flow limit', () => {
    // Two parallel paths 0→1→3 (cost −2) and 0→2→3 (cost 1), each of capacity 1.
    const g = new MinCostFlow(4);
    g.addArc(0, 1, 1, -2);
    g.addArc(1, 3, 1, 0);
    g.addArc(0, 2, 1, 1);
    g.addArc(2, 3, 1, 0);
    expect(g.solve(0, 3, 1)).toEqual({ flow: 1, cost: -2 });
  });

  it('reroutes earlier flow through reverse arcs when that is cheaper overall', () => {
    // The classic case where the first shortest path (0→1→2→3, cost 2) must be partly undone:
    // the optimum for flow 2 is 0→1→3 and 0→2→3, cost 3 + 3 = 6, not 2 + anything.
    const g = new MinCostFlow(4);
    g.addArc(0, 1, 1, 1);
    g.addArc(0, 2, 1, 2);
    g.addArc(1, 2, 1, 0);
    g.addArc(1, 3, 1, 2);
    const a23 = g.addArc(2, 3, 1, 1);
    expect(g.solve(0, 3)).toEqual({ flow: 2, cost: 6 });
    expect(g.flowOn(a23)).toBe(1);
  });

  it('sends nothing when the sink cannot be reached', () => {
    const g = new MinCostFlow(3);
    g.addArc(0, 1, 5, 1);
    expect(g.solve(0, 2)).toEqual({ flow: 0, cost: 0 });
  });
});
