// The solver's view of a person–post matching instance: column-wise typed arrays, no per-edge
// objects. `buildMatchProblem` turns plain data (as the file contract or the product gives it)
// into this form and resolves constraint selectors to group indices and candidate masks.

export interface CandidateSelector {
  readonly attribute: string;
  /** The candidate matches when its attribute value is one of these. */
  readonly values: readonly string[];
}

export interface ConstraintSpec {
  readonly id: string;
  /** Count only pairs whose post carries this group label. */
  readonly postGroup?: string;
  /** Count only pairs whose candidate matches. */
  readonly candidates?: CandidateSelector;
  readonly min?: number;
  readonly max?: number;
  readonly minShare?: number;
  readonly maxShare?: number;
}

export interface AttributeColumn {
  readonly name: string;
  /** Distinct values, in order of first appearance. */
  readonly values: readonly string[];
  /** Per candidate: index into `values`, or −1 when the candidate lacks the attribute. */
  readonly codes: Int32Array;
}

/** A constraint with its selectors resolved. */
export interface MatchConstraint {
  readonly id: string;
  readonly spec: ConstraintSpec;
  /** Index into `groupNames`, or −1 for all posts. */
  readonly group: number;
  /** 1 for candidates the selector matches; null for all candidates. */
  readonly candidateMask: Uint8Array | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly minShare: number | null;
  readonly maxShare: number | null;
}

export interface MatchPreferences {
  /** Per candidate: acceptable posts, best first. */
  readonly candidate: readonly Int32Array[];
  /** Per post: acceptable candidates, best first. */
  readonly post: readonly Int32Array[];
}

export interface MatchProblem {
  readonly candidateIds: readonly string[];
  readonly postIds: readonly string[];
  readonly candidateCount: number;
  readonly postCount: number;
  readonly capacity: Int32Array;
  readonly edgeCandidate: Int32Array;
  readonly edgePost: Int32Array;
  /** Integer scores 0 … 1e9; higher is better. */
  readonly edgeScore: Int32Array;
  readonly groupNames: readonly string[];
  /** CSR: groups of post p are postGroupList[postGroupStart[p] … postGroupStart[p+1]). */
  readonly postGroupStart: Int32Array;
  readonly postGroupList: Int32Array;
  readonly attributes: readonly AttributeColumn[];
  readonly constraints: readonly MatchConstraint[];
  readonly preferences: MatchPreferences | null;
}

export interface MatchProblemInput {
  readonly candidates: readonly { readonly id: string; readonly attributes: Readonly<Record<string, string>> }[];
  readonly posts: readonly { readonly id: string; readonly capacity: number; readonly groups: readonly string[] }[];
  readonly edges: {
    readonly candidate: ArrayLike<number>;
    readonly post: ArrayLike<number>;
    readonly score: ArrayLike<number>;
  };
  readonly constraints?: readonly ConstraintSpec[];
  readonly preferences?: {
    readonly candidate: readonly (readonly number[])[];
    readonly post: readonly (readonly number[])[];
  };
}

/** Builds the typed problem. Inputs are assumed valid (see src/io/match-instance.ts). */
export function buildMatchProblem(input: MatchProblemInput): MatchProblem {
  const n = input.candidates.length;
  const m = input.posts.length;
  const capacity = new Int32Array(m);
  const groupIndex = new Map<string, number>();
  const groupNames: string[] = [];
  const postGroupStart = new Int32Array(m + 1);
  const postGroupTmp: number[] = [];
  for (let p = 0; p < m; p++) {
    const post = input.posts[p]!;
    capacity[p] = post.capacity;
    const seen = new Set<number>();
    for (const g of post.groups) {
      let gi = groupIndex.get(g);
      if (gi === undefined) {
        gi = groupNames.length;
        groupNames.push(g);
        groupIndex.set(g, gi);
      }
      if (!seen.has(gi)) {
        seen.add(gi);
        postGroupTmp.push(gi);
      }
    }
    postGroupStart[p + 1] = postGroupTmp.length;
  }
  const attrIndex = new Map<string, number>();
  const attrNames: string[] = [];
  for (const c of input.candidates) {
    for (const a of Object.keys(c.attributes)) {
      if (!attrIndex.has(a)) {
        attrIndex.set(a, attrNames.length);
        attrNames.push(a);
      }
    }
  }
  const attributes: AttributeColumn[] = attrNames.map((name) => {
    const codes = new Int32Array(n).fill(-1);
    const values: string[] = [];
    const valueIndex = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const v = input.candidates[i]!.attributes[name];
      if (v === undefined) continue;
      let k = valueIndex.get(v);
      if (k === undefined) {
        k = values.length;
        values.push(v);
        valueIndex.set(v, k);
      }
      codes[i] = k;
    }
    return { name, values, codes };
  });
  const constraints: MatchConstraint[] = (input.constraints ?? []).map((spec) => {
    let group = -1;
    if (spec.postGroup !== undefined) {
      let gi = groupIndex.get(spec.postGroup);
      if (gi === undefined) {
        // a group no post carries: the count over it is always zero
        gi = groupNames.length;
        groupNames.push(spec.postGroup);
        groupIndex.set(spec.postGroup, gi);
      }
      group = gi;
    }
    let candidateMask: Uint8Array | null = null;
    if (spec.candidates !== undefined) {
      candidateMask = new Uint8Array(n);
      const ai = attrIndex.get(spec.candidates.attribute);
      if (ai !== undefined) {
        const col = attributes[ai]!;
        const wanted = new Uint8Array(col.values.length);
        for (const v of spec.candidates.values) {
          const k = col.values.indexOf(v);
          if (k >= 0) wanted[k] = 1;
        }
        for (let i = 0; i < n; i++) {
          const k = col.codes[i]!;
          if (k >= 0 && wanted[k] === 1) candidateMask[i] = 1;
        }
      }
    }
    return {
      id: spec.id,
      spec,
      group,
      candidateMask,
      min: spec.min ?? null,
      max: spec.max ?? null,
      minShare: spec.minShare ?? null,
      maxShare: spec.maxShare ?? null,
    };
  });
  const E = input.edges.candidate.length;
  const edgeCandidate = Int32Array.from(input.edges.candidate);
  const edgePost = Int32Array.from(input.edges.post);
  const edgeScore = Int32Array.from(input.edges.score);
  if (edgePost.length !== E || edgeScore.length !== E) throw new Error('edge columns differ in length');
  const preferences: MatchPreferences | null = input.preferences
    ? {
        candidate: input.preferences.candidate.map((l) => Int32Array.from(l)),
        post: input.preferences.post.map((l) => Int32Array.from(l)),
      }
    : null;
  return {
    candidateIds: input.candidates.map((c) => c.id),
    postIds: input.posts.map((p) => p.id),
    candidateCount: n,
    postCount: m,
    capacity,
    edgeCandidate,
    edgePost,
    edgeScore,
    groupNames,
    postGroupStart,
    postGroupList: Int32Array.from(postGroupTmp),
    attributes,
    constraints,
    preferences,
  };
}

/** Membership of posts in a group (1/0), or all ones for group −1. */
export function postMembership(problem: MatchProblem, group: number): Uint8Array {
  const m = problem.postCount;
  const mask = new Uint8Array(m);
  if (group < 0) {
    mask.fill(1);
    return mask;
  }
  for (let p = 0; p < m; p++) {
    for (let k = problem.postGroupStart[p]!; k < problem.postGroupStart[p + 1]!; k++) {
      if (problem.postGroupList[k] === group) {
        mask[p] = 1;
        break;
      }
    }
  }
  return mask;
}

/** Per candidate, the edge indices (CSR over candidates, edges in ascending index order). */
export function edgesByCandidate(problem: MatchProblem): { start: Int32Array; list: Int32Array } {
  return bucketEdges(problem.edgeCandidate, problem.candidateCount);
}

/** Per post, the edge indices (CSR over posts). */
export function edgesByPost(problem: MatchProblem): { start: Int32Array; list: Int32Array } {
  return bucketEdges(problem.edgePost, problem.postCount);
}

function bucketEdges(key: Int32Array, count: number): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(count + 1);
  for (let e = 0; e < key.length; e++) start[key[e]! + 1]!++;
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, count);
  const list = new Int32Array(key.length);
  for (let e = 0; e < key.length; e++) list[fill[key[e]!]!++] = e;
  return { start, list };
}

export interface ConstraintValue {
  readonly id: string;
  readonly value: number;
  readonly satisfied: boolean;
}

/** Counts each constraint's pairs for an assignment (postOf[c] = post or −1). */
export function evaluateConstraints(problem: MatchProblem, postOf: Int32Array): ConstraintValue[] {
  let total = 0;
  for (let c = 0; c < problem.candidateCount; c++) if (postOf[c]! >= 0) total++;
  return problem.constraints.map((k) => {
    const posts = postMembership(problem, k.group);
    let count = 0;
    for (let c = 0; c < problem.candidateCount; c++) {
      const p = postOf[c]!;
      if (p < 0 || posts[p] !== 1) continue;
      if (k.candidateMask !== null && k.candidateMask[c] !== 1) continue;
      count++;
    }
    return { id: k.id, value: count, satisfied: constraintHolds(k, count, total) };
  });
}

const SHARE_TOLERANCE = 1e-9;

/** Whether `count` out of `total` placed pairs meets the constraint's bounds. */
export function constraintHolds(k: MatchConstraint, count: number, total: number): boolean {
  if (k.min !== null && count < k.min) return false;
  if (k.max !== null && count > k.max) return false;
  if (k.minShare !== null && count < k.minShare * total - SHARE_TOLERANCE * total) return false;
  if (k.maxShare !== null && count > k.maxShare * total + SHARE_TOLERANCE * total) return false;
  return true;
}
