import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bruteForceOptimum, tinyProblemArb } from './matching.test-util.js';
import { buildMatchProblem, type ConstraintSpec } from './problem.js';
import { solveMatching } from './index.js';

function problem(constraints: ConstraintSpec[]) {
  return buildMatchProblem({
    candidates: [
      { id: 'c0', attributes: { gender: '1', job: 'doctor' } },
      { id: 'c1', attributes: { gender: '1', job: 'doctor' } },
      { id: 'c2', attributes: { gender: '2', job: 'teacher' } },
    ],
    posts: [
      { id: 'ganzi-doctor', capacity: 5, groups: ['甘孜县医生'] },
      { id: 'ganzi-teacher', capacity: 1, groups: ['甘孜县教师'] },
    ],
    edges: { candidate: [0, 1, 2, 2], post: [0, 0, 1, 0], score: [5, 4, 3, 1] },
    constraints,
  });
}

describe('infeasibility diagnosis', () => {
  it('gives the largest share reachable under the other constraints', () => {
    const r = solveMatching(
      problem([
        { id: 'women', candidates: { attribute: 'gender', values: ['2'] }, minShare: 0.6 },
        { id: 'doctors', postGroup: '甘孜县医生', min: 2 },
      ]),
    );
    expect(r.conflicts[0]!.constraints).toEqual(['women', 'doctors']);
    expect(r.conflicts[0]!.reason).toContain('「women」要求占比至少 60%，但在满足其余约束时最多只能达到约 50%');
  });
  it('compares a group minimum with the distinct eligible candidates, in Chinese', () => {
    const r = solveMatching(problem([{ id: 'doctors', postGroup: '甘孜县医生', min: 5 }]));
    expect(r.status).toBe('infeasible');
    expect(r.conflicts).toEqual([
      { constraints: ['doctors'], reason: '岗位组「甘孜县医生」需要至少 5 名人员，但只有 3 名合格候选人' },
    ]);
  });
  it('reports a minimum above the seats', () => {
    const r = solveMatching(problem([{ id: 'teachers', postGroup: '甘孜县教师', min: 2 }]));
    expect(r.conflicts[0]!.reason).toContain('只有 1 名合格候选人');
  });
  it('names the smallest set of constraints that cannot hold together', () => {
    const r = solveMatching(
      problem([
        { id: 'unrelated', max: 3 },
        { id: 'doctors', postGroup: '甘孜县医生', min: 2 },
        { id: 'women', candidates: { attribute: 'gender', values: ['2'] }, minShare: 0.6 },
      ]),
    );
    expect(r.status).toBe('infeasible');
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]!.constraints).toEqual(['doctors', 'women']);
    expect(r.conflicts[0]!.reason).toMatch(/^以下约束无法同时满足/);
    // two doctors, one of them the only woman, give at most 50%
    expect(r.conflicts[0]!.reason).toContain('「doctors」要求至少 2 人，但在满足其余约束时最多只能达到 1 人');
  });
});

describe('diagnosis on random instances', () => {
  it('names constraints that really conflict, and no more than needed', () => {
    fc.assert(
      fc.property(tinyProblemArb({ maxConstraints: 4 }), (p) => {
        const r = solveMatching(p);
        if (r.status !== 'infeasible') return;
        expect(r.conflicts.length).toBeGreaterThan(0);
        for (const c of r.conflicts) {
          const onlyThese = (ids: readonly string[]): Uint8Array => Uint8Array.from(p.constraints, (k) => (ids.includes(k.id) ? 0 : 1));
          expect(bruteForceOptimum(p, onlyThese(c.constraints))).toBeNull();
          if (c.constraints.length > 1) {
            for (const id of c.constraints) {
              expect(bruteForceOptimum(p, onlyThese(c.constraints.filter((x) => x !== id)))).not.toBeNull();
            }
          }
        }
      }),
      { numRuns: 300, seed: 6 },
    );
  });
});
