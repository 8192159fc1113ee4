import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addYears, fromDayNumber, toDayNumber } from './iso-date.js';
import {
  ageAt,
  appointmentLevel,
  appraisalOrder,
  appraisalsAtLeast,
  cumulativeTenure,
  cumulativeYearsInPostKind,
  educationGroupOf,
  educationRank,
  gradeOrder,
  hasCumulativeYears,
  hasEducationAtLeast,
  hasTitleAtLeast,
  hasWorkedAtLevel,
  highestEducation,
  highestTitle,
  lastAppraisals,
  mergeIntervals,
  rankOrder,
  stintsOfPostKind,
  titleOrder,
  withCurrentPost,
  yearsBetween,
  yearsInCurrentPost,
  yearsInCurrentUnit,
  yearsInRank,
  yearsOfProfessionalWork,
} from './derived-facts.js';
import type { AppointmentRecord, AppraisalRecord, EducationRecord, TitleRecord, UnitLevel } from './types.js';

function appt(partial: Partial<AppointmentRecord> & Pick<AppointmentRecord, 'startDate'>): AppointmentRecord {
  return {
    unitId: null,
    unitName: '某单位',
    post: '某职务',
    postKind: 'township_party_secretary',
    rank: null,
    endDate: null,
    ...partial,
  };
}

function edu(mode: EducationRecord['mode'], level: string): EducationRecord {
  return { mode, level, degree: null, school: null, major: null, startDate: null, endDate: null };
}

function title(level: TitleRecord['level'], series: string, obtainedDate: string | null): TitleRecord {
  return { level, series, name: null, obtainedDate };
}

describe('ageAt', () => {
  it.each([
    ['1980-05-17', '2025-05-17', 45], // birthday on the reference date: turned 45
    ['1980-05-17', '2025-05-16', 44], // one day before the birthday
    ['1980-05-17', '2025-05-18', 45],
    ['1980-05-17', '1980-05-17', 0],
    ['1980-12-31', '2025-01-01', 44],
    ['1980-02-29', '2025-02-28', 44], // 29 February: not yet in a common year
    ['1980-02-29', '2025-03-01', 45], // turns on 1 March in a common year
    ['1980-02-29', '2024-02-29', 44], // leap year: turns on the day itself
    ['1980-02-29', '2024-02-28', 43],
    ['1980-03-01', '2024-02-29', 43],
  ])('born %s: on %s the age is %i', (birth, ref, age) => {
    expect(ageAt(birth, ref)).toBe(age);
  });

  it('is negative, not 0, for a reference date before birth', () => {
    expect(ageAt('2000-06-01', '2000-05-31')).toBe(-1);
  });

  it('agrees with addYears: age >= n exactly from the n-th birthday on', () => {
    const day = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 120 }), (birth, n) => {
        const nth = addYears(birth, n);
        expect(ageAt(birth, nth)).toBe(n);
        if (n > 0) expect(ageAt(birth, addDays(nth, -1))).toBe(n - 1);
      }),
    );
  });
});

describe('yearsBetween and years in post, unit and rank', () => {
  it.each([
    ['2018-03-01', '2021-03-01', 3],
    ['2018-03-01', '2021-02-28', 2],
    ['2020-02-29', '2021-02-28', 0],
    ['2020-02-29', '2021-03-01', 1],
  ])('%s → %s is %i full years', (a, b, n) => {
    expect(yearsBetween(a, b)).toBe(n);
  });

  it('reads the declared start dates and gives null when unknown', () => {
    const p = { postStartDate: '2018-07-01', unitStartDate: '2015-01-10', rankStartDate: null };
    expect(yearsInCurrentPost(p, '2025-07-01')).toBe(7); // 7 full years on the anniversary
    expect(yearsInCurrentPost(p, '2025-06-30')).toBe(6);
    expect(yearsInCurrentUnit(p, '2025-07-01')).toBe(10);
    expect(yearsInRank(p, '2025-07-01')).toBeNull();
  });
});

describe('mergeIntervals', () => {
  it('merges overlapping and touching stints and drops empty ones', () => {
    expect(
      mergeIntervals([
        { start: '2020-01-01', end: '2021-01-01' },
        { start: '2019-06-01', end: '2020-03-01' },
        { start: '2021-01-01', end: '2021-06-01' }, // touches
        { start: '2022-01-01', end: '2022-01-01' }, // empty
        { start: '2023-01-01', end: '2023-02-01' },
      ]),
    ).toEqual([
      { start: '2019-06-01', end: '2021-06-01' },
      { start: '2023-01-01', end: '2023-02-01' },
    ]);
  });
});

describe('stintsOfPostKind', () => {
  it('ends an open stint at ref, cuts one running past ref, ignores other kinds and future stints', () => {
    const appointments = [
      appt({ startDate: '2015-01-01', endDate: '2016-01-01', postKind: 'township_head' }),
      appt({ startDate: '2016-01-01', endDate: '2030-01-01' }),
      appt({ startDate: '2024-01-01', endDate: null }),
      appt({ startDate: '2026-01-01', endDate: null }),
    ];
    expect(stintsOfPostKind(appointments, 'township_party_secretary', '2025-01-01')).toEqual([
      { start: '2016-01-01', end: '2025-01-01' },
    ]);
    expect(stintsOfPostKind(appointments, ['township_head', 'township_party_secretary'], '2025-01-01')).toEqual([
      { start: '2015-01-01', end: '2025-01-01' },
    ]);
  });
});

describe('hasCumulativeYears (township Party secretary, 3 years)', () => {
  const kind = 'township_party_secretary';
  const ref = '2025-06-30';

  it.each<[string, AppointmentRecord[], boolean]>([
    [
      'passes with stints adding up to exactly 3 calendar years (2 + 1)',
      [appt({ startDate: '2018-03-01', endDate: '2020-03-01' }), appt({ startDate: '2021-01-01', endDate: '2022-01-01' })],
      true,
    ],
    [
      'fails one day short of 3 years over two stints',
      [appt({ startDate: '2018-03-01', endDate: '2020-03-01' }), appt({ startDate: '2021-01-01', endDate: '2021-12-31' })],
      false,
    ],
    ['passes with one stint of exactly 3 years', [appt({ startDate: '2019-05-20', endDate: '2022-05-20' })], true],
    ['fails with one stint one day short of 3 years', [appt({ startDate: '2019-05-20', endDate: '2022-05-19' })], false],
    [
      'passes with one stint spanning two leap days, 3 years to the day',
      [appt({ startDate: '2019-03-01', endDate: '2022-03-01' })], // 1096 days
      true,
    ],
    [
      'fails with a leap-day-spanning stint one day short (1095 days, which a plain 365×3 rule would pass)',
      [appt({ startDate: '2019-03-01', endDate: '2022-02-28' })],
      false,
    ],
    [
      'does not double-count overlapping stints of the same kind',
      [appt({ startDate: '2020-01-01', endDate: '2022-01-01' }), appt({ startDate: '2021-01-01', endDate: '2022-06-01' })],
      false,
    ],
    [
      'counts an open stint up to ref: 3 years on the anniversary',
      [appt({ startDate: '2022-06-30', endDate: null })],
      true,
    ],
    ['an open stint one day short at ref fails', [appt({ startDate: '2022-07-01', endDate: null })], false],
    [
      'pools left-over days: 2 years + 200 + 166 days = 3 years',
      [
        appt({ startDate: '2015-01-01', endDate: '2017-01-01' }),
        appt({ startDate: '2018-01-01', endDate: addDays('2018-01-01', 200) }),
        appt({ startDate: '2020-01-01', endDate: addDays('2020-01-01', 166) }),
      ],
      true,
    ],
    [
      'pooled left-over days need 366: 2 years + 200 + 165 days is not 3 years',
      [
        appt({ startDate: '2015-01-01', endDate: '2017-01-01' }),
        appt({ startDate: '2018-01-01', endDate: addDays('2018-01-01', 200) }),
        appt({ startDate: '2020-01-01', endDate: addDays('2020-01-01', 165) }),
      ],
      false,
    ],
    [
      'ignores stints of other post kinds',
      [appt({ startDate: '2015-01-01', endDate: '2020-01-01', postKind: 'township_head' })],
      false,
    ],
  ])('%s', (_name, appointments, expected) => {
    expect(hasCumulativeYears(appointments, kind, 3, ref)).toBe(expected);
  });

  it('reports days, whole years and pooled remainder', () => {
    const r = cumulativeYearsInPostKind(
      [appt({ startDate: '2018-03-01', endDate: '2020-03-01' }), appt({ startDate: '2021-01-01', endDate: '2021-12-31' })],
      kind,
      ref,
    );
    expect(r).toMatchObject({ days: 731 + 364, years: 2, remainderDays: 364 });
    expect(r.stints).toHaveLength(2);
  });

  const dayArb = fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);

  it('property: one stint from D to the same date N years later is exactly N years; one day less is N - 1', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 30 }), (d, n) => {
        const end = addYears(d, n);
        expect(cumulativeTenure([{ start: d, end }]).years).toBe(n);
        expect(cumulativeTenure([{ start: d, end: addDays(end, -1) }]).years).toBe(n - 1);
      }),
    );
  });

  it('property: stints that are each whole calendar years add up exactly', () => {
    const stint = fc.tuple(dayArb, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 400 }));
    fc.assert(
      fc.property(fc.array(stint, { minLength: 1, maxLength: 4 }), (parts) => {
        // lay stints out with gaps so none overlap: each starts after the previous one ends
        let cursor = parts[0]![0];
        const intervals = parts.map(([, years, gap]) => {
          const start = addDays(cursor, gap + 1);
          const end = addYears(start, years);
          cursor = end;
          return { start, end };
        });
        const total = parts.reduce((s, [, y]) => s + y, 0);
        const r = cumulativeTenure(intervals);
        expect(r.years).toBe(total);
      }),
    );
  });

  it('property: lengthening any stint by a day never lowers the years', () => {
    const interval = fc
      .tuple(dayArb, fc.integer({ min: 1, max: 1500 }))
      .map(([s, len]) => ({ start: s, end: addDays(s, len) }));
    fc.assert(
      fc.property(fc.array(interval, { minLength: 1, maxLength: 5 }), fc.nat(), (intervals, pick) => {
        const i = pick % intervals.length;
        const longer = intervals.map((x, j) => (j === i ? { start: x.start, end: addDays(x.end, 1) } : x));
        expect(cumulativeTenure(longer).years).toBeGreaterThanOrEqual(cumulativeTenure(intervals).years);
      }),
    );
  });

  it('property: never credits more whole years than the days hold at 365 a year', () => {
    const interval = fc
      .tuple(dayArb, fc.integer({ min: 1, max: 2000 }))
      .map(([s, len]) => ({ start: s, end: addDays(s, len) }));
    fc.assert(
      fc.property(fc.array(interval, { minLength: 1, maxLength: 5 }), (intervals) => {
        const r = cumulativeTenure(intervals);
        expect(r.years).toBeLessThanOrEqual(Math.floor(r.days / 365));
      }),
    );
  });
});

describe('withCurrentPost', () => {
  const history = [appt({ startDate: '2016-01-01', endDate: '2018-01-01' })];
  const current = { unitId: 7, post: '乡党委书记', postKind: 'township_party_secretary', rank: '141', postStartDate: '2019-06-01' };

  it('adds the current post as an open appointment so it counts towards tenure', () => {
    const all = withCurrentPost({ appointments: history, ...current });
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ unitId: 7, postKind: 'township_party_secretary', startDate: '2019-06-01', endDate: null });
    expect(hasCumulativeYears(history, 'township_party_secretary', 3, '2022-06-01')).toBe(false);
    expect(hasCumulativeYears(all, 'township_party_secretary', 3, '2022-06-01')).toBe(true);
  });

  it('does not double-count a current post already in the history', () => {
    const kept = [...history, appt({ startDate: '2019-06-01', endDate: null })];
    const all = withCurrentPost({ appointments: kept, ...current });
    expect(cumulativeYearsInPostKind(all, 'township_party_secretary', '2022-06-01').days).toBe(
      cumulativeYearsInPostKind(kept, 'township_party_secretary', '2022-06-01').days,
    );
  });

  it('adds nothing when the post kind or start date is unknown', () => {
    expect(withCurrentPost({ appointments: history, ...current, postStartDate: null })).toEqual(history);
    expect(withCurrentPost({ appointments: history, ...current, postKind: null })).toEqual(history);
  });
});

describe('hasWorkedAtLevel', () => {
  const levels = new Map<number, UnitLevel>([
    [1, 'county'],
    [2, 'township'],
    [3, 'prefecture'],
    [4, 'village'],
  ]);
  const unitLevelOf = (id: number): UnitLevel | undefined => levels.get(id);

  it.each<[string, Partial<AppointmentRecord>, UnitLevel | undefined]>([
    ['a known unit decides, whatever the post kind', { unitId: 1, postKind: 'township_head', rank: '141' }, 'county'],
    ['unit in a township', { unitId: 2, postKind: 'staff' }, 'township'],
    ['unknown unit falls back on post kind', { unitId: 99, postKind: 'township_head', rank: null }, 'township'],
    ['no unit: county_* post kind', { postKind: 'county_team_deputy', rank: '141' }, 'county'],
    ['no unit: village_* post kind is village, not township', { postKind: 'village_first_secretary' }, 'village'],
    ['no unit, non-level post kind: rank 141 → township', { postKind: 'department_head', rank: '141' }, 'township'],
    ['no unit, no post kind: rank 142 → township', { postKind: null, rank: '142' }, 'township'],
    ['no unit, no post kind: rank 131 → county', { postKind: null, rank: '131' }, 'county'],
    ['no unit, no post kind: rank 132 → county', { postKind: null, rank: '132' }, 'county'],
    ['rank 122 tells nothing', { postKind: null, rank: '122' }, undefined],
    ['nothing known', { postKind: 'staff', rank: null }, undefined],
  ])('%s', (_name, partial, expected) => {
    expect(appointmentLevel(appt({ startDate: '2010-01-01', ...partial }), unitLevelOf)).toBe(expected);
  });

  it('has worked at county and township level when appointments show both', () => {
    const history = [
      appt({ startDate: '2008-01-01', unitId: 2, postKind: 'staff' }),
      appt({ startDate: '2012-01-01', unitId: null, postKind: null, rank: '132' }),
    ];
    expect(hasWorkedAtLevel(history, 'township', unitLevelOf)).toBe(true);
    expect(hasWorkedAtLevel(history, 'county', unitLevelOf)).toBe(true);
  });

  it('village or prefecture work does not count as township or county work', () => {
    const history = [appt({ startDate: '2008-01-01', unitId: 4, postKind: 'staff' }), appt({ startDate: '2012-01-01', unitId: 3, postKind: 'staff' })];
    expect(hasWorkedAtLevel(history, 'township', unitLevelOf)).toBe(false);
    expect(hasWorkedAtLevel(history, 'county', unitLevelOf)).toBe(false);
  });
});

describe('appraisals', () => {
  const records: AppraisalRecord[] = [
    { year: 2024, grade: 'excellent' },
    { year: 2023, grade: 'competent' },
    { year: 2021, grade: 'basically_competent' },
    { year: 2025, grade: 'incompetent' }, // the reference year itself: not looked at
  ];

  it('lists the n years before refYear, newest first, with missing years', () => {
    expect(lastAppraisals(records, 4, 2025)).toEqual([
      { year: 2024, grade: 'excellent' },
      { year: 2023, grade: 'competent' },
      { year: 2022, grade: 'missing' },
      { year: 2021, grade: 'basically_competent' },
    ]);
    expect(lastAppraisals(records, 0, 2025)).toEqual([]);
  });

  it('takes the lower grade when a year is recorded twice', () => {
    expect(
      lastAppraisals(
        [
          { year: 2024, grade: 'excellent' },
          { year: 2024, grade: 'basically_competent' },
        ],
        1,
        2025,
      ),
    ).toEqual([{ year: 2024, grade: 'basically_competent' }]);
  });

  it.each<[string, AppraisalRecord[], boolean, Array<{ year: number; grade: string }>]>([
    [
      'passes with competent or better in each of the last 3 years (competent itself passes)',
      [
        { year: 2024, grade: 'competent' },
        { year: 2023, grade: 'excellent' },
        { year: 2022, grade: 'competent' },
      ],
      true,
      [],
    ],
    [
      'fails on a missing year',
      [
        { year: 2024, grade: 'competent' },
        { year: 2022, grade: 'competent' },
      ],
      false,
      [{ year: 2023, grade: 'missing' }],
    ],
    [
      'fails on a basically-competent year and ignores years before the window',
      [
        { year: 2024, grade: 'basically_competent' },
        { year: 2023, grade: 'excellent' },
        { year: 2022, grade: 'competent' },
        { year: 2021, grade: 'incompetent' },
      ],
      false,
      [{ year: 2024, grade: 'basically_competent' }],
    ],
  ])('appraisalsAtLeast competent, 3 years before 2025: %s', (_name, recs, ok, failures) => {
    expect(appraisalsAtLeast(recs, 3, 2025, 'competent')).toEqual({ ok, failures });
  });

  it('orders grades excellent > competent > basically_competent > incompetent', () => {
    expect(appraisalOrder('excellent')).toBeGreaterThan(appraisalOrder('competent'));
    expect(appraisalOrder('competent')).toBeGreaterThan(appraisalOrder('basically_competent'));
    expect(appraisalOrder('basically_competent')).toBeGreaterThan(appraisalOrder('incompetent'));
  });
});

describe('education', () => {
  it.each([
    ['11', '10'],
    ['14', '10'],
    ['17', '10'],
    ['10', '10'],
    ['21', '20'],
    ['22', null], // 本科结业: not attained
    ['23', null], // 本科肄业
    ['28', '28'],
    ['31', '30'],
    ['33', null],
    ['41', '40'],
    ['44', '40'],
    ['47', '40'],
    ['60', '60'],
    ['90', '90'],
    ['99', null],
  ])('code %s attains group %s', (code, group) => {
    expect(educationGroupOf(code)).toBe(group);
  });

  it('ranks groups in GB/T 4658 order, 结业/肄业 at 0', () => {
    const ranks = ['11', '21', '28', '31', '41', '60', '70', '80', '90'].map(educationRank);
    expect(ranks).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(educationRank('22')).toBe(0);
    expect(educationRank('xx')).toBe(0);
  });

  const inServiceBachelor = [edu('fulltime', '31'), edu('inservice', '21')];

  it.each<[string, EducationRecord[], 'fulltime' | 'any', string | null]>([
    ['in-service bachelor is the highest of any mode', inServiceBachelor, 'any', '20'],
    ['but the highest full-time is 专科', inServiceBachelor, 'fulltime', '30'],
    ['在职 master over full-time bachelor', [edu('fulltime', '21'), edu('inservice', '14')], 'any', '10'],
    ['本科结业 counts for nothing; 专科毕业 stands', [edu('fulltime', '31'), edu('fulltime', '22')], 'fulltime', '30'],
    ['only 结业 records: null', [edu('fulltime', '22')], 'any', null],
    ['no records: null', [], 'any', null],
    ['普通班 above 专科', [edu('fulltime', '28'), edu('fulltime', '31')], 'fulltime', '28'],
  ])('highestEducation: %s', (_name, records, mode, expected) => {
    expect(highestEducation(records, mode)).toBe(expected);
  });

  it.each<[string, EducationRecord[], '10' | '20' | '30', 'fulltime' | 'any', boolean]>([
    ['full-time bachelor meets full-time bachelor', [edu('fulltime', '21')], '20', 'fulltime', true],
    ['in-service bachelor does not meet full-time bachelor', inServiceBachelor, '20', 'fulltime', false],
    ['in-service bachelor meets bachelor of any mode', inServiceBachelor, '20', 'any', true],
    ['full-time master meets full-time bachelor', [edu('fulltime', '14')], '20', 'fulltime', true],
    ['本科结业 does not meet bachelor', [edu('fulltime', '22')], '20', 'any', false],
    ['本科毕业 meets bachelor', [edu('fulltime', '21')], '20', 'any', true],
    ['专科 meets 大学以上 (专科 counts)', [edu('fulltime', '31')], '30', 'any', true],
    ['普通班 meets 专科 but not bachelor', [edu('fulltime', '28')], '30', 'any', true],
    ['普通班 does not meet bachelor', [edu('fulltime', '28')], '20', 'any', false],
    ['中专 does not meet 大学以上', [edu('fulltime', '41')], '30', 'any', false],
    ['研究生班毕业 meets graduate level', [edu('inservice', '17')], '10', 'any', true],
  ])('hasEducationAtLeast: %s', (_name, records, level, mode, expected) => {
    expect(hasEducationAtLeast(records, level, mode)).toBe(expected);
  });
});

describe('titles', () => {
  it('orders senior > associate > intermediate > junior', () => {
    expect([titleOrder('senior'), titleOrder('associate'), titleOrder('intermediate'), titleOrder('junior')]).toEqual([4, 3, 2, 1]);
  });

  it('picks the highest level, ties to the earliest obtained, undated last', () => {
    const a = title('intermediate', 'teacher', '2015-09-01');
    const b = title('associate', 'engineer', null);
    const c = title('associate', 'economist', '2019-01-01');
    const d = title('associate', 'doctor', '2018-01-01');
    expect(highestTitle([a, b, c, d])).toBe(d);
    expect(highestTitle([a, b])).toBe(b);
    expect(highestTitle([])).toBeNull();
  });

  it.each<[string, TitleRecord[], boolean]>([
    ['intermediate meets intermediate', [title('intermediate', 'teacher', null)], true],
    ['senior meets intermediate', [title('senior', 'doctor', null)], true],
    ['junior does not', [title('junior', 'doctor', null)], false],
    ['none does not', [], false],
  ])('hasTitleAtLeast intermediate: %s', (_name, titles, expected) => {
    expect(hasTitleAtLeast(titles, 'intermediate')).toBe(expected);
  });

  it.each<[string, 'professional' | 'party_government', string | null, TitleRecord[], number | null]>([
    ['professional: from work start', 'professional', '2015-08-01', [title('intermediate', 'doctor', '2020-01-01')], 10],
    ['professional: 3 years on the anniversary', 'professional', '2022-08-01', [], 3],
    ['professional: one day short of 3', 'professional', '2022-08-02', [], 2],
    ['professional, work start unknown: from earliest title', 'professional', null, [title('junior', 'doctor', '2019-08-01'), title('intermediate', 'doctor', '2023-01-01')], 6],
    ['cadre: from earliest title, not work start', 'party_government', '2005-08-01', [title('intermediate', 'engineer', '2021-08-01')], 4],
    ['cadre without title: null', 'party_government', '2005-08-01', [], null],
  ])('yearsOfProfessionalWork on 2025-08-01: %s', (_name, category, workStartDate, titles, expected) => {
    expect(yearsOfProfessionalWork({ category, workStartDate, titles }, '2025-08-01')).toBe(expected);
  });
});

describe('rank and grade order', () => {
  it('orders ranks 111 highest … 160 lowest, 199 below all, unknown null', () => {
    const codes = ['111', '112', '121', '122', '131', '132', '141', '142', '150', '160', '199'];
    const orders = codes.map(rankOrder);
    expect(orders).toEqual([...orders].sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect(new Set(orders).size).toBe(codes.length);
    expect(rankOrder('199')).toBe(0);
    expect(rankOrder('141')! >= rankOrder('142')!).toBe(true);
    expect(rankOrder(null)).toBeNull();
    expect(rankOrder('140')).toBeNull();
  });

  it('orders grades G01 highest … G12 lowest, unknown null', () => {
    expect(gradeOrder('G01')).toBe(12);
    expect(gradeOrder('G12')).toBe(1);
    expect(gradeOrder('G06')! > gradeOrder('G07')!).toBe(true);
    expect(gradeOrder('G13')).toBeNull();
    expect(gradeOrder(null)).toBeNull();
  });
});
