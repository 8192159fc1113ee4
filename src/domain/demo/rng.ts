// Small seeded PRNG (mulberry32) with the helpers the demo generator needs.
// Deterministic: the same seed gives the same sequence on every platform. Never
// reads Math.random or the clock.

export class Rng {
  private state: number;

  constructor(seed: number) {
    // Fold the seed (which may exceed 32 bits or be negative) into one 32-bit word.
    const s = Math.trunc(seed);
    const hi = Math.floor(s / 4294967296);
    this.state = (s ^ Math.imul(hi, 0x85ebca6b) ^ 0x9e3779b9) >>> 0;
    for (let i = 0; i < 4; i++) this.nextU32();
  }

  nextU32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }

  /** Uniform integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const v = items[Math.floor(this.next() * items.length)];
    if (v === undefined) throw new Error('Rng.pick on an empty list');
    return v;
  }

  /** Triangular distribution on [min, max] with the given mode. */
  tri(min: number, mode: number, max: number): number {
    const u = this.next();
    const c = (mode - min) / (max - min);
    return u < c ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  }

  /** One item chosen with the given weights (pairs of item and weight). */
  weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = this.next() * total;
    for (const [item, w] of pairs) {
      r -= w;
      if (r < 0) return item;
    }
    const last = pairs[pairs.length - 1];
    if (last === undefined) throw new Error('Rng.weighted on an empty list');
    return last[0];
  }
}

/** A precomputed weighted picker (binary search on cumulative weights) for hot paths. */
export function makePicker<T>(pairs: ReadonlyArray<readonly [T, number]>): (rng: Rng) => T {
  if (pairs.length === 0) throw new Error('makePicker on an empty list');
  const items = pairs.map(([item]) => item);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of pairs) {
    total += w;
    cumulative.push(total);
  }
  return (rng) => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    const item = items[lo];
    if (item === undefined) throw new Error('makePicker: index out of range');
    return item;
  };
}

/** FNV-1a hash of a string, for deriving stable per-item seeds (e.g. a county code). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
