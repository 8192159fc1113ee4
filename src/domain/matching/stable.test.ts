import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMatchProblem } from './problem.js';
import { findBlockingPairs, solveMatching } from './index.js';
import { tinyInstanceArb } from './matching.test-util.js';

describe('stable mode', () => {
  it('places candidates by deferred acceptance in a textbook case', () => {
    const p = buildMatchProblem({
      candidates: [0, 1, 2].map((i) => ({ id: `c${i}`, attributes: {} })),
      posts: [
        { id: 'a', capacity: 1, groups: [] },
        { id: 'b', capacity: 1, groups: [] },
      ],
      edges: { candidate: [0, 0, 1, 1, 2], post: [0, 1, 0, 1, 0], score: [1, 1, 1, 1, 1] },
      preferences: { candidate: [[0, 1], [0, 1], [0]], post: [[2, 1, 0], [0, 1]] },
    });
    const r = solveMatching(p, { mode: 'stable' });
    expect(r.status).toBe('stable');
    // a prefers c2; c0 and c1 then compete for b, which prefers c0
    expect(Array.from(r.postOf)).toEqual([1, -1, 0]);
    expect(findBlockingPairs(p, r.postOf)).toEqual([]);
  });

  it('leaves no blocking pair on random instances, and reports constraints', () => {
    const arb = tinyInstanceArb({ maxConstraints: 2 }).chain((inst) => {
      const n = inst.candidates.length;
      const m = inst.posts.length;
      return fc
        .record({
          cand: fc.array(fc.shuffledSubarray([...Array(m).keys()]), { minLength: n, maxLength: n }),
          post: fc.array(fc.shuffledSubarray([...Array(n).keys()]), { minLength: m, maxLength: m }),
        })
        .map((prefs) => ({ ...inst, preferences: { candidate: prefs.cand, post: prefs.post } }));
    });
    fc.assert(
      fc.property(arb, (inst) => {
        const p = buildMatchProblem(inst);
        const r = solveMatching(p, { mode: 'stable' });
        expect(findBlockingPairs(p, r.postOf)).toEqual([]);
        expect(r.constraints.length).toBe(p.constraints.length);
        const load = new Array<number>(p.postCount).fill(0);
        for (const post of r.postOf) if (post >= 0) load[post]!++;
        load.forEach((l, j) => expect(l).toBeLessThanOrEqual(p.capacity[j]!));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('finds a blocking pair in an unstable assignment', () => {
    const p = buildMatchProblem({
      candidates: [0, 1].map((i) => ({ id: `c${i}`, attributes: {} })),
      posts: [{ id: 'a', capacity: 1, groups: [] }],
      edges: { candidate: [0, 1], post: [0, 0], score: [1, 1] },
      preferences: { candidate: [[0], [0]], post: [[1, 0]] },
    });
    expect(findBlockingPairs(p, Int32Array.of(0, -1))).toEqual([{ candidate: 1, post: 0 }]);
  });
});
