import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveOptimalCore } from './optimize.js';
import { buildMatchProblem, evaluateConstraints, type MatchProblem, type MatchProblemInput } from './problem.js';
import { objectiveOf, solveMatching } from './index.js';
import { bruteForceOptimum, tinyProblemArb } from './matching.test-util.js';

describe('optimal mode against exhaustive search', () => {
  it('matches brute force on random tiny instances without constraints', () => {
    fc.assert(
      fc.property(tinyProblemArb({ maxConstraints: 0 }), (problem) => {
        const r = solveOptimalCore(problem);
        expect(r.status).toBe('optimal');
        expect(r.objective).toBe(bruteForceOptimum(problem));
        expect(objectiveOf(problem, r.postOf)).toBe(r.objective);
      }),
      { numRuns: 300, seed: 1 },
    );
  });
  it('matches brute force on random tiny instances with constraints of every kind', () => {
    fc.assert(
      fc.property(tinyProblemArb({ maxConstraints: 4 }), (problem) => {
        const r = solveMatching(problem, { diagnose: false });
        const best = bruteForceOptimum(problem);
        if (best === null) {
          expect(r.status).toBe('infeasible');
        } else {
          expect(r.status).toBe('optimal');
          expect(r.objective).toBe(best);
          expect(r.bound).toBe(best);
          expect(objectiveOf(problem, r.postOf)).toBe(r.objective);
          for (const v of r.constraints) expect(v.satisfied).toBe(true);
        }
      }),
      { numRuns: 500, seed: 2 },
    );
  });
  it('matches brute force when every constraint goes through the Lagrangian path', () => {
    fc.assert(
      fc.property(tinyProblemArb({ maxConstraints: 3, maxCandidates: 7 }), (problem) => {
        const r = solveOptimalCore(problem, { forceSideRows: true });
        const best = bruteForceOptimum(problem);
        if (best === null) expect(r.status).toBe('infeasible');
        else {
          expect(r.status).toBe('optimal');
          expect(r.objective).toBe(best);
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});

function instance(constraints: MatchProblemInput['constraints']): MatchProblem {
  // 4 candidates (c0, c2 women; c1, c3 from city A), 2 posts of 1 and 2 seats
  return buildMatchProblem({
    candidates: [
      { id: 'c0', attributes: { gender: '2', city: 'B' } },
      { id: 'c1', attributes: { gender: '1', city: 'A' } },
      { id: 'c2', attributes: { gender: '2', city: 'B' } },
      { id: 'c3', attributes: { gender: '1', city: 'A' } },
    ],
    posts: [
      { id: 'doc', capacity: 1, groups: ['county:X', 'doctor'] },
      { id: 'tea', capacity: 2, groups: ['county:Y'] },
    ],
    edges: { candidate: [0, 1, 1, 2, 3, 3], post: [0, 0, 1, 1, 0, 1], score: [5, 9, 8, 1, 7, 6] },
    constraints,
  });
}

describe('each constraint kind', () => {
  it('without constraints takes the best scores', () => {
    const r = solveMatching(instance([]));
    // c0→doc 5, c1→tea 8, c3→tea 6 beats giving doc to c1
    expect(r.objective).toBe(19);
    expect(r.objective).toBe(bruteForceOptimum(instance([])));
  });
  const cases: [string, MatchProblemInput['constraints']][] = [
    ['post-group minimum', [{ id: 'y-min', postGroup: 'county:Y', min: 2 }]],
    ['post-group maximum', [{ id: 'y-max', postGroup: 'county:Y', max: 0 }]],
    ['total minimum', [{ id: 'all', min: 3 }]],
    ['attribute count', [{ id: 'women', candidates: { attribute: 'gender', values: ['2'] }, min: 2 }]],
    ['attribute share', [{ id: 'women-50', candidates: { attribute: 'gender', values: ['2'] }, minShare: 0.5 }]],
    ['attribute maximum share', [{ id: 'a-max', candidates: { attribute: 'city', values: ['A'] }, maxShare: 0.5 }]],
    ['cross group × attribute', [{ id: 'paired', postGroup: 'county:Y', candidates: { attribute: 'city', values: ['B'] }, min: 1 }]],
    [
      'non-nested groups',
      [
        { id: 'x', postGroup: 'county:X', min: 1 },
        { id: 'doc', postGroup: 'doctor', max: 1 },
        { id: 'y', postGroup: 'county:Y', min: 1 },
      ],
    ],
  ];
  for (const [name, cs] of cases) {
    it(`honours a ${name}`, () => {
      const p = instance(cs);
      const r = solveMatching(p);
      expect(r.status).toBe('optimal');
      expect(r.objective).toBe(bruteForceOptimum(p));
      for (const v of evaluateConstraints(p, r.postOf)) expect(v.satisfied).toBe(true);
    });
  }
});

describe('network and side constraints', () => {
  it('puts nested group bounds into the network and crossing ones into side rows', () => {
    const p = instance([
      { id: 'x', postGroup: 'county:X', min: 1 },
      { id: 'doc', postGroup: 'doctor', max: 1 },
      { id: 'y', postGroup: 'county:Y', min: 1 },
      { id: 'w', candidates: { attribute: 'gender', values: ['2'] }, max: 2 },
      { id: 'share', candidates: { attribute: 'gender', values: ['2'] }, minShare: 0.3 },
    ]);
    const r = solveMatching(p);
    // county:X and doctor hold the same post: merged into one network arc; gender count on the
    // candidate side; the share is the only side row
    expect(r.stats.networkConstraints).toBe(4);
    expect(r.stats.sideRows).toBe(1);
    expect(r.objective).toBe(bruteForceOptimum(p));
  });
});

describe('determinism and limits', () => {
  it('gives the same assignments for the same input', () => {
    fc.assert(
      fc.property(tinyProblemArb({ maxConstraints: 3 }), (problem) => {
        const a = solveMatching(problem, { diagnose: false });
        const b = solveMatching(problem, { diagnose: false });
        expect(Array.from(a.postOf)).toEqual(Array.from(b.postOf));
      }),
      { numRuns: 100, seed: 4 },
    );
  });
  it('stops at the time limit through the injected clock and reports a proven bound', () => {
    let t = 0;
    const now = (): number => (t += 1);
    const p = instance([{ id: 'women-50', candidates: { attribute: 'gender', values: ['2'] }, minShare: 0.5 }]);
    const r = solveMatching(p, { now, timeLimitSeconds: 0.5 });
    expect(['feasible', 'unknown', 'optimal']).toContain(r.status);
    expect(r.bound).not.toBeNull();
    expect(r.bound!).toBeGreaterThanOrEqual(bruteForceOptimum(p)!);
  });
});
