import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NetworkSimplex } from './network-simplex.js';

/** Exhaustive min-cost circulation over tiny integer flows. */
function bruteForce(nodes: number, arcs: { s: number; t: number; l: number; u: number; c: number }[]): number | null {
  let best: number | null = null;
  const flow = new Array<number>(arcs.length).fill(0);
  const rec = (i: number): void => {
    if (i === arcs.length) {
      const bal = new Array<number>(nodes).fill(0);
      arcs.forEach((a, k) => {
        bal[a.s]! -= flow[k]!;
        bal[a.t]! += flow[k]!;
      });
      if (bal.some((b) => b !== 0)) return;
      const cost = arcs.reduce((s, a, k) => s + a.c * flow[k]!, 0);
      if (best === null || cost < best) best = cost;
      return;
    }
    for (let f = arcs[i]!.l; f <= arcs[i]!.u; f++) {
      flow[i] = f;
      rec(i + 1);
    }
  };
  rec(0);
  return best;
}

describe('network simplex', () => {
  it('finds the minimum-cost circulation of random tiny networks, or reports infeasibility', () => {
    const arcArb = fc.record({
      s: fc.integer({ min: 0, max: 3 }),
      t: fc.integer({ min: 0, max: 3 }),
      l: fc.integer({ min: 0, max: 1 }),
      extra: fc.integer({ min: 0, max: 2 }),
      c: fc.integer({ min: -5, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(arcArb, { minLength: 1, maxLength: 7 }), (raw) => {
        const arcs = raw.filter((a) => a.s !== a.t).map((a) => ({ s: a.s, t: a.t, l: a.l, u: a.l + a.extra, c: a.c }));
        if (arcs.length === 0) return;
        const ns = new NetworkSimplex(
          4,
          Int32Array.from(arcs, (a) => a.s),
          Int32Array.from(arcs, (a) => a.t),
          Int32Array.from(arcs, (a) => a.l),
          Int32Array.from(arcs, (a) => a.u),
          Float64Array.from(arcs, (a) => a.c),
        );
        const st = ns.solve();
        const best = bruteForce(4, arcs);
        if (best === null) expect(st).toBe('infeasible');
        else {
          expect(st).toBe('optimal');
          expect(ns.totalCost()).toBe(best);
        }
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('re-optimises after a cost change from the previous basis', () => {
    // two parallel arcs 0→1 and a return arc 1→0
    const ns = new NetworkSimplex(2, Int32Array.of(0, 0, 1), Int32Array.of(1, 1, 0), Int32Array.of(0, 0, 0), Int32Array.of(1, 1, 2), Float64Array.of(-3, -1, 0));
    expect(ns.solve()).toBe('optimal');
    expect(ns.totalCost()).toBe(-4);
    ns.cost[1] = 2;
    expect(ns.resolve()).toBe('optimal');
    expect(ns.totalCost()).toBe(-3);
    expect(ns.flowOf(1)).toBe(0);
  });
});
