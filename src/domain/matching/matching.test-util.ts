// Helpers shared by the matching tests: a brute-force optimum and a fast-check instance
// generator. Not used by production code.
import fc from 'fast-check';
import { buildMatchProblem, constraintHolds, type ConstraintSpec, type MatchProblem, type MatchProblemInput } from './problem.js';

/** Exhaustive optimum: best objective over all assignments meeting every constraint, or null. */
export function bruteForceOptimum(problem: MatchProblem, skip?: Uint8Array): number | null {
  const n = problem.candidateCount;
  const options: number[][] = [];
  for (let c = 0; c < n; c++) options.push([-1]);
  for (let e = 0; e < problem.edgeCandidate.length; e++) options[problem.edgeCandidate[e]!]!.push(e);
  const load = new Int32Array(problem.postCount);
  const chosen = new Int32Array(n).fill(-1);
  const postOf = new Int32Array(n).fill(-1);
  const masks = problem.constraints.map((k) => {
    const mask = new Uint8Array(problem.postCount);
    for (let p = 0; p < problem.postCount; p++) {
      if (k.group < 0) mask[p] = 1;
      for (let i = problem.postGroupStart[p]!; i < problem.postGroupStart[p + 1]!; i++) {
        if (problem.postGroupList[i] === k.group) mask[p] = 1;
      }
    }
    return mask;
  });
  let best: number | null = null;
  const rec = (c: number, value: number): void => {
    if (c === n) {
      let total = 0;
      for (let i = 0; i < n; i++) if (postOf[i]! >= 0) total++;
      for (let k = 0; k < problem.constraints.length; k++) {
        if (skip && skip[k] === 1) continue;
        const con = problem.constraints[k]!;
        let count = 0;
        for (let i = 0; i < n; i++) {
          const p = postOf[i]!;
          if (p >= 0 && masks[k]![p] === 1 && (con.candidateMask === null || con.candidateMask[i] === 1)) count++;
        }
        if (!constraintHolds(con, count, total)) return;
      }
      if (best === null || value > best) best = value;
      return;
    }
    for (const e of options[c]!) {
      if (e < 0) {
        chosen[c] = -1;
        postOf[c] = -1;
        rec(c + 1, value);
        continue;
      }
      const p = problem.edgePost[e]!;
      if (load[p]! >= problem.capacity[p]!) continue;
      load[p]!++;
      chosen[c] = e;
      postOf[c] = p;
      rec(c + 1, value + problem.edgeScore[e]!);
      load[p]!--;
      postOf[c] = -1;
    }
  };
  rec(0, 0);
  return best;
}

const GROUPS = ['g0', 'g1', 'g2'];

function constraintArb(id: number): fc.Arbitrary<ConstraintSpec> {
  const bounds = fc.oneof(
    fc.record({ min: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ max: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ min: fc.integer({ min: 0, max: 2 }), max: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ minShare: fc.constantFrom(0.25, 0.3, 0.5, 0.6) }),
    fc.record({ maxShare: fc.constantFrom(0.3, 0.5, 0.75) }),
  );
  return fc
    .record({
      group: fc.option(fc.constantFrom(...GROUPS), { nil: undefined }),
      cand: fc.option(
        fc.oneof(
          fc.record({ attribute: fc.constant('gender'), values: fc.constant(['2']) }),
          fc.record({ attribute: fc.constant('city'), values: fc.constantFrom(['x'], ['x', 'y']) }),
        ),
        { nil: undefined },
      ),
      bounds,
    })
    .map(({ group, cand, bounds: b }) => ({
      id: `k${id}`,
      ...(group !== undefined ? { postGroup: group } : {}),
      ...(cand !== undefined ? { candidates: cand } : {}),
      ...b,
    }));
}

export interface TinyOptions {
  maxCandidates?: number;
  maxPosts?: number;
  maxConstraints?: number;
  maxScore?: number;
}

/** Random small instances: ≤ 6 candidates, ≤ 3 posts, a few constraints of every kind. */
export function tinyInstanceArb(opts: TinyOptions = {}): fc.Arbitrary<MatchProblemInput> {
  const maxN = opts.maxCandidates ?? 6;
  const maxM = opts.maxPosts ?? 3;
  const maxK = opts.maxConstraints ?? 3;
  const maxScore = opts.maxScore ?? 20;
  return fc
    .record({
      n: fc.integer({ min: 1, max: maxN }),
      m: fc.integer({ min: 1, max: maxM }),
    })
    .chain(({ n, m }) =>
      fc.record({
        candidates: fc.array(
          fc.record({ gender: fc.constantFrom('1', '2'), city: fc.constantFrom('x', 'y', 'z') }),
          { minLength: n, maxLength: n },
        ),
        posts: fc.array(
          fc.record({ capacity: fc.integer({ min: 1, max: 2 }), groups: fc.subarray(GROUPS) }),
          { minLength: m, maxLength: m },
        ),
        pairs: fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: maxScore })), {
          minLength: n * m,
          maxLength: n * m,
        }),
        constraints: fc.array(fc.nat(), { maxLength: maxK }).chain((ks) =>
          fc.tuple(...ks.map((_, i) => constraintArb(i))),
        ),
      }).map(({ candidates, posts, pairs, constraints }) => {
        const ec: number[] = [];
        const ep: number[] = [];
        const es: number[] = [];
        for (let c = 0; c < n; c++) {
          for (let p = 0; p < m; p++) {
            const [on, score] = pairs[c * m + p]!;
            if (on) {
              ec.push(c);
              ep.push(p);
              es.push(score);
            }
          }
        }
        return {
          candidates: candidates.map((a, i) => ({ id: `c${i}`, attributes: a })),
          posts: posts.map((p, j) => ({ id: `p${j}`, capacity: p.capacity, groups: p.groups })),
          edges: { candidate: ec, post: ep, score: es },
          constraints,
        };
      }),
    );
}

export function tinyProblemArb(opts: TinyOptions = {}): fc.Arbitrary<MatchProblem> {
  return tinyInstanceArb(opts).map(buildMatchProblem);
}
