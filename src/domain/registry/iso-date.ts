// Calendar dates as ISO strings 'YYYY-MM-DD', without time zones and without the clock.
//
// Boundaries:
// - A valid date is exactly ten characters 'YYYY-MM-DD' naming a real day of the proleptic
//   Gregorian calendar, years 0001–9999 ('2023-02-29' is not a date, nor is '2023-2-1').
// - Day arithmetic goes through day numbers (days since 1970-01-01 in UTC), so it is
//   independent of the machine's time zone.
// - `addYears` moves 29 February to 1 March in a year without it; the age rule in
//   derived-facts relies on this (a person born on 29 February turns a year older on 1 March
//   in common years).
// - Functions taking an IsoDate expect a valid one and throw RangeError otherwise: that is a
//   programming error (validate with `isIsoDate` first), not a rule outcome.

import type { IsoDate } from './types.js';

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the three numbers name a real calendar day (year 1–9999). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Splits a strict 'YYYY-MM-DD' string; null when it is not a real calendar day. */
export function parseIsoDate(s: string): CalendarDate | null {
  const m = ISO_DATE_RE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isCalendarDate(year, month, day) ? { year, month, day } : null;
}

export function isIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mustParse(d: IsoDate): CalendarDate {
  const c = parseIsoDate(d);
  if (!c) throw new RangeError(`not an ISO calendar date: ${JSON.stringify(d)}`);
  return c;
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(d: IsoDate): number {
  const { year, month, day } = mustParse(d);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years 1–99 literal
  return Math.round(utc.getTime() / MS_PER_DAY);
}

export function fromDayNumber(n: number): IsoDate {
  const utc = new Date(n * MS_PER_DAY);
  return formatIsoDate({ year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() });
}

export function addDays(d: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/**
 * The same calendar day `years` later (or earlier when negative). 29 February lands on
 * 1 March when the target year has no 29 February.
 */
export function addYears(d: IsoDate, years: number): IsoDate {
  const { year, month, day } = mustParse(d);
  const target = year + years;
  if (month === 2 && day === 29 && !isLeapYear(target)) return formatIsoDate({ year: target, month: 3, day: 1 });
  return formatIsoDate({ year: target, month, day });
}

/** Negative, zero or positive like a sort comparator. Valid ISO dates compare as strings. */
export function compareIsoDate(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Days from `start` to `end`: 0 for the same day, 1 for the next day, negative when end < start. */
export function durationDays(start: IsoDate, end: IsoDate): number {
  return toDayNumber(end) - toDayNumber(start);
}

export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
