import { beforeAll, describe, expect, it } from 'vitest';
import { computeCheckChar, parseIdNumber } from '../registry/id-number.js';
import { addYears, durationDays, toDayNumber } from '../registry/iso-date.js';
import { UNIT_KINDS, UNIT_LEVELS, type IsoDate, type PersonRecord, type Unit } from '../registry/types.js';
import { CODE_TABLES } from '../codes/tables.js';
import { ageOn, daysFromIso } from './dates.js';
import { allot, generateDemo, pickDemoAccountsHints, type DemoResult } from './generate.js';
import { ECOSYSTEM_ALTITUDES, OUT_OF_PROVINCE_BIRTHPLACES, SICHUAN_COUNTIES, TIBETAN_AREA_COUNTY_CODES } from './geography.js';
import { SPECIALITIES } from './person-data.js';

const TODAY = '2025-06-30';
const codes = (table: keyof typeof CODE_TABLES): Set<string> => new Set(CODE_TABLES[table].map((i) => i.code));

/** Collects rule breaks over many records; one expect at the end keeps the tests fast. */
function problems(): { check: (ok: boolean, what: string) => void; list: string[] } {
  const list: string[] = [];
  return {
    list,
    check: (ok, what) => {
      if (!ok && list.length < 20) list.push(what);
    },
  };
}

let demo: DemoResult;
let unitById: Map<number, Unit>;

beforeAll(() => {
  demo = generateDemo({ people: 20000, seed: 2025, today: TODAY });
  unitById = new Map(demo.units.map((u) => [u.id, u]));
});

describe('generateDemo: determinism', () => {
  it('gives identical output for the same seed and different people for another seed', () => {
    const a = generateDemo({ people: 1500, seed: 7, today: TODAY });
    const b = generateDemo({ people: 1500, seed: 7, today: TODAY });
    const c = generateDemo({ people: 1500, seed: 8, today: TODAY });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c.people)).not.toBe(JSON.stringify(a.people));
    // Seeds change people, not places.
    expect(JSON.stringify(c.units)).toBe(JSON.stringify(a.units));
  });

  it('generates exactly the number of people asked for, including none', () => {
    expect(demo.people).toHaveLength(20000);
    expect(generateDemo({ people: 0, seed: 1, today: TODAY }).people).toHaveLength(0);
    expect(generateDemo({ people: 37, seed: 1, today: TODAY }).people).toHaveLength(37);
  });

  it('rejects a bad people count or date', () => {
    expect(() => generateDemo({ people: -1, seed: 1, today: TODAY })).toThrow(RangeError);
    expect(() => generateDemo({ people: 10, seed: 1, today: '2025-02-30' })).toThrow();
  });

  it('allots by largest remainder', () => {
    expect(allot([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(allot([0, 2, 1], 3)).toEqual([0, 2, 1]);
    expect(allot([1, 2], 0)).toEqual([0, 0]);
  });
});

describe('generateDemo: units', () => {
  it('numbers units 1..N with parents before children, at version 1', () => {
    demo.units.forEach((u, i) => {
      expect(u.id).toBe(i + 1);
      expect(u.version).toBe(1);
      if (u.parentId !== null) expect(u.parentId).toBeLessThan(u.id);
      expect(UNIT_KINDS).toContain(u.kind);
      expect(UNIT_LEVELS).toContain(u.level);
      expect(u.divisionCode).toMatch(/^\d{6}$/);
    });
    expect(demo.units.filter((u) => u.parentId === null)).toHaveLength(1);
  });

  it('has the province, 21 prefectures, 183 counties and their Party committees', () => {
    const byKind = (k: Unit['kind']): Unit[] => demo.units.filter((u) => u.kind === k);
    expect(byKind('province')).toHaveLength(1);
    expect(byKind('prefecture')).toHaveLength(21);
    expect(byKind('county')).toHaveLength(183);
    expect(demo.units.find((u) => u.name === '中共四川省委组织部')?.parentId).toBe(1);
    expect(demo.units.find((u) => u.name === '中共理塘县委')?.leadershipSeats).toBeGreaterThanOrEqual(11);
    for (const kind of ['soe', 'college', 'central_unit', 'industrial_park', 'school', 'hospital', 'township', 'village'] as const) {
      expect(byKind(kind).length).toBeGreaterThan(0);
    }
    for (const park of ['成阿工业园区', '成甘工业园区', '成凉工业园区']) expect(demo.units.some((u) => u.name === park)).toBe(true);
  });

  it('has all 32 Tibetan-area counties with the ECOSYSTEM codes and altitudes, flagged with their sub-units', () => {
    for (const code of TIBETAN_AREA_COUNTY_CODES) {
      const county = demo.units.find((u) => u.kind === 'county' && u.divisionCode === code);
      expect(county, code).toBeDefined();
      expect(county?.isTibetanArea).toBe(true);
      const given = ECOSYSTEM_ALTITUDES[code];
      if (given !== undefined) expect(county?.altitude).toBe(given);
      const children = demo.units.filter((u) => u.parentId === county?.id);
      expect(children.length).toBeGreaterThan(5);
      for (const ch of children) {
        expect(ch.isTibetanArea).toBe(true);
        expect(ch.hardshipClass).toBe(county?.hardshipClass);
      }
    }
    expect(demo.units.find((u) => u.kind === 'prefecture' && u.divisionCode === '513300')?.isTibetanArea).toBe(true);
    expect(demo.units.find((u) => u.kind === 'prefecture' && u.divisionCode === '513400')?.isTibetanArea).toBe(false);
    const tibetanCounties = demo.units.filter((u) => u.kind === 'county' && u.isTibetanArea);
    expect(tibetanCounties).toHaveLength(32);
  });

  it('gives every county a Party committee, departments, schools, a hospital and 3–8 townships', () => {
    for (const county of demo.units.filter((u) => u.kind === 'county')) {
      const ch = demo.units.filter((u) => u.parentId === county.id);
      expect(ch.filter((u) => u.kind === 'party_committee' && u.name.startsWith('中共'))).toHaveLength(1);
      expect(ch.filter((u) => u.kind === 'school').length).toBeGreaterThanOrEqual(2);
      expect(ch.filter((u) => u.kind === 'hospital')).toHaveLength(1);
      const towns = ch.filter((u) => u.kind === 'township');
      expect(towns.length).toBeGreaterThanOrEqual(3);
      expect(towns.length).toBeLessThanOrEqual(8);
      for (const t of towns) {
        expect(t.leadershipSeats).toBeGreaterThanOrEqual(7);
        expect(t.leadershipSeats).toBeLessThanOrEqual(9);
        expect(t.divisionCode).toBe(county.divisionCode);
      }
    }
  });

  it('returns the pairings with 7+20 and 9+12 covering the 32 counties', () => {
    const seven = new Set(demo.pairings.filter((p) => p.mode === '7+20').flatMap((p) => p.supportedDivisionCodes));
    const nine = new Set(demo.pairings.filter((p) => p.mode === '9+12').flatMap((p) => p.supportedDivisionCodes));
    expect(seven.size).toBe(20);
    expect(nine.size).toBe(12);
    expect(new Set([...seven, ...nine]).size).toBe(32);
  });
});

/** Rule breaks of every person record (empty when all hold); shared by several tests. */
function recordProblems(demo: DemoResult, today: IsoDate): string[] {
  const unitById = new Map(demo.units.map((u) => [u.id, u]));
  const { check, list } = problems();
  const todayDay = toDayNumber(today);
  const year = Number(today.slice(0, 4));
  const seen = new Set<string>();
  const places = new Set([...SICHUAN_COUNTIES.map((c) => c.code), ...OUT_OF_PROVINCE_BIRTHPLACES.map((o) => o.code)]);
  const t = {
    gender: codes('gender'),
    ethnicity: codes('ethnicity'),
    political: codes('political_status'),
    education: codes('education'),
    rank: codes('rank'),
    grade: codes('grade'),
    series: codes('title_series'),
    postKind: codes('post_kind'),
    health: codes('health'),
    pool: codes('pool_tier'),
    relation: codes('relation'),
  };
  const opt = (set: Set<string>, v: string | null): boolean => v === null || set.has(v);
  const ladder = ['150', '142', '141', '132', '131', '122', '121'];
  const specialities = new Set(SPECIALITIES);

  for (const p of demo.people) {
    const who = `${p.name} ${p.idNumber}`;
    // ID number: valid, unique, agreeing with birth date, gender and a real birthplace.
    const id = p.idNumber ?? '';
    const parsed = parseIdNumber(id, { today });
    check(parsed.ok, `invalid ID ${who}`);
    if (parsed.ok) {
      check(parsed.birthDate === p.birthDate && parsed.gender === p.gender, `ID facts ${who}`);
      check(places.has(parsed.divisionCode), `ID place ${who}`);
      check(id.charAt(17) === computeCheckChar(id.slice(0, 17)), `ID check char ${who}`);
    }
    check(!seen.has(id), `duplicate ID ${who}`);
    seen.add(id);

    // Unit: exists and can hold staff; category fits the unit.
    const u = p.unitId === null ? undefined : unitById.get(p.unitId);
    check(u !== undefined && !['province', 'prefecture', 'county'].includes(u.kind), `unit ${who}`);
    if (u?.kind === 'school' || u?.kind === 'hospital') {
      check(p.category === 'professional', `category ${who}`);
      // Titles come a year after starting work.
      if (todayDay - toDayNumber(p.workStartDate ?? today) > 2 * 366) check(p.titles.length > 0, `no title ${who}`);
    }
    if (u?.kind === 'soe') check(p.category === 'enterprise_institution', `category ${who}`);
    if (u?.kind === 'township') check(p.category === 'party_government', `category ${who}`);
    if (p.postKind === 'township_party_secretary') check(u?.kind === 'township', `secretary unit ${who}`);
    if (p.postKind === 'county_party_secretary') check(/^中共.+委$/u.test(u?.name ?? ''), `county secretary unit ${who}`);

    // Codes.
    check(t.gender.has(p.gender) && t.ethnicity.has(p.ethnicity) && t.political.has(p.politicalStatus), `identity codes ${who}`);
    check(opt(t.rank, p.rank) && opt(t.grade, p.grade) && opt(t.postKind, p.postKind), `post codes ${who}`);
    check(opt(t.health, p.health) && opt(t.pool, p.poolTier), `flag codes ${who}`);
    check(p.education.every((e) => t.education.has(e.level)), `education codes ${who}`);
    check(p.titles.every((x) => t.series.has(x.series)), `title codes ${who}`);
    check(p.appointments.every((a) => opt(t.postKind, a.postKind) && opt(t.rank, a.rank)), `appointment codes ${who}`);
    check(p.family.every((f) => t.relation.has(f.relation) && opt(t.political, f.politicalStatus)), `family codes ${who}`);
    check(p.specialities.length >= 1 && p.specialities.length <= 3 && p.specialities.every((x) => specialities.has(x)), `specialities ${who}`);

    // Appointment history: 1–6 stints, contiguous from the work start, ending with the current post.
    const a = p.appointments;
    check(a.length >= 1 && a.length <= 6, `stint count ${who}`);
    check(a[0]?.startDate === p.workStartDate, `first stint ${who}`);
    a.forEach((s, i) => {
      if (i < a.length - 1) {
        check(s.endDate !== null && s.endDate === a[i + 1]?.startDate && s.startDate < s.endDate, `stint order ${who}`);
      } else {
        check(s.endDate === null && s.unitId === p.unitId && s.post === p.post && s.postKind === p.postKind, `current stint ${who}`);
        check(s.startDate === p.postStartDate && s.startDate <= today, `post start ${who}`);
      }
      check(s.unitId === null || unitById.has(s.unitId), `stint unit ${who}`);
    });
    const ranks = a.map((s) => (s.rank === null ? -1 : ladder.indexOf(s.rank)));
    check(ranks.every((r, i) => i === 0 || r >= (ranks[i - 1] ?? -1)), `rank went down ${who}`);
    check(!p.rankStartDate || p.rankStartDate <= (p.postStartDate ?? ''), `rank start ${who}`);
    check(!p.unitStartDate || p.unitStartDate <= (p.postStartDate ?? ''), `unit start ${who}`);

    // Other dates.
    const birth = toDayNumber(p.birthDate);
    const adult = toDayNumber(addYears(p.birthDate, 18));
    const work = toDayNumber(p.workStartDate ?? today);
    check(work >= adult && work <= todayDay, `work start ${who}`);
    if (p.partyJoinDate) check(toDayNumber(p.partyJoinDate) >= adult && toDayNumber(p.partyJoinDate) <= todayDay, `party date ${who}`);
    if (p.politicalStatus === '01' || p.politicalStatus === '02') check(p.partyJoinDate !== null, `party date missing ${who}`);
    for (const e of p.education) {
      check(!!e.startDate && !!e.endDate && e.startDate < e.endDate, `education order ${who}`);
      check(toDayNumber(e.endDate ?? today) <= todayDay && toDayNumber(e.startDate ?? today) > birth, `education dates ${who}`);
    }
    check(p.education.some((e) => e.mode === 'fulltime'), `no full-time education ${who}`);
    check(p.titles.every((x) => toDayNumber(x.obtainedDate ?? today) <= todayDay), `title dates ${who}`);
    check(p.appraisals.every((x) => x.year >= year - 5 && x.year <= year - 1), `appraisal years ${who}`);
    check(p.family.every((f) => !f.birthDate || f.birthDate <= today), `family dates ${who}`);
    const age = ageOn(birth, todayDay);
    check(age >= 22 && age <= 59, `age ${who}`);
  }
  return list;
}

describe('generateDemo: people', () => {
  it('gives every record valid unique ID numbers, real units, table codes, ordered histories and plausible dates', () => {
    expect(recordProblems(demo, TODAY)).toEqual([]);
    expect(new Set(demo.people.map((p) => p.idNumber)).size).toBe(demo.people.length);
  });

  it.each([
    [1, '2024-02-29'],
    [99, '2020-01-01'],
    [123456789, '2031-12-31'],
  ])('holds the same rules for seed %i on %s', (seed, today) => {
    expect(recordProblems(generateDemo({ people: 3000, seed, today }), today)).toEqual([]);
  });

  it('keeps everyone of working age (22–59) with rank rising with age', () => {
    expect(demo.stats.minAge).toBeGreaterThanOrEqual(22);
    expect(demo.stats.maxAge).toBeLessThanOrEqual(59);
    expect(demo.stats.minAge).toBeLessThanOrEqual(23);
    expect(demo.stats.maxAge).toBeGreaterThanOrEqual(58);
    const meanAge = (rank: string): number => {
      const ages = demo.people.filter((p) => p.rank === rank).map((p) => ageOn(daysFromIso(p.birthDate), daysFromIso(TODAY)));
      return ages.reduce((s, a) => s + a, 0) / ages.length;
    };
    expect(meanAge('150')).toBeLessThan(meanAge('142'));
    expect(meanAge('142')).toBeLessThan(meanAge('141'));
    expect(meanAge('141')).toBeLessThan(meanAge('131'));
    expect(meanAge('131')).toBeLessThan(meanAge('121'));
  });

  it('has a rank pyramid: few 正厅, more 处, many 科 and 科员', () => {
    const r = demo.stats.byRank;
    const n = (k: string): number => r[k] ?? 0;
    expect(n('121')).toBeGreaterThan(0);
    expect(n('121')).toBeLessThan(n('122'));
    expect(n('122')).toBeLessThan(n('131'));
    expect(n('131')).toBeLessThan(n('132'));
    expect(n('132')).toBeLessThan(n('141'));
    expect(n('141')).toBeLessThan(n('142') * 1.1);
    expect(n('142')).toBeLessThan(n('150') * 1.1);
  });

  it('has 35–40% women overall and fewer at higher ranks', () => {
    expect(demo.stats.womenShare).toBeGreaterThan(0.33);
    expect(demo.stats.womenShare).toBeLessThan(0.42);
    const share = (ranks: string[]): number => {
      const ps = demo.people.filter((p) => p.rank !== null && ranks.includes(p.rank));
      return ps.filter((p) => p.gender === '2').length / ps.length;
    };
    expect(share(['121', '122', '131'])).toBeLessThan(share(['141', '142']));
    expect(share(['141', '142'])).toBeLessThan(share(['150']));
  });

  it('has mostly Tibetan cadres in 甘孜, Yi in 凉山 Yi counties, Qiang in 茂县, Han elsewhere', () => {
    expect(demo.stats.tibetanShareInGanzi).toBeGreaterThan(0.5);
    const shareIn = (codesPrefix: (code: string) => boolean, ethnicity: string): number => {
      const ps = demo.people.filter((p) => {
        const code = p.unitId === null ? null : unitById.get(p.unitId)?.divisionCode;
        return !!code && codesPrefix(code);
      });
      return ps.filter((p) => p.ethnicity === ethnicity).length / ps.length;
    };
    expect(shareIn((c) => ['513431', '513429', '513436'].includes(c), '07')).toBeGreaterThan(0.5);
    expect(shareIn((c) => c === '513223', '33')).toBeGreaterThan(0.5);
    expect(shareIn((c) => c.startsWith('5101'), '01')).toBeGreaterThan(0.9);
    expect((demo.stats.byEthnicity['01'] ?? 0) / demo.people.length).toBeGreaterThan(0.7);
  });

  it('has township Party secretaries with ≥3 cumulative years, and some right at the boundary', () => {
    const cumulativeDays = (p: PersonRecord): number =>
      p.appointments.filter((s) => s.postKind === 'township_party_secretary').reduce((d, s) => d + durationDays(s.startDate, s.endDate ?? TODAY), 0);
    const threeYears = durationDays(addYears(TODAY, -3), TODAY);
    const withSecretary = demo.people.filter((p) => cumulativeDays(p) > 0);
    expect(withSecretary.filter((p) => cumulativeDays(p) >= threeYears).length).toBeGreaterThan(100);
    const boundary = withSecretary.filter((p) => Math.abs(cumulativeDays(p) - threeYears) <= 1);
    expect(boundary.length).toBeGreaterThanOrEqual(5);
    expect(boundary.some((p) => cumulativeDays(p) === threeYears - 1)).toBe(true);
    expect(boundary.some((p) => cumulativeDays(p) === threeYears)).toBe(true);
    // Some of them served in two townships.
    expect(withSecretary.some((p) => p.appointments.filter((s) => s.postKind === 'township_party_secretary').length >= 2)).toBe(true);
  });

  it('has believable shares of appraisals, reserve cadres and education', () => {
    const grades = demo.people.flatMap((p) => p.appraisals.map((a) => a.grade));
    const share = (g: string): number => grades.filter((x) => x === g).length / grades.length;
    expect(share('excellent')).toBeGreaterThan(0.1);
    expect(share('excellent')).toBeLessThan(0.22);
    expect(share('competent')).toBeGreaterThan(0.75);
    expect(share('incompetent')).toBeLessThan(0.01);
    expect(demo.stats.reserveShare).toBeGreaterThan(0.05);
    expect(demo.stats.reserveShare).toBeLessThan(0.11);
    const young = demo.people.filter((p) => ageOn(daysFromIso(p.birthDate), daysFromIso(TODAY)) < 45);
    const bachelorOrMore = young.filter((p) => p.education.some((e) => e.mode === 'fulltime' && (e.level === '21' || e.level === '14' || e.level === '11')));
    expect(bachelorOrMore.length / young.length).toBeGreaterThan(0.5);
    expect(demo.people.some((p) => p.education.some((e) => e.mode === 'inservice'))).toBe(true);
    expect(demo.people.some((p) => p.poolTier === 'county')).toBe(true);
    expect(demo.people.some((p) => p.family.some((f) => f.relation === '妻子' || f.relation === '丈夫'))).toBe(true);
    expect(demo.people.some((p) => p.tags.includes('夫妻两地分居'))).toBe(true);
    expect(demo.people.some((p) => p.serviceIntention !== null)).toBe(true);
  });
});

describe('pickDemoAccountsHints', () => {
  it('points at 理塘县, its organisation department, the provincial one and a cadre in 理塘', () => {
    const h = pickDemoAccountsHints(demo);
    expect(unitById.get(h.countyUnitId)?.name).toBe('理塘县');
    expect(unitById.get(h.countyOrgDeptUnitId)?.name).toBe('理塘县委组织部');
    expect(unitById.get(h.prefectureUnitId)?.name).toBe('甘孜藏族自治州');
    expect(unitById.get(h.provincialOrgDeptUnitId)?.name).toBe('中共四川省委组织部');
    expect(unitById.get(h.supportingCountyUnitId)?.name).toBe('双流区');
    const cadre = h.cadrePersonIndex === null ? undefined : demo.people[h.cadrePersonIndex];
    expect(cadre?.postKind).toBe('township_party_secretary');
    expect(unitById.get(cadre?.unitId ?? 0)?.divisionCode).toBe('513334');
  });
});
