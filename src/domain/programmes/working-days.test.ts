import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../registry/iso-date.js';
import {
  addMonths,
  addWorkingDays,
  CHINA_HOLIDAY_YEARS,
  countWorkingDays,
  dayOfWeek,
  DEFAULT_HOLIDAY_CALENDAR,
  firstOfNextMonth,
  isNoticeOver,
  isWithinNotice,
  isWorkingDay,
  noticePeriod,
  termEndDate,
  WEEKDAYS_ONLY,
} from './working-days.js';

describe('isWorkingDay with the official calendar', () => {
  it.each([
    ['2025-09-26', true, 'a Friday before National Day'],
    ['2025-09-28', true, 'Sunday made a working day (调休上班)'],
    ['2025-10-01', false, 'National Day'],
    ['2025-10-06', false, 'Mid-Autumn inside the 8-day break'],
    ['2025-10-08', false, 'last day of the 2025 break (a Wednesday)'],
    ['2025-10-09', true, 'first working day after the break'],
    ['2025-10-11', true, 'Saturday made a working day'],
    ['2025-10-12', false, 'an ordinary Sunday'],
    ['2026-02-14', true, 'Saturday before the Spring Festival, a working day'],
    ['2026-02-23', false, 'Monday, last day of the 2026 Spring Festival'],
    ['2026-02-24', true, 'back to work'],
    ['2026-10-07', false, 'last day of National Day 2026'],
    ['2026-10-10', true, 'Saturday made a working day in 2026'],
    ['2026-03-07', false, 'an ordinary Saturday'],
    ['2026-03-09', true, 'an ordinary Monday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('treats every weekday as working without a holiday calendar', () => {
    expect(isWorkingDay('2025-10-01', WEEKDAYS_ONLY)).toBe(true);
    expect(isWorkingDay('2025-09-28', WEEKDAYS_ONLY)).toBe(false);
  });

  it('knows the day of the week', () => {
    expect(['1970-01-01', '2025-10-01', '2026-02-17'].map(dayOfWeek)).toEqual([4, 3, 2]);
  });
});

describe('the holiday table', () => {
  it('lists make-up working days on weekends only', () => {
    for (const y of CHINA_HOLIDAY_YEARS) for (const d of y.makeUpWorkdays) expect([0, 6], d).toContain(dayOfWeek(d));
  });

  it('keeps each year inside its year, periods in order', () => {
    for (const y of CHINA_HOLIDAY_YEARS) {
      for (const p of y.periods) {
        expect(p.from.slice(0, 4)).toBe(String(y.year));
        expect(p.to >= p.from).toBe(true);
      }
    }
  });

  it('marks only 2027 as provisional', () => {
    expect(CHINA_HOLIDAY_YEARS.map((y) => [y.year, y.provisional])).toEqual([
      [2025, false],
      [2026, false],
      [2027, true],
    ]);
  });

  it('gives the 2025 National Day break 8 days and the 2026 Spring Festival 9', () => {
    expect(countWorkingDays('2025-10-01', '2025-10-08')).toBe(0);
    const y2026 = CHINA_HOLIDAY_YEARS.find((y) => y.year === 2026);
    const spring = y2026?.periods.find((p) => p.name === '春节');
    expect(spring).toEqual({ name: '春节', from: '2026-02-15', to: '2026-02-23' });
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2025-09-30', 1, '2025-10-09', 'over the National Day week'],
    ['2025-10-09', -1, '2025-09-30', 'backwards over the week'],
    ['2025-09-26', 1, '2025-09-28', 'onto a make-up Sunday'],
    ['2026-02-13', 1, '2026-02-14', 'onto the make-up Saturday'],
    ['2026-02-14', 1, '2026-02-24', 'over the Spring Festival'],
    ['2026-03-06', 5, '2026-03-13', 'an ordinary week'],
    ['2026-03-07', 0, '2026-03-07', 'zero returns the day itself, working or not'],
  ])('%s %+d → %s (%s)', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it('refuses a fractional number of days', () => {
    expect(() => addWorkingDays('2026-03-06', 1.5)).toThrow(RangeError);
  });

  const days = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2025-01-01', n));
  const counts = fc.integer({ min: 1, max: 60 });

  it('agrees with countWorkingDays: n working days after d span exactly n working days', () => {
    fc.assert(
      fc.property(days, counts, (d, n) => {
        const end = addWorkingDays(d, n);
        return countWorkingDays(addDays(d, 1), end) === n && isWorkingDay(end);
      }),
    );
  });

  it('comes back to a working day when going forth and back', () => {
    fc.assert(
      fc.property(days, counts, (d, n) => {
        const w = isWorkingDay(d) ? d : addWorkingDays(d, 1);
        return addWorkingDays(addWorkingDays(w, n), -n) === w;
      }),
    );
  });
});

describe('countWorkingDays', () => {
  it('counts both ends, skipping the break and counting the make-up Saturday', () => {
    expect(countWorkingDays('2025-10-01', '2025-10-12')).toBe(3); // 9, 10, 11 October
  });

  it('is 0 for an empty range', () => {
    expect(countWorkingDays('2025-10-10', '2025-10-09')).toBe(0);
  });
});

describe('noticePeriod (公示期 5 个工作日, publication day counted when it is a working day)', () => {
  it.each([
    ['2023-06-01', WEEKDAYS_ONLY, '2023-06-01', '2023-06-07', 'Thursday to Wednesday in an ordinary week'],
    ['2026-06-04', DEFAULT_HOLIDAY_CALENDAR, '2026-06-04', '2026-06-10', 'an ordinary week in 2026'],
    ['2025-09-26', DEFAULT_HOLIDAY_CALENDAR, '2025-09-26', '2025-10-09', 'published the Friday before National Day: 26, 28 (Sun), 29, 30 Sep, 9 Oct'],
    ['2025-09-27', DEFAULT_HOLIDAY_CALENDAR, '2025-09-28', '2025-10-10', 'published on a rest Saturday: starts on the make-up Sunday'],
    ['2025-10-01', DEFAULT_HOLIDAY_CALENDAR, '2025-10-09', '2025-10-14', 'published during the break: 9, 10, 11 (Sat), 13, 14 Oct'],
    ['2026-09-30', DEFAULT_HOLIDAY_CALENDAR, '2026-09-30', '2026-10-12', 'published the day before National Day 2026'],
  ])('published %s → %s … %s (%s)', (published, calendar, start, end) => {
    expect(noticePeriod(published, { calendar })).toEqual({ start, end, workingDays: 5 });
  });

  it('takes another length when asked', () => {
    expect(noticePeriod('2026-06-04', { workingDays: 7 }).end).toBe('2026-06-12');
  });

  it('refuses a period shorter than one working day', () => {
    expect(() => noticePeriod('2026-06-04', { workingDays: 0 })).toThrow(RangeError);
  });

  it('is over only from the day after the last day', () => {
    expect(isNoticeOver('2025-10-09', '2025-10-09')).toBe(false);
    expect(isNoticeOver('2025-10-09', '2025-10-10')).toBe(true);
    expect(isWithinNotice({ start: '2025-09-26', end: '2025-10-09' }, '2025-10-09')).toBe(true);
    expect(isWithinNotice({ start: '2025-09-26', end: '2025-10-09' }, '2025-09-25')).toBe(false);
  });
});

describe('month terms', () => {
  it.each([
    ['2012-07-01', 24, '2014-07-01'],
    ['2025-01-31', 1, '2025-03-01'], // 31 February does not exist: the 1st of March
    ['2024-01-31', 1, '2024-03-01'],
    ['2024-02-29', 12, '2025-03-01'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2026-03-15', -3, '2025-12-15'],
  ])('addMonths(%s, %d) = %s', (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });

  it.each([
    ['2012-07-01', 24, '2014-06-30', 'two years'],
    ['2016-09-05', 24, '2018-09-04', 'two years from a departure day'],
    ['2025-01-31', 1, '2025-02-28', 'one month from 31 January covers February'],
    ['2013-07-01', 12, '2014-06-30', 'one year'],
  ])('a %2$d-month term from %1$s ends on %3$s (%4$s)', (start, months, end) => {
    expect(termEndDate(start, months)).toBe(end);
  });

  it('refuses a term of no months', () => {
    expect(() => termEndDate('2025-01-01', 0)).toThrow(RangeError);
  });

  it('finds the first day of the next month across a year end', () => {
    expect(firstOfNextMonth('2025-12-05')).toBe('2026-01-01');
    expect(firstOfNextMonth('2012-08-17')).toBe('2012-09-01');
  });
});
