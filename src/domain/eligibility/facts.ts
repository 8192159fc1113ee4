// The facts of one person at a reference date, computed once and then read by every rule.
// Rules never look at the raw record: they compare these values with their limits, so the
// in-memory evaluator, the explanations and the SQL compilation (src/db/eligibility-sql.ts)
// share one definition of each fact.
//
// Definitions (all at the reference date `refDate`; derived-facts.ts holds the calendar rules):
// - age: full years, a person turns N on the birthday (29 Feb births on 1 Mar in common years);
// - education: highest graduated group (结业/肄业 attain nothing), among full-time records or all;
// - degree: highest degree named in the degree text of the records: 博士 3 > 硕士 2 > 学士 1;
// - partyYears / yearsInRank: full years since partyJoinDate / rankStartDate, null if unknown;
// - postKindYears: cumulative whole years in the kind(s) up to refDate (derived-facts
//   `cumulativeTenure`: overlaps once, anniversaries, left-over days pooled per 366);
// - experience: an appointment at that level starting before refDate, or the current post;
// - appraisals: the years refYear − 1 … refYear − 10 (refYear = the year of refDate), the lower
//   grade when a year is recorded twice, 'missing' when absent;
// - title: highest level; per series, the highest level held in that series;
// - professionalYears: derived-facts `yearsOfProfessionalWork`;
// - unit facts: of the person's current unit, given by the caller (`UnitFacts`).
// The current-post fields (rank, postKind, unit …) are the registry's present values whatever
// the reference date: the registry keeps their history only in the appointment records.

import {
  ageAt,
  appointmentLevel,
  appraisalOrder,
  cumulativeTenure,
  educationRank,
  gradeOrder,
  highestEducation,
  highestTitle,
  lastAppraisals,
  rankOrder,
  stintsOfPostKind,
  titleOrder,
  yearsBetween,
  yearsOfProfessionalWork,
  type EducationGroup,
  type UnitLevelOf,
  type YearAppraisal,
} from '../registry/derived-facts.js';
import { UNIT_LEVELS } from '../registry/types.js';
import type {
  AppointmentRecord,
  EducationRecord,
  IsoDate,
  PersonRecord,
  TitleLevel,
  Unit,
  UnitKind,
  UnitLevel,
} from '../registry/types.js';
import { MAX_APPRAISAL_YEARS } from './rule-schema.js';

/** What the facts are computed from: a person record (or the parts rules read) with its id. */
export type FactsPerson = Pick<
  PersonRecord,
  | 'birthDate'
  | 'gender'
  | 'ethnicity'
  | 'politicalStatus'
  | 'partyJoinDate'
  | 'workStartDate'
  | 'category'
  | 'unitId'
  | 'postKind'
  | 'rank'
  | 'grade'
  | 'rankStartDate'
  | 'isReserve'
  | 'poolTier'
  | 'tags'
  | 'health'
  | 'education'
  | 'titles'
  | 'appointments'
  | 'appraisals'
> & { readonly id: number };

/** Unit information the caller supplies: the current unit, and any unit's level. */
export interface UnitFacts {
  unitKind: UnitKind | null;
  unitLevel: UnitLevel | null;
  unitTibetanArea: boolean;
  /** Level of an appointment's unit (for county/township experience); undefined = unknown. */
  unitLevelOf: UnitLevelOf;
}

export const NO_UNIT_FACTS: UnitFacts = {
  unitKind: null,
  unitLevel: null,
  unitTibetanArea: false,
  unitLevelOf: () => undefined,
};

type UnitLike = Pick<Unit, 'id' | 'kind' | 'level' | 'isTibetanArea'>;

/** Builds `unitFactsOf(unitId)` from the registry's units (one lookup table for many people). */
export function unitFactsFrom(units: Iterable<UnitLike>): (unitId: number | null) => UnitFacts {
  const byId = new Map<number, UnitLike>();
  for (const u of units) byId.set(u.id, u);
  const unitLevelOf: UnitLevelOf = (id) => byId.get(id)?.level;
  return (unitId) => {
    const u = unitId === null ? undefined : byId.get(unitId);
    return u
      ? { unitKind: u.kind, unitLevel: u.level, unitTibetanArea: u.isTibetanArea, unitLevelOf }
      : { ...NO_UNIT_FACTS, unitLevelOf };
  };
}

export function isUnitLevel(v: string): v is UnitLevel {
  return (UNIT_LEVELS as readonly string[]).includes(v);
}

export interface PersonFacts {
  readonly id: number;
  readonly refDate: IsoDate;
  readonly refYear: number;
  readonly birthDate: IsoDate;
  readonly age: number;
  readonly gender: string;
  readonly ethnicity: string;
  readonly politicalStatus: string;
  readonly partyJoinDate: IsoDate | null;
  readonly partyYears: number | null;
  readonly category: string;
  readonly eduFulltime: EducationGroup | null;
  readonly eduAny: EducationGroup | null;
  /** educationRank of eduFulltime / eduAny; 0 when none. */
  readonly eduFulltimeRank: number;
  readonly eduAnyRank: number;
  /** 0 none, 1 学士, 2 硕士, 3 博士. */
  readonly degreeFulltime: number;
  readonly degreeAny: number;
  readonly rank: string | null;
  /** rankOrder; −1 when null or unknown. */
  readonly rankOrder: number;
  readonly grade: string | null;
  /** gradeOrder; −1 when null or unknown. */
  readonly gradeOrder: number;
  readonly rankStartDate: IsoDate | null;
  readonly yearsInRank: number | null;
  readonly postKind: string | null;
  readonly workedAtCounty: boolean;
  readonly workedAtTownship: boolean;
  /** refYear − 1 … refYear − MAX_APPRAISAL_YEARS, newest first. */
  readonly appraisals: readonly YearAppraisal[];
  /** appraisalMin[n]: lowest appraisalOrder over the last n years, 0 when one is missing; [0] = 5. */
  readonly appraisalMin: Uint8Array;
  readonly titleLevel: TitleLevel | null;
  readonly titleSeries: string | null;
  /** titleOrder of the highest title; 0 when none. */
  readonly titleOrder: number;
  /** Highest titleOrder per series. */
  readonly titleBySeries: ReadonlyMap<string, number>;
  readonly professionalYears: number | null;
  readonly isReserve: boolean;
  readonly poolTier: string | null;
  readonly tags: readonly string[];
  readonly unitId: number | null;
  readonly unitKind: string | null;
  readonly unitLevel: string | null;
  readonly unitTibetanArea: boolean;
  readonly health: string | null;
  /** Appointment records, kept for tenure over kinds not precomputed (see `tenureYears`). */
  readonly appointments: readonly AppointmentRecord[];
  /** Cumulative years by tenure key; single kinds precomputed, others filled on first use. */
  readonly tenure: Map<string, number>;
}

/** 博士 3 > 硕士 2 > 学士 1 > none 0, read from the degree text (法学学士, 工学硕士 …). */
export function degreeRank(degree: string | null): number {
  if (degree === null) return 0;
  if (degree.includes('博士')) return 3;
  if (degree.includes('硕士')) return 2;
  if (degree.includes('学士')) return 1;
  return 0;
}

/** The words rules and SQL look for in degree texts, highest first (index = 3 − rank). */
export const DEGREE_WORDS = ['博士', '硕士', '学士'] as const;

function highestDegree(education: readonly EducationRecord[], fulltimeOnly: boolean): number {
  let best = 0;
  for (const e of education) if (!fulltimeOnly || e.mode === 'fulltime') best = Math.max(best, degreeRank(e.degree));
  return best;
}

/** Key of a tenure fact in `PersonFacts.tenure`. */
export function tenureKey(postKinds: readonly string[], sameUnit: boolean): string {
  return `${sameUnit ? 'unit' : 'all'}:${[...postKinds].sort().join(',')}`;
}

/** Appointments counted for tenure: all of them, or those in the current unit only. */
function tenureAppointments(f: Pick<PersonFacts, 'appointments' | 'unitId'>, sameUnit: boolean): readonly AppointmentRecord[] {
  return sameUnit ? f.appointments.filter((a) => f.unitId !== null && a.unitId === f.unitId) : f.appointments;
}

/** Cumulative whole years in the kind(s), from the cache or computed and cached. */
export function tenureYears(f: PersonFacts, postKinds: readonly string[], sameUnit: boolean, key = tenureKey(postKinds, sameUnit)): number {
  const cached = f.tenure.get(key);
  if (cached !== undefined) return cached;
  const years = cumulativeTenure(stintsOfPostKind(tenureAppointments(f, sameUnit), postKinds, f.refDate)).years;
  f.tenure.set(key, years);
  return years;
}

/** The full tenure (days, stints) behind a tenure fact, for explanations. */
export function tenureDetail(f: PersonFacts, postKinds: readonly string[], sameUnit: boolean) {
  return cumulativeTenure(stintsOfPostKind(tenureAppointments(f, sameUnit), postKinds, f.refDate));
}

function appraisalMinima(appraisals: readonly YearAppraisal[]): Uint8Array {
  const min = new Uint8Array(appraisals.length + 1);
  min[0] = 5;
  let m = 5;
  appraisals.forEach((a, i) => {
    m = Math.min(m, a.grade === 'missing' ? 0 : appraisalOrder(a.grade));
    min[i + 1] = m;
  });
  return min;
}

/**
 * Computes the facts of `person` on `refDate`. `unit` describes the person's current unit
 * (kind, level, Tibetan-area flag) and gives any unit's level for the appointments.
 */
export function computeFacts(person: FactsPerson, refDate: IsoDate, unit: UnitFacts = NO_UNIT_FACTS): PersonFacts {
  const refYear = Number(refDate.slice(0, 4));
  const eduFulltime = highestEducation(person.education, 'fulltime');
  const eduAny = highestEducation(person.education, 'any');
  const title = highestTitle(person.titles);
  const titleBySeries = new Map<string, number>();
  for (const t of person.titles) titleBySeries.set(t.series, Math.max(titleBySeries.get(t.series) ?? 0, titleOrder(t.level)));

  // Experience: appointments begun before refDate, plus the current post as a pseudo-appointment
  // whose unit level is the current unit's.
  const levelOf: UnitLevelOf = (id) => (id === person.unitId && unit.unitLevel !== null ? unit.unitLevel : unit.unitLevelOf(id));
  const current: AppointmentRecord = {
    unitId: person.unitId,
    unitName: '',
    post: '',
    postKind: person.postKind,
    rank: person.rank,
    startDate: refDate,
    endDate: null,
  };
  let workedAtCounty = false;
  let workedAtTownship = false;
  for (const a of [...person.appointments.filter((x) => x.startDate < refDate), current]) {
    const level = appointmentLevel(a, levelOf);
    if (level === 'county') workedAtCounty = true;
    else if (level === 'township') workedAtTownship = true;
  }

  const tenure = new Map<string, number>();
  const kinds = new Set<string>();
  for (const a of person.appointments) if (a.postKind !== null) kinds.add(a.postKind);
  for (const k of kinds) tenure.set(tenureKey([k], false), cumulativeTenure(stintsOfPostKind(person.appointments, k, refDate)).years);

  const appraisals = lastAppraisals(person.appraisals, MAX_APPRAISAL_YEARS, refYear);
  return {
    id: person.id,
    refDate,
    refYear,
    birthDate: person.birthDate,
    age: ageAt(person.birthDate, refDate),
    gender: person.gender,
    ethnicity: person.ethnicity,
    politicalStatus: person.politicalStatus,
    partyJoinDate: person.partyJoinDate,
    partyYears: person.partyJoinDate === null ? null : yearsBetween(person.partyJoinDate, refDate),
    category: person.category,
    eduFulltime,
    eduAny,
    eduFulltimeRank: eduFulltime === null ? 0 : educationRank(eduFulltime),
    eduAnyRank: eduAny === null ? 0 : educationRank(eduAny),
    degreeFulltime: highestDegree(person.education, true),
    degreeAny: highestDegree(person.education, false),
    rank: person.rank,
    rankOrder: rankOrder(person.rank) ?? -1,
    grade: person.grade,
    gradeOrder: gradeOrder(person.grade) ?? -1,
    rankStartDate: person.rankStartDate,
    yearsInRank: person.rankStartDate === null ? null : yearsBetween(person.rankStartDate, refDate),
    postKind: person.postKind,
    workedAtCounty,
    workedAtTownship,
    appraisals,
    appraisalMin: appraisalMinima(appraisals),
    titleLevel: title?.level ?? null,
    titleSeries: title?.series ?? null,
    titleOrder: title === null ? 0 : titleOrder(title.level),
    titleBySeries,
    professionalYears: yearsOfProfessionalWork(person, refDate),
    isReserve: person.isReserve,
    poolTier: person.poolTier,
    tags: person.tags,
    unitId: person.unitId,
    unitKind: unit.unitKind,
    unitLevel: unit.unitLevel,
    unitTibetanArea: unit.unitTibetanArea,
    health: person.health,
    appointments: person.appointments,
    tenure,
  };
}
