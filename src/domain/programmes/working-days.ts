// Working days (工作日) and calendar months, without the clock and without time zones.
//
// A working day is Monday–Friday, except the official holidays, plus the weekend days the
// State Council turns into working days around holidays (调休上班). The calendar is data
// passed in; DEFAULT_HOLIDAY_CALENDAR holds 2025–2027 as below and can be replaced (e.g. by
// the administrator's copy in the database) without touching the code.
//
// Public notice (公示期): "公示期不少于 5 个工作日". The reading chosen here is the one most
// notices print ("公示时间：6 月 1 日至 6 月 7 日（5 个工作日）" for a notice published on
// Thursday 1 June): the day of publication counts as the first day when it is a working day;
// published on a rest day, the period starts on the next working day. The period ends on the
// fifth working day, inclusive; the notice is over from the following day on.
//
// Month terms: a term of n months from `start` ends the day before the same day n months
// later ("两年" from 2012-07-01 ends 2014-06-30). When that day does not exist (31 → April)
// the anniversary rolls to the 1st of the next month, so the term still covers the short
// month in full (1 month from 31 January ends on the last day of February) — the rule
// registry/iso-date addYears uses for 29 February.

import { addDays, daysInMonth, formatIsoDate, parseIsoDate, toDayNumber } from '../registry/iso-date.js';
import type { IsoDate } from '../registry/types.js';

export interface HolidayCalendar {
  /** Days off (weekend days in a holiday may be listed too; they change nothing). */
  readonly holidays: readonly IsoDate[];
  /** Saturdays and Sundays that are working days (调休上班). */
  readonly makeUpWorkdays: readonly IsoDate[];
}

export interface HolidayPeriod {
  readonly name: string;
  /** First and last day off, inclusive. */
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface HolidayYear {
  readonly year: number;
  /** True when the State Council has not published the year yet and the data are an estimate. */
  readonly provisional: boolean;
  readonly source: string;
  readonly periods: readonly HolidayPeriod[];
  readonly makeUpWorkdays: readonly IsoDate[];
}

/**
 * Official holiday arrangements. 2025 and 2026 are the State Council notices; 2027 is an
 * ESTIMATE from the 2024 rules (春节 8 days from 除夕, 劳动节 5, 国庆 7, the others 3 or — on
 * a Wednesday — the day itself) with the lunar dates, and lists no make-up working days
 * because those are unknown until the notice (usually published in November of the year
 * before). Replace the 2027 entry when it is published.
 */
export const CHINA_HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2025,
    provisional: false,
    source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    periods: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
      { name: '春节', from: '2025-01-28', to: '2025-02-04' },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    provisional: false,
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
    periods: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-23' },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  {
    year: 2027,
    provisional: true,
    source: '估算：按2024年修订的放假调休原则和农历日期推算，调休上班日待国务院办公厅通知公布后补充',
    periods: [
      { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
      { name: '春节', from: '2027-02-05', to: '2027-02-12' },
      { name: '清明节', from: '2027-04-03', to: '2027-04-05' },
      { name: '劳动节', from: '2027-05-01', to: '2027-05-05' },
      { name: '端午节', from: '2027-06-09', to: '2027-06-09' },
      { name: '中秋节', from: '2027-09-15', to: '2027-09-15' },
      { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
    ],
    makeUpWorkdays: [],
  },
];

/** Flattens holiday years into a calendar. */
export function calendarFromYears(years: readonly HolidayYear[]): HolidayCalendar {
  const holidays: IsoDate[] = [];
  const makeUpWorkdays: IsoDate[] = [];
  for (const y of years) {
    for (const p of y.periods) {
      for (let d = p.from; d <= p.to; d = addDays(d, 1)) holidays.push(d);
    }
    makeUpWorkdays.push(...y.makeUpWorkdays);
  }
  return { holidays, makeUpWorkdays };
}

/** The default: China's official arrangements 2025–2027 (2027 provisional, see above). */
export const DEFAULT_HOLIDAY_CALENDAR: HolidayCalendar = calendarFromYears(CHINA_HOLIDAY_YEARS);

/** Monday–Friday with no holidays, for tests and for places with their own calendar. */
export const WEEKDAYS_ONLY: HolidayCalendar = { holidays: [], makeUpWorkdays: [] };

export const DEFAULT_NOTICE_WORKING_DAYS = 5;

interface CompiledCalendar {
  holidays: ReadonlySet<number>;
  workdays: ReadonlySet<number>;
}

// Calendars are plain data; the compiled sets are cached per calendar object.
const compiled = new WeakMap<HolidayCalendar, CompiledCalendar>();

function compile(calendar: HolidayCalendar): CompiledCalendar {
  let c = compiled.get(calendar);
  if (!c) {
    c = {
      holidays: new Set(calendar.holidays.map(toDayNumber)),
      workdays: new Set(calendar.makeUpWorkdays.map(toDayNumber)),
    };
    compiled.set(calendar, c);
  }
  return c;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

function isWorkingDayNumber(n: number, c: CompiledCalendar): boolean {
  if (c.workdays.has(n)) return true;
  if (c.holidays.has(n)) return false;
  const dow = (((n + 4) % 7) + 7) % 7;
  return dow !== 0 && dow !== 6;
}

export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): boolean {
  return isWorkingDayNumber(toDayNumber(date), compile(calendar));
}

/**
 * The date `n` working days after `date` (before it when n < 0), not counting `date` itself.
 * n = 0 returns `date` unchanged.
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer, got ${n}`);
  const c = compile(calendar);
  const step = n < 0 ? -1 : 1;
  let day = toDayNumber(date);
  let left = Math.abs(n);
  while (left > 0) {
    day += step;
    if (isWorkingDayNumber(day, c)) left -= 1;
  }
  return addDays(date, day - toDayNumber(date));
}

/** `date` when it is a working day, else the next working day. */
export function nextWorkingDayOnOrAfter(date: IsoDate, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): IsoDate {
  return isWorkingDay(date, calendar) ? date : addWorkingDays(date, 1, calendar);
}

/** Working days from `from` to `to`, both included (0 when to < from). */
export function countWorkingDays(from: IsoDate, to: IsoDate, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): number {
  const c = compile(calendar);
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  let count = 0;
  for (let d = a; d <= b; d++) if (isWorkingDayNumber(d, c)) count += 1;
  return count;
}

export interface NoticePeriod {
  readonly start: IsoDate;
  /** Last day of the period, inclusive. */
  readonly end: IsoDate;
  readonly workingDays: number;
}

/**
 * The public-notice period for a notice published on `publishedOn`: starts that day when it
 * is a working day (else the next working day) and ends on the n-th working day, inclusive.
 */
export function noticePeriod(
  publishedOn: IsoDate,
  options: { workingDays?: number; calendar?: HolidayCalendar } = {},
): NoticePeriod {
  const workingDays = options.workingDays ?? DEFAULT_NOTICE_WORKING_DAYS;
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError(`notice period must be ≥ 1 working day, got ${workingDays}`);
  const calendar = options.calendar ?? DEFAULT_HOLIDAY_CALENDAR;
  const start = nextWorkingDayOnOrAfter(publishedOn, calendar);
  return { start, end: addWorkingDays(start, workingDays - 1, calendar), workingDays };
}

/** True from the day after the period's last day. */
export function isNoticeOver(periodEnd: IsoDate, today: IsoDate): boolean {
  return today > periodEnd;
}

/** True on every day of the period, both ends included. */
export function isWithinNotice(period: { readonly start: IsoDate; readonly end: IsoDate }, day: IsoDate): boolean {
  return day >= period.start && day <= period.end;
}

/**
 * The same day of the month `months` later (earlier when negative). When that day does not
 * exist, the 1st of the following month (2025-01-31 + 1 month → 2025-03-01).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`not an ISO calendar date: ${JSON.stringify(date)}`);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (p.day > daysInMonth(year, month)) {
    const nextIndex = index + 1;
    const ny = Math.floor(nextIndex / 12);
    return formatIsoDate({ year: ny, month: nextIndex - ny * 12 + 1, day: 1 });
  }
  return formatIsoDate({ year, month, day: p.day });
}

/** Last day of a term of `months` months starting on `start` (inclusive). */
export function termEndDate(start: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`term must be ≥ 1 month, got ${months}`);
  return addDays(addMonths(start, months), -1);
}

/** The first day of the month after `date` ('2012-08-17' → '2012-09-01'). */
export function firstOfNextMonth(date: IsoDate): IsoDate {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`not an ISO calendar date: ${JSON.stringify(date)}`);
  return p.month === 12 ? formatIsoDate({ year: p.year + 1, month: 1, day: 1 }) : formatIsoDate({ year: p.year, month: p.month + 1, day: 1 });
}
