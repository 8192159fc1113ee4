// Matching benchmark: our solver and, with --peers, HiGHS (LP on the network formulation, MIP
// with side constraints) and munkres / linear-sum-assignment on a slot-split matrix where it
// fits, all in one process run on the generated instances.
//   npx tsx bench/matching/run.ts [--size 1k|10k|100k] [--variant plain|side] [--peers] [--exact]
//                                 [--time 60] [--mip-time 60] [--lp-time 300]
import { performance } from 'node:perf_hooks';
import highsModule, { type Highs } from 'highs';
import munkres from 'munkres';
import { linearSumAssignment } from 'linear-sum-assignment';
import { solveMatching, type MatchProblem } from '../../src/domain/matching/index.js';
import { buildMatchProblem, postMembership } from '../../src/domain/matching/problem.js';
import { generateInstance, SIZES } from './generate.js';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = arg('--size') ? [arg('--size')!] : ['1k', '10k', '100k'];
const peers = args.includes('--peers');
const ourTime = Number(arg('--time') ?? 60);
const mipTime = Number(arg('--mip-time') ?? 60);
const lpTime = Number(arg('--lp-time') ?? 300);
const variants = arg('--variant') ? [arg('--variant') === 'side'] : [false, true];

// The solvers run synchronously, so memory is read after each run: the process's peak resident
// set so far (getrusage maxRSS, monotonic) and the V8 heap in use.
let rssPeak = 0;
let heapPeak = 0;
const sample = (): void => {
  rssPeak = process.resourceUsage().maxRSS * 1024;
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
};

interface Row {
  instance: string;
  solver: string;
  seconds: number;
  /** CPU seconds of this process during the run (user + system): less sensitive to other load. */
  cpu: number;
  objective: number | null;
  status: string;
  gap: string;
  rssMB: number;
  heapMB: number;
  note: string;
}
const rows: Row[] = [];
let cpuMark = process.cpuUsage();
const cpuStart = (): void => {
  cpuMark = process.cpuUsage();
};
const cpuSince = (): number => {
  const d = process.cpuUsage(cpuMark);
  return (d.user + d.system) / 1e6;
};
const print = (r: Row): void => {
  rows.push(r);
  console.log(
    `| ${r.instance} | ${r.solver} | ${r.seconds.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.objective ?? '–'} | ${r.status} | ${r.gap} | ${r.rssMB} | ${r.heapMB} | ${r.note} |`,
  );
};

function slotMatrix(problem: MatchProblem): number[][] | null {
  let slots = 0;
  for (let p = 0; p < problem.postCount; p++) slots += problem.capacity[p]!;
  if (problem.candidateCount > 3000 || slots > 3000) return null;
  const slotPost: number[] = [];
  for (let p = 0; p < problem.postCount; p++) for (let k = 0; k < problem.capacity[p]!; k++) slotPost.push(p);
  const scoreOf = new Map<number, number>();
  for (let e = 0; e < problem.edgeCandidate.length; e++) scoreOf.set(problem.edgeCandidate[e]! * problem.postCount + problem.edgePost[e]!, problem.edgeScore[e]!);
  // cost = −score; an ineligible cell costs 0, the same as leaving the seat empty (scores ≥ 0)
  return Array.from({ length: problem.candidateCount }, (_, c) => slotPost.map((p) => -(scoreOf.get(c * problem.postCount + p) ?? 0)));
}

// highs is CommonJS: under NodeNext its default import is the loader function at run time
const highsLoader = highsModule as unknown as () => Promise<Highs>;

/**
 * The same formulation as lpModel, passed to HiGHS's structured API as a column-wise sparse
 * matrix on typed arrays (the LP-text API cannot take 5 M columns: the wrapper fails turning the
 * text into a byte array).
 */
function highsStructured(
  highs: Highs,
  problem: MatchProblem,
  integer: boolean,
  timeLimit: number,
): { status: string; objective: number | null; bound: number | null } {
  const E = problem.edgeCandidate.length;
  const n = problem.candidateCount;
  const m = problem.postCount;
  interface ExtraRow {
    lower: number;
    upper: number;
    coef: (e: number) => number;
  }
  const extra: ExtraRow[] = [];
  for (const k of problem.constraints) {
    const posts = postMembership(problem, k.group);
    const counted = (e: number): number =>
      posts[problem.edgePost[e]!] === 1 && (k.candidateMask === null || k.candidateMask[problem.edgeCandidate[e]!] === 1) ? 1 : 0;
    if (k.min !== null || k.max !== null) extra.push({ lower: k.min ?? -highs.infinity, upper: k.max ?? highs.infinity, coef: counted });
    if (k.minShare !== null) {
      const s = k.minShare;
      extra.push({ lower: 0, upper: highs.infinity, coef: (e) => counted(e) - s });
    }
    if (k.maxShare !== null) {
      const s = k.maxShare;
      extra.push({ lower: -highs.infinity, upper: 0, coef: (e) => counted(e) - s });
    }
  }
  const numRows = n + m + extra.length;
  const starts = new Int32Array(E + 1);
  let nnz = 0;
  // two passes: count, then fill
  const coefs = extra.map((r) => {
    const v = new Float64Array(E);
    for (let e = 0; e < E; e++) v[e] = r.coef(e);
    return v;
  });
  for (let e = 0; e < E; e++) {
    nnz += 2;
    for (const v of coefs) if (v[e] !== 0) nnz++;
    starts[e + 1] = nnz;
  }
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  for (let e = 0; e < E; e++) {
    indices[k] = problem.edgeCandidate[e]!;
    values[k++] = 1;
    indices[k] = n + problem.edgePost[e]!;
    values[k++] = 1;
    coefs.forEach((v, r) => {
      if (v[e] !== 0) {
        indices[k] = n + m + r;
        values[k++] = v[e]!;
      }
    });
  }
  const rowLower = new Float64Array(numRows).fill(-highs.infinity);
  const rowUpper = new Float64Array(numRows);
  for (let c = 0; c < n; c++) rowUpper[c] = 1;
  for (let p = 0; p < m; p++) rowUpper[n + p] = problem.capacity[p]!;
  extra.forEach((r, i) => {
    rowLower[n + m + i] = r.lower;
    rowUpper[n + m + i] = r.upper;
  });
  const model = highs.createModel({
    numCols: E,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(problem.edgeScore),
    colLower: new Float64Array(E),
    colUpper: new Float64Array(E).fill(1),
    rowLower,
    rowUpper,
    matrix: { format: 'csc', numRows, numCols: E, starts, indices, values },
    ...(integer ? { integrality: new Int32Array(E).fill(highs.constants.variableType.integer) } : {}),
  });
  try {
    model.options.set({ time_limit: timeLimit, output_flag: false, ...(integer ? { mip_rel_gap: 1e-4 } : {}) });
    model.run();
    const code = model.getModelStatus();
    const names = Object.entries(highs.constants.modelStatus) as [string, number][];
    const status = names.find(([, v]) => v === code)?.[0] ?? String(code);
    const hasSolution = status === 'optimal' || (integer && Number(model.info.get('primal_solution_status')) === 2);
    const objective = hasSolution ? Math.round(model.getObjectiveValue()) : null;
    const bound = integer ? Number(model.info.get('mip_dual_bound')) : null;
    return { status, objective, bound: bound !== null && Number.isFinite(bound) ? bound : null };
  } finally {
    model.dispose();
  }
}

async function main(): Promise<void> {
  const highs = peers ? await highsLoader() : null;
  console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
  console.log('| instance | solver | seconds | CPU s | objective | status | gap | process peak RSS MB | heap MB | note |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const sz of sizes) {
    const size = SIZES[sz];
    if (!size) throw new Error(`unknown size ${sz}`);
    for (const side of variants) {
      const gen = generateInstance(size, side);
      const problem = buildMatchProblem(gen.input);
      const name = `${sz}${side ? '+side' : ''} (${problem.edgeCandidate.length} pairs)`;
      heapPeak = 0;
      sample();
      cpuStart();
      const t0 = performance.now();
      const sol = solveMatching(problem, {
        now: () => performance.now() / 1000,
        timeLimitSeconds: ourTime,
        relativeGap: side ? 1e-4 : 0,
      });
      const ours = (performance.now() - t0) / 1000;
      const oursCpu = cpuSince();
      sample();
      const gap = sol.bound !== null && sol.objective > 0 ? (sol.bound - sol.objective) / sol.objective : NaN;
      print({
        instance: name,
        solver: side ? 'ours (stop at gap ≤ 0.01%)' : 'ours',
        seconds: ours,
        cpu: oursCpu,
        objective: sol.objective,
        status: sol.status,
        gap: Number.isNaN(gap) ? '–' : `${(gap * 100).toFixed(4)}%`,
        rssMB: Math.round(rssPeak / 1e6),
        heapMB: Math.round(heapPeak / 1e6),
        note: `bound ${sol.bound}; nodes ${sol.stats.nodes}; lagrange its ${sol.stats.lagrangeIterations}; pivots ${sol.stats.pivots}`,
      });
      // with --exact, side-constrained instances are also solved to proven optimality (gap 0)
      let exact: { status: string; objective: number } | null = null;
      if (side && args.includes('--exact')) {
        cpuStart();
        const t5 = performance.now();
        const ex = solveMatching(problem, { now: () => performance.now() / 1000, timeLimitSeconds: ourTime });
        const s5 = (performance.now() - t5) / 1000;
        sample();
        exact = { status: ex.status, objective: ex.objective };
        const g5 = ex.bound !== null && ex.objective > 0 ? (ex.bound - ex.objective) / ex.objective : NaN;
        print({
          instance: name,
          solver: 'ours, exact (gap 0)',
          seconds: s5,
          cpu: cpuSince(),
          objective: ex.objective,
          status: ex.status,
          gap: Number.isNaN(g5) ? '–' : `${(g5 * 100).toFixed(4)}%`,
          rssMB: Math.round(rssPeak / 1e6),
          heapMB: Math.round(heapPeak / 1e6),
          note: `bound ${ex.bound}; nodes ${ex.stats.nodes}; lagrange its ${ex.stats.lagrangeIterations}; pivots ${ex.stats.pivots}`,
        });
      }
      if (!highs) continue;
      // HiGHS: LP on the network formulation, MIP with the side constraints
      {
        heapPeak = 0;
        cpuStart();
        const t2 = performance.now();
        let r: { status: string; objective: number | null; bound: number | null };
        try {
          r = highsStructured(highs, problem, side, side ? mipTime : lpTime);
        } catch (err) {
          r = { status: `error: ${(err as Error).message}`, objective: null, bound: null };
        }
        const secs = (performance.now() - t2) / 1000;
        const hCpu = cpuSince();
        sample();
        const obj = r.objective;
        let agree = 'check: n/a';
        if (r.status === 'optimal' && sol.status === 'optimal' && !side) agree = obj === sol.objective ? 'check: agrees' : `check: DIFFERS (${obj} vs ${sol.objective})`;
        else if (obj !== null && sol.bound !== null) {
          // both sides' answers must lie under the other's proven bound
          agree = obj <= sol.bound ? `check: highs answer ≤ our bound ${sol.bound}` : `check: highs answer ABOVE our bound ${sol.bound}`;
          if (r.bound !== null) agree += sol.objective <= r.bound + 1e-6 ? `; ours ≤ highs bound ${Math.round(r.bound)}` : `; ours ABOVE highs bound ${r.bound}`;
          if (exact && exact.status === 'optimal') agree += exact.objective === obj ? '; equals our proven optimum' : `; our proven optimum ${exact.objective}`;
        }
        print({
          instance: name,
          solver: side ? `highs MIP (limit ${mipTime}s, gap 0.01%)` : `highs LP (limit ${lpTime}s)`,
          seconds: secs,
          cpu: hCpu,
          objective: obj,
          status: r.status,
          gap: obj !== null && r.bound !== null && obj > 0 ? `${(((r.bound - obj) / obj) * 100).toFixed(4)}%` : '–',
          rssMB: Math.round(rssPeak / 1e6),
          heapMB: Math.round(heapPeak / 1e6),
          note: agree,
        });
      }
      if (!side) {
        const matrix = slotMatrix(problem);
        if (matrix) {
          cpuStart();
          const t3 = performance.now();
          const pairs = munkres(matrix);
          const s3 = (performance.now() - t3) / 1000;
          const c3 = cpuSince();
          let obj = 0;
          for (const [r, c] of pairs) obj -= matrix[r]![c]!;
          sample();
          print({ instance: name, solver: 'munkres (slot-split)', seconds: s3, cpu: c3, objective: obj, status: 'optimal', gap: '–', rssMB: Math.round(rssPeak / 1e6), heapMB: Math.round(heapPeak / 1e6), note: obj === sol.objective ? 'check: agrees' : `check: DIFFERS (${obj} vs ${sol.objective})` });
          cpuStart();
          const t4 = performance.now();
          const lsa = linearSumAssignment(matrix, { maximaze: false });
          const s4 = (performance.now() - t4) / 1000;
          const c4 = cpuSince();
          const obj4 = Math.round(-lsa.gain);
          sample();
          print({ instance: name, solver: 'linear-sum-assignment (slot-split)', seconds: s4, cpu: c4, objective: obj4, status: 'optimal', gap: '–', rssMB: Math.round(rssPeak / 1e6), heapMB: Math.round(heapPeak / 1e6), note: obj4 === sol.objective ? 'check: agrees' : `check: DIFFERS (${obj4} vs ${sol.objective})` });
        } else {
          print({ instance: name, solver: 'munkres / linear-sum-assignment', seconds: 0, cpu: 0, objective: null, status: 'not run', gap: '–', rssMB: 0, heapMB: 0, note: 'slot-split matrix larger than 3,000 × 3,000' });
        }
      }
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
