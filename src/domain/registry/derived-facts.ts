// Facts derived from a person's record that eligibility rules compare against limits:
// age, years in post/unit/rank, cumulative years in a kind of post, levels worked at,
// recent appraisals, highest education and title, rank order.
//
// Every function is pure: the reference date (or year) always comes in as an argument.
// Inputs are records that passed validatePersonRecord; a malformed date throws RangeError
// (see iso-date.ts) rather than silently producing a wrong fact.
//
// Ordering helpers (`rankOrder`, `gradeOrder`, `educationRank`, `titleOrder`,
// `appraisalOrder`) all follow one convention: a larger number is a higher level, so
// "at least X" reads `order(a) >= order(X)`.

import { addYears, durationDays, maxIsoDate, minIsoDate } from './iso-date.js';
import type {
  AppointmentRecord,
  AppraisalGrade,
  AppraisalRecord,
  EducationRecord,
  IsoDate,
  PersonRecord,
  TitleLevel,
  TitleRecord,
  UnitLevel,
} from './types.js';

// ---------------------------------------------------------------------------------------
// Full years

/**
 * Full years from `start` to `end`: the largest k with addYears(start, k) <= end.
 * Boundaries: the anniversary itself counts (2020-05-17 → 2023-05-17 is 3, one day earlier
 * is 2); a 29 February start has its anniversary on 1 March in common years. When `end` is
 * before `start` the result is negative (floor semantics), never silently 0.
 */
export function yearsBetween(start: IsoDate, end: IsoDate): number {
  const k = Number(end.slice(0, 4)) - Number(start.slice(0, 4));
  return addYears(start, k) > end ? k - 1 : k;
}

/**
 * Age in full years on `refDate`. Boundaries: a person turns N on the birthday itself
 * (born 1980-05-17: 45 on 2025-05-17, 44 on 2025-05-16). Someone born on 29 February turns
 * a year older on 1 March in common years (still 44 on 2025-02-28 when born 1980-02-29).
 */
export function ageAt(birthDate: IsoDate, refDate: IsoDate): number {
  return yearsBetween(birthDate, refDate);
}

/**
 * Full years in the current post, from the declared 任现职时间 (`postStartDate`); null when
 * it is not recorded. The appointment history is not consulted: it may be incomplete, and
 * a rule should report "unknown" rather than guess.
 */
export function yearsInCurrentPost(person: Pick<PersonRecord, 'postStartDate'>, ref: IsoDate): number | null {
  return person.postStartDate === null ? null : yearsBetween(person.postStartDate, ref);
}

/** Full years in the current unit from `unitStartDate`; null when not recorded. */
export function yearsInCurrentUnit(person: Pick<PersonRecord, 'unitStartDate'>, ref: IsoDate): number | null {
  return person.unitStartDate === null ? null : yearsBetween(person.unitStartDate, ref);
}

/** Full years in the current rank from `rankStartDate` (任现职级时间); null when not recorded. */
export function yearsInRank(person: Pick<PersonRecord, 'rankStartDate'>, ref: IsoDate): number | null {
  return person.rankStartDate === null ? null : yearsBetween(person.rankStartDate, ref);
}

// ---------------------------------------------------------------------------------------
// Cumulative years over several stints

/**
 * A stretch of days, half-open: `start` is the first day, `end` the day it stopped
 * (like a birthday: 2018-03-01 → 2020-03-01 is exactly two years). Two stints where the
 * second starts on the first one's end date touch without overlapping.
 */
export interface DateInterval {
  start: IsoDate;
  end: IsoDate;
}

/** Sorted, non-overlapping, non-touching intervals covering the same days. Empty ones drop. */
export function mergeIntervals(intervals: readonly DateInterval[]): DateInterval[] {
  const sorted = intervals.filter((i) => i.start < i.end).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: DateInterval[] = [];
  for (const i of sorted) {
    const last = merged[merged.length - 1];
    if (last && i.start <= last.end) last.end = maxIsoDate(last.end, i.end);
    else merged.push({ start: i.start, end: i.end });
  }
  return merged;
}

/**
 * The stints of the given post kind(s), clipped to `ref`: an open appointment (endDate null)
 * runs to `ref`; one ending after `ref` is cut at `ref`; one starting on or after `ref`
 * contributes nothing. Returned merged (see `mergeIntervals`).
 */
export function stintsOfPostKind(
  appointments: readonly AppointmentRecord[],
  postKind: string | readonly string[],
  ref: IsoDate,
): DateInterval[] {
  const kinds: readonly string[] = typeof postKind === 'string' ? [postKind] : postKind;
  const stints: DateInterval[] = [];
  for (const a of appointments) {
    if (a.postKind === null || !kinds.includes(a.postKind)) continue;
    const end = minIsoDate(a.endDate ?? ref, ref);
    if (a.startDate < end) stints.push({ start: a.startDate, end });
  }
  return mergeIntervals(stints);
}

export interface CumulativeTenure {
  /** Total days covered (overlaps counted once). */
  days: number;
  /** Whole years by the rule described at `cumulativeTenure`. */
  years: number;
  /** Pooled days left over after the whole years of each stint, not yet a whole year. */
  remainderDays: number;
  stints: DateInterval[];
}

/** Days of left-over that make one more year when pooled across stints. */
export const POOLED_DAYS_PER_YEAR = 366;

/**
 * Whole years served over several stints. The rule:
 * 1. Overlapping or touching stints are merged first, so no day counts twice.
 * 2. Each merged stint counts its whole calendar years, anniversary to anniversary
 *    (`yearsBetween`), so one stint from D to the same date N years later is exactly N
 *    years however many 29 Februaries it spans, and one day less is N − 1.
 * 3. The days each stint has beyond its last anniversary are pooled, and every 366 pooled
 *    days count as one more year. 366, not 365: a single stint one day short of a year can
 *    hold 365 days when it spans 29 February (2019-03-01 → 2020-02-29), and it must not
 *    count as a year; with 366 the rule never credits a year that no arrangement of the
 *    calendar would give. The price: fragments pooled from common years need one day more.
 * The result never decreases when a stint grows by a day.
 */
export function cumulativeTenure(intervals: readonly DateInterval[]): CumulativeTenure {
  const stints = mergeIntervals(intervals);
  let days = 0;
  let wholeYears = 0;
  let pooled = 0;
  for (const s of stints) {
    days += durationDays(s.start, s.end);
    const y = yearsBetween(s.start, s.end);
    wholeYears += y;
    pooled += durationDays(addYears(s.start, y), s.end);
  }
  const extra = Math.floor(pooled / POOLED_DAYS_PER_YEAR);
  return { days, years: wholeYears + extra, remainderDays: pooled - extra * POOLED_DAYS_PER_YEAR, stints };
}

/** Cumulative tenure in the given post kind(s) up to `ref` (see `cumulativeTenure`). */
export function cumulativeYearsInPostKind(
  appointments: readonly AppointmentRecord[],
  postKind: string | readonly string[],
  ref: IsoDate,
): CumulativeTenure {
  return cumulativeTenure(stintsOfPostKind(appointments, postKind, ref));
}

/**
 * "N years in total in post kind K" (e.g. 累计担任乡镇党委书记满 3 年). Boundaries: exactly N
 * years passes (2018-03-01 → 2020-03-01 plus 2021-01-01 → 2022-01-01 is 3 years); one day
 * short fails. See `cumulativeTenure` for how fragments add up.
 */
export function hasCumulativeYears(
  appointments: readonly AppointmentRecord[],
  postKind: string | readonly string[],
  years: number,
  ref: IsoDate,
): boolean {
  return cumulativeYearsInPostKind(appointments, postKind, ref).years >= years;
}

// ---------------------------------------------------------------------------------------
// Levels worked at (县乡两级工作经历)

export type UnitLevelOf = (unitId: number) => UnitLevel | undefined;

const RANK_LEVEL: Readonly<Record<string, UnitLevel>> = {
  '131': 'county',
  '132': 'county',
  '141': 'township',
  '142': 'township',
};

/**
 * The administrative level an appointment was at. In order of trust:
 * 1. the level of its unit, when `unitId` is set and `unitLevelOf` knows it;
 * 2. its post kind: 'township_*' → township, 'county_*' → county, 'village_*' → village;
 * 3. its rank: 131/132 (县处级) → county, 141/142 (乡科级) → township.
 * Post kind comes before rank because rank is the weaker signal: a 正科 head of a county
 * department holds 141 while working at county level. Undefined when nothing tells.
 */
export function appointmentLevel(appointment: AppointmentRecord, unitLevelOf: UnitLevelOf): UnitLevel | undefined {
  if (appointment.unitId !== null) {
    const level = unitLevelOf(appointment.unitId);
    if (level !== undefined) return level;
  }
  const kind = appointment.postKind ?? '';
  if (kind.startsWith('township_')) return 'township';
  if (kind.startsWith('county_')) return 'county';
  if (kind.startsWith('village_')) return 'village';
  return appointment.rank === null ? undefined : RANK_LEVEL[appointment.rank];
}

/**
 * The appointment history with the current post added as an open appointment, for rules that
 * must count the post a person holds now even when the history was not kept up to date.
 * The current post is added only when its kind and start date are recorded. Adding it when
 * the history already holds it is harmless: cumulative tenure merges overlapping stints, and
 * "worked at level" only asks whether one exists.
 */
export function withCurrentPost(
  person: Pick<PersonRecord, 'appointments' | 'unitId' | 'post' | 'postKind' | 'rank' | 'postStartDate'>,
): AppointmentRecord[] {
  if (person.postKind === null || person.postStartDate === null) return [...person.appointments];
  return [
    ...person.appointments,
    {
      unitId: person.unitId,
      unitName: '',
      post: person.post ?? '',
      postKind: person.postKind,
      rank: person.rank,
      startDate: person.postStartDate,
      endDate: null,
    },
  ];
}

/**
 * Has any appointment at the given level. Only the appointments passed are looked at: a
 * caller that wants the current post counted includes it in the list. Village work is not
 * township work and prefecture work is not county work.
 */
export function hasWorkedAtLevel(
  appointments: readonly AppointmentRecord[],
  level: 'county' | 'township',
  unitLevelOf: UnitLevelOf,
): boolean {
  return appointments.some((a) => appointmentLevel(a, unitLevelOf) === level);
}

// ---------------------------------------------------------------------------------------
// Annual appraisals (年度考核)

const APPRAISAL_ORDER: Readonly<Record<AppraisalGrade, number>> = {
  excellent: 4,
  competent: 3,
  basically_competent: 2,
  incompetent: 1,
};

/** excellent 4 > competent 3 > basically_competent 2 > incompetent 1. */
export function appraisalOrder(grade: AppraisalGrade): number {
  return APPRAISAL_ORDER[grade];
}

export type AppraisalOutcome = AppraisalGrade | 'missing';

export interface YearAppraisal {
  year: number;
  grade: AppraisalOutcome;
}

/**
 * The appraisals of the n years before `refYear`, newest first: refYear − 1 … refYear − n.
 * The refYear itself is excluded (its appraisal is made at its end). A year without a
 * record is 'missing'. If a year is recorded twice (invalid data) the lower grade is taken,
 * so an ambiguous record never helps a candidate. n <= 0 gives [].
 */
export function lastAppraisals(appraisals: readonly AppraisalRecord[], n: number, refYear: number): YearAppraisal[] {
  const byYear = new Map<number, AppraisalGrade>();
  for (const a of appraisals) {
    const seen = byYear.get(a.year);
    if (seen === undefined || appraisalOrder(a.grade) < appraisalOrder(seen)) byYear.set(a.year, a.grade);
  }
  const out: YearAppraisal[] = [];
  for (let i = 1; i <= n; i += 1) {
    const year = refYear - i;
    out.push({ year, grade: byYear.get(year) ?? 'missing' });
  }
  return out;
}

export interface AppraisalCheck {
  ok: boolean;
  /** Years below `minGrade` or missing, newest first. */
  failures: YearAppraisal[];
}

/**
 * "Each of the last n years at least `minGrade`" (e.g. 近 3 年年度考核均为称职以上). The grade
 * itself passes (competent meets "at least competent"); a missing year fails.
 */
export function appraisalsAtLeast(
  appraisals: readonly AppraisalRecord[],
  n: number,
  refYear: number,
  minGrade: AppraisalGrade,
): AppraisalCheck {
  const min = appraisalOrder(minGrade);
  const failures = lastAppraisals(appraisals, n, refYear).filter(
    (a) => a.grade === 'missing' || appraisalOrder(a.grade) < min,
  );
  return { ok: failures.length === 0, failures };
}

// ---------------------------------------------------------------------------------------
// Education (GB/T 4658)

/** Level groups, highest first. The code strings also sort in this order ('10' < '20' …). */
export const EDUCATION_GROUPS = ['10', '20', '28', '30', '40', '60', '70', '80', '90'] as const;
export type EducationGroup = (typeof EDUCATION_GROUPS)[number];

/**
 * Which codes attain which group. Cadre rules recognise a 学历 only on graduation (毕业), so
 * 结业 (12, 15, 18, 22, 32, 42, 45) and 肄业 (13, 16, 19, 23, 33, 43, 46) attain nothing —
 * not even the level below: the lower level a person does hold is its own record.
 * The bare group codes (10, 20, 30, 40) are read as graduated, because forms and old
 * records often carry only "研究生"/"大学本科"; 60–90 have no sub-codes. 研究生班毕业 (17)
 * is in the graduate group as GB/T 4658 places it. 大学普通班毕业 (28) ranks between
 * bachelor and 专科: it satisfies "大学专科以上", not "大学本科以上".
 */
const ATTAINED_GROUP: Readonly<Record<string, EducationGroup>> = {
  '10': '10',
  '11': '10',
  '14': '10',
  '17': '10',
  '20': '20',
  '21': '20',
  '28': '28',
  '30': '30',
  '31': '30',
  '40': '40',
  '41': '40',
  '44': '40',
  '47': '40',
  '60': '60',
  '70': '70',
  '80': '80',
  '90': '90',
};

/** The group a record with this code attains; null for 结业/肄业 and unknown codes. */
export function educationGroupOf(code: string): EducationGroup | null {
  return ATTAINED_GROUP[code] ?? null;
}

/**
 * Comparable rank of the level a code attains: '10'/'11' 9, '20'/'21' 8, '28' 7, '3x' 6,
 * '4x' 5, '60' 4, '70' 3, '80' 2, '90' 1; 0 for codes that attain nothing (结业, 肄业,
 * unknown).
 */
export function educationRank(code: string): number {
  const group = educationGroupOf(code);
  return group === null ? 0 : EDUCATION_GROUPS.length - EDUCATION_GROUPS.indexOf(group);
}

export type EducationMode = 'fulltime' | 'any';

function educationInMode(education: readonly EducationRecord[], mode: EducationMode): readonly EducationRecord[] {
  return mode === 'fulltime' ? education.filter((e) => e.mode === 'fulltime') : education;
}

/**
 * The highest group attained, among full-time records only or among all records
 * (full-time and in-service, the default). Null when no record attains a level.
 */
export function highestEducation(education: readonly EducationRecord[], mode: EducationMode = 'any'): EducationGroup | null {
  let best: EducationGroup | null = null;
  for (const e of educationInMode(education, mode)) {
    const g = educationGroupOf(e.level);
    if (g !== null && (best === null || educationRank(g) > educationRank(best))) best = g;
  }
  return best;
}

/**
 * "Education `level` or higher", e.g. ('20', 'fulltime') for 全日制大学本科以上 or ('30', 'any')
 * for 大学以上 (专科 counts in cadre rules). The level itself passes.
 */
export function hasEducationAtLeast(
  education: readonly EducationRecord[],
  level: EducationGroup,
  mode: EducationMode = 'any',
): boolean {
  const best = highestEducation(education, mode);
  return best !== null && educationRank(best) >= educationRank(level);
}

// ---------------------------------------------------------------------------------------
// Professional titles (职称)

const TITLE_ORDER: Readonly<Record<TitleLevel, number>> = { senior: 4, associate: 3, intermediate: 2, junior: 1 };

/** senior 4 > associate 3 > intermediate 2 > junior 1. */
export function titleOrder(level: TitleLevel): number {
  return TITLE_ORDER[level];
}

/**
 * The title of the highest level. Ties (two series at one level) go to the one obtained
 * earliest — held longest — with undated records after dated ones, then to list order.
 */
export function highestTitle(titles: readonly TitleRecord[]): TitleRecord | null {
  let best: TitleRecord | null = null;
  for (const t of titles) {
    if (best === null) {
      best = t;
      continue;
    }
    const diff = titleOrder(t.level) - titleOrder(best.level);
    const earlier = t.obtainedDate !== null && (best.obtainedDate === null || t.obtainedDate < best.obtainedDate);
    if (diff > 0 || (diff === 0 && earlier)) best = t;
  }
  return best;
}

/** "Title `level` or higher", e.g. 'intermediate' for 中级以上职称. The level itself passes. */
export function hasTitleAtLeast(titles: readonly TitleRecord[], level: TitleLevel): boolean {
  const best = highestTitle(titles);
  return best !== null && titleOrder(best.level) >= titleOrder(level);
}

/**
 * Full years of professional work (从事专业技术工作年限) on `ref`. The record has no such
 * field, so it is derived:
 * - professional-technical talent (category 'professional'): from the earlier of the work
 *   start date and the earliest title date — their work is professional from the start;
 * - everyone else: from the earliest title date only — a title is the first evidence of
 *   professional work, and a cadre's years in administration do not count. This
 *   under-counts (titles come after some years of work), which errs against, not for, a
 *   candidate.
 * Null when no start is known.
 */
export function yearsOfProfessionalWork(
  person: Pick<PersonRecord, 'category' | 'workStartDate' | 'titles'>,
  ref: IsoDate,
): number | null {
  const starts: IsoDate[] = person.titles.flatMap((t) => (t.obtainedDate === null ? [] : [t.obtainedDate]));
  if (person.category === 'professional' && person.workStartDate !== null) starts.push(person.workStartDate);
  const first = starts.reduce<IsoDate | null>((a, b) => (a === null ? b : minIsoDate(a, b)), null);
  return first === null ? null : yearsBetween(first, ref);
}

// ---------------------------------------------------------------------------------------
// Post levels (职务级别) and grades (职级)

const RANK_ORDER: Readonly<Record<string, number>> = {
  '111': 10, // 省部级正职
  '112': 9,
  '121': 8, // 厅局级正职
  '122': 7,
  '131': 6, // 县处级正职
  '132': 5,
  '141': 4, // 乡科级正职
  '142': 3,
  '150': 2, // 科员级
  '160': 1, // 办事员级
  '199': 0, // 未定级: below every graded level
};

/** 111 → 10 (highest) … 160 → 1, 199 (未定级) → 0; null for null or an unknown code. */
export function rankOrder(rankCode: string | null): number | null {
  return rankCode === null ? null : (RANK_ORDER[rankCode] ?? null);
}

/** 职级 house codes: G01 一级巡视员 → 12 (highest) … G12 二级科员 → 1; null for null or unknown. */
export function gradeOrder(gradeCode: string | null): number | null {
  if (gradeCode === null) return null;
  const m = /^G(0[1-9]|1[0-2])$/.exec(gradeCode);
  return m ? 13 - Number(m[1]) : null;
}
