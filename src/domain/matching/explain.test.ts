import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tinyProblemArb } from './matching.test-util.js';
import { buildMatchProblem } from './problem.js';
import { explainUnplaced, solveMatching } from './index.js';

describe('explainUnplaced', () => {
  const p = buildMatchProblem({
    candidates: [
      { id: 'c0', attributes: { g: '1' } },
      { id: 'c1', attributes: { g: '1' } },
      { id: 'c2', attributes: { g: '1' } },
      { id: 'c3', attributes: { g: '2' } },
    ],
    posts: [
      { id: 'a', capacity: 1, groups: [] },
      { id: 'b', capacity: 2, groups: ['B'] },
    ],
    edges: { candidate: [0, 1, 3], post: [0, 0, 1], score: [9, 4, 5] },
    constraints: [{ id: 'b-max', postGroup: 'B', max: 0 }],
  });
  const r = solveMatching(p);
  const ex = explainUnplaced(p, r.postOf);
  it('says why each unplaced candidate is out', () => {
    expect(ex.map((e) => [p.candidateIds[e.candidate], e.code])).toEqual([
      ['c1', 'ELIGIBLE_POSTS_FULL'],
      ['c2', 'NO_ELIGIBLE_POST'],
      ['c3', 'BLOCKED_BY_CONSTRAINT'],
    ]);
  });
  it('names the best alternative and the blocking constraint', () => {
    expect(ex[0]!.bestAlternative).toEqual({ post: 0, score: 4, full: true, lowestPlacedScore: 9 });
    expect(ex[0]!.message).toContain('岗位 a');
    expect(ex[2]!.constraints).toEqual(['b-max']);
  });
});

describe('explainUnplaced on random instances', () => {
  it('explains every unplaced candidate once; optimal answers leave no open post unexplained', () => {
    fc.assert(
      fc.property(tinyProblemArb({ maxConstraints: 0, maxScore: 20 }), (p) => {
        const r = solveMatching(p);
        const ex = explainUnplaced(p, r.postOf);
        const unplaced = Array.from(r.postOf).flatMap((post, c) => (post < 0 ? [c] : []));
        expect(ex.map((e) => e.candidate)).toEqual(unplaced);
        for (const e of ex) {
          const hasEdge = Array.from(p.edgeCandidate).includes(e.candidate);
          expect(e.code === 'NO_ELIGIBLE_POST').toBe(!hasEdge);
          // without constraints an optimal answer only leaves a seat open to a zero score
          if (e.code === 'NOT_SELECTED') expect(e.message).toContain('匹配度 0');
        }
      }),
      { numRuns: 200, seed: 8 },
    );
  });
});
