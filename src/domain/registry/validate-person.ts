// Validation of a person record, in two layers:
// - `personRecordSchema` (zod) parses the shape at the HTTP boundary: types, required fields,
//   blank strings to null, defaults for omitted optional fields, dates shaped YYYY-MM-DD.
// - `validatePersonRecord` checks meaning: real dates, nothing in the future, codes in the
//   code tables, the ID number's check character and its agreement with birth date and
//   gender, dates in a sensible order. Excel and .lrmx importers call it directly on the
//   records they build. It returns every problem found, never throws.
//
// Messages are Chinese and begin with the field's label (see field-labels.ts), e.g.
// '出生日期与身份证号码不一致（身份证为 1980-05-01）'. ID-number messages never repeat the
// number (it is sensitive); other messages may quote the offending value.
//
// Boundaries (all inclusive, i.e. the boundary date itself passes):
// - no date after `today`; birth date not before 1900-01-01;
// - party join date on or after the 18th birthday (党章: 年满十八岁);
// - work start, appointment starts, the current post/rank/unit dates and title dates on or
//   after the 14th birthday; the current post/rank/unit dates also on or after work start;
// - an appointment's or education record's end on or after its start (same day passes);
// - appraisal years unique, from the work-start year (or the 14th birthday's year) to the
//   year of `today`;
// - a party join date is required for 中共党员/预备党员 and not allowed for other statuses
//   (a democratic party's name goes in `partyNote`);
// - the family relation (称谓) is free text: the relation code table is a list of
//   suggestions, not a closed set (兄弟姐妹 are absent from it). At most one spouse.

import { z } from 'zod';
import { isCode, labelOf, type CodeTableName } from '../codes/tables.js';
import { isDivisionCode } from './division-code.js';
import { fieldLabel } from './field-labels.js';
import { normalizeIdNumber, parseIdNumber } from './id-number.js';
import { addYears, isIsoDate } from './iso-date.js';
import {
  APPRAISAL_GRADES,
  PERSON_CATEGORIES,
  TITLE_LEVELS,
  type AppointmentRecord,
  type EducationRecord,
  type FamilyMember,
  type FieldError,
  type IsoDate,
  type PersonRecord,
  type TitleRecord,
} from './types.js';

export { FIELD_LABELS, fieldLabel } from './field-labels.js';

const EARLIEST_BIRTH_DATE = '1900-01-01';
const WORKING_AGE = 14;
const PARTY_AGE = 18;
const PARTY_STATUSES: readonly string[] = ['01', '02'];
const SPOUSE_RELATIONS: readonly string[] = ['妻子', '丈夫', '配偶'];

/** Text length limits in characters (code points). */
const MAX = { short: 30, place: 50, note: 50, text: 100, long: 500, listItem: 50 } as const;

export interface ValidateOptions {
  /** The reference date for "not in the future" and age bounds. */
  today: IsoDate;
}

/** Code points, so that an extension-B character counts as one. */
function charCount(s: string): number {
  return [...s].length;
}

/** 2–30 Han characters; minority names in segments joined by a single middle dot '·' (U+00B7). */
const NAME_RE = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u;
const DOT_LOOKALIKES_RE = /[•・．.‧∙⋅]/u;

class ErrorList {
  readonly items: FieldError[] = [];

  /** Adds `${label}${problem}`. */
  add(field: string, problem: string): void {
    this.items.push({ field, message: `${fieldLabel(field)}${problem}` });
  }

  /** Adds a message that already names its field. */
  addRaw(field: string, message: string): void {
    this.items.push({ field, message });
  }
}

function checkName(errors: ErrorList, field: string, value: string): void {
  if (value.trim() === '') {
    errors.add(field, '不能为空');
    return;
  }
  if (value !== value.trim()) {
    errors.add(field, '首尾不能有空格');
    return;
  }
  const n = charCount(value);
  if (n < 2 || n > MAX.short) {
    errors.add(field, `应为 2–${MAX.short} 个字（现为 ${n} 个）`);
    return;
  }
  if (!NAME_RE.test(value)) {
    errors.add(
      field,
      DOT_LOOKALIKES_RE.test(value)
        ? '中的间隔号应使用“·”'
        : '只能由汉字组成，少数民族姓名可用间隔号“·”分隔',
    );
  }
}

/** Optional free text: null passes; otherwise not blank and at most `max` characters. */
function checkText(errors: ErrorList, field: string, value: string | null, max: number): void {
  if (value === null) return;
  if (value.trim() === '') errors.add(field, '不能只有空白字符（没有内容请留空）');
  else if (charCount(value) > max) errors.add(field, `不能超过 ${max} 个字（现为 ${charCount(value)} 个）`);
}

function checkRequiredText(errors: ErrorList, field: string, value: string, max: number): void {
  if (value.trim() === '') errors.add(field, '不能为空');
  else checkText(errors, field, value, max);
}

function checkCode(errors: ErrorList, field: string, table: CodeTableName, value: string | null): void {
  if (value !== null && !isCode(table, value)) errors.add(field, `代码无效（${value}）`);
}

interface DateBound {
  date: IsoDate;
  /** What the bound is, for the message: '参加工作时间', '年满 14 周岁之日'; '' to quote the date alone. */
  what: string;
}

/**
 * Checks a date field; returns the date when it is a valid calendar date (even if it broke a
 * bound, so later comparisons can still use it), otherwise null. Null input passes.
 */
function checkDate(
  errors: ErrorList,
  field: string,
  value: IsoDate | null,
  today: IsoDate,
  notBefore: DateBound | null = null,
): IsoDate | null {
  if (value === null) return null;
  if (!isIsoDate(value)) {
    errors.add(field, `应为有效日期，格式 YYYY-MM-DD（现为“${value}”）`);
    return null;
  }
  if (value > today) errors.add(field, `不能晚于今天（${today}）`);
  else if (notBefore !== null && value < notBefore.date) {
    errors.add(field, notBefore.what === '' ? `不能早于 ${notBefore.date}` : `不能早于${notBefore.what}（${notBefore.date}）`);
  }
  return value;
}

function checkStringList(errors: ErrorList, field: 'specialities' | 'tags', values: readonly string[]): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    const path = `${field}[${i}]`;
    const t = v.trim();
    if (t === '') errors.add(path, '不能为空');
    else if (charCount(t) > MAX.listItem) errors.add(path, `不能超过 ${MAX.listItem} 个字`);
    else if (seen.has(t)) errors.add(path, `重复（${t}）`);
    seen.add(t);
  });
}

function checkPositiveId(errors: ErrorList, field: string, value: number | null): void {
  if (value !== null && !(Number.isSafeInteger(value) && value > 0)) errors.add(field, `应为有效的单位编号（现为 ${value}）`);
}

function checkEducation(errors: ErrorList, e: EducationRecord, i: number, today: IsoDate, birth: DateBound | null): void {
  const p = `education[${i}]`;
  if (e.mode !== 'fulltime' && e.mode !== 'inservice') errors.add(`${p}.mode`, '应为全日制或在职');
  if (e.level.trim() === '') errors.add(`${p}.level`, '不能为空');
  else checkCode(errors, `${p}.level`, 'education', e.level);
  checkText(errors, `${p}.degree`, e.degree, MAX.short);
  checkText(errors, `${p}.school`, e.school, MAX.text);
  checkText(errors, `${p}.major`, e.major, MAX.text);
  const start = checkDate(errors, `${p}.startDate`, e.startDate, today, birth);
  const end = checkDate(errors, `${p}.endDate`, e.endDate, today, birth);
  if (start !== null && end !== null && end < start) errors.add(`${p}.endDate`, `不能早于入学时间（${start}）`);
}

function checkTitle(errors: ErrorList, t: TitleRecord, i: number, today: IsoDate, working: DateBound | null): void {
  const p = `titles[${i}]`;
  checkCode(errors, `${p}.series`, 'title_series', t.series);
  checkCode(errors, `${p}.level`, 'title_level', t.level);
  checkText(errors, `${p}.name`, t.name, MAX.short);
  checkDate(errors, `${p}.obtainedDate`, t.obtainedDate, today, working);
}

function checkAppointment(
  errors: ErrorList,
  a: AppointmentRecord,
  i: number,
  today: IsoDate,
  working: DateBound | null,
): void {
  const p = `appointments[${i}]`;
  checkPositiveId(errors, `${p}.unitId`, a.unitId);
  checkRequiredText(errors, `${p}.unitName`, a.unitName, MAX.text);
  checkRequiredText(errors, `${p}.post`, a.post, MAX.text);
  checkCode(errors, `${p}.postKind`, 'post_kind', a.postKind);
  checkCode(errors, `${p}.rank`, 'rank', a.rank);
  const start = checkDate(errors, `${p}.startDate`, a.startDate, today, working);
  const end = checkDate(errors, `${p}.endDate`, a.endDate, today);
  if (start !== null && end !== null && end < start) errors.add(`${p}.endDate`, `不能早于任职时间（${start}）`);
}

function checkFamilyMember(errors: ErrorList, f: FamilyMember, i: number, today: IsoDate): void {
  const p = `family[${i}]`;
  checkRequiredText(errors, `${p}.relation`, f.relation, 20);
  checkName(errors, `${p}.name`, f.name);
  checkDate(errors, `${p}.birthDate`, f.birthDate, today);
  checkCode(errors, `${p}.politicalStatus`, 'political_status', f.politicalStatus);
  checkText(errors, `${p}.workUnit`, f.workUnit, MAX.text);
  if (f.divisionCode !== null && !isDivisionCode(f.divisionCode)) {
    errors.add(`${p}.divisionCode`, `应为 6 位行政区划代码（现为“${f.divisionCode}”）`);
  }
}

/**
 * Every problem in the record, in field order; [] when the record is valid.
 * `opts.today` is the reference date (the clock is never read here).
 */
export function validatePersonRecord(record: PersonRecord, opts: ValidateOptions): FieldError[] {
  const { today } = opts;
  const errors = new ErrorList();

  checkName(errors, 'name', record.name);
  checkCode(errors, 'gender', 'gender', record.gender);
  checkCode(errors, 'ethnicity', 'ethnicity', record.ethnicity);

  const birth = checkDate(errors, 'birthDate', record.birthDate, today, {
    date: EARLIEST_BIRTH_DATE,
    what: '',
  });
  const bornBound: DateBound | null = birth === null ? null : { date: birth, what: '出生日期' };
  const workingAgeBound: DateBound | null =
    birth === null ? null : { date: addYears(birth, WORKING_AGE), what: `年满 ${WORKING_AGE} 周岁之日` };

  if (record.idNumber !== null) {
    const id = parseIdNumber(record.idNumber, { today });
    if (!id.ok) {
      errors.addRaw('idNumber', id.message);
    } else {
      if (id.normalized !== record.idNumber) errors.add('idNumber', '应为 18 位半角字符，末位 X 大写，不含空格');
      if (birth !== null && birth !== id.birthDate) {
        errors.add('birthDate', `与身份证号码不一致（身份证为 ${id.birthDate}）`);
      }
      if (record.gender !== id.gender && isCode('gender', record.gender)) {
        errors.add('gender', `与身份证号码不一致（身份证为${labelOf('gender', id.gender)}）`);
      }
    }
  }

  checkText(errors, 'nativePlace', record.nativePlace, MAX.place);
  checkText(errors, 'birthplace', record.birthplace, MAX.place);
  if (record.growthPlace !== null && !isDivisionCode(record.growthPlace)) {
    errors.add('growthPlace', `应为 6 位行政区划代码（现为“${record.growthPlace}”）`);
  }

  checkCode(errors, 'politicalStatus', 'political_status', record.politicalStatus);
  const isPartyMember = PARTY_STATUSES.includes(record.politicalStatus);
  if (isPartyMember && record.partyJoinDate === null) {
    errors.add('partyJoinDate', `未填写（政治面貌为${labelOf('political_status', record.politicalStatus)}）`);
  } else if (!isPartyMember && record.partyJoinDate !== null && isCode('political_status', record.politicalStatus)) {
    errors.add('partyJoinDate', `应为空（政治面貌为${labelOf('political_status', record.politicalStatus)}）`);
  } else {
    checkDate(
      errors,
      'partyJoinDate',
      record.partyJoinDate,
      today,
      birth === null ? null : { date: addYears(birth, PARTY_AGE), what: `年满 ${PARTY_AGE} 周岁之日` },
    );
  }
  checkText(errors, 'partyNote', record.partyNote, MAX.note);

  const workStart = checkDate(errors, 'workStartDate', record.workStartDate, today, workingAgeBound);
  checkCode(errors, 'category', 'category', record.category);

  checkPositiveId(errors, 'unitId', record.unitId);
  checkText(errors, 'post', record.post, MAX.text);
  checkCode(errors, 'postKind', 'post_kind', record.postKind);
  checkCode(errors, 'rank', 'rank', record.rank);
  checkCode(errors, 'grade', 'grade', record.grade);
  const careerBound: DateBound | null =
    workStart !== null ? { date: workStart, what: '参加工作时间' } : workingAgeBound;
  checkDate(errors, 'rankStartDate', record.rankStartDate, today, careerBound);
  checkDate(errors, 'postStartDate', record.postStartDate, today, careerBound);
  checkDate(errors, 'unitStartDate', record.unitStartDate, today, careerBound);

  checkCode(errors, 'poolTier', 'pool_tier', record.poolTier);
  checkStringList(errors, 'specialities', record.specialities);
  checkStringList(errors, 'tags', record.tags);
  checkCode(errors, 'health', 'health', record.health);
  checkText(errors, 'healthNote', record.healthNote, MAX.long);
  checkText(errors, 'serviceIntention', record.serviceIntention, MAX.long);

  record.education.forEach((e, i) => checkEducation(errors, e, i, today, bornBound));
  record.titles.forEach((t, i) => checkTitle(errors, t, i, today, workingAgeBound));
  record.appointments.forEach((a, i) => checkAppointment(errors, a, i, today, workingAgeBound));

  const firstYear: { year: number; what: string } | null =
    workStart !== null
      ? { year: Number(workStart.slice(0, 4)), what: '参加工作的年份' }
      : birth !== null
        ? { year: Number(birth.slice(0, 4)) + WORKING_AGE, what: `年满 ${WORKING_AGE} 周岁的年份` }
        : null;
  const lastYear = Number(today.slice(0, 4));
  const seenYears = new Set<number>();
  record.appraisals.forEach((a, i) => {
    const p = `appraisals[${i}]`;
    if (!Number.isInteger(a.year)) errors.add(`${p}.year`, `应为整数年份（现为 ${a.year}）`);
    else if (seenYears.has(a.year)) errors.add(`${p}.year`, `重复（${a.year} 年）`);
    else if (a.year > lastYear) errors.add(`${p}.year`, `不能晚于 ${lastYear} 年（现为 ${a.year}）`);
    else if (firstYear !== null && a.year < firstYear.year) {
      errors.add(`${p}.year`, `不能早于${firstYear.what}（${firstYear.year} 年，现为 ${a.year}）`);
    }
    seenYears.add(a.year);
    checkCode(errors, `${p}.grade`, 'appraisal', a.grade);
  });

  let spouses = 0;
  record.family.forEach((f, i) => {
    checkFamilyMember(errors, f, i, today);
    if (SPOUSE_RELATIONS.includes(f.relation.trim())) {
      spouses += 1;
      if (spouses > 1) errors.add(`family[${i}].relation`, '重复：配偶只能填写一人');
    }
  });

  return errors.items;
}

// ---------------------------------------------------------------------------------------
// Shape schema for the HTTP layer

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function typeError(label: string) {
  return {
    error: (iss: { input?: unknown }): string => (iss.input === undefined ? `${label}为必填项` : `${label}的类型不正确`),
  };
}

/** '' and whitespace-only strings become null (forms send '' for an empty box). */
function blankToNull(v: unknown): unknown {
  return typeof v === 'string' && v.trim() === '' ? null : v;
}

const requiredText = (label: string) => z.string(typeError(label)).trim();

const optionalText = (label: string) =>
  z.preprocess(blankToNull, z.string(typeError(label)).trim().nullable()).default(null);

const requiredDate = (label: string) =>
  z.string(typeError(label)).trim().regex(ISO_SHAPE, { error: `${label}应为 YYYY-MM-DD 格式` });

const optionalDate = (label: string) => z.preprocess(blankToNull, requiredDate(label).nullable()).default(null);

const optionalId = (label: string) =>
  z.number(typeError(label)).int({ error: `${label}应为整数编号` }).nullable().default(null);

const stringList = (label: string) =>
  z.array(z.string(typeError(`${label}的每一项`)).trim(), typeError(label)).default([]);

const educationSchema = z.object(
  {
    mode: z.enum(['fulltime', 'inservice'], { error: '教育类别应为 fulltime（全日制）或 inservice（在职）' }),
    level: requiredText('学历'),
    degree: optionalText('学位'),
    school: optionalText('毕业院校'),
    major: optionalText('所学专业'),
    startDate: optionalDate('入学时间'),
    endDate: optionalDate('毕业时间'),
  },
  typeError('学历学位的每一条'),
);

const titleSchema = z.object(
  {
    series: requiredText('职称系列'),
    level: z.enum(TITLE_LEVELS, { error: '职称等级应为 senior、associate、intermediate 或 junior' }),
    name: optionalText('职称名称'),
    obtainedDate: optionalDate('取得时间'),
  },
  typeError('专业技术职务的每一条'),
);

const appointmentSchema = z.object(
  {
    unitId: optionalId('任职单位'),
    unitName: requiredText('任职单位名称'),
    post: requiredText('职务'),
    postKind: optionalText('岗位类别'),
    rank: optionalText('职务级别'),
    startDate: requiredDate('任职时间'),
    endDate: optionalDate('免职时间'),
  },
  typeError('任职经历的每一条'),
);

const appraisalSchema = z.object(
  {
    year: z.number(typeError('考核年度')).int({ error: '考核年度应为整数' }),
    grade: z.enum(APPRAISAL_GRADES, {
      error: '考核结果应为 excellent、competent、basically_competent 或 incompetent',
    }),
  },
  typeError('年度考核的每一条'),
);

const familySchema = z.object(
  {
    relation: requiredText('称谓'),
    name: requiredText('家庭成员姓名'),
    birthDate: optionalDate('家庭成员出生日期'),
    politicalStatus: optionalText('家庭成员政治面貌'),
    workUnit: optionalText('工作单位及职务'),
    divisionCode: optionalText('所在地'),
  },
  typeError('家庭成员的每一条'),
);

/**
 * The request-body shape of a person record. Required: name, gender, ethnicity, birthDate,
 * politicalStatus, category. Optional fields may be omitted (null, [] or false) and blank
 * strings become null. Strings are trimmed. Unknown keys are dropped. Code membership,
 * calendar validity and every cross-field rule are left to `validatePersonRecord`.
 */
export const personRecordSchema = z.object(
  {
    name: requiredText('姓名'),
    gender: requiredText('性别'),
    ethnicity: requiredText('民族'),
    birthDate: requiredDate('出生日期'),
    // normalised here (full-width to ASCII, spaces out, 'x' to 'X') by a preprocess, not a
    // transform, so the schema still converts to JSON Schema in both directions
    idNumber: z
      .preprocess(
        (v) => (typeof v === 'string' ? (v.trim() === '' ? null : normalizeIdNumber(v)) : v),
        z.string(typeError('身份证号码')).nullable(),
      )
      .default(null),
    nativePlace: optionalText('籍贯'),
    birthplace: optionalText('出生地'),
    growthPlace: optionalText('成长地'),
    politicalStatus: requiredText('政治面貌'),
    partyJoinDate: optionalDate('入党时间'),
    partyNote: optionalText('党派说明'),
    workStartDate: optionalDate('参加工作时间'),
    category: z.enum(PERSON_CATEGORIES, {
      error: '人员类别应为 party_government、professional 或 enterprise_institution',
    }),
    unitId: optionalId('所在单位'),
    post: optionalText('现任职务'),
    postKind: optionalText('岗位类别'),
    rank: optionalText('职务级别'),
    grade: optionalText('职级'),
    rankStartDate: optionalDate('任现职级时间'),
    postStartDate: optionalDate('任现职时间'),
    unitStartDate: optionalDate('进入现单位时间'),
    isReserve: z.boolean(typeError('后备干部')).default(false),
    poolTier: optionalText('优秀年轻干部库'),
    specialities: stringList('专长'),
    tags: stringList('标签'),
    health: optionalText('健康状况'),
    healthNote: optionalText('健康说明'),
    serviceIntention: optionalText('服务意向'),
    education: z.array(educationSchema, typeError('学历学位')).default([]),
    titles: z.array(titleSchema, typeError('专业技术职务')).default([]),
    appointments: z.array(appointmentSchema, typeError('任职经历')).default([]),
    appraisals: z.array(appraisalSchema, typeError('年度考核')).default([]),
    family: z.array(familySchema, typeError('家庭成员')).default([]),
  },
  typeError('人员信息'),
);

/** What a client may send (optional fields omitted). */
export type PersonRecordInput = z.input<typeof personRecordSchema>;

// Compile-time guard: the parsed shape is a PersonRecord and covers each of its fields.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesPersonRecord: Exact<z.output<typeof personRecordSchema>, PersonRecord> = true;
void schemaMatchesPersonRecord;
