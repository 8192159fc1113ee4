// Infeasibility diagnosis: which constraints cannot hold together, with reasons in Chinese.
// First each constraint alone against simple counts (distinct eligible candidates, seats);
// otherwise a deletion filter over the constraints with the optimizer as feasibility oracle,
// which leaves a small (irreducible when the oracle answers every call) conflicting set.
import { solveOptimalCore, type MatchConflict } from './optimize.js';
import { postMembership, type MatchConstraint, type MatchProblem } from './problem.js';

export interface DiagnoseOptions {
  readonly now?: () => number;
  /** Time for the whole diagnosis (default: no limit). */
  readonly timeLimitSeconds?: number;
}

function groupLabel(problem: MatchProblem, k: MatchConstraint): string {
  return k.group < 0 ? '全部岗位' : `岗位组「${problem.groupNames[k.group]}」`;
}

function candidateLabel(k: MatchConstraint): string {
  const sel = k.spec.candidates;
  if (!sel) return '';
  return `（${sel.attribute}=${sel.values.join('/')}）`;
}

function pct(x: number): string {
  return `${Math.round(x * 10000) / 100}%`;
}

/** One-line Chinese description of a constraint. */
export function describeConstraint(problem: MatchProblem, k: MatchConstraint): string {
  const parts: string[] = [];
  if (k.min !== null) parts.push(`至少 ${k.min} 人`);
  if (k.max !== null) parts.push(`至多 ${k.max} 人`);
  if (k.minShare !== null) parts.push(`占全部录用人数至少 ${pct(k.minShare)}`);
  if (k.maxShare !== null) parts.push(`占全部录用人数至多 ${pct(k.maxShare)}`);
  return `「${k.id}」${groupLabel(problem, k)}${candidateLabel(k)}${parts.join('，')}`;
}

/** Checks each constraint on its own; returns the conflicts found (empty when none). */
export function singleConstraintConflicts(problem: MatchProblem): MatchConflict[] {
  const out: MatchConflict[] = [];
  const E = problem.edgeCandidate.length;
  problem.constraints.forEach((k) => {
    if (k.min !== null && k.max !== null && k.min > k.max) {
      out.push({ constraints: [k.id], reason: `「${k.id}」的下限 ${k.min} 大于上限 ${k.max}` });
      return;
    }
    if (k.minShare !== null && k.maxShare !== null && k.minShare > k.maxShare) {
      out.push({ constraints: [k.id], reason: `「${k.id}」的最低占比 ${pct(k.minShare)} 高于最高占比 ${pct(k.maxShare)}` });
      return;
    }
    if (k.min === null || k.min <= 0) return;
    const posts = postMembership(problem, k.group);
    let seats = 0;
    for (let p = 0; p < problem.postCount; p++) if (posts[p] === 1) seats += problem.capacity[p]!;
    const eligible = new Uint8Array(problem.candidateCount);
    let count = 0;
    for (let e = 0; e < E; e++) {
      const c = problem.edgeCandidate[e]!;
      if (eligible[c] === 1 || posts[problem.edgePost[e]!] !== 1) continue;
      if (k.candidateMask !== null && k.candidateMask[c] !== 1) continue;
      eligible[c] = 1;
      count++;
    }
    if (k.min > count) {
      out.push({
        constraints: [k.id],
        reason: `${groupLabel(problem, k)}需要至少 ${k.min} 名${candidateLabel(k) ? `符合条件${candidateLabel(k)}的` : ''}人员，但只有 ${count} 名合格候选人`,
      });
    } else if (k.min > seats) {
      out.push({ constraints: [k.id], reason: `${groupLabel(problem, k)}需要至少 ${k.min} 人，但岗位容量合计只有 ${seats} 个` });
    }
  });
  return out;
}

/**
 * Names constraints that cannot hold together. Assumes the instance is infeasible; returns an
 * empty list when no conflict could be established within the time.
 */
export function diagnoseInfeasibility(problem: MatchProblem, options: DiagnoseOptions = {}): MatchConflict[] {
  const singles = singleConstraintConflicts(problem);
  if (singles.length > 0) return singles;
  const now = options.now ?? (() => 0);
  const start = now();
  const limit = options.timeLimitSeconds ?? Infinity;
  const K = problem.constraints.length;
  // capacities alone are always feasible (place nobody), so some constraint is involved
  const skip = new Uint8Array(K);
  const remaining = (): number => Math.max(0, limit - (now() - start));
  for (let k = 0; k < K; k++) {
    if (remaining() <= 0) break;
    skip[k] = 1;
    const r = solveOptimalCore(problem, { skip, firstFeasible: true, now, timeLimitSeconds: remaining() / 2 });
    if (r.status !== 'infeasible') skip[k] = 0; // needed for the conflict (or not provably droppable)
  }
  const ids: string[] = [];
  const lines: string[] = [];
  problem.constraints.forEach((k, i) => {
    if (skip[i] === 1) return;
    ids.push(k.id);
    lines.push(describeConstraint(problem, k));
  });
  if (ids.length === 0) return [];
  let reason = `以下约束无法同时满足：${lines.join('；')}`;
  const detail = reachableDetail(problem, skip, now, remaining);
  if (detail !== null) reason += `。${detail}`;
  return [{ constraints: ids, reason }];
}

/**
 * For the first "at least" bound in the conflicting set, the most that can be reached while the
 * other constraints of the set hold: binary search over the bound with the feasibility oracle
 * (a share to 0.1 percentage point, a count exactly). Null when it cannot be settled in time.
 */
function reachableDetail(problem: MatchProblem, skip: Uint8Array, now: () => number, remaining: () => number): string | null {
  const idx = problem.constraints.findIndex((k, i) => skip[i] === 0 && ((k.minShare !== null && k.minShare > 0) || (k.min !== null && k.min > 0)));
  if (idx < 0) return null;
  const k = problem.constraints[idx]!;
  const isShare = k.minShare !== null && k.minShare > 0;
  const feasibleAt = (value: number): boolean | null => {
    if (remaining() <= 0) return null;
    const relaxed: MatchConstraint = isShare ? { ...k, minShare: value, min: k.min } : { ...k, min: value };
    const variant: MatchProblem = { ...problem, constraints: problem.constraints.map((c, i) => (i === idx ? relaxed : c)) };
    const r = solveOptimalCore(variant, { skip, firstFeasible: true, now, timeLimitSeconds: remaining() / 2 });
    if (r.status === 'infeasible') return false;
    if (r.status === 'unknown') return null;
    return true;
  };
  if (isShare) {
    // shares in thousandths
    let lo = 0;
    let hi = Math.round(k.minShare! * 1000) - 1;
    if (hi < 0) return null;
    const at0 = feasibleAt(0);
    if (at0 !== true) return null;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const ok = feasibleAt(mid / 1000);
      if (ok === null) return null;
      if (ok) lo = mid;
      else hi = mid - 1;
    }
    return `「${k.id}」要求占比至少 ${pct(k.minShare!)}，但在满足其余约束时最多只能达到约 ${pct(lo / 1000)}`;
  }
  let lo = 0;
  let hi = k.min! - 1;
  const at0 = feasibleAt(0);
  if (at0 !== true) return null;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const ok = feasibleAt(mid);
    if (ok === null) return null;
    if (ok) lo = mid;
    else hi = mid - 1;
  }
  return `「${k.id}」要求至少 ${k.min} 人，但在满足其余约束时最多只能达到 ${lo} 人`;
}
