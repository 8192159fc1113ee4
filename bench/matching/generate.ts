// Deterministic, seeded generator of Sichuan-like matching instances: posts in 32 counties ×
// post kinds, candidates with gender / category / sourceCity, each county paired with a city.
import type { ConstraintSpec, MatchProblemInput } from '../../src/domain/matching/problem.js';

export interface InstanceSize {
  readonly name: string;
  readonly candidates: number;
  readonly posts: number;
  readonly slots: number;
  /** Eligible posts per candidate (average). */
  readonly degree: number;
}

export const SIZES: Record<string, InstanceSize> = {
  '1k': { name: '1k', candidates: 1_000, posts: 300, slots: 500, degree: 45 },
  '10k': { name: '10k', candidates: 10_000, posts: 2_000, slots: 4_000, degree: 50 },
  '100k': { name: '100k', candidates: 100_000, posts: 5_000, slots: 20_000, degree: 50 },
};

const KINDS = ['doctor', 'teacher', 'agri', 'finance', 'admin', 'engineer'] as const;
const CITIES = ['510100', '510300', '510400', '510500', '510600', '510700', '510800', '510900', '511000', '511100'];
const COUNTY_COUNT = 32;

/** mulberry32: small, fast, seeded. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedInstance {
  readonly size: InstanceSize;
  readonly input: MatchProblemInput;
  readonly counties: readonly string[];
  readonly pairedCity: readonly string[];
}

export function countyCode(i: number): string {
  return String(513300 + i * 3 + 1);
}

export function generateInstance(size: InstanceSize, withConstraints: boolean, seed = 20240601): GeneratedInstance {
  const rand = rng(seed);
  const n = size.candidates;
  const m = size.posts;
  const counties = Array.from({ length: COUNTY_COUNT }, (_, i) => countyCode(i));
  const pairedCity = counties.map((_, i) => CITIES[i % CITIES.length]!);

  // posts: county round-robin, kind by cycle; capacities spread to reach the slot total
  const postCounty = new Int32Array(m);
  const postKind = new Int32Array(m);
  const capacity = new Int32Array(m).fill(1);
  for (let p = 0; p < m; p++) {
    postCounty[p] = p % COUNTY_COUNT;
    postKind[p] = Math.floor(p / COUNTY_COUNT) % KINDS.length;
  }
  for (let extra = size.slots - m; extra > 0; extra--) capacity[Math.floor(rand() * m)]!++;
  const posts = Array.from({ length: m }, (_, p) => {
    const cty = counties[postCounty[p]!]!;
    const kind = KINDS[postKind[p]!]!;
    return { id: `${cty}-${kind}-${p}`, capacity: capacity[p]!, groups: [`county:${cty}`, `${kind}:${cty}`, `kind:${kind}`] };
  });
  const postsByCounty: number[][] = Array.from({ length: COUNTY_COUNT }, () => []);
  for (let p = 0; p < m; p++) {
    postsByCounty[postCounty[p]!]!.push(p);
  }
  const postsByKind: number[][] = KINDS.map((_, k) => {
    const l: number[] = [];
    for (let p = 0; p < m; p++) if (postKind[p] === k) l.push(p);
    return l;
  });
  const countiesOfCity: number[][] = CITIES.map((city) => counties.map((_, i) => i).filter((i) => pairedCity[i] === city));
  const postAppeal = new Float64Array(m);
  for (let p = 0; p < m; p++) postAppeal[p] = rand();

  const candidates: { id: string; attributes: Record<string, string> }[] = [];
  const ec = new Int32Array(n * (size.degree + 10));
  const ep = new Int32Array(ec.length);
  const es = new Int32Array(ec.length);
  let E = 0;
  const chosen = new Set<number>();
  for (let c = 0; c < n; c++) {
    const female = rand() < 0.26;
    const professional = rand() < 0.55;
    const cityIdx = Math.floor(Math.pow(rand(), 1.5) * CITIES.length); // skewed towards Chengdu
    const city = CITIES[cityIdx]!;
    const speciality = Math.floor(rand() * KINDS.length);
    const quality = rand();
    candidates.push({
      id: `p-${String(c).padStart(6, '0')}`,
      attributes: { gender: female ? '2' : '1', category: professional ? 'professional' : 'general', sourceCity: city },
    });
    const degree = Math.max(1, Math.round(size.degree * (0.6 + 0.8 * rand())));
    chosen.clear();
    const paired = countiesOfCity[cityIdx]!;
    let guard = 0;
    while (chosen.size < degree && guard++ < degree * 20) {
      const r = rand();
      let p: number;
      if (r < 0.55) {
        const l = postsByKind[speciality]!;
        p = l[Math.floor(rand() * l.length)]!;
      } else if (r < 0.7 && paired.length > 0) {
        const l = postsByCounty[paired[Math.floor(rand() * paired.length)]!]!;
        p = l[Math.floor(rand() * l.length)]!;
      } else {
        p = Math.floor(rand() * m);
      }
      chosen.add(p);
    }
    const list = [...chosen].sort((a, b) => a - b);
    for (const p of list) {
      const fit = postKind[p] === speciality ? 0.35 : 0;
      const score = Math.round(1000 * (0.35 * quality + fit + 0.15 * postAppeal[p]! + 0.15 * rand()));
      ec[E] = c;
      ep[E] = p;
      es[E] = score;
      E++;
    }
  }

  const constraints: ConstraintSpec[] = [];
  if (withConstraints) {
    for (let i = 0; i < COUNTY_COUNT; i++) {
      let slots = 0;
      for (const p of postsByCounty[i]!) slots += capacity[p]!;
      constraints.push({ id: `county-min-${counties[i]}`, postGroup: `county:${counties[i]}`, min: Math.floor(slots * 0.9) });
    }
    constraints.push({ id: 'women-30pct', candidates: { attribute: 'gender', values: ['2'] }, minShare: 0.3 });
    for (let i = 0; i < COUNTY_COUNT; i++) {
      constraints.push({
        id: `paired-${counties[i]}`,
        postGroup: `county:${counties[i]}`,
        candidates: { attribute: 'sourceCity', values: [pairedCity[i]!] },
        min: 1,
      });
    }
  }
  return {
    size,
    counties,
    pairedCity,
    input: {
      candidates,
      posts,
      edges: { candidate: ec.subarray(0, E), post: ep.subarray(0, E), score: es.subarray(0, E) },
      constraints,
    },
  };
}
