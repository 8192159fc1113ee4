import { describe, expect, it } from 'vitest';
import { addYears as addYearsIso, toDayNumber } from '../registry/iso-date.js';
import { addYears, ageOn, daysFromIso, isoFromDays } from './dates.js';
import { Rng, hashString, makePicker } from './rng.js';

describe('day-number dates', () => {
  it('round-trips ISO dates and agrees with registry/iso-date', () => {
    for (const iso of ['1970-01-01', '1965-02-28', '2000-02-29', '2024-12-31', '1900-03-01']) {
      expect(isoFromDays(daysFromIso(iso))).toBe(iso);
      expect(daysFromIso(iso)).toBe(toDayNumber(iso));
    }
  });

  it('rejects dates that are not calendar days', () => {
    expect(() => daysFromIso('2023-02-29')).toThrow();
    expect(() => daysFromIso('2023-2-01')).toThrow();
  });

  it('adds years like registry addYears (29 Feb → 1 Mar in common years)', () => {
    for (const [iso, n] of [['2024-02-29', -3], ['2024-02-29', 4], ['2025-06-30', -3], ['1990-12-31', 35]] as const) {
      expect(isoFromDays(addYears(daysFromIso(iso), n))).toBe(addYearsIso(iso, n));
    }
  });

  it('counts completed years of age', () => {
    expect(ageOn(daysFromIso('1965-07-01'), daysFromIso('2025-06-30'))).toBe(59);
    expect(ageOn(daysFromIso('1965-06-30'), daysFromIso('2025-06-30'))).toBe(60);
  });
});

describe('Rng', () => {
  it('repeats a sequence for the same seed and differs for another', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 20 }, () => a.nextU32());
    expect(Array.from({ length: 20 }, () => b.nextU32())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.nextU32())).not.toEqual(sa);
  });

  it('keeps int() within bounds, both inclusive', () => {
    const r = new Rng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.int(3, 7);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(7);
      seen.add(v);
    }
    expect(seen.size).toBe(5);
  });

  it('picks by weight', () => {
    const r = new Rng(9);
    const pick = makePicker([['a', 9], ['b', 1]] as const);
    let a = 0;
    for (let i = 0; i < 5000; i++) if (pick(r) === 'a') a++;
    expect(a / 5000).toBeGreaterThan(0.87);
    expect(a / 5000).toBeLessThan(0.93);
  });

  it('hashes strings stably', () => {
    expect(hashString('513334')).toBe(hashString('513334'));
    expect(hashString('513334')).not.toBe(hashString('513335'));
  });
});
