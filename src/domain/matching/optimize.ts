// Optimal mode: maximise total score subject to one post per person, capacities and every
// constraint. The network part (capacities, laminar post-group and candidate-class bounds,
// total bounds) is solved exactly by network simplex. Other constraints (shares, cross
// group × attribute counts, non-laminar groups) are side rows: their Lagrangian relaxation on
// the network gives a proven upper bound, a multiplier-push heuristic finds feasible answers,
// and branch-and-bound on pair variables closes the remaining gap. Objectives are integers,
// so a node whose bound is below incumbent + 1 is pruned.
//
// Pure: time comes from the injected `now()`; no randomness; ties go to the lowest index.

import { NetworkSimplex } from './network-simplex.js';
import { applyPenalties, arcPriority, buildNetworkModel, crashBasis, rowSlacks, type NetworkModel, type ModelOptions } from './network-model.js';
import type { ConstraintValue, MatchProblem } from './problem.js';

export type MatchStatus = 'optimal' | 'feasible' | 'infeasible' | 'stable' | 'unknown';

export interface MatchConflict {
  /** Constraint ids that cannot hold together. */
  readonly constraints: readonly string[];
  /** A reason a user can read (Chinese). */
  readonly reason: string;
}

export interface MatchSolution {
  readonly mode: 'optimal' | 'stable';
  /** `unknown`: the time limit struck before any answer meeting all constraints was found. */
  readonly status: MatchStatus;
  /** Per candidate: post index or −1. */
  readonly postOf: Int32Array;
  readonly objective: number;
  /** Proven upper bound on the objective (optimal mode); null in stable mode. */
  readonly bound: number | null;
  readonly constraints: readonly ConstraintValue[];
  readonly conflicts: readonly MatchConflict[];
  readonly seconds: number;
  readonly stats: SolveStats;
}

export interface SolveStats {
  networkConstraints: number;
  sideRows: number;
  lagrangeIterations: number;
  nodes: number;
  pivots: number;
}

export interface SolveOptions {
  /** Stop after this many seconds of `now()` time (default: no limit). */
  readonly timeLimitSeconds?: number;
  /** Clock in seconds; the only source of time. Default: a clock that never moves. */
  readonly now?: () => number;
  /** Accept an answer within this relative gap (default 0: prove optimality). */
  readonly relativeGap?: number;
  /** Branch-and-bound node limit (default 1,000,000). */
  readonly nodeLimit?: number;
  /** Skip these constraint indices (used by diagnosis). */
  readonly skip?: Uint8Array;
  /** Stop at the first answer meeting all constraints (used by diagnosis). */
  readonly firstFeasible?: boolean;
  /** Route every constraint through the Lagrangian path (tests). */
  readonly forceSideRows?: boolean;
}

const ROW_TOLERANCE = 1e-9;
const BOUND_EPS = 1e-6;

interface Incumbent {
  value: number;
  postOf: Int32Array | null;
}

interface BranchNode {
  id: number;
  bound: number;
  fixOn: number[];
  fixOff: number[];
  mu: Float64Array;
}

interface Clock {
  now: () => number;
  start: number;
  limit: number;
  expired(): boolean;
}

/** Internal result of the optimizer, before constraint reporting. */
export interface CoreResult {
  status: 'optimal' | 'feasible' | 'infeasible' | 'unknown';
  postOf: Int32Array;
  objective: number;
  bound: number;
  stats: SolveStats;
}

export function solveOptimalCore(problem: MatchProblem, options: SolveOptions = {}): CoreResult {
  const now = options.now ?? (() => 0);
  const start = now();
  const limit = options.timeLimitSeconds ?? Infinity;
  const clock: Clock = { now, start, limit, expired: () => now() - start >= limit };
  const modelOptions: ModelOptions = { skip: options.skip, forceSideRows: options.forceSideRows };
  const model = buildNetworkModel(problem, modelOptions);
  const K = model.rows.length;
  const stats: SolveStats = {
    networkConstraints: model.networkConstraints.length,
    sideRows: K,
    lagrangeIterations: 0,
    nodes: 0,
    pivots: 0,
  };
  const n = problem.candidateCount;
  const E = model.edgeCount;
  const inc: Incumbent = { value: -1, postOf: null };
  const relGap = options.relativeGap ?? 0;
  const nodeLimit = options.nodeLimit ?? 1_000_000;

  // root
  const priority = arcPriority(model, problem);
  const rootNs = new NetworkSimplex(
    model.nodeCount,
    model.source,
    model.target,
    model.lower,
    model.upper,
    model.baseCost,
    priority.order,
    priority.workingCount,
  );
  const rootMu = new Float64Array(K);
  const root = processNode(problem, model, rootNs, rootMu, null, inc, clock, stats, options.firstFeasible ?? false, priority, relGap);
  stats.nodes = 1;
  const open: BranchNode[] = [];
  let nextId = 1;
  if (root.kind === 'open') {
    pushChildren(open, { id: 0, bound: root.bound, fixOn: [], fixOff: [], mu: rootMu }, root.branchEdge);
  }
  let stoppedEarly = false;
  let openBoundAtStop = -Infinity;

  function pushChildren(queue: BranchNode[], parent: BranchNode, edge: number): void {
    // "on" child first in id order: it tends to keep the relaxation's choice
    queue.push({ id: nextId++, bound: parent.bound, fixOn: [...parent.fixOn, edge], fixOff: parent.fixOff, mu: Float64Array.from(parent.mu) });
    queue.push({ id: nextId++, bound: parent.bound, fixOn: parent.fixOn, fixOff: [...parent.fixOff, edge], mu: Float64Array.from(parent.mu) });
  }

  while (open.length > 0) {
    if ((options.firstFeasible ?? false) && inc.postOf !== null) {
      stoppedEarly = true;
      openBoundAtStop = maxOpenBound(open, inc.value);
      break;
    }
    // best bound first, ties by id
    let best = 0;
    for (let i = 1; i < open.length; i++) {
      const a = open[i]!;
      const b = open[best]!;
      if (a.bound > b.bound || (a.bound === b.bound && a.id < b.id)) best = i;
    }
    const node = open[best]!;
    if (node.bound < inc.value + 1 - BOUND_EPS) {
      open.splice(best, 1);
      continue;
    }
    if (inc.postOf !== null && gapClosed(maxOpenBound(open, inc.value), inc.value, relGap)) {
      stoppedEarly = true;
      openBoundAtStop = maxOpenBound(open, inc.value);
      break;
    }
    if (clock.expired() || stats.nodes >= nodeLimit) {
      stoppedEarly = true;
      openBoundAtStop = maxOpenBound(open, inc.value);
      break;
    }
    open.splice(best, 1);
    stats.nodes++;
    const lower = new Int32Array(model.lower);
    const upper = new Int32Array(model.upper);
    for (const e of node.fixOn) lower[e] = 1;
    for (const e of node.fixOff) upper[e] = 0;
    const ns = new NetworkSimplex(model.nodeCount, model.source, model.target, lower, upper, model.baseCost, priority.order, priority.workingCount);
    const fixed = new Uint8Array(E);
    for (const e of node.fixOn) fixed[e] = 1;
    for (const e of node.fixOff) fixed[e] = 1;
    const nodeModel: NetworkModel = { ...model, lower, upper };
    const r = processNode(problem, nodeModel, ns, node.mu, fixed, inc, clock, stats, options.firstFeasible ?? false, priority);
    if (r.kind === 'open') {
      node.bound = Math.min(node.bound, r.bound);
      if (node.bound >= inc.value + 1 - BOUND_EPS) pushChildren(open, node, r.branchEdge);
    }
  }

  const objective = inc.postOf !== null ? inc.value : 0;
  const postOf = inc.postOf ?? new Int32Array(n).fill(-1);
  if (root.kind === 'infeasible') {
    return { status: 'infeasible', postOf, objective: 0, bound: -Infinity, stats };
  }
  if (!stoppedEarly) {
    if (inc.postOf === null) return { status: 'infeasible', postOf, objective: 0, bound: -Infinity, stats };
    return { status: 'optimal', postOf, objective, bound: objective, stats };
  }
  const rootBound = root.kind === 'open' ? root.bound : objective;
  const bound = Math.floor(Math.min(rootBound, Math.max(openBoundAtStop, objective)) + BOUND_EPS);
  if (inc.postOf === null) return { status: 'unknown', postOf, objective: 0, bound, stats };
  if (bound <= objective) return { status: 'optimal', postOf, objective, bound: objective, stats };
  return { status: 'feasible', postOf, objective, bound, stats };
}

function maxOpenBound(open: readonly BranchNode[], fallback: number): number {
  let b = fallback;
  for (const o of open) if (o.bound > b) b = o.bound;
  return b;
}

function gapClosed(bound: number, value: number, relGap: number): boolean {
  if (bound < value + 1 - BOUND_EPS) return true;
  return relGap > 0 && bound - value <= relGap * Math.max(1, Math.abs(value));
}

type NodeResult =
  | { kind: 'infeasible' }
  | { kind: 'closed' }
  | { kind: 'open'; bound: number; branchEdge: number };

function extractPostOf(model: NetworkModel, problem: MatchProblem, ns: NetworkSimplex, postOf: Int32Array): number {
  postOf.fill(-1);
  let value = 0;
  const E = model.edgeCount;
  for (let e = 0; e < E; e++) {
    if (ns.flowOf(e) > 0) {
      postOf[problem.edgeCandidate[e]!] = problem.edgePost[e]!;
      value += problem.edgeScore[e]!;
    }
  }
  return value;
}

/**
 * Lagrangian processing of one branch-and-bound node: subgradient steps (Polyak, target = the
 * incumbent) on warm-started network simplex, then a multiplier push towards feasibility.
 * `mu` is updated in place (children inherit it).
 */
function processNode(
  problem: MatchProblem,
  model: NetworkModel,
  ns: NetworkSimplex,
  mu: Float64Array,
  fixed: Uint8Array | null,
  inc: Incumbent,
  clock: Clock,
  stats: SolveStats,
  firstFeasible: boolean,
  priority: { order: Int32Array; workingCount: number } | null = null,
  relGap = 0,
): NodeResult {
  const K = model.rows.length;
  const n = problem.candidateCount;
  const cost = new Float64Array(model.baseCost.length);
  const postOf = new Int32Array(n);
  const g = new Float64Array(K);
  let bound = Infinity;
  let lastPostOf: Int32Array | null = null;
  let lastG: Float64Array | null = null;
  let theta = 1;
  let sinceImprove = 0;
  const maxIterations = K === 0 ? 1 : fixed === null ? 200 : 40;
  let first = true;
  ns.shouldStop = clock.expired;
  const evaluate = (): 'infeasible' | 'interrupted' | number => {
    applyPenalties(model, problem, mu, cost);
    ns.cost.set(cost);
    let st: 'optimal' | 'infeasible' | 'interrupted';
    if (first) {
      // the working set's pairs first; all pairs when minima need more people than it holds
      const crash = crashBasis(model, problem, priority ?? undefined) ?? (priority ? crashBasis(model, problem) : null);
      st = crash ? ns.solveFrom(crash.flow, crash.predArc) : ns.solve();
    } else st = ns.resolve();
    first = false;
    stats.pivots += ns.pivots;
    ns.pivots = 0;
    stats.lagrangeIterations++;
    if (st !== 'optimal') return st;
    const value = extractPostOf(model, problem, ns, postOf);
    rowSlacks(model, problem, postOf, g);
    return value;
  };
  const offer = (value: number): boolean => {
    // returns whether the current postOf meets every side row
    for (let i = 0; i < K; i++) if (g[i]! < -ROW_TOLERANCE) return false;
    if (value > inc.value || inc.postOf === null) {
      inc.value = value;
      inc.postOf = Int32Array.from(postOf);
    }
    return true;
  };

  // multiplier push: raise the multipliers of violated rows (from small steps, doubling) until
  // the relaxation's answer meets them; its objective is then within Σ μ·slack of the bound.
  // Every pushed relaxation is itself a valid bound.
  const runPush = (): 'infeasible' | 'done' => {
    const push = Float64Array.from(mu);
    const lo = Float64Array.from(mu);
    let step = pushStep(problem);
    let found = false;
    const evalAt = (at: Float64Array): 'infeasible' | 'interrupted' | boolean => {
      const saved = Float64Array.from(mu);
      mu.set(at);
      const value = evaluate();
      if (value === 'infeasible' || value === 'interrupted') {
        mu.set(saved);
        return value;
      }
      let pen = 0;
      for (let i = 0; i < K; i++) pen += mu[i]! * g[i]!;
      bound = Math.min(bound, value + pen);
      mu.set(saved);
      return offer(value);
    };
    for (let round = 0; round < 30 && !clock.expired(); round++) {
      let violated = false;
      lo.set(push);
      for (let i = 0; i < K; i++) {
        if (g[i]! < -ROW_TOLERANCE) {
          violated = true;
          push[i] = push[i]! + step;
        }
      }
      if (!violated) break;
      const r = evalAt(push);
      if (r === 'infeasible') return 'infeasible';
      if (r === 'interrupted') return 'done';
      if (r) {
        found = true;
        break;
      }
      step *= 2;
    }
    // bisect between the last infeasible and the feasible multipliers: the answer just past the
    // threshold overshoots the rows least, so it costs the least objective
    if (found) {
      const hi = Float64Array.from(push);
      const mid = new Float64Array(K);
      for (let b = 0; b < 6 && !clock.expired(); b++) {
        for (let i = 0; i < K; i++) mid[i] = (lo[i]! + hi[i]!) / 2;
        const r = evalAt(mid);
        if (r === 'infeasible') return 'infeasible';
        if (r === 'interrupted') break;
        if (r) hi.set(mid);
        else lo.set(mid);
      }
    }
    return 'done';
  };

  let gapReached = false;
  for (let it = 0; it < maxIterations; it++) {
    const value = evaluate();
    if (value === 'infeasible') return { kind: 'infeasible' };
    if (value === 'interrupted') break;
    let pen = 0;
    for (let i = 0; i < K; i++) pen += mu[i]! * g[i]!;
    const L = value + pen;
    if (L < bound - BOUND_EPS) {
      bound = L;
      sinceImprove = 0;
    } else sinceImprove++;
    const feasible = offer(value);
    if (feasible && Math.abs(pen) <= BOUND_EPS * Math.max(1, Math.abs(value))) return { kind: 'closed' };
    if (feasible && firstFeasible) return { kind: 'closed' };
    if (bound < inc.value + 1 - BOUND_EPS) return { kind: 'closed' };
    lastPostOf = Int32Array.from(postOf);
    lastG = Float64Array.from(g);
    // good enough for the caller: hand back the bound, the search stops on the gap
    if (inc.postOf !== null && relGap > 0 && gapClosed(bound, inc.value, relGap)) {
      gapReached = true;
      break;
    }
    if (clock.expired()) break;
    if (it === 0 && !feasible && inc.postOf === null) {
      // find an answer early: the Polyak steps below aim at the incumbent
      if (runPush() === 'infeasible') return { kind: 'infeasible' };
      if (bound < inc.value + 1 - BOUND_EPS) return { kind: 'closed' };
      continue;
    }
    // projected subgradient step
    let norm = 0;
    for (let i = 0; i < K; i++) {
      const gi = g[i]!;
      if (mu[i] === 0 && gi > 0) continue;
      norm += gi * gi;
    }
    if (norm === 0) break;
    // without an answer yet, aim 5% below (at least 1 below): an infeasible node's bound then
    // falls below zero, which proves it (objectives are never negative)
    const target = inc.postOf !== null ? inc.value : L - Math.max(1, 0.05 * Math.abs(L));
    const t = (theta * (L - target)) / norm;
    for (let i = 0; i < K; i++) mu[i] = Math.max(0, mu[i]! - t * g[i]!);
    if (sinceImprove >= 5) {
      theta /= 2;
      sinceImprove = 0;
      if (theta < 1e-3) break;
    }
  }

  if (K > 0 && !gapReached && !clock.expired() && lastG !== null) {
    if (runPush() === 'infeasible') return { kind: 'infeasible' };
    if (bound < inc.value + 1 - BOUND_EPS) return { kind: 'closed' };
  }

  if (K > 0 && !gapReached && fixed === null && inc.postOf === null && !clock.expired()) {
    dive(problem, model, mu, inc, clock, stats);
    if (bound < inc.value + 1 - BOUND_EPS) return { kind: 'closed' };
  }

  // nothing left to branch on: the node's answer is forced
  const E = model.edgeCount;
  const isFixed = (e: number): boolean => fixed !== null && fixed[e] === 1;
  const pick = chooseBranchEdge(problem, model, lastPostOf ?? postOf, lastG ?? g, isFixed, E);
  if (pick < 0) return { kind: 'closed' };
  return { kind: 'open', bound, branchEdge: pick };
}

/**
 * Diving heuristic for count rows the multipliers cannot settle (several rows competing for the
 * same people): fix the best missing pairs of each violated "at least" row on, the weakest
 * counted pairs of each violated "at most" row off, re-solve, and repeat.
 */
function dive(problem: MatchProblem, model: NetworkModel, mu: Float64Array, inc: Incumbent, clock: Clock, stats: SolveStats): void {
  const K = model.rows.length;
  const E = model.edgeCount;
  const lower = new Int32Array(model.lower);
  const upper = new Int32Array(model.upper);
  const cost = new Float64Array(model.baseCost.length);
  const postOf = new Int32Array(problem.candidateCount);
  const g = new Float64Array(K);
  const candidateFixed = new Uint8Array(problem.candidateCount);
  const localMu = Float64Array.from(mu);
  const step = pushStep(problem);
  for (let round = 0; round < 12 && !clock.expired(); round++) {
    applyPenalties(model, problem, localMu, cost);
    const ns = new NetworkSimplex(model.nodeCount, model.source, model.target, lower, upper, cost);
    ns.shouldStop = clock.expired;
    const st = ns.solve();
    stats.pivots += ns.pivots;
    stats.lagrangeIterations++;
    if (st !== 'optimal') return;
    const value = extractPostOf(model, problem, ns, postOf);
    rowSlacks(model, problem, postOf, g);
    let violated = false;
    for (let i = 0; i < K; i++) if (g[i]! < -ROW_TOLERANCE) violated = true;
    if (!violated) {
      if (value > inc.value || inc.postOf === null) {
        inc.value = value;
        inc.postOf = Int32Array.from(postOf);
      }
      return;
    }
    for (let i = 0; i < K; i++) {
      if (g[i]! >= -ROW_TOLERANCE) continue;
      const r = model.rows[i]!;
      if (r.share > 0 || r.kind === 'total') {
        localMu[i] = localMu[i]! + step * 2 ** round;
        continue;
      }
      let need = Math.ceil(-g[i]! - ROW_TOLERANCE);
      const inRow = (e: number): boolean =>
        r.postMask[problem.edgePost[e]!] === 1 && (r.candidateMask === null || r.candidateMask[problem.edgeCandidate[e]!] === 1);
      while (need > 0) {
        let best = -1;
        for (let e = 0; e < E; e++) {
          if (!inRow(e) || lower[e] === 1 || upper[e] === 0) continue;
          const c = problem.edgeCandidate[e]!;
          const placedHere = postOf[c] === problem.edgePost[e];
          if (r.sense === 1) {
            if (placedHere || candidateFixed[c] === 1) continue;
            if (best < 0 || cost[e]! < cost[best]!) best = e;
          } else {
            if (!placedHere) continue;
            if (best < 0 || cost[e]! > cost[best]!) best = e;
          }
        }
        if (best < 0) break;
        if (r.sense === 1) {
          lower[best] = 1;
          candidateFixed[problem.edgeCandidate[best]!] = 1;
        } else upper[best] = 0;
        need--;
      }
    }
  }
}

function pushStep(problem: MatchProblem): number {
  let max = 0;
  for (let e = 0; e < problem.edgeScore.length; e++) if (problem.edgeScore[e]! > max) max = problem.edgeScore[e]!;
  return Math.max(1e-3, max / 1024);
}

/**
 * Branching variable: an unfixed placed pair counted by a violated row; else an unfixed placed
 * pair counted by any row; else an unfixed unplaced pair counted by a violated "at least" row;
 * else the first unfixed pair. −1 when every pair is fixed.
 */
function chooseBranchEdge(
  problem: MatchProblem,
  model: NetworkModel,
  postOf: Int32Array,
  g: Float64Array,
  isFixed: (e: number) => boolean,
  E: number,
): number {
  const rows = model.rows;
  const counted = (e: number, onlyViolated: boolean, sense: 0 | 1): boolean => {
    const c = problem.edgeCandidate[e]!;
    const p = problem.edgePost[e]!;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      if (onlyViolated && g[i]! >= -ROW_TOLERANCE) continue;
      if (sense === 1 && r.sense !== 1) continue;
      if (r.share > 0) return true; // every pair counts towards a share's denominator
      if (r.postMask[p] === 1 && (r.candidateMask === null || r.candidateMask[c] === 1)) return true;
    }
    return false;
  };
  let anyPlaced = -1;
  let firstFree = -1;
  let violatedPlaced = -1;
  let violatedUnplaced = -1;
  for (let e = 0; e < E; e++) {
    if (isFixed(e)) continue;
    if (firstFree < 0) firstFree = e;
    const placed = postOf[problem.edgeCandidate[e]!] === problem.edgePost[e];
    if (placed) {
      if (violatedPlaced < 0 && counted(e, true, 0)) violatedPlaced = e;
      if (anyPlaced < 0 && counted(e, false, 0)) anyPlaced = e;
    } else if (violatedUnplaced < 0 && counted(e, true, 1)) violatedUnplaced = e;
    if (violatedPlaced >= 0) break;
  }
  if (violatedPlaced >= 0) return violatedPlaced;
  if (anyPlaced >= 0) return anyPlaced;
  if (violatedUnplaced >= 0) return violatedUnplaced;
  return firstFree;
}

