import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addYears,
  compareIsoDate,
  daysInMonth,
  durationDays,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  toDayNumber,
} from './iso-date.js';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false], // not a leap year
    ['1900-02-29', false], // century, not divisible by 400
    ['2000-02-29', true],
    ['2023-04-31', false],
    ['2023-12-31', true],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-1-01', false], // strict width
    ['2023-01-01T00:00:00Z', false],
    [' 2023-01-01', false],
    ['0000-01-01', false],
    ['', false],
  ])('%s → %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });

  it('splits a valid date into numbers', () => {
    expect(parseIsoDate('1985-06-15')).toEqual({ year: 1985, month: 6, day: 15 });
  });
});

describe('leap years and month lengths', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [2100, false],
  ])('isLeapYear(%i) = %s', (y, expected) => {
    expect(isLeapYear(y)).toBe(expected);
  });

  it('February has 29 days only in leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });
});

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
  });

  it('round-trips any date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it('keeps years below 100 literal', () => {
    expect(fromDayNumber(toDayNumber('0050-03-01'))).toBe('0050-03-01');
  });

  it('throws on a string that is not a date (a programming error, not a rule outcome)', () => {
    expect(() => toDayNumber('2023-02-29')).toThrow(RangeError);
  });
});

describe('durationDays', () => {
  it.each([
    ['2024-01-01', '2024-01-01', 0],
    ['2024-01-01', '2024-01-02', 1],
    ['2024-02-28', '2024-03-01', 2], // leap day in between
    ['2023-02-28', '2023-03-01', 1],
    ['2023-01-01', '2024-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['2024-01-02', '2024-01-01', -1],
  ])('%s → %s is %i days', (a, b, days) => {
    expect(durationDays(a, b)).toBe(days);
  });
});

describe('addYears', () => {
  it.each([
    ['2020-05-17', 3, '2023-05-17'],
    ['2020-02-29', 1, '2021-03-01'], // no 29 February in 2021: lands on 1 March
    ['2020-02-29', 4, '2024-02-29'],
    ['2020-02-29', -1, '2019-03-01'],
    ['2019-03-01', 1, '2020-03-01'],
    ['2020-02-28', 1, '2021-02-28'],
  ])('addYears(%s, %i) = %s', (d, n, expected) => {
    expect(addYears(d, n)).toBe(expected);
  });

  it('addDays crosses month and year ends', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('compares like strings for valid dates', () => {
    expect(compareIsoDate('2024-01-01', '2024-01-02')).toBeLessThan(0);
    expect(compareIsoDate('2024-01-02', '2024-01-02')).toBe(0);
    expect(compareIsoDate('2025-01-01', '2024-12-31')).toBeGreaterThan(0);
  });
});
