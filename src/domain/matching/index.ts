// Person–post matching: the public entry points the product and the CLI call.
import { diagnoseInfeasibility, singleConstraintConflicts } from './diagnose.js';
import { solveOptimalCore, type MatchSolution, type SolveOptions } from './optimize.js';
import { evaluateConstraints, type MatchProblem } from './problem.js';
import { deferredAcceptance } from './stable.js';

export { buildMatchProblem, evaluateConstraints, edgesByCandidate, edgesByPost } from './problem.js';
export type {
  AttributeColumn,
  CandidateSelector,
  ConstraintSpec,
  ConstraintValue,
  MatchConstraint,
  MatchPreferences,
  MatchProblem,
  MatchProblemInput,
} from './problem.js';
export type { MatchConflict, MatchSolution, MatchStatus, SolveOptions, SolveStats } from './optimize.js';
export { findBlockingPairs, deferredAcceptance } from './stable.js';
export { explainUnplaced, type UnplacedExplanation, type UnplacedCode } from './explain.js';
export { diagnoseInfeasibility, describeConstraint } from './diagnose.js';

export interface MatchOptions extends SolveOptions {
  readonly mode?: 'optimal' | 'stable';
  /** Name conflicting constraints when infeasible (default true). */
  readonly diagnose?: boolean;
}

/** Solves an instance in optimal (default) or stable mode. Pure; time only via options.now. */
export function solveMatching(problem: MatchProblem, options: MatchOptions = {}): MatchSolution {
  const now = options.now ?? (() => 0);
  const start = now();
  if (options.mode === 'stable') {
    const postOf = deferredAcceptance(problem);
    return {
      mode: 'stable',
      status: 'stable',
      postOf,
      objective: objectiveOf(problem, postOf),
      bound: null,
      constraints: evaluateConstraints(problem, postOf),
      conflicts: [],
      seconds: now() - start,
      stats: { networkConstraints: 0, sideRows: 0, lagrangeIterations: 0, nodes: 0, pivots: 0 },
    };
  }
  const singles = singleConstraintConflicts(problem);
  const core =
    singles.length > 0
      ? null
      : solveOptimalCore(problem, { ...options, now });
  const n = problem.candidateCount;
  if (core === null || core.status === 'infeasible') {
    const diagnose = options.diagnose ?? true;
    const used = now() - start;
    const left = options.timeLimitSeconds !== undefined ? Math.max(1, options.timeLimitSeconds - used) : undefined;
    const conflicts = singles.length > 0 ? singles : diagnose ? diagnoseInfeasibility(problem, { now, timeLimitSeconds: left }) : [];
    const postOf = new Int32Array(n).fill(-1);
    return {
      mode: 'optimal',
      status: 'infeasible',
      postOf,
      objective: 0,
      bound: null,
      constraints: evaluateConstraints(problem, postOf),
      conflicts,
      seconds: now() - start,
      stats: core?.stats ?? { networkConstraints: 0, sideRows: 0, lagrangeIterations: 0, nodes: 0, pivots: 0 },
    };
  }
  return {
    mode: 'optimal',
    status: core.status,
    postOf: core.postOf,
    objective: core.objective,
    bound: core.bound,
    constraints: evaluateConstraints(problem, core.postOf),
    conflicts: [],
    seconds: now() - start,
    stats: core.stats,
  };
}

export function objectiveOf(problem: MatchProblem, postOf: Int32Array): number {
  let v = 0;
  for (let e = 0; e < problem.edgeCandidate.length; e++) {
    if (postOf[problem.edgeCandidate[e]!] === problem.edgePost[e]) v += problem.edgeScore[e]!;
  }
  return v;
}
