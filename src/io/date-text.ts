// Dates as users write them in Excel sheets and on appointment forms.
//
// Accepted text (after NFKC, surrounding whitespace ignored):
//   yyyy-mm-dd  yyyy.mm.dd  yyyy/m/d  yyyy年m月d日  yyyymmdd      → that day
//   yyyy-mm     yyyy.mm     yyyy/m    yyyy年m月     yyyymm        → month only
// plus an ISO date-time ('2020-05-01T00:00:00Z'), whose date part is taken.
//
// Convention for month-only dates: they become the 1st of the month ('1998.07' →
// 1998-07-01), silently. Personnel forms record most dates to the month only; the first day
// is the reading every age and tenure rule in the domain expects (a person "born 1980.05" is
// treated as born 1980-05-01). `precision` tells callers when the day was not given.
//
// Years outside 1800–2199 are not read as dates (a typo such as '0198.05' must not become a
// valid but absurd date); calendar validity is checked ('2023.02.30' is rejected).

import { formatIsoDate, isCalendarDate } from '../domain/registry/iso-date.js';
import type { IsoDate } from '../domain/registry/types.js';

export type DatePrecision = 'day' | 'month';

export interface ParsedDate {
  date: IsoDate;
  precision: DatePrecision;
}

const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

const PATTERNS: Array<{ re: RegExp; precision: DatePrecision }> = [
  { re: /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/u, precision: 'day' },
  { re: /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/u, precision: 'day' },
  { re: /^(\d{4})(\d{2})(\d{2})$/u, precision: 'day' },
  { re: /^(\d{4})[-./年](\d{1,2})月?$/u, precision: 'month' },
  { re: /^(\d{4})(\d{2})$/u, precision: 'month' },
];

function build(year: number, month: number, day: number, precision: DatePrecision): ParsedDate | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!isCalendarDate(year, month, day)) return null;
  return { date: formatIsoDate({ year, month, day }), precision };
}

/** Reads a date written as text; null when the text is not one of the accepted forms. */
export function parseDateText(text: string): ParsedDate | null {
  const t = text.normalize('NFKC').trim();
  for (const { re, precision } of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = precision === 'day' ? Number(m[3]) : 1;
    return build(year, month, day, precision);
  }
  return null;
}

/** The calendar date of a JS Date, read in UTC (how exceljs represents Excel dates). */
export function dateToIso(d: Date): IsoDate | null {
  if (Number.isNaN(d.getTime())) return null;
  const year = d.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return formatIsoDate({ year, month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system, allowing for its fictitious 1900-02-29 (serial 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel serial day number (1900 system) as a date; fractions (times of day) are dropped. */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 61) return null;
  return dateToIso(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY));
}

/** The Excel serial day number of a JS Date (inverse of exceljs's conversion). */
export function dateToExcelSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

/** An ISO date as a JS Date at UTC midnight (what exceljs writes as that calendar day). */
export function isoToUtcDate(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** 'yyyyMM' (month) or 'yyyyMMdd' (day) as the appointment-form software writes dates. */
export function formatCompactDate(iso: IsoDate, precision: DatePrecision): string {
  const digits = iso.replaceAll('-', '');
  return precision === 'month' ? digits.slice(0, 6) : digits;
}

/** 'yyyy.MM' as dates are written in résumé lines. */
export function formatDottedMonth(iso: IsoDate): string {
  return `${iso.slice(0, 4)}.${iso.slice(5, 7)}`;
}
