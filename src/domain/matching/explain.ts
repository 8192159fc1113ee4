// Why a candidate was not placed, for every unplaced candidate of an assignment.
import { edgesByCandidate, constraintHolds, postMembership, type MatchProblem } from './problem.js';

export type UnplacedCode =
  /** The candidate has no eligible post at all. */
  | 'NO_ELIGIBLE_POST'
  /** Every eligible post is full. */
  | 'ELIGIBLE_POSTS_FULL'
  /** A post had room, but taking the candidate there would break a constraint. */
  | 'BLOCKED_BY_CONSTRAINT'
  /** A post had room and no constraint objects (possible in stable mode, or for a zero score). */
  | 'NOT_SELECTED';

export interface UnplacedExplanation {
  readonly candidate: number;
  readonly code: UnplacedCode;
  /** The best eligible post by score, with its score and the lowest score placed there. */
  readonly bestAlternative: { readonly post: number; readonly score: number; readonly full: boolean; readonly lowestPlacedScore: number | null } | null;
  /** Constraint ids that taking the best open post would break. */
  readonly constraints: readonly string[];
  readonly message: string;
}

export function explainUnplaced(problem: MatchProblem, postOf: Int32Array): UnplacedExplanation[] {
  const n = problem.candidateCount;
  const m = problem.postCount;
  const byCand = edgesByCandidate(problem);
  const load = new Int32Array(m);
  let total = 0;
  for (let c = 0; c < n; c++) {
    const p = postOf[c]!;
    if (p >= 0) {
      load[p]!++;
      total++;
    }
  }
  const lowest = new Float64Array(m).fill(Infinity);
  for (let e = 0; e < problem.edgeCandidate.length; e++) {
    const c = problem.edgeCandidate[e]!;
    const p = problem.edgePost[e]!;
    if (postOf[c] === p) lowest[p] = Math.min(lowest[p]!, problem.edgeScore[e]!);
  }
  const postMasks = problem.constraints.map((k) => postMembership(problem, k.group));
  const counts = problem.constraints.map((k, i) => {
    let cnt = 0;
    for (let c = 0; c < n; c++) {
      const p = postOf[c]!;
      if (p >= 0 && postMasks[i]![p] === 1 && (k.candidateMask === null || k.candidateMask[c] === 1)) cnt++;
    }
    return cnt;
  });
  const label = (p: number): string => problem.postIds[p] ?? String(p);
  const out: UnplacedExplanation[] = [];
  for (let c = 0; c < n; c++) {
    if (postOf[c]! >= 0) continue;
    const edges: number[] = [];
    for (let i = byCand.start[c]!; i < byCand.start[c + 1]!; i++) edges.push(byCand.list[i]!);
    if (edges.length === 0) {
      out.push({ candidate: c, code: 'NO_ELIGIBLE_POST', bestAlternative: null, constraints: [], message: '没有符合条件的岗位' });
      continue;
    }
    edges.sort((a, b) => problem.edgeScore[b]! - problem.edgeScore[a]! || a - b);
    const best = edges[0]!;
    const bp = problem.edgePost[best]!;
    const bestAlternative = {
      post: bp,
      score: problem.edgeScore[best]!,
      full: load[bp]! >= problem.capacity[bp]!,
      lowestPlacedScore: Number.isFinite(lowest[bp]!) ? lowest[bp]! : null,
    };
    const open = edges.find((e) => load[problem.edgePost[e]!]! < problem.capacity[problem.edgePost[e]!]!);
    if (open === undefined) {
      const low = bestAlternative.lowestPlacedScore;
      out.push({
        candidate: c,
        code: 'ELIGIBLE_POSTS_FULL',
        bestAlternative,
        constraints: [],
        message: `符合条件的岗位均已满员；最好的备选是岗位 ${label(bp)}（匹配度 ${bestAlternative.score}）${low !== null ? `，该岗位录用者的最低匹配度为 ${low}` : ''}`,
      });
      continue;
    }
    const op = problem.edgePost[open]!;
    const broken: string[] = [];
    problem.constraints.forEach((k, i) => {
      const counted = postMasks[i]![op] === 1 && (k.candidateMask === null || k.candidateMask[c] === 1);
      const before = constraintHolds(k, counts[i]!, total);
      const after = constraintHolds(k, counts[i]! + (counted ? 1 : 0), total + 1);
      if (!after && before) broken.push(k.id);
    });
    if (broken.length > 0) {
      out.push({
        candidate: c,
        code: 'BLOCKED_BY_CONSTRAINT',
        bestAlternative,
        constraints: broken,
        message: `岗位 ${label(op)} 尚有空缺（匹配度 ${problem.edgeScore[open]}），但录用该人员会违反约束：${broken.join('、')}`,
      });
    } else {
      out.push({
        candidate: c,
        code: 'NOT_SELECTED',
        bestAlternative,
        constraints: [],
        message: `岗位 ${label(op)} 尚有空缺（匹配度 ${problem.edgeScore[open]}），但未被选中`,
      });
    }
  }
  return out;
}
