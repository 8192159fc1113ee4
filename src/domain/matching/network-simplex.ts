// Primal network simplex for minimum-cost circulation with lower and upper arc bounds, on typed
// arrays. The spanning-tree bookkeeping (parent, thread, successor counts) and the block-search
// pivot follow the well-known LEMON design; feasibility uses a two-phase method (phase 1 minimises
// the flow on artificial arcs) instead of a big-M cost, so that potentials stay small and exact
// for integer costs. Costs may be changed between solves: `resolve()` keeps the current basis
// (which stays primal feasible) and only re-optimises — that is what makes the Lagrangian loop
// cheap. Two speed-ups matter on large bipartite instances: a crash start from a given feasible
// flow and spanning tree (`solveFrom`), and sifting — an arc order with a working region that is
// priced first, the other arcs only in full passes that admit those whose reduced cost is
// negative (the answer stays exact). The pricing block is sized to the region being priced.
//
// Pure and deterministic: arcs are scanned in index order and ties go to the lowest index.

const STATE_UPPER = -1;
const STATE_TREE = 0;
const STATE_LOWER = 1;
const DIR_UP = 1;
const DIR_DOWN = -1;
/** Capacities at or above this are treated as unbounded. */
export const INFINITE_CAPACITY = 0x3fffffff;

/** `interrupted`: `shouldStop` asked to stop; the flow is feasible (after phase 1) but not optimal. */
export type FlowStatus = 'optimal' | 'infeasible' | 'interrupted';

export class NetworkSimplex {
  readonly nodeCount: number;
  readonly arcCount: number;
  private readonly allArcCount: number;
  private readonly root: number;
  private readonly source: Int32Array;
  private readonly target: Int32Array;
  private readonly lower: Int32Array;
  private readonly cap: Int32Array;
  /** Costs of the real arcs; callers may write into it, then call resolve(). */
  readonly cost: Float64Array;
  private readonly workCost: Float64Array;
  private readonly flow: Int32Array;
  private readonly state: Int8Array;
  private readonly supply: Int32Array;
  private readonly parent: Int32Array;
  private readonly pred: Int32Array;
  private readonly thread: Int32Array;
  private readonly revThread: Int32Array;
  private readonly succNum: Int32Array;
  private readonly lastSucc: Int32Array;
  private readonly predDir: Int8Array;
  private readonly pi: Float64Array;
  private readonly dirtyRevs: Int32Array;
  private nextArc = 0;
  private readonly order: Int32Array | null;
  private readonly pos: Int32Array;
  private readonly workingCount: number;
  /** Current end of the working region (grows as arcs are admitted). */
  private working = 0;
  siftRounds = 0;
  private searchArcCount = 0;
  private initialised = false;
  private feasible = false;
  /** Reduced costs above -epsilon count as non-negative (guards float noise from real-valued costs). */
  epsilon = 1e-7;
  pivots = 0;

  // pivot scratch
  private inArc = 0;
  private join = 0;
  private uIn = 0;
  private vIn = 0;
  private uOut = 0;
  private delta = 0;

  constructor(
    nodeCount: number,
    source: Int32Array,
    target: Int32Array,
    lower: Int32Array,
    upper: Int32Array,
    cost: Float64Array,
    order?: Int32Array,
    workingCount?: number,
  ) {
    const m = source.length;
    // internal arc i is external arc order[i]; arcs [0, workingCount) are priced first
    this.order = order ? Int32Array.from(order) : null;
    this.pos = new Int32Array(0);
    if (order) {
      this.pos = new Int32Array(m);
      for (let i = 0; i < m; i++) this.pos[order[i]!] = i;
    }
    this.workingCount = Math.min(m, workingCount ?? m);
    this.working = this.workingCount;
    this.nodeCount = nodeCount;
    this.arcCount = m;
    this.allArcCount = m + nodeCount;
    this.root = nodeCount;
    const all = this.allArcCount;
    this.source = new Int32Array(all);
    this.target = new Int32Array(all);
    this.lower = new Int32Array(m);
    this.cap = new Int32Array(all);
    for (let i = 0; i < m; i++) {
      const e = order ? order[i]! : i;
      this.source[i] = source[e]!;
      this.target[i] = target[e]!;
      const l = lower[e]!;
      const u = upper[e]!;
      this.lower[i] = l;
      this.cap[i] = u >= INFINITE_CAPACITY ? INFINITE_CAPACITY : u - l;
    }
    this.cost = new Float64Array(cost);
    this.workCost = new Float64Array(all);
    this.flow = new Int32Array(all);
    this.state = new Int8Array(all);
    const n1 = nodeCount + 1;
    this.supply = new Int32Array(n1);
    this.parent = new Int32Array(n1);
    this.pred = new Int32Array(n1);
    this.thread = new Int32Array(n1);
    this.revThread = new Int32Array(n1);
    this.succNum = new Int32Array(n1);
    this.lastSucc = new Int32Array(n1);
    this.predDir = new Int8Array(n1);
    this.pi = new Float64Array(n1);
    this.dirtyRevs = new Int32Array(n1);
  }

  /** Lower bounds make some arcs infeasible up front (upper < lower). */
  private boundsConsistent(): boolean {
    for (let e = 0; e < this.arcCount; e++) if (this.cap[e]! < 0) return false;
    return true;
  }

  /** Solves from scratch. */
  solve(): FlowStatus {
    this.initialised = true;
    this.pivots = 0;
    if (!this.boundsConsistent()) {
      this.feasible = false;
      return 'infeasible';
    }
    const n = this.nodeCount;
    const m = this.arcCount;
    const { source, target, lower, supply, state, flow } = this;
    supply.fill(0);
    for (let e = 0; e < m; e++) {
      const l = lower[e]!;
      if (l !== 0) {
        supply[source[e]!]! -= l;
        supply[target[e]!]! += l;
      }
      flow[e] = 0;
      state[e] = STATE_LOWER;
    }
    let needPhase1 = false;
    for (let u = 0; u < n; u++) if (supply[u] !== 0) needPhase1 = true;

    const root = this.root;
    this.parent[root] = -1;
    this.pred[root] = -1;
    this.thread[root] = n > 0 ? 0 : root;
    this.revThread[0] = root;
    this.succNum[root] = n + 1;
    this.lastSucc[root] = n > 0 ? root - 1 : root;
    this.pi[root] = 0;
    for (let u = 0, e = m; u < n; u++, e++) {
      this.parent[u] = root;
      this.pred[u] = e;
      this.thread[u] = u + 1;
      this.revThread[u + 1] = u;
      this.succNum[u] = 1;
      this.lastSucc[u] = u;
      this.cap[e] = INFINITE_CAPACITY;
      state[e] = STATE_TREE;
      if (supply[u]! >= 0) {
        this.predDir[u] = DIR_UP;
        source[e] = u;
        target[e] = root;
        flow[e] = supply[u]!;
        this.workCost[e] = supply[u]! > 0 ? 1 : 0;
      } else {
        this.predDir[u] = DIR_DOWN;
        source[e] = root;
        target[e] = u;
        flow[e] = -supply[u]!;
        this.workCost[e] = 1;
      }
    }
    this.searchArcCount = m;
    this.nextArc = 0;

    if (needPhase1) {
      // phase 1: real arcs cost nothing, artificial flow costs 1 per unit
      for (let e = 0; e < m; e++) this.workCost[e] = 0;
      for (let e = m; e < this.allArcCount; e++) this.workCost[e] = 1;
      this.computePotentials();
      if (!this.pivotLoop()) {
        this.initialised = false;
        return 'interrupted';
      }
      for (let e = m; e < this.allArcCount; e++) {
        if (flow[e] !== 0) {
          this.feasible = false;
          return 'infeasible';
        }
      }
    }
    // artificial arcs are pinned at zero from now on
    for (let e = m; e < this.allArcCount; e++) {
      this.cap[e] = 0;
      this.workCost[e] = 0;
    }
    this.feasible = true;
    return this.resolve();
  }

  /**
   * Solves starting from a given feasible flow and spanning tree (a crash basis). `flow` holds
   * real-arc flows (lower bounds included); arcs strictly between their bounds must be tree arcs; `predArc[u]` is the tree arc
   * joining node u to its parent, or −1 to hang u under the artificial root. The caller makes
   * the tree strongly feasible (a unit can be pushed from every node towards the root).
   */
  solveFrom(flow: Int32Array, predArc: Int32Array): FlowStatus {
    const n = this.nodeCount;
    const m = this.arcCount;
    this.initialised = true;
    this.pivots = 0;
    if (!this.boundsConsistent()) {
      this.feasible = false;
      return 'infeasible';
    }
    const root = this.root;
    const { source, target, state, parent, pred, predDir, cap } = this;
    for (let i = 0; i < m; i++) {
      // internal flows are relative to the lower bound
      const f = flow[this.order ? this.order[i]! : i]! - this.lower[i]!;
      this.flow[i] = f;
      state[i] = f === 0 ? STATE_LOWER : STATE_UPPER;
    }
    for (let u = 0, e = m; u < n; u++, e++) {
      source[e] = u;
      target[e] = root;
      this.flow[e] = 0;
      cap[e] = 0;
      this.workCost[e] = 0;
      state[e] = STATE_LOWER;
    }
    parent[root] = -1;
    pred[root] = -1;
    for (let u = 0; u < n; u++) {
      const ext = predArc[u]!;
      const a = ext < 0 || !this.order ? ext : this.pos[ext]!;
      if (a < 0) {
        const art = m + u;
        parent[u] = root;
        pred[u] = art;
        predDir[u] = DIR_UP;
        state[art] = STATE_TREE;
        cap[art] = INFINITE_CAPACITY;
      } else {
        pred[u] = a;
        state[a] = STATE_TREE;
        if (source[a] === u) {
          parent[u] = target[a]!;
          predDir[u] = DIR_UP;
        } else {
          parent[u] = source[a]!;
          predDir[u] = DIR_DOWN;
        }
      }
    }
    // children lists, then an iterative preorder walk for thread / succNum / lastSucc
    const childStart = new Int32Array(n + 2);
    for (let u = 0; u < n; u++) childStart[parent[u]! + 1]!++;
    for (let i = 0; i <= n; i++) childStart[i + 1]! += childStart[i]!;
    const fill = childStart.slice(0, n + 1);
    const children = new Int32Array(n);
    for (let u = 0; u < n; u++) children[fill[parent[u]!]!++] = u;
    const stack = new Int32Array(n + 1);
    const next = new Int32Array(n + 1); // per node on stack: next child cursor
    let sp = 0;
    stack[sp++] = root;
    next[root] = childStart[root]!;
    let prev = -1;
    let visited = 0;
    while (sp > 0) {
      const u = stack[sp - 1]!;
      if (next[u] === childStart[u]) {
        // first visit
        if (prev >= 0) {
          this.thread[prev] = u;
          this.revThread[u] = prev;
        }
        prev = u;
        visited++;
      }
      if (next[u]! < childStart[u + 1]!) {
        const c = children[next[u]!]!;
        next[u]!++;
        next[c] = childStart[c]!;
        stack[sp++] = c;
      } else {
        sp--;
        let sn = 1;
        let ls = u;
        const cs = childStart[u]!;
        const ce = childStart[u + 1]!;
        for (let k = cs; k < ce; k++) sn += this.succNum[children[k]!]!;
        if (ce > cs) ls = this.lastSucc[children[ce - 1]!]!;
        this.succNum[u] = sn;
        this.lastSucc[u] = ls;
      }
    }
    if (visited !== n + 1) throw new Error('crash basis is not a spanning tree');
    this.thread[prev] = root;
    this.revThread[root] = prev;
    this.searchArcCount = m;
    this.nextArc = 0;
    this.feasible = true;
    return this.resolve();
  }

  /** Re-optimises after a change of `cost`, keeping the current (feasible) basis. */
  resolve(): FlowStatus {
    if (!this.initialised) return this.solve();
    if (!this.feasible) return 'infeasible';
    const m = this.arcCount;
    const order = this.order;
    if (order) for (let i = 0; i < m; i++) this.workCost[i] = this.cost[order[i]!]!;
    else this.workCost.set(this.cost.subarray(0, m));
    this.computePotentials();
    if (this.workingCount < m) {
      // sifting: optimise over the working region, then price every other arc once and move
      // the ones that pay into the working region; repeat until none pays
      for (;;) {
        this.searchArcCount = this.working;
        this.nextArc = 0;
        if (!this.pivotLoop()) return 'interrupted';
        if (!this.admitPayingArcs()) break;
      }
      this.searchArcCount = m;
      this.nextArc = 0;
    }
    if (!this.pivotLoop()) return 'interrupted';
    return 'optimal';
  }

  /** Flow on a real arc, lower bound included. */
  flowOf(arc: number): number {
    const i = this.order ? this.pos[arc]! : arc;
    return this.flow[i]! + this.lower[i]!;
  }

  /** Sum of cost × flow over real arcs (lower bounds included). */
  totalCost(): number {
    let s = 0;
    for (let i = 0; i < this.arcCount; i++) {
      const f = this.flow[i]! + this.lower[i]!;
      if (f !== 0) s += f * this.cost[this.order ? this.order[i]! : i]!;
    }
    return s;
  }

  /** Node potential (dual); reduced cost of arc e is cost + pi[source] − pi[target]. */
  potential(node: number): number {
    return this.pi[node]!;
  }

  /** Moves nonbasic arcs outside the working region with negative reduced cost into it. */
  private admitPayingArcs(): boolean {
    const { state, workCost, pi, source, target } = this;
    const m = this.arcCount;
    const eps = -this.epsilon;
    let admitted = 0;
    for (let j = this.working; j < m; j++) {
      const st = state[j]!;
      if (st === 0) continue;
      const c = st * (workCost[j]! + pi[source[j]!]! - pi[target[j]!]!);
      if (c < eps) {
        this.swapArcs(j, this.working);
        this.working++;
        admitted++;
      }
    }
    this.siftRounds++;
    return admitted > 0;
  }

  /** Swaps two nonbasic arcs' internal positions. */
  private swapArcs(i: number, j: number): void {
    if (i === j) return;
    // a tree arc is referenced by the pred of its child endpoint
    let ui = -1;
    let uj = -1;
    if (this.state[i] === STATE_TREE) ui = this.pred[this.source[i]!] === i ? this.source[i]! : this.target[i]!;
    if (this.state[j] === STATE_TREE) uj = this.pred[this.source[j]!] === j ? this.source[j]! : this.target[j]!;
    if (ui >= 0) this.pred[ui] = j;
    if (uj >= 0) this.pred[uj] = i;
    const sw32 = (a: Int32Array): void => {
      const t = a[i]!;
      a[i] = a[j]!;
      a[j] = t;
    };
    sw32(this.source);
    sw32(this.target);
    sw32(this.lower);
    sw32(this.cap);
    sw32(this.flow);
    const ts = this.state[i]!;
    this.state[i] = this.state[j]!;
    this.state[j] = ts;
    const tc = this.workCost[i]!;
    this.workCost[i] = this.workCost[j]!;
    this.workCost[j] = tc;
    const order = this.order!;
    const oi = order[i]!;
    const oj = order[j]!;
    order[i] = oj;
    order[j] = oi;
    this.pos[oj] = i;
    this.pos[oi] = j;
  }

  private computePotentials(): void {
    const { thread, parent, pred, predDir, workCost, pi } = this;
    const root = this.root;
    pi[root] = 0;
    for (let u = thread[root]!; u !== root; u = thread[u]!) {
      const p = parent[u]!;
      const c = workCost[pred[u]!]!;
      // tree arcs have zero reduced cost: c + pi[s] - pi[t] = 0
      pi[u] = predDir[u] === DIR_UP ? pi[p]! - c : pi[p]! + c;
    }
  }

  /** Polled every 4,096 pivots; returning true interrupts the solve. */
  shouldStop: (() => boolean) | null = null;

  /** Returns false when interrupted. */
  private pivotLoop(): boolean {
    const stop = this.shouldStop;
    while (this.findEnteringArc()) {
      if (stop !== null && (this.pivots & 4095) === 4095 && stop()) return false;
      this.findJoinNode();
      const change = this.findLeavingArc();
      this.changeFlow(change);
      if (change) {
        this.updateTreeStructure();
        this.updatePotential();
      }
      this.pivots++;
    }
    return true;
  }

  private findEnteringArc(): boolean {
    const { state, workCost, pi, source, target } = this;
    const searchCount = this.searchArcCount;
    const eps = -this.epsilon;
    let min = eps;
    const block = Math.max(10, Math.ceil(0.25 * Math.sqrt(searchCount)));
    let cnt = block;
    let e: number;
    let found = -1;
    for (e = this.nextArc; e < searchCount; e++) {
      const st = state[e]!;
      if (st !== 0) {
        const c = st * (workCost[e]! + pi[source[e]!]! - pi[target[e]!]!);
        if (c < min) {
          min = c;
          found = e;
        }
      }
      if (--cnt === 0) {
        if (found >= 0) {
          this.nextArc = e + 1 >= searchCount ? 0 : e + 1;
          this.inArc = found;
          return true;
        }
        cnt = block;
      }
    }
    for (e = 0; e < this.nextArc; e++) {
      const st = state[e]!;
      if (st !== 0) {
        const c = st * (workCost[e]! + pi[source[e]!]! - pi[target[e]!]!);
        if (c < min) {
          min = c;
          found = e;
        }
      }
      if (--cnt === 0) {
        if (found >= 0) {
          this.nextArc = e + 1;
          this.inArc = found;
          return true;
        }
        cnt = block;
      }
    }
    if (found < 0) return false;
    this.nextArc = e >= searchCount ? 0 : e;
    this.inArc = found;
    return true;
  }

  private findJoinNode(): void {
    let u = this.source[this.inArc]!;
    let v = this.target[this.inArc]!;
    const { succNum, parent } = this;
    while (u !== v) {
      if (succNum[u]! < succNum[v]!) u = parent[u]!;
      else v = parent[v]!;
    }
    this.join = u;
  }

  private findLeavingArc(): boolean {
    const inArc = this.inArc;
    let first: number;
    let second: number;
    if (this.state[inArc] === STATE_LOWER) {
      first = this.source[inArc]!;
      second = this.target[inArc]!;
    } else {
      first = this.target[inArc]!;
      second = this.source[inArc]!;
    }
    const { parent, pred, predDir, flow, cap } = this;
    const join = this.join;
    let delta = cap[inArc]!;
    let result = 0;
    for (let u = first; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      let d = flow[e]!;
      if (predDir[u] === DIR_DOWN) {
        const c = cap[e]!;
        d = c >= INFINITE_CAPACITY ? INFINITE_CAPACITY : c - d;
      }
      if (d < delta) {
        delta = d;
        this.uOut = u;
        result = 1;
      }
    }
    for (let u = second; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      let d = flow[e]!;
      if (predDir[u] === DIR_UP) {
        const c = cap[e]!;
        d = c >= INFINITE_CAPACITY ? INFINITE_CAPACITY : c - d;
      }
      if (d <= delta) {
        delta = d;
        this.uOut = u;
        result = 2;
      }
    }
    this.delta = delta;
    if (result === 1) {
      this.uIn = first;
      this.vIn = second;
    } else {
      this.uIn = second;
      this.vIn = first;
    }
    return result !== 0;
  }

  private changeFlow(change: boolean): void {
    const inArc = this.inArc;
    const { flow, parent, pred, predDir, state } = this;
    const join = this.join;
    if (this.delta > 0) {
      const val = state[inArc]! * this.delta;
      flow[inArc]! += val;
      for (let u = this.source[inArc]!; u !== join; u = parent[u]!) {
        flow[pred[u]!]! -= predDir[u]! * val;
      }
      for (let u = this.target[inArc]!; u !== join; u = parent[u]!) {
        flow[pred[u]!]! += predDir[u]! * val;
      }
    }
    if (change) {
      state[inArc] = STATE_TREE;
      const out = pred[this.uOut]!;
      state[out] = flow[out] === 0 ? STATE_LOWER : STATE_UPPER;
    } else {
      state[inArc] = -state[inArc]!;
    }
  }

  private updateTreeStructure(): void {
    const { parent, pred, predDir, thread, revThread, succNum, lastSucc, source, dirtyRevs } = this;
    const uIn = this.uIn;
    const vIn = this.vIn;
    const uOut = this.uOut;
    const inArc = this.inArc;
    const join = this.join;
    const oldRevThread = revThread[uOut]!;
    const oldSuccNum = succNum[uOut]!;
    const oldLastSucc = lastSucc[uOut]!;
    const vOut = parent[uOut]!;

    if (uIn === uOut) {
      parent[uIn] = vIn;
      pred[uIn] = inArc;
      predDir[uIn] = uIn === source[inArc] ? DIR_UP : DIR_DOWN;
      if (thread[vIn] !== uOut) {
        let after = thread[oldLastSucc]!;
        thread[oldRevThread] = after;
        revThread[after] = oldRevThread;
        after = thread[vIn]!;
        thread[vIn] = uOut;
        revThread[uOut] = vIn;
        thread[oldLastSucc] = after;
        revThread[after] = oldLastSucc;
      }
    } else {
      const threadContinue = oldRevThread === vIn ? thread[oldLastSucc]! : thread[vIn]!;
      let stem = uIn;
      let parStem = vIn;
      let nextStem: number;
      let last = lastSucc[uIn]!;
      let before: number;
      let after = thread[last]!;
      thread[vIn] = uIn;
      let dirty = 0;
      dirtyRevs[dirty++] = vIn;
      while (stem !== uOut) {
        nextStem = parent[stem]!;
        thread[last] = nextStem;
        dirtyRevs[dirty++] = last;
        before = revThread[stem]!;
        thread[before] = after;
        revThread[after] = before;
        parent[stem] = parStem;
        parStem = stem;
        stem = nextStem;
        last = lastSucc[stem] === lastSucc[parStem] ? revThread[parStem]! : lastSucc[stem]!;
        after = thread[last]!;
      }
      parent[uOut] = parStem;
      thread[last] = threadContinue;
      revThread[threadContinue] = last;
      lastSucc[uOut] = last;
      if (oldRevThread !== vIn) {
        thread[oldRevThread] = after;
        revThread[after] = oldRevThread;
      }
      for (let i = 0; i < dirty; i++) {
        const u = dirtyRevs[i]!;
        revThread[thread[u]!] = u;
      }
      let tmpSc = 0;
      const tmpLs = lastSucc[uOut]!;
      for (let u = uOut, p = parent[u]!; u !== uIn; u = p, p = parent[u]!) {
        pred[u] = pred[p]!;
        predDir[u] = -predDir[p]!;
        tmpSc += succNum[u]! - succNum[p]!;
        succNum[u] = tmpSc;
        lastSucc[p] = tmpLs;
      }
      pred[uIn] = inArc;
      predDir[uIn] = uIn === source[inArc] ? DIR_UP : DIR_DOWN;
      succNum[uIn] = oldSuccNum;
    }

    const upLimitOut = lastSucc[join] === vIn ? join : -1;
    const lastSuccOut = lastSucc[uOut]!;
    for (let u = vIn; u !== -1 && lastSucc[u] === vIn; u = parent[u]!) {
      lastSucc[u] = lastSuccOut;
    }
    if (join !== oldRevThread && vIn !== oldRevThread) {
      for (let u = vOut; u !== upLimitOut && lastSucc[u] === oldLastSucc; u = parent[u]!) {
        lastSucc[u] = oldRevThread;
      }
    } else if (lastSuccOut !== oldLastSucc) {
      for (let u = vOut; u !== upLimitOut && lastSucc[u] === oldLastSucc; u = parent[u]!) {
        lastSucc[u] = lastSuccOut;
      }
    }
    for (let u = vIn; u !== join; u = parent[u]!) succNum[u]! += oldSuccNum;
    for (let u = vOut; u !== join; u = parent[u]!) succNum[u]! -= oldSuccNum;
  }

  private updatePotential(): void {
    const uIn = this.uIn;
    const inArc = this.inArc;
    const c = this.workCost[inArc]!;
    const sigma = this.pi[this.vIn]! - this.pi[uIn]! - (this.predDir[uIn] === DIR_UP ? c : -c);
    const end = this.thread[this.lastSucc[uIn]!]!;
    const { thread, pi } = this;
    for (let u = uIn; u !== end; u = thread[u]!) pi[u]! += sigma;
  }
}
