// Stable mode: candidate-proposing deferred acceptance with capacities. A pair is acceptable when
// it is in both preference lists and among the eligible edges. The result is the
// candidate-optimal stable matching, which does not depend on the proposal order.
import type { MatchProblem } from './problem.js';

/** Lookup of a post's rank of a candidate (0 = best), −1 when unacceptable to the post. */
export interface PostRanking {
  rank(post: number, candidate: number): number;
}

export function buildPostRanking(problem: MatchProblem): PostRanking {
  const n = problem.candidateCount;
  const prefs = problem.preferences?.post ?? [];
  let size = 0;
  for (const l of prefs) size += l.length;
  const keys = new Float64Array(size);
  const ranks = new Int32Array(size);
  let k = 0;
  const tmp: { key: number; rank: number }[] = [];
  prefs.forEach((l, p) => {
    for (let r = 0; r < l.length; r++) tmp.push({ key: p * n + l[r]!, rank: r });
  });
  tmp.sort((a, b) => a.key - b.key || a.rank - b.rank);
  for (const t of tmp) {
    // keep the first (best) rank when a post lists a candidate twice
    if (k > 0 && keys[k - 1] === t.key) continue;
    keys[k] = t.key;
    ranks[k] = t.rank;
    k++;
  }
  return {
    rank(post: number, candidate: number): number {
      const key = post * n + candidate;
      let lo = 0;
      let hi = k - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const v = keys[mid]!;
        if (v === key) return ranks[mid]!;
        if (v < key) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    },
  };
}

/** Score lookup for eligible pairs (−1 when the pair is not an edge). */
export function buildEdgeLookup(problem: MatchProblem): (candidate: number, post: number) => number {
  const m = problem.postCount;
  const E = problem.edgeCandidate.length;
  const idx = new Int32Array(E);
  for (let e = 0; e < E; e++) idx[e] = e;
  const keyOf = (e: number): number => problem.edgeCandidate[e]! * m + problem.edgePost[e]!;
  const sorted = Array.from(idx).sort((a, b) => keyOf(a) - keyOf(b));
  const keys = Float64Array.from(sorted, keyOf);
  const edges = Int32Array.from(sorted);
  return (c: number, p: number): number => {
    const key = c * m + p;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = keys[mid]!;
      if (v === key) return edges[mid]!;
      if (v < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
}

/** Deferred acceptance; returns postOf (−1 unplaced). */
export function deferredAcceptance(problem: MatchProblem): Int32Array {
  const n = problem.candidateCount;
  const m = problem.postCount;
  const postOf = new Int32Array(n).fill(-1);
  const candPrefs = problem.preferences?.candidate ?? [];
  const ranking = buildPostRanking(problem);
  const edgeOf = buildEdgeLookup(problem);
  const next = new Int32Array(n);
  // per post, a max-heap (by rank) of held candidates, stored in a slice of one array
  const heapStart = new Int32Array(m + 1);
  for (let p = 0; p < m; p++) heapStart[p + 1] = heapStart[p]! + problem.capacity[p]!;
  const heap = new Int32Array(heapStart[m]!);
  const heapRank = new Int32Array(heapStart[m]!);
  const heapSize = new Int32Array(m);
  const free: number[] = [];
  for (let c = n - 1; c >= 0; c--) free.push(c);
  while (free.length > 0) {
    const c = free.pop()!;
    const prefs = candPrefs[c];
    if (!prefs) continue;
    let placed = false;
    while (next[c]! < prefs.length) {
      const p = prefs[next[c]!]!;
      next[c]!++;
      if (p < 0 || p >= m) continue;
      const r = ranking.rank(p, c);
      if (r < 0 || edgeOf(c, p) < 0) continue;
      const base = heapStart[p]!;
      const cap = problem.capacity[p]!;
      const size = heapSize[p]!;
      if (size < cap) {
        // push
        let i = size;
        heap[base + i] = c;
        heapRank[base + i] = r;
        while (i > 0) {
          const par = (i - 1) >> 1;
          if (heapRank[base + par]! >= heapRank[base + i]!) break;
          swap(heap, heapRank, base + i, base + par);
          i = par;
        }
        heapSize[p] = size + 1;
        postOf[c] = p;
        placed = true;
        break;
      }
      if (heapRank[base]! > r) {
        // replace the worst held candidate
        const out = heap[base]!;
        heap[base] = c;
        heapRank[base] = r;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          const rr = l + 1;
          let big = i;
          if (l < cap && heapRank[base + l]! > heapRank[base + big]!) big = l;
          if (rr < cap && heapRank[base + rr]! > heapRank[base + big]!) big = rr;
          if (big === i) break;
          swap(heap, heapRank, base + i, base + big);
          i = big;
        }
        postOf[c] = p;
        postOf[out] = -1;
        free.push(out);
        placed = true;
        break;
      }
    }
    void placed;
  }
  return postOf;
}

function swap(a: Int32Array, b: Int32Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
  const u = b[i]!;
  b[i] = b[j]!;
  b[j] = u;
}

/**
 * Blocking pairs: an acceptable pair (c, p) where c prefers p to its post (or is unplaced) and p
 * has a free seat or prefers c to one of its current people. Empty for a stable matching.
 */
export function findBlockingPairs(problem: MatchProblem, postOf: Int32Array): { candidate: number; post: number }[] {
  const n = problem.candidateCount;
  const m = problem.postCount;
  const ranking = buildPostRanking(problem);
  const edgeOf = buildEdgeLookup(problem);
  const load = new Int32Array(m);
  const worst = new Int32Array(m).fill(-1);
  for (let c = 0; c < n; c++) {
    const p = postOf[c]!;
    if (p < 0) continue;
    load[p]!++;
    worst[p] = Math.max(worst[p]!, ranking.rank(p, c));
  }
  const out: { candidate: number; post: number }[] = [];
  const candPrefs = problem.preferences?.candidate ?? [];
  for (let c = 0; c < n; c++) {
    const prefs = candPrefs[c];
    if (!prefs) continue;
    for (let i = 0; i < prefs.length; i++) {
      const p = prefs[i]!;
      if (p === postOf[c]) break;
      if (p < 0 || p >= m) continue;
      const r = ranking.rank(p, c);
      if (r < 0 || edgeOf(c, p) < 0) continue;
      if (load[p]! < problem.capacity[p]! || r < worst[p]!) out.push({ candidate: c, post: p });
    }
  }
  return out;
}
