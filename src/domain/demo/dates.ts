// Calendar arithmetic on day numbers (days since 1970-01-01), independent of the
// time zone and of the clock. Algorithms after H. Hinnant's "chrono-compatible
// low-level date algorithms".

import type { IsoDate } from '../registry/types.js';

export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

export function isoFromDays(days: number): IsoDate {
  const [y, m, d] = civilFromDays(days);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** 'YYYYMMDD' for ID numbers. */
export function compactFromDays(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${y}${pad2(m)}${pad2(d)}`;
}

export function daysFromIso(iso: IsoDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const days = daysFromCivil(y, mo, d);
  const [cy, cm, cd] = civilFromDays(days);
  if (cy !== y || cm !== mo || cd !== d) throw new Error(`not a calendar date: ${iso}`);
  return days;
}

/**
 * Same calendar day n years later (n may be negative). 29 February lands on 1 March in a
 * year without it — the convention of registry/iso-date.ts addYears, so tenure boundaries
 * built here agree with the eligibility rules.
 */
export function addYears(days: number, n: number): number {
  const [y, m, d] = civilFromDays(days);
  // daysFromCivil is linear in the day, so 29 Feb of a common year overflows to 1 Mar.
  return daysFromCivil(y + n, m, d);
}

export function yearOf(days: number): number {
  return civilFromDays(days)[0];
}

/** Completed years between birth and the given day (the usual age on a date). */
export function ageOn(birth: number, on: number): number {
  const [by, bm, bd] = civilFromDays(birth);
  const [y, m, d] = civilFromDays(on);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age--;
  return age;
}

export const DAYS_PER_YEAR = 365.2425;
