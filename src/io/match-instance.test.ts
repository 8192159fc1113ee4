import { describe, expect, it } from 'vitest';
import { formatMatchResult, InstanceError, parseMatchInstance, toMatchResult } from './match-instance.js';
import { solveMatching } from '../domain/matching/index.js';

const example = {
  format: 'match-instance/1',
  candidates: [
    { id: 'p-0001', attributes: { gender: '2', category: 'professional', sourceCity: '510100' } },
    { id: 'p-0002', attributes: { gender: '1', category: 'general', sourceCity: '510300' } },
  ],
  posts: [
    { id: '513334-doctor', capacity: 1, groups: ['county:513334', 'doctor:513334'] },
    { id: '513335-teacher', capacity: 1, groups: ['county:513335'] },
  ],
  edges: { candidate: [0, 0, 1], post: [0, 1, 0], score: [812, 455, 900] },
  constraints: [
    { id: 'doctors-513334', posts: { group: 'doctor:513334' }, min: 1 },
    { id: 'women-30pct', candidates: { attribute: 'gender', equals: '2' }, minShare: 0.3 },
    { id: 'paired-513334', posts: { group: 'county:513334' }, candidates: { attribute: 'sourceCity', in: ['510100'] }, max: 1 },
  ],
  preferences: { candidate: [[0, 1], [0]], post: [[1, 0], [0]] },
};

function errorOf(data: unknown): string {
  try {
    parseMatchInstance(JSON.stringify(data));
  } catch (err) {
    expect(err).toBeInstanceOf(InstanceError);
    return (err as Error).message;
  }
  throw new Error('expected an InstanceError');
}

describe('match instance parsing', () => {
  it('reads the documented example into typed arrays', () => {
    const p = parseMatchInstance(JSON.stringify(example));
    expect(p.candidateCount).toBe(2);
    expect(Array.from(p.edgeScore)).toEqual([812, 455, 900]);
    expect(p.constraints.map((c) => c.id)).toEqual(['doctors-513334', 'women-30pct', 'paired-513334']);
    expect(Array.from(p.constraints[1]!.candidateMask!)).toEqual([1, 0]);
    expect(p.preferences?.candidate[0]).toEqual(Int32Array.of(0, 1));
  });
  it('names the first bad score', () => {
    const score = Array.from({ length: 20 }, () => 1);
    score[17] = 1.5;
    const bad = { ...example, edges: { candidate: Array(20).fill(0), post: Array(20).fill(0), score } };
    expect(errorOf(bad)).toBe('edges.score[17]: must be an integer in 0…1000000000');
  });
  it('names bad fields elsewhere', () => {
    expect(errorOf({ ...example, format: 'x' })).toBe('format: must be "match-instance/1"');
    expect(errorOf({ ...example, posts: [{ ...example.posts[0], capacity: 0 }, example.posts[1]] })).toBe('posts[0].capacity: must be an integer ≥ 1');
    expect(errorOf({ ...example, edges: { ...example.edges, post: [0, 5, 0] } })).toBe('edges.post[1]: must be an integer in 0…1');
    expect(errorOf({ ...example, edges: { candidate: [0, 0], post: [1, 1], score: [1, 2] } })).toMatch(/^edges.post\[1\]: pair \(candidate 0, post 1\) appears more than once/);
    expect(errorOf({ ...example, candidates: [example.candidates[0], example.candidates[0]] })).toBe('candidates[1].id: duplicate id "p-0001"');
    expect(errorOf({ ...example, constraints: [{ id: 'k' }] })).toBe('constraints[0]: needs at least one of min, max, minShare, maxShare');
    expect(errorOf({ ...example, constraints: [{ id: 'k', minShare: 2 }] })).toBe('constraints[0].minShare: must be a number in 0…1');
    expect(errorOf({ ...example, edges: { ...example.edges, score: [1, 2] } })).toBe('edges.score: must have the same length as edges.candidate (3)');
    expect(errorOf({ ...example, preferences: { candidate: [[0], [7]], post: [[], []] } })).toBe('preferences.candidate[1][0]: must be an integer in 0…1');
  });
  it('rejects text that is not JSON', () => {
    expect(() => parseMatchInstance('{')).toThrow(/^\(instance\): not valid JSON/);
  });
});

describe('match result writing', () => {
  it('writes the documented fields in order', () => {
    const p = parseMatchInstance(JSON.stringify(example));
    const s = solveMatching(p, { now: () => 0 });
    const r = toMatchResult(p, s);
    expect(Object.keys(r)).toEqual(['format', 'mode', 'status', 'objective', 'bound', 'assignments', 'constraints', 'seconds']);
    expect(r).toMatchObject({ format: 'match-result/1', mode: 'optimal', status: 'optimal', objective: 1355, bound: 1355 });
    expect(r.assignments).toEqual([
      { candidate: 'p-0001', post: '513335-teacher' },
      { candidate: 'p-0002', post: '513334-doctor' },
    ]);
    expect(r.constraints).toEqual([
      { id: 'doctors-513334', value: 1, satisfied: true },
      { id: 'women-30pct', value: 1, satisfied: true },
      { id: 'paired-513334', value: 0, satisfied: true },
    ]);
    expect(JSON.parse(formatMatchResult(p, s))).toEqual(r);
  });
  it('lists conflicts when infeasible, and omits bound in stable mode', () => {
    const p = parseMatchInstance(JSON.stringify({ ...example, constraints: [{ id: 'too-many', posts: { group: 'doctor:513334' }, min: 3 }] }));
    const r = toMatchResult(p, solveMatching(p));
    expect(r.status).toBe('infeasible');
    expect(r.conflicts).toEqual([{ constraints: ['too-many'], reason: '岗位组「doctor:513334」需要至少 3 名人员，但只有 2 名合格候选人' }]);
    const st = toMatchResult(p, solveMatching(p, { mode: 'stable' }));
    expect(st.status).toBe('stable');
    expect('bound' in st).toBe(false);
  });
});
