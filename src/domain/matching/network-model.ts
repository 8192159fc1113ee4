// Turns a MatchProblem into a min-cost circulation. Nodes: S, T, candidates, posts, one node per
// network post-group and per network candidate class. Arcs, in this order:
//   edges (candidate → post, cost −score)            [0, E)
//   candidate arcs (S or class → candidate, cap 1)    [E, E+n)
//   post arcs (post → innermost group or T, cap)      [E+n, E+n+m)
//   group arcs (group → parent group or T, [min,max])
//   class arcs (S or parent class → class, [min,max])
//   the total arc T → S, [total min, total max]
// Post-group bounds (posts selector only, absolute min/max) and candidate-class bounds
// (candidates selector only, absolute) enter the network when their sets form a laminar family;
// the rest become side rows, handled by Lagrangian relaxation.

import { INFINITE_CAPACITY } from './network-simplex.js';
import { edgesByCandidate, edgesByPost, postMembership, type MatchProblem } from './problem.js';

export interface SideRow {
  /** Index of the constraint in problem.constraints. */
  readonly constraint: number;
  /** +1: count − share·total ≥ rhs; −1: count − share·total ≤ rhs. */
  readonly sense: 1 | -1;
  readonly share: number;
  readonly rhs: number;
  readonly kind: 'total' | 'candidates' | 'posts' | 'cross';
  readonly postMask: Uint8Array;
  readonly candidateMask: Uint8Array | null;
  /** For cross rows: the edges whose pair the row counts. */
  readonly crossEdges: Int32Array | null;
}

export interface NetworkModel {
  readonly nodeCount: number;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly lower: Int32Array;
  readonly upper: Int32Array;
  /** Base cost (no Lagrangian penalties). */
  readonly baseCost: Float64Array;
  readonly edgeCount: number;
  readonly candidateArc0: number;
  readonly postArc0: number;
  readonly groupArc0: number;
  readonly classArc0: number;
  readonly totalArc: number;
  /** Constraint indices enforced by the network. */
  readonly networkConstraints: readonly number[];
  readonly rows: readonly SideRow[];
}

interface LaminarResult {
  /** Per accepted set: parent accepted set or −1. */
  parent: number[];
  /** Per accepted set: merged bounds. */
  min: number[];
  max: number[];
  /** Per element: innermost accepted set or −1. */
  innermost: Int32Array;
  /** Per input set: accepted (merged) set index, or −1 when rejected. */
  placement: Int32Array;
}

/**
 * Greedy laminar selection: sets are taken from the largest down (ties by input order); a set is
 * accepted when all its elements currently share the same innermost accepted set, which makes the
 * accepted family laminar. A set equal to an accepted one is merged into it.
 */
function selectLaminar(
  universe: number,
  sets: readonly { members: Int32Array; min: number; max: number }[],
): LaminarResult {
  const order = sets.map((_, i) => i).sort((a, b) => sets[b]!.members.length - sets[a]!.members.length || a - b);
  const innermost = new Int32Array(universe).fill(-1);
  const size: number[] = [];
  const parent: number[] = [];
  const min: number[] = [];
  const max: number[] = [];
  const placement = new Int32Array(sets.length).fill(-1);
  for (const i of order) {
    const s = sets[i]!;
    const members = s.members;
    let h = members.length > 0 ? innermost[members[0]!]! : -1;
    let ok = true;
    for (let k = 1; k < members.length; k++) {
      if (innermost[members[k]!] !== h) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (members.length === 0) h = -1;
    if (h >= 0 && size[h] === members.length) {
      placement[i] = h;
      min[h] = Math.max(min[h]!, s.min);
      max[h] = Math.min(max[h]!, s.max);
      continue;
    }
    const idx = parent.length;
    parent.push(h);
    size.push(members.length);
    min.push(s.min);
    max.push(s.max);
    placement[i] = idx;
    for (let k = 0; k < members.length; k++) innermost[members[k]!] = idx;
  }
  return { parent, min, max, innermost, placement };
}

function maskMembers(mask: Uint8Array): Int32Array {
  let cnt = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1) cnt++;
  const out = new Int32Array(cnt);
  let k = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1) out[k++] = i;
  return out;
}

export interface ModelOptions {
  /** Constraint indices to ignore (diagnosis works on subsets). */
  readonly skip?: Uint8Array;
  /** Put every constraint into side rows (for testing the Lagrangian path). */
  readonly forceSideRows?: boolean;
}

export function buildNetworkModel(problem: MatchProblem, options: ModelOptions = {}): NetworkModel {
  const n = problem.candidateCount;
  const m = problem.postCount;
  const E = problem.edgeCandidate.length;
  const skip = options.skip;
  const netPost: { members: Int32Array; min: number; max: number; k: number }[] = [];
  const netCand: { members: Int32Array; min: number; max: number; k: number }[] = [];
  let totalMin = 0;
  let totalMax = n;
  const networkConstraints: number[] = [];
  const sideSpecs: { k: number; sense: 1 | -1; share: number; rhs: number }[] = [];
  const postMasks = new Map<number, Uint8Array>();
  const postMaskOf = (g: number): Uint8Array => {
    let mask = postMasks.get(g);
    if (!mask) {
      mask = postMembership(problem, g);
      postMasks.set(g, mask);
    }
    return mask;
  };

  problem.constraints.forEach((c, k) => {
    if (skip && skip[k] === 1) return;
    const hasAbs = c.min !== null || c.max !== null;
    const lo = c.min ?? 0;
    const hi = c.max ?? INFINITE_CAPACITY;
    const kindPosts = c.group >= 0 && c.candidateMask === null;
    const kindCands = c.group < 0 && c.candidateMask !== null;
    const kindTotal = c.group < 0 && c.candidateMask === null;
    let absInNetwork = false;
    if (hasAbs && !options.forceSideRows) {
      if (kindTotal) {
        totalMin = Math.max(totalMin, lo);
        totalMax = Math.min(totalMax, hi);
        absInNetwork = true;
        networkConstraints.push(k);
      } else if (kindPosts) {
        netPost.push({ members: maskMembers(postMaskOf(c.group)), min: lo, max: hi, k });
        absInNetwork = true;
      } else if (kindCands) {
        netCand.push({ members: maskMembers(c.candidateMask!), min: lo, max: hi, k });
        absInNetwork = true;
      }
    }
    if (!absInNetwork) {
      if (c.min !== null) sideSpecs.push({ k, sense: 1, share: 0, rhs: c.min });
      if (c.max !== null) sideSpecs.push({ k, sense: -1, share: 0, rhs: c.max });
    }
    if (c.minShare !== null) sideSpecs.push({ k, sense: 1, share: c.minShare, rhs: 0 });
    if (c.maxShare !== null) sideSpecs.push({ k, sense: -1, share: c.maxShare, rhs: 0 });
  });

  const postLam = selectLaminar(m, netPost);
  const candLam = selectLaminar(n, netCand);
  // rejected network candidates fall back to side rows
  netPost.forEach((s, i) => {
    if (postLam.placement[i]! < 0) pushAbsRows(s.k);
    else networkConstraints.push(s.k);
  });
  netCand.forEach((s, i) => {
    if (candLam.placement[i]! < 0) pushAbsRows(s.k);
    else networkConstraints.push(s.k);
  });
  function pushAbsRows(k: number): void {
    const c = problem.constraints[k]!;
    if (c.min !== null) sideSpecs.push({ k, sense: 1, share: 0, rhs: c.min });
    if (c.max !== null) sideSpecs.push({ k, sense: -1, share: 0, rhs: c.max });
  }
  networkConstraints.sort((a, b) => a - b);
  sideSpecs.sort((a, b) => a.k - b.k || b.sense - a.sense);

  const G = postLam.parent.length;
  const C = candLam.parent.length;
  const S = 0;
  const T = 1;
  const candNode = 2;
  const postNode = 2 + n;
  const groupNode = 2 + n + m;
  const classNode = 2 + n + m + G;
  const nodeCount = 2 + n + m + G + C;
  const arcCount = E + n + m + G + C + 1;
  const source = new Int32Array(arcCount);
  const target = new Int32Array(arcCount);
  const lower = new Int32Array(arcCount);
  const upper = new Int32Array(arcCount);
  const baseCost = new Float64Array(arcCount);
  for (let e = 0; e < E; e++) {
    source[e] = candNode + problem.edgeCandidate[e]!;
    target[e] = postNode + problem.edgePost[e]!;
    upper[e] = 1;
    baseCost[e] = -problem.edgeScore[e]!;
  }
  const candidateArc0 = E;
  for (let c = 0; c < n; c++) {
    const a = candidateArc0 + c;
    const cls = candLam.innermost[c]!;
    source[a] = cls >= 0 ? classNode + cls : S;
    target[a] = candNode + c;
    upper[a] = 1;
  }
  const postArc0 = E + n;
  for (let p = 0; p < m; p++) {
    const a = postArc0 + p;
    const g = postLam.innermost[p]!;
    source[a] = postNode + p;
    target[a] = g >= 0 ? groupNode + g : T;
    upper[a] = problem.capacity[p]!;
  }
  const groupArc0 = E + n + m;
  for (let g = 0; g < G; g++) {
    const a = groupArc0 + g;
    const par = postLam.parent[g]!;
    source[a] = groupNode + g;
    target[a] = par >= 0 ? groupNode + par : T;
    lower[a] = postLam.min[g]!;
    upper[a] = Math.min(postLam.max[g]!, INFINITE_CAPACITY - 1);
  }
  const classArc0 = groupArc0 + G;
  for (let j = 0; j < C; j++) {
    const a = classArc0 + j;
    const par = candLam.parent[j]!;
    source[a] = par >= 0 ? classNode + par : S;
    target[a] = classNode + j;
    lower[a] = candLam.min[j]!;
    upper[a] = Math.min(candLam.max[j]!, INFINITE_CAPACITY - 1);
  }
  const totalArc = classArc0 + C;
  source[totalArc] = T;
  target[totalArc] = S;
  lower[totalArc] = totalMin;
  upper[totalArc] = Math.min(totalMax, INFINITE_CAPACITY - 1);

  const rows: SideRow[] = sideSpecs.map((s) => {
    const c = problem.constraints[s.k]!;
    const postMask = postMaskOf(c.group);
    const kind: SideRow['kind'] =
      c.group < 0 ? (c.candidateMask === null ? 'total' : 'candidates') : c.candidateMask === null ? 'posts' : 'cross';
    let crossEdges: Int32Array | null = null;
    if (kind === 'cross') {
      const mask = c.candidateMask!;
      const list: number[] = [];
      for (let e = 0; e < E; e++) {
        if (postMask[problem.edgePost[e]!] === 1 && mask[problem.edgeCandidate[e]!] === 1) list.push(e);
      }
      crossEdges = Int32Array.from(list);
    }
    return {
      constraint: s.k,
      sense: s.sense,
      share: s.share,
      rhs: s.rhs,
      kind,
      postMask,
      candidateMask: c.candidateMask,
      crossEdges,
    };
  });

  return {
    nodeCount,
    source,
    target,
    lower,
    upper,
    baseCost,
    edgeCount: E,
    candidateArc0,
    postArc0,
    groupArc0,
    classArc0,
    totalArc,
    networkConstraints,
    rows,
  };
}

/** Writes base cost plus Lagrangian penalties (mu ≥ 0 per row) into `cost`. */
export function applyPenalties(model: NetworkModel, problem: MatchProblem, mu: Float64Array, cost: Float64Array): void {
  cost.set(model.baseCost);
  const n = problem.candidateCount;
  const m = problem.postCount;
  model.rows.forEach((r, i) => {
    const w = mu[i]!;
    if (w === 0) return;
    const sw = r.sense * w;
    // profit per placed pair: sw·([pair counted] − share); cost is −profit
    cost[model.totalArc]! += sw * r.share;
    switch (r.kind) {
      case 'total':
        cost[model.totalArc]! -= sw;
        break;
      case 'candidates': {
        const mask = r.candidateMask!;
        for (let c = 0; c < n; c++) if (mask[c] === 1) cost[model.candidateArc0 + c]! -= sw;
        break;
      }
      case 'posts':
        for (let p = 0; p < m; p++) if (r.postMask[p] === 1) cost[model.postArc0 + p]! -= sw;
        break;
      case 'cross': {
        const list = r.crossEdges!;
        for (let k = 0; k < list.length; k++) cost[list[k]!]! -= sw;
        break;
      }
    }
  });
}

/** Row slack g = sense·(count − share·total − rhs); the row holds when g ≥ −tolerance. */
export function rowSlacks(model: NetworkModel, problem: MatchProblem, postOf: Int32Array, out: Float64Array): void {
  const rows = model.rows;
  const counts = new Float64Array(rows.length);
  let total = 0;
  for (let c = 0; c < problem.candidateCount; c++) {
    const p = postOf[c]!;
    if (p < 0) continue;
    total++;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      if (r.postMask[p] !== 1) continue;
      if (r.candidateMask !== null && r.candidateMask[c] !== 1) continue;
      counts[i]!++;
    }
  }
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    out[i] = r.sense * (counts[i]! - r.share * total - r.rhs);
  }
}

/**
 * A greedy feasible flow and a strongly feasible spanning tree for it, to start network simplex
 * close to the optimum. Post-group minima are served first (best pairs first), then pairs by
 * descending score, within capacities and every network maximum. Null
 * when the greedy flow misses a lower bound (then the two-phase start is used).
 */
export function crashBasis(
  model: NetworkModel,
  problem: MatchProblem,
  candidates?: { order: Int32Array; workingCount: number },
): { flow: Int32Array; predArc: Int32Array } | null {
  const arcCount = model.source.length;
  const n = problem.candidateCount;
  const m = problem.postCount;
  const E = model.edgeCount;
  const G = model.classArc0 - model.groupArc0;
  const C = model.totalArc - model.classArc0;
  const candNode = 2;
  const postNode = 2 + n;
  const groupNode = 2 + n + m;
  const classNode = 2 + n + m + G;
  const flow = new Int32Array(arcCount);
  const { upper, lower } = model;
  for (let c = 0; c < n; c++) if (lower[model.candidateArc0 + c] !== 0) return null;
  // the chain of group arcs above a post arc / class arcs above a candidate arc, −1 at the top
  const groupAbove = (arc: number): number => {
    const t = model.target[arc]!;
    return t === 1 ? -1 : model.groupArc0 + (t - groupNode);
  };
  const classAbove = (arc: number): number => {
    const s = model.source[arc]!;
    return s === 0 ? -1 : model.classArc0 + (s - classNode);
  };
  const order = new Float64Array(E);
  let k = 0;
  // only the working set's pairs when a pricing order is given (it holds every post's best)
  const consider = candidates ? candidates.order.subarray(0, candidates.workingCount) : null;
  const count = consider ? consider.length : E;
  for (let i = 0; i < count; i++) {
    const e = consider ? consider[i]! : i;
    if (e >= E) continue;
    const score = problem.edgeScore[e]!;
    if (upper[e] === 0) continue;
    order[k++] = (1e9 - score) * 8388608 + e;
  }
  const sorted = order.subarray(0, k).sort();
  const T2S = model.totalArc;
  const tryAssign = (e: number): boolean => {
    if (flow[e] !== 0 || flow[T2S]! >= upper[T2S]!) return false;
    const ca = model.candidateArc0 + problem.edgeCandidate[e]!;
    if (flow[ca]! >= upper[ca]!) return false;
    const pa = model.postArc0 + problem.edgePost[e]!;
    if (flow[pa]! >= upper[pa]!) return false;
    for (let a = groupAbove(pa); a >= 0; a = groupAbove(a)) if (flow[a]! >= upper[a]!) return false;
    for (let a = classAbove(ca); a >= 0; a = classAbove(a)) if (flow[a]! >= upper[a]!) return false;
    flow[e] = 1;
    flow[ca]!++;
    flow[pa]!++;
    flow[T2S]!++;
    for (let a = groupAbove(pa); a >= 0; a = groupAbove(a)) flow[a]!++;
    for (let a = classAbove(ca); a >= 0; a = classAbove(a)) flow[a]!++;
    return true;
  };
  // pass 0: pairs fixed on by branching
  for (let e = 0; e < E; e++) if (lower[e] === 1 && !tryAssign(e)) return null;
  // pass 1: pairs by descending score into posts below a group still short of its minimum
  let short = false;
  for (let g = 0; g < G; g++) if (lower[model.groupArc0 + g]! > 0) short = true;
  for (let i = 0; i < k && short; i++) {
    const e = sorted[i]! % 8388608;
    let needed = false;
    for (let a = groupAbove(model.postArc0 + problem.edgePost[e]!); a >= 0; a = groupAbove(a)) {
      if (flow[a]! < lower[a]!) {
        needed = true;
        break;
      }
    }
    if (needed) tryAssign(e);
  }
  // pass 2: everything else that pays, by descending score
  for (let i = 0; i < k; i++) {
    const e = sorted[i]! % 8388608;
    if (problem.edgeScore[e]! <= 0 && flow[T2S]! >= lower[T2S]!) continue;
    tryAssign(e);
  }
  for (let a = E; a < arcCount; a++) if (flow[a]! < lower[a]!) return null;

  const predArc = new Int32Array(model.nodeCount).fill(-1);
  // T hangs under the root; S under T while flow above its lower bound circulates
  if (flow[T2S]! > lower[T2S]!) predArc[0] = T2S;
  for (let g = 0; g < G; g++) {
    const a = model.groupArc0 + g;
    if (flow[a]! < upper[a]!) predArc[groupNode + g] = a;
  }
  for (let j = 0; j < C; j++) {
    const a = model.classArc0 + j;
    if (flow[a]! > lower[a]!) predArc[classNode + j] = a;
  }
  const firstCandidateOfPost = new Int32Array(m).fill(-1);
  for (let e = 0; e < E; e++) {
    if (flow[e] === 1) {
      const c = problem.edgeCandidate[e]!;
      const p = problem.edgePost[e]!;
      predArc[candNode + c] = model.candidateArc0 + c;
      if (firstCandidateOfPost[p]! < 0) firstCandidateOfPost[p] = e;
    }
  }
  for (let p = 0; p < m; p++) {
    const a = model.postArc0 + p;
    if (flow[a]! < upper[a]!) predArc[postNode + p] = a;
    else if (firstCandidateOfPost[p]! >= 0) predArc[postNode + p] = firstCandidateOfPost[p]!;
  }
  return { flow, predArc };
}

/**
 * Pricing order for network simplex: structural arcs, then a working set of promising pairs
 * (each post's best 2·capacity + 5 candidates, each candidate's best 3 posts), then the rest.
 * The working set is optimised first; a full pricing pass afterwards adds whatever else pays,
 * so the answer is exact whatever the working set.
 */
export function arcPriority(model: NetworkModel, problem: MatchProblem): { order: Int32Array; workingCount: number } {
  const E = model.edgeCount;
  const arcCount = model.source.length;
  const inWork = new Uint8Array(E);
  const byPost = edgesByPost(problem);
  const scratch = new Int32Array(Math.max(1, maxBucket(byPost.start)));
  for (let p = 0; p < problem.postCount; p++) {
    const s = byPost.start[p]!;
    const len = byPost.start[p + 1]! - s;
    const k = 2 * problem.capacity[p]! + 5;
    if (len <= k) {
      for (let i = 0; i < len; i++) inWork[byPost.list[s + i]!] = 1;
      continue;
    }
    for (let i = 0; i < len; i++) scratch[i] = problem.edgeScore[byPost.list[s + i]!]!;
    const threshold = kthLargest(scratch, len, k);
    let taken = 0;
    for (let i = 0; i < len && taken < k; i++) {
      const e = byPost.list[s + i]!;
      if (problem.edgeScore[e]! > threshold) {
        inWork[e] = 1;
        taken++;
      }
    }
    for (let i = 0; i < len && taken < k; i++) {
      const e = byPost.list[s + i]!;
      if (problem.edgeScore[e] === threshold) {
        inWork[e] = 1;
        taken++;
      }
    }
  }
  const byCand = edgesByCandidate(problem);
  for (let c = 0; c < problem.candidateCount; c++) {
    let b0 = -1;
    let b1 = -1;
    let b2 = -1;
    for (let i = byCand.start[c]!; i < byCand.start[c + 1]!; i++) {
      const e = byCand.list[i]!;
      const sc = problem.edgeScore[e]!;
      if (b0 < 0 || sc > problem.edgeScore[b0]!) {
        b2 = b1;
        b1 = b0;
        b0 = e;
      } else if (b1 < 0 || sc > problem.edgeScore[b1]!) {
        b2 = b1;
        b1 = e;
      } else if (b2 < 0 || sc > problem.edgeScore[b2]!) b2 = e;
    }
    if (b0 >= 0) inWork[b0] = 1;
    if (b1 >= 0) inWork[b1] = 1;
    if (b2 >= 0) inWork[b2] = 1;
  }
  const order = new Int32Array(arcCount);
  let k = 0;
  for (let a = E; a < arcCount; a++) order[k++] = a;
  for (let e = 0; e < E; e++) if (inWork[e] === 1) order[k++] = e;
  const workingCount = k;
  for (let e = 0; e < E; e++) if (inWork[e] === 0) order[k++] = e;
  return { order, workingCount };
}

function maxBucket(start: Int32Array): number {
  let mx = 0;
  for (let i = 0; i + 1 < start.length; i++) mx = Math.max(mx, start[i + 1]! - start[i]!);
  return mx;
}

/** k-th largest of a[0..len) (1-based k ≤ len), by quickselect; reorders a. */
function kthLargest(a: Int32Array, len: number, k: number): number {
  let lo = 0;
  let hi = len - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else return a[want]!;
  }
  return a[want]!;
}
