// One invented person for a given unit and role: identity, education, career history,
// titles, party status, appraisals, flags, health and family — consistent with each other
// and with the unit (rank fits the post, dates are ordered, the ID number agrees with the
// birth date, gender and birthplace). No real person's data.

import type {
  AppointmentRecord,
  AppraisalGrade,
  AppraisalRecord,
  EducationRecord,
  FamilyMember,
  PersonRecord,
  TitleLevel,
  TitleRecord,
} from '../registry/types.js';
import { computeCheckChar } from '../registry/id-number.js';
import { DAYS_PER_YEAR, addYears, ageOn, civilFromDays, compactFromDays, daysFromCivil, isoFromDays, yearOf } from './dates.js';
import {
  IN_SERVICE_BACHELOR,
  IN_SERVICE_MASTER,
  pickInService,
  pickSchoolAndMajor,
  type EduLevel,
  type Field,
} from './education-data.js';
import {
  OUT_OF_PROVINCE_BIRTHPLACES,
  SICHUAN_COUNTIES,
  TIBETAN_AREA_COUNTIES,
  countyByCode,
  prefectureByCode,
  type CountyInfo,
} from './geography.js';
import { hanGivenName, personName, pickSurname, surnameOf, tibetanName, yiGivenName } from './names.js';
import { RANK_LADDER, TITLE_NAMES, fieldFor, type Role } from './roles.js';
import { Rng, makePicker } from './rng.js';
import {
  DEMOCRATIC_PARTIES,
  DEPT_SPECIALITIES,
  ENTERPRISE_LADDER,
  GRADE_LABELS,
  HIGH_ALTITUDE_NOTES,
  ILLNESS_NOTES,
  MAJOR_SPECIALITIES,
  OTHER_MINORITIES,
  TOP_UNIVERSITIES,
} from './person-data.js';
import type { CountyUnits, UnitMeta, UnitTree } from './units.js';

const YEAR = DAYS_PER_YEAR;
const years = (n: number): number => Math.round(n * YEAR);

interface Stint {
  unitId: number | null;
  unitName: string;
  post: string;
  postKind: string | null;
  rank: string | null;
  start: number;
  end: number | null;
  /** A Tibet-aid secondment (挂职). */
  isAid?: boolean;
}

interface Place {
  code: string;
  /** 籍贯/出生地 text: 四川理塘, 四川成都, 重庆万州. */
  text: string;
}

export interface PeopleContext {
  tree: UnitTree;
  today: number;
  rng: Rng;
  /** Supporting city code → the Tibetan-area counties it supports. */
  pairedByCity: Map<string, string[]>;
}

/** Minimum years at each rung of the ladder before the next promotion (150 → 142 … 122 → 121). */
const MIN_YEARS_AT_RANK = [3, 2, 3, 2, 3, 2];

export class PersonGenerator {
  private readonly rng: Rng;
  private readonly today: number;
  private readonly todayYear: number;
  private readonly tree: UnitTree;
  private readonly idSeen = new Set<string>();
  private readonly pairedByCity: Map<string, string[]>;
  private readonly ethnicBirthplaces = new Map<string, (rng: Rng) => CountyInfo>();
  private readonly anyBirthplace: (rng: Rng) => CountyInfo;
  private readonly countiesByPrefecture = new Map<string, CountyInfo[]>();
  private readonly chengduDistricts: CountyInfo[];

  constructor(ctx: PeopleContext) {
    this.rng = ctx.rng;
    this.today = ctx.today;
    this.todayYear = yearOf(ctx.today);
    this.tree = ctx.tree;
    this.pairedByCity = ctx.pairedByCity;
    for (const c of SICHUAN_COUNTIES) {
      const list = this.countiesByPrefecture.get(c.prefectureCode) ?? [];
      list.push(c);
      this.countiesByPrefecture.set(c.prefectureCode, list);
    }
    // Han cadres born anywhere in the province: weight by a rough population share
    // (minority-area counties weigh less, Chengdu more).
    this.anyBirthplace = makePicker(
      SICHUAN_COUNTIES.map((c) => {
        const minority = c.ethnicMix.reduce((s, [, x]) => s + x, 0);
        const w = (1 - minority) * (c.prefectureCode === '510100' ? 1.6 : 1);
        return [c, Math.max(0.05, w)] as const;
      }),
    );
    for (const e of ['04', '07', '33', '03', '06', '20', '15']) {
      const pairs = SICHUAN_COUNTIES.flatMap((c) => {
        const share = c.ethnicMix.find(([x]) => x === e)?.[1] ?? 0;
        return share > 0 ? [[c, share] as const] : [];
      });
      if (pairs.length > 0) this.ethnicBirthplaces.set(e, makePicker(pairs));
    }
    this.chengduDistricts = SICHUAN_COUNTIES.filter((c) => c.prefectureCode === '510100' && c.type === 'district');
  }

  private meta(id: number): UnitMeta {
    const m = this.tree.meta[id - 1];
    if (!m) throw new Error(`no unit ${id}`);
    return m;
  }

  private countyUnits(code: string): CountyUnits {
    const c = this.tree.counties.get(code);
    if (!c) throw new Error(`no county ${code}`);
    return c;
  }

  // ---------------------------------------------------------------------------------------

  generate(meta: UnitMeta, role: Role): PersonRecord {
    const rng = this.rng;
    const today = this.today;

    // Identity -------------------------------------------------------------------------------
    const isMale = !rng.chance(role.women);
    const age = this.pickAge(role);
    const latest = addYears(today, -age); // born on or before this day
    const earliest = addYears(today, -(age + 1)) + 1;
    const birth = earliest + rng.int(0, latest - earliest);
    const birthYear = yearOf(birth);
    const ethnicity = this.pickEthnicity(meta);
    const birthplace = this.pickBirthplace(meta, ethnicity);
    const growth = rng.chance(0.88) ? birthplace : this.nearbyPlace(birthplace, meta);
    const nativePlace = rng.chance(0.85) ? birthplace : this.nearbyPlace(birthplace, meta);
    const name = personName(rng, ethnicity, isMale, birthYear);
    const idNumber = this.makeIdNumber(birthplace.code, birth, isMale);

    // Education and first job ----------------------------------------------------------------
    const field = fieldFor(role, meta.dept, rng);
    const education: EducationRecord[] = [];
    const workStart = this.education(role, meta, age, birth, ethnicity, field, education);

    // Career ---------------------------------------------------------------------------------
    const stints = mergeRepeats(role.track === 'cadre' ? this.cadreCareer(meta, role, workStart) : this.simpleCareer(meta, role, workStart));
    const current = stints[stints.length - 1];
    if (!current) throw new Error('empty career');
    let unitStart = current.start;
    for (let i = stints.length - 2; i >= 0; i--) {
      const s = stints[i];
      if (!s || s.unitId !== current.unitId || s.isAid) break;
      unitStart = s.start;
    }
    let rankStart: number | null = null;
    if (role.rank) {
      rankStart = current.start;
      for (let i = stints.length - 2; i >= 0; i--) {
        const s = stints[i];
        if (!s || s.rank !== role.rank) break;
        rankStart = s.start;
      }
    }
    this.inService(role, age, workStart, field, ethnicity, education);

    // Titles, party, grade -------------------------------------------------------------------
    const titles = this.titles(role, meta, workStart);
    const politics = this.politics(role, age, birth);
    let grade: string | null = null;
    let post = role.post;
    if (role.isStaff) {
      grade = this.staffGrade(meta, workStart);
      if (grade) post = role.post === '科员' ? (GRADE_LABELS[grade] ?? post) : post;
    } else if (role.rank && role.track === 'cadre' && rng.chance(0.3)) {
      grade = leaderGrade(role.rank, rng);
    }
    current.post = post;

    // Flags ----------------------------------------------------------------------------------
    const isLeaderRank = role.rank === '142' || role.rank === '141' || role.rank === '132' || role.rank === '131';
    let reserveP = 0.02;
    if (role.track === 'cadre') {
      if (isLeaderRank) reserveP = age <= 40 ? 0.21 : age <= 45 ? 0.13 : age <= 50 ? 0.04 : 0;
      else if (role.rank === '150') reserveP = age <= 35 ? 0.04 : 0;
      else reserveP = 0;
    } else if (age > 50) reserveP = 0;
    const isReserve = rng.chance(reserveP);
    let poolTier: string | null = null;
    if (role.track === 'cadre') {
      if ((role.rank === '141' || role.rank === '132') && age <= 38 && rng.chance(0.12)) poolTier = 'county';
      else if ((role.rank === '142' || role.rank === '150') && age <= 30 && rng.chance(0.04)) poolTier = 'township';
    }
    const appraisals = this.appraisals(workStart, isReserve || poolTier !== null, role.isLeader);

    // Specialities and tags ------------------------------------------------------------------
    const fulltimeTop = education.filter((e) => e.mode === 'fulltime').at(-1);
    const specialities = this.specialities(meta, role, fulltimeTop?.major ?? null, ethnicity);
    const tags: string[] = [];
    if (role.track === 'cadre' && fulltimeTop?.school && TOP_UNIVERSITIES.has(fulltimeTop.school) && ageOn(birth, workStart) <= 26 && rng.chance(0.35)) tags.push('选调生');
    if ((ethnicity === '04' || ethnicity === '07') && role.track === 'cadre' && rng.chance(0.5)) tags.push('双语干部');
    if (stints.some((s) => s.isAid)) tags.push('援藏干部');
    if (role.postKind === 'village_first_secretary') tags.push('驻村第一书记');
    if (role.track === 'cadre' && isMale && rng.chance(0.015)) tags.push('退役军人');
    const highYears = this.highAltitudeYears(stints);
    if (highYears >= 10) tags.push('高原工作10年以上');

    // Health -----------------------------------------------------------------------------------
    const { health, healthNote } = this.health(age, highYears);

    // Family ---------------------------------------------------------------------------------
    const family = this.family(meta, isMale, birth, age, ethnicity, name, birthplace);
    const spouse = family.find((f) => f.relation === '妻子' || f.relation === '丈夫');
    // Provincial units sit in Chengdu.
    const workPrefecture = meta.prefectureCode ?? '510100';
    const spouseApart = !!spouse?.divisionCode && spouse.divisionCode.slice(0, 4) !== workPrefecture.slice(0, 4);
    if (spouseApart) tags.push('夫妻两地分居');

    const serviceIntention = this.serviceIntention(meta, role, age, growth, spouseApart ? spouse?.divisionCode ?? null : null, specialities, highYears);

    const appointments: AppointmentRecord[] = stints.map((s) => ({
      unitId: s.unitId,
      unitName: s.unitName,
      post: s.post,
      postKind: s.postKind,
      rank: s.rank,
      startDate: isoFromDays(s.start),
      endDate: s.end === null ? null : isoFromDays(s.end),
    }));

    return {
      name,
      gender: isMale ? '1' : '2',
      ethnicity,
      birthDate: isoFromDays(birth),
      idNumber,
      nativePlace: nativePlace.text,
      birthplace: birthplace.text,
      growthPlace: growth.code,
      politicalStatus: politics.status,
      partyJoinDate: politics.joinDate,
      partyNote: politics.note,
      workStartDate: isoFromDays(workStart),
      category: role.category,
      unitId: meta.unit.id,
      post,
      postKind: role.postKind,
      rank: role.rank,
      grade,
      rankStartDate: rankStart === null ? null : isoFromDays(rankStart),
      postStartDate: isoFromDays(current.start),
      unitStartDate: isoFromDays(unitStart),
      isReserve,
      poolTier,
      specialities,
      tags,
      health,
      healthNote,
      serviceIntention,
      education,
      titles,
      appointments,
      appraisals,
      family,
    };
  }

  // ---- identity ---------------------------------------------------------------------------

  private pickAge(role: Role): number {
    const rng = this.rng;
    let [min, mode, max] = role.age;
    min = Math.max(22, min);
    max = Math.min(59, max);
    if (role.isStaff) {
      // Most 科员 are young; a minority are long-serving non-leading staff.
      if (rng.chance(0.68)) [mode, max] = [27, Math.min(max, 40)];
      else [min, mode] = [Math.max(min, 30), 46];
    }
    const a = Math.floor(rng.tri(min, Math.min(Math.max(mode, min), max), max + 1));
    return Math.min(max, Math.max(min, a));
  }

  private pickEthnicity(meta: UnitMeta): string {
    let r = this.rng.next();
    for (const [e, share] of meta.mix) {
      if (r < share) return e;
      r -= share;
    }
    if (r < 0.012) return OTHER_MINORITIES[Math.floor((r / 0.012) * OTHER_MINORITIES.length)] ?? '03';
    return '01';
  }

  private placeOf(c: CountyInfo): Place {
    const pref = prefectureByCode(c.prefectureCode);
    const bare = c.type === 'district' && pref ? pref.bareName : c.bareName;
    return { code: c.code, text: `四川${bare}` };
  }

  private pickBirthplace(meta: UnitMeta, ethnicity: string): Place {
    const rng = this.rng;
    const local = meta.countyCode ? countyByCode(meta.countyCode) : undefined;
    if (ethnicity === '01' || ethnicity === '15' || ethnicity === '11') {
      if (rng.chance(meta.unit.level === 'province' ? 0.06 : 0.025)) {
        const o = rng.pick(OUT_OF_PROVINCE_BIRTHPLACES);
        return { code: o.code, text: o.nativePlace };
      }
      if (local && rng.chance(0.6)) return this.placeOf(local);
      const prefCounties = meta.prefectureCode ? this.countiesByPrefecture.get(meta.prefectureCode) : undefined;
      if (prefCounties && rng.chance(0.65)) return this.placeOf(rng.pick(prefCounties));
      return this.placeOf(this.anyBirthplace(rng));
    }
    const hasShare = (c: CountyInfo | undefined): boolean => !!c && c.ethnicMix.some(([e, s]) => e === ethnicity && s >= 0.05);
    if (local && hasShare(local) && rng.chance(0.65)) return this.placeOf(local);
    const prefCounties = meta.prefectureCode ? this.countiesByPrefecture.get(meta.prefectureCode)?.filter(hasShare) : undefined;
    if (prefCounties && prefCounties.length > 0 && rng.chance(0.8)) return this.placeOf(rng.pick(prefCounties));
    const picker = this.ethnicBirthplaces.get(ethnicity);
    return this.placeOf(picker ? picker(rng) : this.anyBirthplace(rng));
  }

  /** Another county of the same prefecture (for 籍贯 or 成长地 differing from 出生地). */
  private nearbyPlace(p: Place, meta: UnitMeta): Place {
    const c = countyByCode(p.code);
    if (!c) return p;
    const list = this.countiesByPrefecture.get(c.prefectureCode);
    if (!list) return p;
    if (meta.countyCode && this.rng.chance(0.4)) {
      const work = countyByCode(meta.countyCode);
      if (work) return this.placeOf(work);
    }
    return this.placeOf(this.rng.pick(list));
  }

  private makeIdNumber(divisionCode: string, birth: number, isMale: boolean): string {
    const head = divisionCode + compactFromDays(birth);
    for (let attempt = 0; attempt < 500; attempt++) {
      const seq = this.rng.int(0, 499) * 2 + (isMale ? 1 : 0);
      const first17 = head + String(seq).padStart(3, '0');
      if (!this.idSeen.has(first17)) {
        this.idSeen.add(first17);
        return first17 + computeCheckChar(first17);
      }
    }
    // 500 numbers per day, gender and county are far more than a demo needs.
    throw new Error('ID sequence space exhausted');
  }

  // ---- education --------------------------------------------------------------------------

  private fulltimeLevel(role: Role, meta: UnitMeta, age: number, ethnicity: string): EduLevel {
    const rng = this.rng;
    const provincial = meta.unit.level === 'province';
    const r = rng.next();
    if (role.title === 'lecturer') return r < 0.55 ? '11' : r < 0.9 ? '14' : '21';
    switch (role.track) {
      case 'faculty':
        return r < 0.45 ? '11' : r < 0.9 ? '14' : '21';
      case 'researcher':
        return r < 0.3 ? '11' : r < 0.75 ? '14' : '21';
      case 'doctor':
        if (provincial) return r < 0.25 ? '11' : r < 0.7 ? '14' : '21';
        if (age < 40) return r < 0.1 ? '14' : r < 0.92 ? '21' : '31';
        return r < 0.5 ? '21' : r < 0.85 ? '31' : '41';
      case 'nurse':
      case 'medtech':
        if (age < 35) return r < 0.45 ? '21' : '31';
        return r < 0.25 ? '21' : r < 0.7 ? '31' : '41';
      case 'teacher':
        if (age < 40) return r < 0.05 ? '14' : r < 0.83 ? '21' : '31';
        return r < 0.3 ? '21' : r < 0.72 ? '31' : '41';
      case 'village':
        return r < 0.35 ? '31' : '41';
      default:
        break;
    }
    const minorityArea = ethnicity !== '01';
    if (age < 35) {
      if (provincial) return r < 0.42 ? '14' : r < 0.97 ? '21' : '31';
      if (meta.unit.level === 'prefecture') return r < 0.15 ? '14' : r < 0.9 ? '21' : '31';
      return r < 0.05 ? '14' : r < (minorityArea ? 0.72 : 0.82) ? '21' : r < 0.98 ? '31' : '41';
    }
    if (age < 45) {
      if (provincial) return r < 0.2 ? '14' : r < 0.9 ? '21' : '31';
      return r < 0.03 ? '14' : r < (minorityArea ? 0.5 : 0.62) ? '21' : r < 0.9 ? '31' : '41';
    }
    if (age < 53) {
      if (provincial) return r < 0.08 ? '14' : r < 0.7 ? '21' : '31';
      return r < 0.42 ? '21' : r < 0.78 ? '31' : '41';
    }
    if (provincial) return r < 0.55 ? '21' : r < 0.9 ? '31' : '41';
    return r < 0.3 ? '21' : r < 0.65 ? '31' : '41';
  }

  /** Fills the full-time education records and returns the work start day. */
  private education(role: Role, meta: UnitMeta, age: number, birth: number, ethnicity: string, field: Field, out: EducationRecord[]): number {
    const rng = this.rng;
    const level = this.fulltimeLevel(role, meta, age, ethnicity);
    const [by, bm] = civilFromDays(birth);
    const schoolStartYear = by + 6 + (bm >= 9 ? 1 : 0) + (rng.chance(0.12) ? 1 : 0);
    const latestEnd = this.today - 60;
    // Years of schooling before each level ends: 初中 9 → 中专 3; 高中 12 → 专科 3 / 本科 4 (5 for medicine).
    const bachelorYears = field === 'medical' ? 5 : 4;
    const steps: Array<{ level: EduLevel; years: number }> = [];
    if (level === '41') steps.push({ level: '41', years: 3 });
    else if (level === '31') steps.push({ level: '31', years: 3 });
    else {
      steps.push({ level: '21', years: bachelorYears });
      if (level === '14' || level === '11') steps.push({ level: '14', years: 3 });
      if (level === '11') steps.push({ level: '11', years: 3 });
    }
    // Start of the first step: after 9 years of school (中专) or 12 (others); a gap year sometimes.
    let start = schoolStartYear + (level === '41' ? 9 : 12) + (rng.chance(0.08) ? 1 : 0);
    const totalYears = steps.reduce((s, x) => s + x.years, 0);
    // Too young for the full path by today: start earlier (skipped grade) as needed.
    while (daysFromCivil(start + totalYears, 7, 1) > latestEnd) start--;
    let year = start;
    for (let i = 0; i < steps.length; i++) {
      const s = steps[i];
      if (!s) continue;
      const remaining = steps.slice(i).reduce((sum, x) => sum + x.years, 0);
      if (i > 0 && rng.chance(0.25) && daysFromCivil(year + 1 + remaining, 7, 1) <= latestEnd) year += 1;
      // Cadres sometimes took a master's in another field; professionals stay in theirs.
      const stepField = i > 0 && role.track === 'cadre' && rng.chance(0.3) ? 'general' : field;
      const sm = pickSchoolAndMajor(rng, s.level, stepField, ethnicity);
      out.push({
        mode: 'fulltime',
        level: s.level,
        degree: sm.degree,
        school: sm.school,
        major: sm.major,
        startDate: isoFromDays(daysFromCivil(year, 9, 1)),
        endDate: isoFromDays(daysFromCivil(year + s.years, 7, 1)),
      });
      year += s.years;
    }
    const end = daysFromCivil(year, 7, 1);
    let workStart = end + rng.int(0, 100);
    const minStart = addYears(birth, 18);
    if (workStart < minStart) workStart = minStart + rng.int(0, 200);
    return Math.min(workStart, this.today - 30);
  }

  private inService(role: Role, age: number, workStart: number, field: Field, ethnicity: string, education: EducationRecord[]): void {
    const rng = this.rng;
    const top = education[education.length - 1];
    if (!top) return;
    const level = top.level;
    let options: typeof IN_SERVICE_BACHELOR | null = null;
    let newLevel = '';
    if ((level === '41' || level === '31') && age >= 27 && rng.chance(role.track === 'enterprise' ? 0.4 : 0.68)) {
      options = IN_SERVICE_BACHELOR;
      newLevel = '21';
    } else if (level === '21' && age >= 30 && role.track !== 'village' && rng.chance(role.track === 'cadre' ? 0.2 : 0.1)) {
      options = IN_SERVICE_MASTER;
      newLevel = '14';
    }
    if (!options) return;
    const start = daysFromCivil(yearOf(workStart + years(rng.int(2, 10)) + rng.int(0, 200)), 3, 1);
    const end = daysFromCivil(yearOf(start + years(rng.chance(0.5) ? 2.5 : 3)), 7, 1);
    if (start <= workStart || end > this.today - 30) return;
    const o = pickInService(rng, options, field, role.track === 'cadre');
    const school = ethnicity === '04' && o.school === '中共四川省委党校' && rng.chance(0.3) ? '中共甘孜州委党校' : o.school;
    education.push({
      mode: 'inservice',
      level: newLevel,
      degree: o.degree,
      school,
      major: o.major,
      startDate: isoFromDays(start),
      endDate: isoFromDays(end),
    });
  }

  // ---- careers ----------------------------------------------------------------------------

  /** Ranked civil servants: periods at each rung, then stints (1–6) placed in plausible units. */
  private cadreCareer(meta: UnitMeta, role: Role, workStart: number): Stint[] {
    const rng = this.rng;
    const today = this.today;
    const k = RANK_LADDER.findIndex((r) => r === role.rank);
    const total = today - workStart;
    const boundary = role.postKind === 'township_party_secretary' && rng.chance(0.06);

    // Rank periods [start, end) for rungs 0..k; the last ends today.
    const lengths: number[] = [];
    if (k <= 0) {
      lengths.push(total);
    } else {
      let cur: number;
      if (boundary) {
        // Exactly three years ago, or one day either side: the 3-year tenure boundary.
        cur = today - (addYears(today, -3) + rng.int(-1, 1));
      } else {
        cur = Math.round(rng.tri(0.3, 2.5, 9) * YEAR);
      }
      const mins = MIN_YEARS_AT_RANK.slice(0, k).map((y) => y * YEAR);
      const minSum = mins.reduce((s, x) => s + x, 0);
      if (!boundary && cur + minSum > total) cur = Math.max(Math.round(0.25 * YEAR), total - minSum);
      const scale = cur + minSum > total ? Math.max(0, (total - cur) / minSum) : 1;
      const slack = Math.max(0, total - cur - minSum * scale);
      const weights = mins.map((_, i) => rng.next() + 0.3 + (i === 0 ? 0.9 : i === 1 ? 0.4 : 0));
      const wSum = weights.reduce((s, x) => s + x, 0);
      let used = 0;
      for (let i = 0; i < k; i++) {
        const len = Math.round((mins[i] ?? 0) * scale + (slack * (weights[i] ?? 0)) / wSum);
        lengths.push(len);
        used += len;
      }
      lengths.push(total - used);
    }

    // Split periods into stints.
    interface Piece { rankIdx: number; start: number; end: number; absorbed: number[] }
    const pieces: Piece[] = [];
    let t = workStart;
    const maxStints = k >= 5 ? 6 : rng.int(Math.min(k + 1, 6), 6);
    lengths.forEach((len, i) => {
      const start = t;
      const end = t + len;
      t = end;
      const splitP = i === k ? (boundary ? 0 : role.isStaff ? 0.35 : 0.45) : len > years(5) ? 0.5 : 0.1;
      if (len > years(2) && rng.chance(splitP) && pieces.length + (k - i) + 2 <= maxStints) {
        const cut = start + Math.round(len * (0.3 + rng.next() * 0.4));
        pieces.push({ rankIdx: i, start, end: cut, absorbed: [] });
        pieces.push({ rankIdx: i, start: cut, end, absorbed: [] });
      } else {
        pieces.push({ rankIdx: i, start, end, absorbed: [] });
      }
    });
    // At most six stints: fold the earliest ones together; the folded stint is written the
    // way 简历 lines are ("科员、综合科副科长"), with the later rank.
    while (pieces.length > 6) {
      const a = pieces.shift();
      const b = pieces[0];
      if (a && b) {
        b.start = a.start;
        if (a.rankIdx !== b.rankIdx) b.absorbed.unshift(...a.absorbed, a.rankIdx);
      }
    }

    const scope = this.scopeOf(meta);
    const stints: Stint[] = pieces.map((p, idx) => {
      const isCurrent = idx === pieces.length - 1;
      const rank = RANK_LADDER[p.rankIdx] ?? '150';
      if (isCurrent) {
        return { unitId: meta.unit.id, unitName: meta.fullName, post: role.post, postKind: role.postKind, rank: role.rank, start: p.start, end: null };
      }
      const nextIsCurrentRank = p.rankIdx === k;
      const past = this.pastCadrePost(meta, role, rank, scope, nextIsCurrentRank, k);
      if (p.absorbed.includes(0)) past.post = `科员、${past.post}`;
      return { ...past, rank, start: p.start, end: p.end };
    });
    mergeRepeats(stints);
    // Village first secretaries are sent for a term of about two years from a county
    // department or township; their earlier service is there, not in the village.
    const last = stints[stints.length - 1];
    if (role.postKind === 'village_first_secretary' && last && today - last.start > years(3)) {
      const cut = today - Math.round(rng.tri(0.3, 1.5, 3) * YEAR);
      const prev = stints[stints.length - 2];
      if (stints.length < 6 || !prev) {
        stints.splice(stints.length - 1, 0, { ...this.pastCadrePost(meta, role, last.rank ?? '150', scope, true, k), rank: last.rank, start: last.start, end: cut });
      } else {
        prev.end = cut;
      }
      last.start = cut;
    }
    this.maybeAidStint(meta, stints);
    return stints;
  }

  private scopeOf(meta: UnitMeta): 'county' | 'prefecture' | 'province' {
    return meta.countyCode ? 'county' : meta.prefectureCode ? 'prefecture' : 'province';
  }

  /** A past post at the given rank for someone now in `meta`. */
  private pastCadrePost(meta: UnitMeta, role: Role, rank: string, scope: 'county' | 'prefecture' | 'province', sameRankAsNow: boolean, currentIdx: number): Omit<Stint, 'rank' | 'start' | 'end'> {
    const rng = this.rng;
    if (scope === 'county' && meta.countyCode) {
      // Mostly in the same county; county-level leaders sometimes came from a neighbour county.
      let countyCode = meta.countyCode;
      if ((rank === '132' || rank === '131') && rng.chance(0.3)) countyCode = this.neighbourCounty(meta.countyCode);
      return this.countyPost(countyCode, rank, role, sameRankAsNow, currentIdx);
    }
    if (scope === 'prefecture' && meta.prefectureCode) {
      const pref = this.tree.prefectures.get(meta.prefectureCode);
      if (!pref) throw new Error('no prefecture');
      const inCounty = rank === '150' || rank === '142' || rank === '141' ? rng.chance(0.55) : rank === '132' || rank === '131' ? rng.chance(0.4) : false;
      if (inCounty) return this.countyPost(rng.pick(pref.countyCodes), rank, role, false, currentIdx);
      if (rank === '122' || rank === '121') {
        const party = this.meta(pref.partyId);
        const pz = party.unit.name.endsWith('州委') ? '州' : '市';
        return { unitId: party.unit.id, unitName: party.fullName, post: rng.pick([`${pz}委常委、组织部部长`, `副${pz}长`, `${pz}委常委、宣传部部长`, `${pz}委常委、常务副${pz}长`]), postKind: null };
      }
      const sameUnit = meta.template === 'pref_dept' && rng.chance(0.5);
      const deptId = sameUnit ? meta.unit.id : rng.pick(pref.deptIdList);
      return this.prefectureDeptPost(this.meta(deptId), rank);
    }
    // Provincial: young provincial staff mostly stayed in the same organ; some came up from a
    // prefecture or county (选上来), some moved between organs.
    if ((rank === '150' || rank === '142' || rank === '141') && rng.chance(0.25)) {
      const pref = rng.pick([...this.tree.prefectures.values()]);
      if (rng.chance(0.5)) return this.countyPost(rng.pick(pref.countyCodes), rank, role, false, currentIdx);
      return this.prefectureDeptPost(this.meta(rng.pick(pref.deptIdList)), rank);
    }
    if ((rank === '131' || rank === '132') && rng.chance(0.15)) {
      const pref = rng.pick([...this.tree.prefectures.values()]);
      return this.countyPost(rng.pick(pref.countyCodes), rank, role, false, currentIdx);
    }
    // Provincial organs, colleges, institutes and central units mostly promote from within.
    const ownLadder = meta.template === 'prov_organ' || meta.template === 'college' || meta.template === 'institution' || meta.template === 'central_gov';
    const organId = ownLadder && rng.chance(meta.template === 'prov_organ' ? 0.7 : 0.8) ? meta.unit.id : rng.pick(this.tree.provincialOrganIds);
    const organ = this.meta(organId);
    const isOrgan = organ.template === 'prov_organ' || organ.template === 'central_gov';
    const post =
      rank === '150'
        ? '科员'
        : rank === '142'
          ? isOrgan ? '副主任科员' : '副科长'
          : rank === '141'
            ? isOrgan ? '主任科员' : '科长'
            : rank === '132'
              ? '副处长'
              : rank === '131'
                ? '处长'
                : organ.deputy || '副厅长';
    return { unitId: organ.unit.id, unitName: organ.fullName, post, postKind: rank === '122' ? 'department_deputy' : rank === '150' ? 'staff' : null };
  }

  private neighbourCounty(code: string): string {
    const c = countyByCode(code);
    const list = c ? this.countiesByPrefecture.get(c.prefectureCode) : undefined;
    return list ? this.rng.pick(list).code : code;
  }

  private prefectureDeptPost(dept: UnitMeta, rank: string): Omit<Stint, 'rank' | 'start' | 'end'> {
    const base = { unitId: dept.unit.id, unitName: dept.fullName };
    switch (rank) {
      case '131':
        return { ...base, post: dept.head || '局长', postKind: 'department_head' };
      case '132':
        return { ...base, post: dept.deputy || '副局长', postKind: 'department_deputy' };
      case '141':
        return { ...base, post: '综合科科长', postKind: null };
      case '142':
        return { ...base, post: '综合科副科长', postKind: null };
      default:
        return { ...base, post: '科员', postKind: 'staff' };
    }
  }

  private countyPost(countyCode: string, rank: string, role: Role, sameRankAsNow: boolean, currentIdx: number): Omit<Stint, 'rank' | 'start' | 'end'> {
    const rng = this.rng;
    const cu = this.countyUnits(countyCode);
    const x = cu.info.name.slice(-1);
    const township = (): UnitMeta => this.meta(rng.pick(cu.townshipIds));
    const dept = (): UnitMeta => this.meta(rng.pick(cu.deptIdList));
    const party = this.meta(cu.partyId);
    switch (rank) {
      case '150': {
        const u = rng.chance(0.55) ? township() : dept();
        return { unitId: u.unit.id, unitName: u.fullName, post: '科员', postKind: 'staff' };
      }
      case '142': {
        if (rng.chance(0.58)) {
          const u = township();
          const t = u.townshipType ?? '镇';
          const options: ReadonlyArray<readonly [string, string]> =
            t === '街道'
              ? ([['街道办事处副主任', 'township_deputy'], ['街道党工委副书记', 'township_deputy_secretary'], ['街道纪工委书记', 'township_deputy']] as const)
              : ([[`${t}党委委员、副${t}长`, 'township_deputy'], [`副${t}长`, 'township_deputy'], [`${t}党委副书记`, 'township_deputy_secretary'], [`${t}纪委书记`, 'township_deputy']] as const);
          const [post, kind] = rng.pick(options);
          return { unitId: u.unit.id, unitName: u.fullName, post, postKind: kind };
        }
        const u = dept();
        return { unitId: u.unit.id, unitName: u.fullName, post: u.deputy || '副局长', postKind: 'department_deputy' };
      }
      case '141': {
        // Leaders above 正科 mostly led a township; a current township secretary was often
        // a township head first.
        const nowTownshipSecretary = role.postKind === 'township_party_secretary' && sameRankAsNow;
        const viaTownship = nowTownshipSecretary ? rng.chance(0.75) : currentIdx > 2 ? rng.chance(0.72) : rng.chance(0.55);
        if (viaTownship) {
          const u = township();
          const t = u.townshipType ?? '镇';
          const secretary = nowTownshipSecretary ? rng.chance(0.3) : currentIdx > 2 ? rng.chance(0.7) : rng.chance(0.5);
          if (secretary) return { unitId: u.unit.id, unitName: u.fullName, post: t === '街道' ? '街道党工委书记' : `${t}党委书记`, postKind: 'township_party_secretary' };
          return { unitId: u.unit.id, unitName: u.fullName, post: t === '街道' ? '街道党工委副书记、办事处主任' : `${t}党委副书记、${t}长`, postKind: 'township_head' };
        }
        const u = dept();
        return { unitId: u.unit.id, unitName: u.fullName, post: u.head || '局长', postKind: 'department_head' };
      }
      case '132':
        return {
          unitId: party.unit.id,
          unitName: party.fullName,
          post: rng.pick([`副${x}长`, `副${x}长`, `${x}委常委、组织部部长`, `${x}委常委、常务副${x}长`, `${x}委常委、宣传部部长`, `${x}委副书记`]),
          postKind: 'county_team_deputy',
        };
      case '131':
        if (role.postKind === 'county_party_secretary' && sameRankAsNow) {
          return { unitId: party.unit.id, unitName: party.fullName, post: `${x}委副书记、${x}长`, postKind: 'county_head' };
        }
        return rng.chance(0.5)
          ? { unitId: party.unit.id, unitName: party.fullName, post: `${x}委副书记、${x}长`, postKind: 'county_head' }
          : { unitId: party.unit.id, unitName: party.fullName, post: `${x}委书记`, postKind: 'county_party_secretary' };
      default: {
        const u = dept();
        return { unitId: u.unit.id, unitName: u.fullName, post: '科员', postKind: 'staff' };
      }
    }
  }

  /**
   * A few inland county-level cadres of the supporting cities served a two-year Tibet-aid
   * secondment in a paired county: one earlier stint is replaced by that 挂职 post.
   */
  private maybeAidStint(meta: UnitMeta, stints: Stint[]): void {
    const rng = this.rng;
    if (!meta.prefectureCode || meta.unit.isTibetanArea || stints.length < 2) return;
    const paired = this.pairedByCity.get(meta.prefectureCode);
    if (!paired || !rng.chance(0.06)) return;
    const candidates = stints.slice(0, -1).filter((s) => (s.rank === '142' || s.rank === '141' || s.rank === '132') && s.end !== null && s.end - s.start >= years(1.5));
    if (candidates.length === 0) return;
    const s = rng.pick(candidates);
    const cu = this.countyUnits(rng.pick(paired));
    const x = cu.info.name.slice(-1);
    if (s.rank === '132') {
      const party = this.meta(cu.partyId);
      Object.assign(s, { unitId: party.unit.id, unitName: party.fullName, post: `${x}委常委、副${x}长（挂职）`, postKind: 'county_team_deputy', isAid: true });
    } else {
      const u = this.meta(rng.pick(cu.townshipIds));
      const t = u.townshipType ?? '乡';
      Object.assign(s, { unitId: u.unit.id, unitName: u.fullName, post: `${t}党委副书记（挂职）`, postKind: 'township_deputy_secretary', isAid: true });
    }
  }

  /** Professionals, enterprise staff, village secretaries: 1–3 stints without ranks. */
  /** SOE managers climbed the company ladder; a few top managers came from another SOE. */
  private enterpriseCareer(meta: UnitMeta, role: Role, workStart: number): Stint[] {
    const rng = this.rng;
    const c = ENTERPRISE_LADDER.indexOf(role.post);
    const total = this.today - workStart;
    const steps: number[] = [0];
    for (let i = 1; i < c; i++) if (rng.chance(i >= 3 ? 0.8 : 0.6)) steps.push(i);
    steps.push(c);
    while (steps.length > 6) steps.splice(1, 1);
    const current = Math.min(Math.round(rng.tri(0.5, 3, 8) * YEAR), Math.round(total * 0.4));
    const weights = steps.slice(0, -1).map((_, i) => rng.next() + 0.5 + (i === 0 ? 1 : 0));
    const wSum = weights.reduce((a, b) => a + b, 0);
    const stints: Stint[] = [];
    let t = workStart;
    steps.forEach((step, i) => {
      const isLast = i === steps.length - 1;
      const len = isLast ? 0 : Math.max(1, Math.round(((total - current) * (weights[i] ?? 1)) / wSum));
      const post = ENTERPRISE_LADDER[step] ?? '职员';
      const fromOther = !isLast && step >= 3 && rng.chance(0.25);
      const other = fromOther ? this.tree.meta.find((m) => m.template === 'soe' && m.unit.id !== meta.unit.id && rng.chance(0.3)) : undefined;
      const unit = other ?? meta;
      stints.push({
        unitId: unit.unit.id,
        unitName: unit.fullName,
        post: isLast ? role.post : post,
        postKind: isLast ? role.postKind : step === 0 ? 'staff' : 'enterprise_manager',
        rank: null,
        start: t,
        end: isLast ? null : t + len,
      });
      t += len;
    });
    return stints;
  }

  private simpleCareer(meta: UnitMeta, role: Role, workStart: number): Stint[] {
    const rng = this.rng;
    if (role.track === 'enterprise' && ENTERPRISE_LADDER.indexOf(role.post) > 0) return this.enterpriseCareer(meta, role, workStart);
    const total = this.today - workStart;
    let n = total < years(4) ? 1 : rng.weighted([[1, 0.35], [2, 0.45], [3, 0.2]] as const);
    if (role.isLeader && n === 1 && total > years(6)) n = 2;
    const cuts: number[] = [];
    for (let i = 1; i < n; i++) cuts.push(workStart + Math.round(total * (i / n) * (0.75 + rng.next() * 0.4)));
    cuts.sort((a, b) => a - b);
    const bounds = [workStart, ...cuts, this.today];
    const stints: Stint[] = [];
    for (let i = 0; i < n; i++) {
      const start = bounds[i] ?? workStart;
      const end = i === n - 1 ? null : (bounds[i + 1] ?? this.today);
      if (i === n - 1) {
        stints.push({ unitId: meta.unit.id, unitName: meta.fullName, post: role.post, postKind: role.postKind, rank: null, start, end: null });
      } else {
        stints.push({ ...this.pastProfessionalPost(meta, role, i, n), rank: null, start, end });
      }
    }
    return stints;
  }

  private pastProfessionalPost(meta: UnitMeta, role: Role, i: number, n: number): Omit<Stint, 'rank' | 'start' | 'end'> {
    const rng = this.rng;
    const county = meta.countyCode ? this.tree.counties.get(meta.countyCode) : meta.prefectureCode ? this.tree.counties.get(rng.pick(this.tree.prefectures.get(meta.prefectureCode)?.countyCodes ?? ['510104'])) : undefined;
    const townName = (): string => (county ? this.meta(rng.pick(county.townshipIds)).fullName : meta.fullName);
    const isLast = i === n - 2;
    switch (role.track) {
      case 'teacher': {
        if (role.isLeader && isLast) return { unitId: meta.unit.id, unitName: meta.fullName, post: role.postKind === 'department_head' ? '副校长' : '教师', postKind: role.postKind === 'department_head' ? 'department_deputy' : 'teacher' };
        if (county && rng.chance(0.4)) {
          const other = this.meta(rng.pick(county.schoolIds));
          return { unitId: other.unit.id, unitName: other.fullName, post: '教师', postKind: 'teacher' };
        }
        return { unitId: null, unitName: `${townName()}中心小学`, post: '教师', postKind: 'teacher' };
      }
      case 'doctor':
      case 'nurse':
      case 'medtech': {
        const post = role.track === 'doctor' ? '医生' : role.track === 'nurse' ? '护士' : '医技人员';
        const kind = role.track === 'doctor' ? 'doctor' : 'technician';
        if (role.isLeader && isLast) return { unitId: meta.unit.id, unitName: meta.fullName, post: role.postKind === 'department_head' ? '副院长' : '科室主任', postKind: role.postKind === 'department_head' ? 'department_deputy' : 'doctor' };
        if (county && rng.chance(0.55)) return { unitId: null, unitName: `${townName()}卫生院`, post, postKind: kind };
        return { unitId: meta.unit.id, unitName: meta.fullName, post, postKind: kind };
      }
      case 'village':
        return { unitId: meta.unit.id, unitName: meta.fullName, post: i === 0 && n > 2 ? '村委会委员' : '村委会主任', postKind: null };
      case 'enterprise': {
        const ladder = ['职员', '部门副经理', '部门经理', '副总经理', '总经理'];
        const pos = Math.max(0, ladder.indexOf(role.post) - (n - 1 - i));
        const post = role.post === '董事长' ? (i === n - 2 ? '总经理' : '副总经理') : (ladder[pos] ?? '职员');
        return { unitId: meta.unit.id, unitName: meta.fullName, post, postKind: post === '职员' ? 'staff' : 'enterprise_manager' };
      }
      case 'technician':
        if (county && role.title === 'agronomist' && rng.chance(0.5)) return { unitId: null, unitName: `${townName()}农业综合服务中心`, post: '技术员', postKind: 'technician' };
        return { unitId: meta.unit.id, unitName: meta.fullName, post: '技术员', postKind: 'technician' };
      default:
        return { unitId: meta.unit.id, unitName: meta.fullName, post: role.track === 'faculty' ? '教师' : '研究人员', postKind: role.track === 'faculty' ? 'teacher' : 'technician' };
    }
  }

  private highAltitudeYears(stints: Stint[]): number {
    let days = 0;
    for (const s of stints) {
      if (s.unitId === null) continue;
      const u = this.tree.units[s.unitId - 1];
      if (u && u.isTibetanArea && (u.altitude ?? 0) >= 3000) days += (s.end ?? this.today) - s.start;
    }
    return days / YEAR;
  }

  // ---- titles, politics, grades, appraisals -------------------------------------------------

  private titles(role: Role, meta: UnitMeta, workStart: number): TitleRecord[] {
    if (!role.title) return [];
    const rng = this.rng;
    const spec = TITLE_NAMES[role.title];
    const level = meta.unit.level;
    const pAssoc = level === 'province' ? 0.7 : level === 'prefecture' ? 0.55 : 0.42;
    const pSenior = level === 'province' ? 0.35 : level === 'prefecture' ? 0.15 : 0.05;
    const out: TitleRecord[] = [];
    const levels: TitleLevel[] = ['junior', 'intermediate', 'associate', 'senior'];
    let t = workStart + years(1) + rng.int(0, 200);
    const gaps = [rng.int(4, 7), rng.int(5, 8), rng.int(5, 10)];
    const probs = [role.isLeader ? 1 : 0.88, role.isLeader ? 0.85 : pAssoc, pSenior * (role.isLeader ? 2 : 1)];
    for (let i = 0; i < 4; i++) {
      if (t > this.today - 30) break;
      const name = spec.names[i] ?? '';
      out.push({ series: spec.series, level: levels[i] ?? 'junior', name, obtainedDate: isoFromDays(t) });
      const gap = gaps[i];
      const p = probs[i];
      if (gap === undefined || p === undefined || !rng.chance(p)) break;
      t += years(gap) + rng.int(0, 200);
    }
    return out;
  }

  private politics(role: Role, age: number, birth: number): { status: string; joinDate: string | null; note: string | null } {
    const rng = this.rng;
    const r = rng.next();
    let status: string;
    if (role.track === 'village' || role.postKind === 'village_first_secretary') status = '01';
    else if (role.track === 'cadre' && role.rank !== '150') {
      // Non-standing deputy county heads and the like are sometimes non-Party (党外干部).
      const nonParty = role.post === '副县长' || role.post === '副区长' || role.post === '副市长' ? 0.3 : 0.02;
      status = r < nonParty ? (rng.chance(0.7) ? 'dem' : '12') : '01';
    } else if (role.track === 'cadre' || role.category === 'party_government') {
      if (age < 28) status = r < 0.6 ? '01' : r < 0.68 ? '02' : r < 0.85 ? '03' : '13';
      else status = r < 0.88 ? '01' : r < 0.98 ? '13' : 'dem';
    } else if (role.track === 'enterprise') {
      status = role.isLeader ? (r < 0.92 ? '01' : '13') : age < 28 && r < 0.15 ? '03' : r < 0.68 ? '01' : '13';
    } else {
      status = role.isLeader ? (r < 0.85 ? '01' : 'dem') : age < 28 && r < 0.12 ? '03' : r < 0.5 ? '01' : r < 0.93 ? '13' : r < 0.98 ? 'dem' : '02';
    }
    if (status === 'dem') {
      const d = rng.weighted(DEMOCRATIC_PARTIES.map((x) => [x, x[2]] as const));
      return { status: d[0], joinDate: null, note: d[1] };
    }
    if (status === '03' && age >= 28) status = '13';
    if (status === '01') {
      const earliest = addYears(birth, 18) + rng.int(0, 200);
      const latest = this.today - 400;
      const join = Math.min(latest, earliest + Math.round(rng.tri(0, 3, 16) * YEAR));
      return { status, joinDate: isoFromDays(Math.max(earliest, join)), note: null };
    }
    if (status === '02') {
      const join = this.today - rng.int(30, 360);
      return { status, joinDate: isoFromDays(Math.max(addYears(birth, 18), join)), note: null };
    }
    return { status, joinDate: null, note: null };
  }

  private staffGrade(meta: UnitMeta, workStart: number): string | null {
    const y = (this.today - workStart) / YEAR;
    const rng = this.rng;
    if (y < 1) return null;
    if (y < 5) return 'G11';
    if (y < 8) return 'G10';
    if (y < 12) return 'G09';
    if (y < 16) return 'G08';
    if (meta.unit.level !== 'county' && meta.unit.level !== 'township' && y >= 22 && rng.chance(0.45)) return 'G06';
    return meta.unit.level === 'township' && rng.chance(0.4) ? 'G08' : 'G07';
  }

  private appraisals(workStart: number, promising: boolean, isLeader: boolean): AppraisalRecord[] {
    const rng = this.rng;
    const out: AppraisalRecord[] = [];
    const excellent = 0.14 + (promising ? 0.12 : 0) + (isLeader ? 0.04 : 0);
    for (let y = this.todayYear - 5; y <= this.todayYear - 1; y++) {
      // Appraised for a year only when working from before its second half.
      if (workStart > daysFromCivil(y, 7, 1)) continue;
      if (rng.chance(0.03)) continue; // record missing
      const r = rng.next();
      const grade: AppraisalGrade = r < excellent ? 'excellent' : r < 1 - 0.014 ? 'competent' : r < 1 - 0.002 ? 'basically_competent' : 'incompetent';
      out.push({ year: y, grade });
    }
    return out;
  }

  // ---- specialities, health, family, intention ------------------------------------------------

  private specialities(meta: UnitMeta, role: Role, major: string | null, ethnicity: string): string[] {
    const rng = this.rng;
    const out: string[] = [];
    const add = (s: string | undefined): void => {
      if (s && !out.includes(s)) out.push(s);
    };
    if (major) for (const [re, s] of MAJOR_SPECIALITIES) if (re.test(major)) { add(s); break; }
    switch (role.track) {
      case 'teacher':
        add('基础教育');
        if (role.isLeader) add('学校管理');
        break;
      case 'faculty':
        add(rng.pick(['高等教育', '科学研究']));
        break;
      case 'doctor':
        add('临床医学');
        add(ethnicity === '04' && rng.chance(0.3) ? '藏医' : rng.pick(['内科', '外科', '妇产科', '儿科', '中医', '急诊医学']));
        if (role.isLeader) add('医院管理');
        break;
      case 'nurse':
        add('护理');
        break;
      case 'medtech':
        add(rng.pick(['医学检验', '医学影像']));
        break;
      case 'village':
        add('群众工作');
        add(rng.pick(['乡村振兴', '农业技术', '产业发展']));
        break;
      case 'enterprise':
        add(meta.dept === 'transport' ? '交通规划' : rng.pick(['项目管理', '经济管理', '企业管理']));
        break;
      default: {
        if (meta.template === 'township') add(rng.pick(['群众工作', '乡村振兴', '社会治理', '产业发展']));
        else if (meta.template === 'county_party' || meta.template === 'pref_party') add(rng.pick(['经济管理', '产业发展', '社会治理', '群众工作', '项目管理']));
        const list = meta.template === 'college' ? ['高等教育', '学校管理'] : meta.dept ? DEPT_SPECIALITIES[meta.dept] : undefined;
        if (list) add(rng.pick(list));
        if (meta.template === 'village') add(rng.pick(['乡村振兴', '群众工作', '产业发展']));
        if (out.length === 0 || rng.chance(0.35)) add(rng.pick(['群众工作', '经济管理', '项目管理', '综合文稿', '乡村振兴']));
      }
    }
    return out.slice(0, 3);
  }

  private health(age: number, highYears: number): { health: string; healthNote: string | null } {
    const rng = this.rng;
    const high = highYears >= 8;
    const pIll = 0.02 + (age >= 50 ? 0.06 : age >= 40 ? 0.02 : 0) + (high ? 0.05 : 0);
    const pFair = 0.05 + (age >= 50 ? 0.04 : 0);
    const r = rng.next();
    if (r < 0.003) return { health: 'disabled', healthNote: rng.pick(['肢体残疾四级', '听力残疾四级']) };
    if (r < 0.003 + pIll) return { health: 'ill', healthNote: high && rng.chance(0.5) ? rng.pick(HIGH_ALTITUDE_NOTES) : rng.pick(ILLNESS_NOTES) };
    if (r < 0.003 + pIll + pFair) return { health: 'fair', healthNote: rng.chance(0.5) ? '体质较弱' : null };
    return { health: 'healthy', healthNote: null };
  }

  private spousePlace(meta: UnitMeta): CountyInfo {
    const rng = this.rng;
    const work = meta.countyCode ? countyByCode(meta.countyCode) : undefined;
    const apartP = meta.unit.isTibetanArea ? 0.18 : meta.mix.some(([e, s]) => e === '07' && s >= 0.4) ? 0.1 : meta.unit.level === 'province' ? 0.03 : 0.05;
    if (rng.chance(apartP)) {
      if (meta.unit.isTibetanArea && rng.chance(0.55)) return rng.pick(this.chengduDistricts);
      const others = [...this.countiesByPrefecture.entries()].filter(([p]) => p !== meta.prefectureCode);
      return rng.pick(rng.pick(others)[1]);
    }
    if (work && rng.chance(0.85)) return work;
    if (meta.prefectureCode) return rng.pick(this.countiesByPrefecture.get(meta.prefectureCode) ?? [this.anyBirthplace(rng)]);
    return rng.chance(0.8) ? rng.pick(this.chengduDistricts) : this.anyBirthplace(rng);
  }

  private spouseJob(c: CountyInfo, isMale: boolean): string {
    const rng = this.rng;
    const pref = prefectureByCode(c.prefectureCode);
    const cu = this.tree.counties.get(c.code);
    const town = (): string => (cu ? this.meta(rng.pick(cu.townshipIds)).unit.name : '');
    const jobs: ReadonlyArray<() => string> = [
      () => (isMale ? `${c.name}人民医院医生` : `${c.name}人民医院护士`),
      () => `${c.name}人民医院医生`,
      () => `${c.name}实验小学教师`,
      () => (c.type === 'county' ? `${c.name}中学教师` : `${c.name}第一中学教师`),
      () => `${c.name}财政局干部`,
      () => `${c.name}市场监督管理局干部`,
      () => `${c.name}人民法院干部`,
      () => `国家税务总局${pref?.shortName ?? ''}${c.name}税务局干部`,
      () => `中国农业银行${pref?.bareName ?? ''}分行职员`,
      () => `${c.name}${town()}卫生院医生`,
      () => `${c.name}${town()}干部`,
      () => '个体经营',
      () => '自由职业',
      () => `${pref?.shortName ?? ''}供电公司职员`,
    ];
    return rng.pick(jobs)();
  }

  private family(meta: UnitMeta, isMale: boolean, birth: number, age: number, ethnicity: string, name: string, birthplace: Place): FamilyMember[] {
    const rng = this.rng;
    const out: FamilyMember[] = [];
    const today = this.today;
    const married = age >= 25 && rng.chance(age < 28 ? 0.35 : age < 32 ? 0.72 : 0.93);
    const styleOf = (): string => (ethnicity === '04' || ethnicity === '07' ? (rng.chance(0.82) ? ethnicity : '01') : '01');
    let spouseName: string | null = null;
    let spouseStyle = '01';
    // Where the children live and go to school: the work county, else the spouse's county.
    let home: CountyInfo | undefined = meta.countyCode ? countyByCode(meta.countyCode) : undefined;
    if (married) {
      spouseStyle = styleOf();
      const spouseBirth = Math.min(addYears(today, -22), birth + (isMale ? rng.int(-1 * 365, 5 * 365) : rng.int(-5 * 365, 1 * 365)));
      spouseName = personName(rng, spouseStyle, !isMale, yearOf(spouseBirth));
      const c = this.spousePlace(meta);
      home ??= c;
      const spouseAge = ageOn(spouseBirth, today);
      out.push({
        relation: isMale ? '妻子' : '丈夫',
        name: spouseName,
        birthDate: isoFromDays(spouseBirth),
        politicalStatus: spouseAge < 28 && rng.chance(0.3) ? '03' : rng.chance(0.38) ? '01' : '13',
        workUnit: spouseAge >= 60 ? '退休' : this.spouseJob(c, !isMale),
        divisionCode: c.code,
      });
    }
    home ??= this.chengduDistricts[0];
    const placeCode = home?.code ?? '510104';
    if (married && age >= 26) {
      const minority = ethnicity !== '01';
      const count = rng.weighted<number>(minority ? [[0, 0.05], [1, 0.35], [2, 0.5], [3, 0.1]] : [[0, 0.1], [1, 0.6], [2, 0.3]]);
      let childBirth = birth + years(rng.int(24, 31)) + rng.int(0, 300);
      const fatherName = isMale ? name : spouseName;
      const fatherStyle = isMale ? ethnicity : spouseStyle;
      for (let i = 0; i < count; i++) {
        if (childBirth > today - 30) break;
        const childMale = rng.chance(0.52);
        const cy = yearOf(childBirth);
        let childName: string;
        const fatherSurname = fatherName ? surnameOf(fatherName, fatherStyle) : null;
        if (fatherStyle === '04') childName = tibetanName(rng, childMale);
        else if (fatherStyle === '07' && fatherSurname && fatherSurname.length === 2) childName = fatherSurname + yiGivenName(rng, childMale);
        else childName = (fatherSurname ?? pickSurname(rng)) + hanGivenName(rng, childMale, cy);
        const childAge = ageOn(childBirth, today);
        const county = home;
        const cname = county?.name ?? '';
        const workUnit =
          childAge < 3
            ? null
            : childAge < 6
              ? '学龄前'
              : childAge < 12
                ? `${cname}实验小学学生`
                : childAge < 18
                  ? county?.type === 'county'
                    ? `${cname}中学学生`
                    : `${cname}第一中学学生`
                  : childAge < 22
                    ? `${rng.pick(['四川大学', '西南财经大学', '四川师范大学', '西南交通大学', '成都理工大学', '西华大学', '西南民族大学', '重庆大学'])}学生`
                    : adultChildJob(rng, cname);
        out.push({
          relation: childMale ? '儿子' : '女儿',
          name: childName,
          birthDate: isoFromDays(childBirth),
          politicalStatus: childAge < 14 ? null : childAge < 28 ? (rng.chance(0.45) ? '03' : '13') : rng.chance(0.25) ? '01' : '13',
          workUnit,
          divisionCode: childAge >= 18 && childAge < 22 ? '510104' : placeCode,
        });
        childBirth += years(rng.int(2, 6)) + rng.int(0, 300);
      }
    }
    if (rng.chance(0.3)) {
      const surname = surnameOf(name, ethnicity);
      for (const rel of ['父亲', '母亲'] as const) {
        if (rel === '母亲' && out.some((f) => f.relation === '父亲') && rng.chance(0.15)) continue;
        const pb = birth - years(rel === '父亲' ? rng.int(22, 34) : rng.int(20, 31)) - rng.int(0, 300);
        const pAge = ageOn(pb, today);
        let pName: string;
        if (ethnicity === '04') pName = tibetanName(rng, rel === '父亲');
        else if (rel === '父亲' && surname && surname.length === 2) pName = surname + yiGivenName(rng, true); // Yi clan name
        else if (rel === '父亲' && surname) pName = surname + hanGivenName(rng, true, yearOf(pb));
        else pName = personName(rng, ethnicity === '07' ? '07' : '01', rel === '父亲', yearOf(pb));
        const deceased = pAge >= 78 && rng.chance(0.4);
        out.push({
          relation: rel,
          name: pName,
          birthDate: isoFromDays(pb),
          politicalStatus: rng.chance(0.28) ? '01' : '13',
          workUnit: deceased ? '已故' : pAge >= 60 ? (rng.chance(0.5) ? '退休' : '务农') : rng.chance(0.5) ? '务农' : '个体经营',
          divisionCode: birthplace.code,
        });
      }
    }
    return out;
  }

  private serviceIntention(meta: UnitMeta, role: Role, age: number, growth: Place, spouseCode: string | null, specialities: readonly string[], highYears: number): string | null {
    const rng = this.rng;
    if (spouseCode && rng.chance(0.4)) {
      const c = countyByCode(spouseCode);
      const p = c ? prefectureByCode(c.prefectureCode) : undefined;
      return `因夫妻两地分居，希望交流到${p?.shortName ?? ''}${c?.name ?? ''}工作`;
    }
    if (highYears >= 10 && rng.chance(0.3)) return '长期在高海拔地区工作，希望交流到海拔较低地区工作';
    if (!rng.chance(0.08)) return null;
    const options: Array<() => string> = [];
    const growthCounty = countyByCode(growth.code);
    if (growthCounty && growth.code !== meta.countyCode) options.push(() => `希望回成长地${growthCounty.name}服务`);
    if (!meta.unit.isTibetanArea && role.track !== 'village') {
      const paired = meta.prefectureCode ? this.pairedByCity.get(meta.prefectureCode) : undefined;
      options.push(() => {
        const code = paired ? rng.pick(paired) : rng.pick(TIBETAN_AREA_COUNTIES).code;
        return `愿到${countyByCode(code)?.name ?? '藏区'}等藏区县乡挂职服务`;
      });
    }
    const speciality = specialities[0];
    if (speciality) options.push(() => `愿从事${speciality}相关工作`);
    if (age <= 35 && (meta.unit.level === 'province' || meta.unit.level === 'prefecture')) options.push(() => '愿到乡镇一线岗位锻炼');
    return options.length > 0 ? rng.pick(options)() : null;
  }
}

/** Adjacent stints that came out identical (same unit, post and rank) are one stint. */
function mergeRepeats(stints: Stint[]): Stint[] {
  for (let i = stints.length - 2; i >= 0; i--) {
    const a = stints[i];
    const b = stints[i + 1];
    if (a && b && a.unitId === b.unitId && a.post === b.post && a.rank === b.rank && !a.isAid && !b.isAid) {
      a.end = b.end;
      stints.splice(i + 1, 1);
    }
  }
  return stints;
}

function leaderGrade(rank: string, rng: Rng): string | null {
  switch (rank) {
    case '121':
      return 'G01';
    case '122':
      return 'G02';
    case '131':
      return rng.chance(0.5) ? 'G03' : 'G04';
    case '132':
      return rng.chance(0.5) ? 'G05' : 'G06';
    case '141':
      return rng.chance(0.5) ? 'G07' : 'G08';
    case '142':
      return rng.chance(0.5) ? 'G09' : 'G10';
    default:
      return null;
  }
}

function adultChildJob(rng: Rng, countyName: string): string {
  switch (rng.int(0, 5)) {
    case 0:
      return `${countyName}人民医院医生`;
    case 1:
      return '成都市某科技公司职员';
    case 2:
      return `${countyName}实验小学教师`;
    case 3:
      return '待业';
    case 4:
      return `${countyName}${rng.pick(['财政局', '农业农村局', '交通运输局'])}干部`;
    default:
      return '在读研究生';
  }
}
