// Test helpers for eligibility: a person factory, a fixed unit tree, and fast-check
// arbitraries for random people and random rule sets that crowd the boundaries (birthdays on
// the reference date, stints of whole years ± one day, 29 February). Not used by production code.
import fc from 'fast-check';
import { addDays, addYears } from '../registry/iso-date.js';
import type { AppointmentRecord, AppraisalGrade, EducationRecord, IsoDate, TitleRecord, Unit } from '../registry/types.js';
import { APPRAISAL_GRADES, TITLE_LEVELS } from '../registry/types.js';
import type { FactsPerson } from './facts.js';
import type { Predicate, RuleNode, RuleSet } from './rule-schema.js';

/** A township Party secretary who meets the Shanxi select-up rules on 2025-05-17. */
export function buildPerson(overrides: Partial<FactsPerson> = {}): FactsPerson {
  return {
    id: 1,
    birthDate: '1985-06-01',
    gender: '1',
    ethnicity: '01',
    politicalStatus: '01',
    partyJoinDate: '2006-07-01',
    workStartDate: '2007-08-01',
    category: 'party_government',
    unitId: 4,
    postKind: 'township_party_secretary',
    rank: '141',
    grade: null,
    rankStartDate: '2019-01-01',
    isReserve: true,
    poolTier: null,
    tags: [],
    health: 'healthy',
    education: [{ mode: 'fulltime', level: '21', degree: '学士', school: null, major: null, startDate: null, endDate: '2007-07-01' }],
    titles: [],
    appointments: [
      { unitId: 4, unitName: '某镇', post: '镇党委书记', postKind: 'township_party_secretary', rank: '141', startDate: '2019-01-01', endDate: null },
    ],
    appraisals: [
      { year: 2024, grade: 'competent' },
      { year: 2023, grade: 'excellent' },
      { year: 2022, grade: 'competent' },
    ],
    ...overrides,
  };
}

export const appointment = (a: Partial<AppointmentRecord> & Pick<AppointmentRecord, 'startDate'>): AppointmentRecord => ({
  unitId: null,
  unitName: '某单位',
  post: '职务',
  postKind: null,
  rank: null,
  endDate: null,
  ...a,
});

export const education = (mode: EducationRecord['mode'], level: string, degree: string | null = null): EducationRecord => ({
  mode,
  level,
  degree,
  school: null,
  major: null,
  startDate: null,
  endDate: null,
});

/** A small unit tree: province → prefecture → (Tibetan-area) county → township → village, and a county school. */
export const TEST_UNITS: ReadonlyArray<Pick<Unit, 'id' | 'parentId' | 'name' | 'kind' | 'level' | 'isTibetanArea'> & { path: string }> = [
  { id: 1, parentId: null, name: '省直某厅', kind: 'government_department', level: 'province', isTibetanArea: false, path: '/1/' },
  { id: 2, parentId: 1, name: '某州委', kind: 'party_committee', level: 'prefecture', isTibetanArea: true, path: '/1/2/' },
  { id: 3, parentId: 2, name: '某县', kind: 'county', level: 'county', isTibetanArea: true, path: '/1/2/3/' },
  { id: 4, parentId: 3, name: '某镇', kind: 'township', level: 'township', isTibetanArea: true, path: '/1/2/3/4/' },
  { id: 5, parentId: 4, name: '某村', kind: 'village', level: 'village', isTibetanArea: true, path: '/1/2/3/4/5/' },
  { id: 6, parentId: 2, name: '某县中学', kind: 'school', level: 'county', isTibetanArea: false, path: '/1/2/6/' },
];

// ---------------------------------------------------------------------------------------
// Arbitraries

export const REF_DATES: readonly IsoDate[] = ['2025-05-17', '2024-02-29', '2023-12-31', '2025-03-01'];

/** A date about `years` years before `ref`: often on the anniversary or one day off it. */
function dateBefore(ref: IsoDate, minYears: number, maxYears: number): fc.Arbitrary<IsoDate> {
  return fc
    .tuple(fc.integer({ min: minYears, max: maxYears }), fc.oneof(fc.constantFrom(-1, 0, 0, 1), fc.integer({ min: -300, max: 300 })))
    .map(([y, d]) => addDays(addYears(ref, -y), d));
}

const POST_KINDS = ['township_party_secretary', 'township_head', 'department_head', 'department_deputy', 'county_team_deputy', 'village_first_secretary', 'staff'] as const;
const RANKS = ['122', '131', '132', '141', '142', '150'] as const;
const GRADES = ['G03', 'G05', 'G07', 'G08', 'G09', 'G10'] as const;
const EDU_LEVELS = ['11', '14', '21', '22', '28', '31', '33', '41', '60'] as const;
const DEGREES = [null, '', '学士', '法学学士', '工学硕士', '医学博士'] as const;
const TAGS = ['单位推荐', '援藏', '双一流'] as const;
const UNIT_IDS = [1, 2, 3, 4, 5, 6] as const;

function appointmentArb(ref: IsoDate): fc.Arbitrary<AppointmentRecord> {
  return fc
    .record({
      start: dateBefore(ref, 0, 12),
      // End: open, whole years later, whole years ± 1 day, or some days later.
      end: fc.oneof(
        fc.constant(null),
        fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(-1, 0, 1)),
        fc.integer({ min: 0, max: 2500 }),
      ),
      postKind: fc.option(fc.constantFrom(...POST_KINDS), { freq: 8 }),
      unitId: fc.option(fc.constantFrom(...UNIT_IDS), { freq: 3 }),
      rank: fc.option(fc.constantFrom(...RANKS), { freq: 3 }),
    })
    .map(({ start, end, postKind, unitId, rank }) => ({
      unitId,
      unitName: '某单位',
      post: '职务',
      postKind,
      rank,
      startDate: start,
      endDate: end === null ? null : typeof end === 'number' ? addDays(start, end) : addDays(addYears(start, end[0]), end[1]),
    }));
}

function appraisalsArb(ref: IsoDate): fc.Arbitrary<Array<{ year: number; grade: AppraisalGrade }>> {
  const refYear = Number(ref.slice(0, 4));
  return fc
    .array(fc.option(fc.constantFrom<AppraisalGrade>('excellent', 'competent', 'competent', 'basically_competent', 'incompetent'), { freq: 6 }), {
      minLength: 6,
      maxLength: 6,
    })
    // The reference year itself too: recorded already, it must not count in "the last n years".
    .map((grades) => grades.flatMap((g, i) => (g === null ? [] : [{ year: refYear - i, grade: g }])));
}

/** A random person (id 0: the caller numbers them) at reference date `ref`. */
export function personArb(ref: IsoDate): fc.Arbitrary<FactsPerson> {
  const eduArb: fc.Arbitrary<EducationRecord> = fc
    .record({ mode: fc.constantFrom('fulltime' as const, 'inservice' as const), level: fc.constantFrom(...EDU_LEVELS), degree: fc.constantFrom(...DEGREES) })
    .map(({ mode, level, degree }) => education(mode, level, degree));
  const titleArb: fc.Arbitrary<TitleRecord> = fc
    .record({
      series: fc.constantFrom('teacher', 'doctor', 'engineer'),
      level: fc.constantFrom(...TITLE_LEVELS),
      obtainedDate: fc.option(dateBefore(ref, 0, 8), { freq: 5 }),
    })
    .map((t) => ({ ...t, name: null }));
  return fc
    .record({
      birthDate: fc.oneof({ arbitrary: dateBefore(ref, 24, 56), weight: 9 }, { arbitrary: fc.constantFrom('1980-02-29', '1988-02-29', '1992-02-29'), weight: 1 }),
      gender: fc.constantFrom('1', '2'),
      ethnicity: fc.constantFrom('01', '04'),
      politicalStatus: fc.constantFrom('01', '01', '02', '03', '13'),
      partyYearsAgo: dateBefore(ref, 0, 25),
      workStartDate: fc.option(dateBefore(ref, 0, 30), { freq: 4 }),
      category: fc.constantFrom('party_government' as const, 'professional' as const, 'enterprise_institution' as const),
      unitId: fc.option(fc.constantFrom(...UNIT_IDS), { freq: 5 }),
      postKind: fc.option(fc.constantFrom(...POST_KINDS), { freq: 4 }),
      rank: fc.option(fc.constantFrom(...RANKS), { freq: 4 }),
      grade: fc.option(fc.constantFrom(...GRADES), { freq: 2 }),
      rankStartDate: fc.option(dateBefore(ref, 0, 10), { freq: 3 }),
      isReserve: fc.boolean(),
      poolTier: fc.option(fc.constantFrom('county', 'township'), { freq: 2 }),
      tags: fc.subarray([...TAGS]),
      health: fc.option(fc.constantFrom('healthy', 'fair', 'ill'), { freq: 5 }),
      education: fc.array(eduArb, { maxLength: 3 }),
      titles: fc.array(titleArb, { maxLength: 2 }),
      appointments: fc.array(appointmentArb(ref), { maxLength: 4 }),
      // Chain an appointment to the previous one (same kind, starting the day it ended):
      // touching stints must merge.
      chain: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      appraisals: appraisalsArb(ref),
    })
    .map(({ partyYearsAgo, chain, appointments, ...p }) => ({
      ...p,
      appointments: appointments.map((a, i) => {
        const prev = appointments[i - 1];
        return chain[i] === true && prev !== undefined && prev.endDate !== null && prev.endDate < ref
          ? { ...a, postKind: prev.postKind, startDate: prev.endDate }
          : a;
      }),
      id: 0,
      partyJoinDate: p.politicalStatus === '01' || p.politicalStatus === '02' ? partyYearsAgo : null,
    }));
}

const years = (min: number, max: number) => fc.integer({ min, max });

/** A lower bound, an upper bound, or both (lower ≤ upper). */
const range = (arb: fc.Arbitrary<number>): fc.Arbitrary<[number | undefined, number | undefined]> =>
  fc.oneof(
    arb.map((v): [number | undefined, number | undefined] => [v, undefined]),
    arb.map((v): [number | undefined, number | undefined] => [undefined, v]),
    fc.tuple(arb, arb).map(([a, b]): [number | undefined, number | undefined] => [Math.min(a, b), Math.max(a, b)]),
  );
const atLeastMost = ([lo, hi]: [number | undefined, number | undefined]) => ({
  ...(lo !== undefined ? { atLeast: lo } : {}),
  ...(hi !== undefined ? { atMost: hi } : {}),
});

/** A random valid predicate over the facts `personArb` produces. */
export const predicateArb: fc.Arbitrary<Predicate> = fc.oneof(
  range(years(25, 55)).map(([min, max]): Predicate => ({ fact: 'age', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) })),
  fc.constantFrom<Predicate>({ fact: 'gender', in: ['2'] }, { fact: 'ethnicity', in: ['04'] }),
  fc.record({ atLeast: fc.constantFrom('10' as const, '20' as const, '28' as const, '30' as const, '40' as const), mode: fc.constantFrom('fulltime' as const, 'any' as const) }).map((v): Predicate => ({ fact: 'education', ...v })),
  fc.record({ atLeast: fc.constantFrom('bachelor' as const, 'master' as const, 'doctor' as const), mode: fc.constantFrom('fulltime' as const, 'any' as const) }).map((v): Predicate => ({ fact: 'degree', ...v })),
  fc.constantFrom<Predicate>({ fact: 'politicalStatus', in: ['01'] }, { fact: 'politicalStatus', in: ['01', '02'] }),
  range(years(0, 20)).map((r): Predicate => ({ fact: 'partyYears', ...atLeastMost(r) })),
  fc.oneof(
    fc.subarray([...RANKS], { minLength: 1 }).map((v): Predicate => ({ fact: 'rank', in: v })),
    fc.constantFrom(...RANKS).map((v): Predicate => ({ fact: 'rank', atLeast: v })),
    fc.constantFrom(...RANKS).map((v): Predicate => ({ fact: 'rank', atMost: v })),
  ),
  fc.oneof(
    fc.subarray([...GRADES], { minLength: 1 }).map((v): Predicate => ({ fact: 'grade', in: v })),
    fc.constantFrom(...GRADES).map((v): Predicate => ({ fact: 'grade', atLeast: v })),
  ),
  range(years(0, 8)).map((r): Predicate => ({ fact: 'yearsInRank', ...atLeastMost(r) })),
  fc.subarray([...POST_KINDS], { minLength: 1, maxLength: 2 }).map((v): Predicate => ({ fact: 'postKind', in: v })),
  fc
    .record({
      postKind: fc.oneof(fc.constantFrom(...POST_KINDS), fc.subarray([...POST_KINDS], { minLength: 2, maxLength: 3 })),
      atLeast: years(0, 7),
      sameUnit: fc.boolean(),
    })
    .map(({ postKind, atLeast, sameUnit }): Predicate => ({ fact: 'postKindYears', postKind, atLeast, ...(sameUnit ? { sameUnit } : {}) })),
  years(1, 3).map((atMost): Predicate => ({ fact: 'postKindYears', postKind: 'township_party_secretary', atMost })),
  fc.constantFrom<Predicate>({ fact: 'experience', level: 'county' }, { fact: 'experience', level: 'township' }),
  fc.record({ years: years(1, 5), atLeast: fc.constantFrom(...APPRAISAL_GRADES) }).map((v): Predicate => ({ fact: 'appraisals', ...v })),
  fc
    .record({ atLeast: fc.constantFrom(...TITLE_LEVELS), series: fc.option(fc.subarray(['teacher', 'doctor'], { minLength: 1 })) })
    .map(({ atLeast, series }): Predicate => ({ fact: 'title', atLeast, ...(series === null ? {} : { series }) })),
  range(years(0, 8)).map((r): Predicate => ({ fact: 'professionalYears', ...atLeastMost(r) })),
  fc.boolean().map((is): Predicate => ({ fact: 'reserve', is })),
  fc.constantFrom<Predicate>({ fact: 'pool' }, { fact: 'pool', tiers: ['county'] }),
  fc.constantFrom<Predicate>({ fact: 'category', in: ['professional'] }, { fact: 'category', in: ['party_government', 'enterprise_institution'] }),
  fc.constantFrom<Predicate>({ fact: 'unitKind', in: ['township', 'county'] }, { fact: 'unitKind', in: ['school'] }),
  fc.constantFrom<Predicate>({ fact: 'unitLevel', in: ['county'] }, { fact: 'unitLevel', in: ['province', 'prefecture'] }),
  fc.boolean().map((is): Predicate => ({ fact: 'tibetanArea', is })),
  fc.constantFrom<Predicate>({ fact: 'health', in: ['healthy'] }, { fact: 'health', in: ['healthy', 'fair'] }),
  fc.constantFrom<Predicate>({ fact: 'tags', anyOf: ['单位推荐', '援藏'] }, { fact: 'tags', allOf: ['单位推荐', '援藏'] }),
);

/** Post kinds the generated appointments use. */
export const TEST_POST_KINDS: readonly string[] = POST_KINDS;

/** A random rule tree of depth ≤ 3 (ids left to the defaults). */
export const ruleNodeArb: fc.Arbitrary<RuleNode> = fc.letrec<{ node: RuleNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    predicateArb.map((rule): RuleNode => ({ rule })),
    fc.array(tie('node'), { minLength: 0, maxLength: 4 }).map((all): RuleNode => ({ all })),
    fc.array(fc.record({ label: fc.constantFrom('甲', '乙'), node: tie('node') }), { minLength: 1, maxLength: 3 }).map((any): RuleNode => ({ any })),
    tie('node').map((not): RuleNode => ({ not })),
  ),
})).node;

/** A random rule set whose root is `all` of 1–4 nodes (so the funnel has steps). */
export const ruleSetArb: fc.Arbitrary<RuleSet> = fc.array(ruleNodeArb, { minLength: 1, maxLength: 4 }).map((all) => ({
  id: 'random',
  name: '随机规则集',
  description: '',
  note: '',
  version: 1,
  root: { all },
}));
