// The matching file contract (docs/formats/match-instance.md): parse and validate an instance,
// convert it to the solver's typed form, and write the result JSON.
import { z } from 'zod';
import { buildMatchProblem, type ConstraintSpec, type MatchProblem, type MatchSolution } from '../domain/matching/index.js';

export const MAX_SCORE = 1_000_000_000;

const idSchema = z.string().min(1, 'must be a non-empty string');
const selectorCandidates = z.union([
  z.strictObject({ attribute: z.string().min(1), equals: z.string() }),
  z.strictObject({ attribute: z.string().min(1), in: z.array(z.string()).min(1) }),
]);
const constraintSchema = z
  .strictObject({
    id: idSchema,
    posts: z.strictObject({ group: z.string().min(1) }).optional(),
    candidates: selectorCandidates.optional(),
    min: z.number().int('must be an integer ≥ 0').min(0, 'must be an integer ≥ 0').optional(),
    max: z.number().int('must be an integer ≥ 0').min(0, 'must be an integer ≥ 0').optional(),
    minShare: z.number().min(0, 'must be a number in 0…1').max(1, 'must be a number in 0…1').optional(),
    maxShare: z.number().min(0, 'must be a number in 0…1').max(1, 'must be a number in 0…1').optional(),
  })
  .refine((c) => c.min !== undefined || c.max !== undefined || c.minShare !== undefined || c.maxShare !== undefined, {
    message: 'needs at least one of min, max, minShare, maxShare',
  });

// numeric columns are checked by hand below (millions of entries)
const numberColumn = z.array(z.unknown());

const instanceSchema = z.strictObject({
  format: z.literal('match-instance/1', { error: 'must be "match-instance/1"' }),
  candidates: z.array(
    z.strictObject({
      id: idSchema,
      attributes: z.record(z.string(), z.string({ error: 'must be a string' })),
    }),
  ),
  posts: z.array(
    z.strictObject({
      id: idSchema,
      capacity: z.number().int('must be an integer ≥ 1').min(1, 'must be an integer ≥ 1'),
      groups: z.array(z.string()),
    }),
  ),
  edges: z.strictObject({ candidate: numberColumn, post: numberColumn, score: numberColumn }),
  constraints: z.array(constraintSchema).optional(),
  preferences: z
    .strictObject({
      candidate: z.array(z.array(z.number().int())),
      post: z.array(z.array(z.number().int())),
    })
    .optional(),
});

export type MatchInstanceFile = z.infer<typeof instanceSchema>;

export class InstanceError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'InstanceError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += s === '' ? String(p) : `.${String(p)}`;
  }
  return s === '' ? '(instance)' : s;
}

function intColumn(values: readonly unknown[], field: string, lo: number, hi: number, what: string): Int32Array {
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) {
      throw new InstanceError(`${field}[${i}]`, `must be ${what}`);
    }
    out[i] = v;
  }
  return out;
}

/** Validates parsed JSON against the contract; throws InstanceError naming the first bad field. */
export function validateInstance(data: unknown): { file: MatchInstanceFile; edges: { candidate: Int32Array; post: Int32Array; score: Int32Array } } {
  const parsed = instanceSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InstanceError(formatPath(issue.path), issue.message);
  }
  const file = parsed.data;
  const n = file.candidates.length;
  const m = file.posts.length;
  const unique = (ids: readonly string[], field: string): void => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) throw new InstanceError(`${field}[${i}].id`, `duplicate id "${id}"`);
      seen.add(id);
    });
  };
  unique(file.candidates.map((c) => c.id), 'candidates');
  unique(file.posts.map((p) => p.id), 'posts');
  const E = file.edges.candidate.length;
  if (file.edges.post.length !== E) throw new InstanceError('edges.post', `must have the same length as edges.candidate (${E})`);
  if (file.edges.score.length !== E) throw new InstanceError('edges.score', `must have the same length as edges.candidate (${E})`);
  const candidate = intColumn(file.edges.candidate, 'edges.candidate', 0, n - 1, `an integer in 0…${n - 1}`);
  const post = intColumn(file.edges.post, 'edges.post', 0, m - 1, `an integer in 0…${m - 1}`);
  const score = intColumn(file.edges.score, 'edges.score', 0, MAX_SCORE, `an integer in 0…${MAX_SCORE}`);
  // a pair appears at most once
  const keys = new Float64Array(E);
  for (let e = 0; e < E; e++) keys[e] = candidate[e]! * m + post[e]!;
  const sorted = Float64Array.from(keys).sort();
  for (let i = 1; i < E; i++) {
    if (sorted[i] === sorted[i - 1]) {
      const dupKey = sorted[i]!;
      let second = -1;
      let seen = 0;
      for (let e = 0; e < E; e++) {
        if (keys[e] === dupKey && ++seen === 2) {
          second = e;
          break;
        }
      }
      throw new InstanceError(`edges.post[${second}]`, `pair (candidate ${candidate[second]}, post ${post[second]}) appears more than once`);
    }
  }
  const cids = new Set<string>();
  (file.constraints ?? []).forEach((c, i) => {
    if (cids.has(c.id)) throw new InstanceError(`constraints[${i}].id`, `duplicate id "${c.id}"`);
    cids.add(c.id);
  });
  if (file.preferences) {
    const pr = file.preferences;
    if (pr.candidate.length !== n) throw new InstanceError('preferences.candidate', `must have one list per candidate (${n})`);
    if (pr.post.length !== m) throw new InstanceError('preferences.post', `must have one list per post (${m})`);
    pr.candidate.forEach((l, i) =>
      l.forEach((p, j) => {
        if (p < 0 || p >= m) throw new InstanceError(`preferences.candidate[${i}][${j}]`, `must be an integer in 0…${m - 1}`);
      }),
    );
    pr.post.forEach((l, i) =>
      l.forEach((c, j) => {
        if (c < 0 || c >= n) throw new InstanceError(`preferences.post[${i}][${j}]`, `must be an integer in 0…${n - 1}`);
      }),
    );
  }
  return { file, edges: { candidate, post, score } };
}

/** Parses instance JSON text; throws InstanceError naming the first bad field. */
export function parseMatchInstance(text: string): MatchProblem {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InstanceError('(instance)', `not valid JSON: ${(err as Error).message}`);
  }
  return toMatchProblem(validateInstance(data));
}

export function toMatchProblem(v: ReturnType<typeof validateInstance>): MatchProblem {
  const { file, edges } = v;
  const constraints: ConstraintSpec[] = (file.constraints ?? []).map((c) => ({
    id: c.id,
    ...(c.posts ? { postGroup: c.posts.group } : {}),
    ...(c.candidates
      ? { candidates: { attribute: c.candidates.attribute, values: 'equals' in c.candidates ? [c.candidates.equals] : c.candidates.in } }
      : {}),
    ...(c.min !== undefined ? { min: c.min } : {}),
    ...(c.max !== undefined ? { max: c.max } : {}),
    ...(c.minShare !== undefined ? { minShare: c.minShare } : {}),
    ...(c.maxShare !== undefined ? { maxShare: c.maxShare } : {}),
  }));
  return buildMatchProblem({
    candidates: file.candidates,
    posts: file.posts,
    edges,
    constraints,
    ...(file.preferences ? { preferences: file.preferences } : {}),
  });
}

export interface MatchResultFile {
  format: 'match-result/1';
  mode: 'optimal' | 'stable';
  status: string;
  objective: number;
  bound?: number;
  assignments: { candidate: string; post: string }[];
  constraints: { id: string; value: number; satisfied: boolean }[];
  conflicts?: { constraints: string[]; reason: string }[];
  seconds: number;
}

/** The result object, fields in the documented order. */
export function toMatchResult(problem: MatchProblem, s: MatchSolution): MatchResultFile {
  const assignments: { candidate: string; post: string }[] = [];
  for (let c = 0; c < problem.candidateCount; c++) {
    const p = s.postOf[c]!;
    if (p >= 0) assignments.push({ candidate: problem.candidateIds[c]!, post: problem.postIds[p]! });
  }
  const out: MatchResultFile = {
    format: 'match-result/1',
    mode: s.mode,
    status: s.status,
    objective: s.objective,
    ...(s.mode === 'optimal' && s.bound !== null && Number.isFinite(s.bound) ? { bound: s.bound } : {}),
    assignments,
    constraints: s.constraints.map((c) => ({ id: c.id, value: c.value, satisfied: c.satisfied })),
    ...(s.status === 'infeasible' ? { conflicts: s.conflicts.map((c) => ({ constraints: [...c.constraints], reason: c.reason })) } : {}),
    seconds: Math.round(s.seconds * 1000) / 1000,
  };
  return out;
}

export function formatMatchResult(problem: MatchProblem, s: MatchSolution): string {
  return `${JSON.stringify(toMatchResult(problem, s), null, 2)}\n`;
}
