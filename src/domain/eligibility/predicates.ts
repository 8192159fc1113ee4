// Each leaf predicate twice: `compilePredicate` gives a fast test over precomputed facts, and
// `explainPredicate` gives the outcome with a stable code, the values compared and a Chinese
// message. Both read the same facts with the same comparisons; a property test
// (evaluate.test.ts) keeps them in agreement.
//
// Boundaries: every limit is inclusive (max 45 passes 45; atLeast 3 passes exactly 3). A fact
// that is unknown (no rank, no party date, no health record …) fails the rule with a
// `*_MISSING` code instead of passing by default.

import { labelOf, type CodeTableName } from '../codes/tables.js';
import { appraisalOrder, educationRank, gradeOrder, rankOrder, titleOrder } from '../registry/derived-facts.js';
import type { AppraisalGrade } from '../registry/types.js';
import { tenureDetail, tenureKey, tenureYears, type PersonFacts } from './facts.js';
import type { DegreeLevel, Predicate, PredicateOf } from './rule-schema.js';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [k: string]: JsonValue };

export interface PredicateOutcome {
  /** The predicate's value (before any enclosing `not`). */
  passed: boolean;
  /** Stable code, e.g. 'AGE_OVER_MAX'. */
  code: string;
  /** Chinese, e.g. '年龄 46 岁，超过上限 45 岁'. */
  message: string;
  /** The limit as data, e.g. { max: 45 }. */
  required: JsonValue;
  /** The person's value as data, e.g. 46. */
  actual: JsonValue;
  /** The limit in Chinese, e.g. '不超过 45 岁'. */
  requiredText: string;
  /** The person's value in Chinese, e.g. '46 岁'. */
  actualText: string;
}

export type FactTest = (f: PersonFacts) => boolean;

export const DEGREE_ORDER: Readonly<Record<DegreeLevel, number>> = { bachelor: 1, master: 2, doctor: 3 };
const DEGREE_LABEL = ['无学位', '学士', '硕士', '博士'] as const;
const EXPERIENCE_LABEL = { county: '县级', township: '乡镇级' } as const;

const labels = (table: CodeTableName, codes: readonly string[]): string => codes.map((c) => labelOf(table, c)).join('、');
const postKinds = (p: PredicateOf<'postKindYears'>): readonly string[] => (typeof p.postKind === 'string' ? [p.postKind] : p.postKind);

/** In-range test shared by the numeric facts: unknown fails, both bounds inclusive. */
function inRange(v: number | null, atLeast: number | undefined, atMost: number | undefined): boolean {
  return v !== null && (atLeast === undefined || v >= atLeast) && (atMost === undefined || v <= atMost);
}

function rangeText(atLeast: number | undefined, atMost: number | undefined, unit: string): string {
  if (atLeast !== undefined && atMost !== undefined) return `${atLeast}–${atMost} ${unit}`;
  if (atLeast !== undefined) return `${atLeast} ${unit}以上`;
  return `不超过 ${atMost ?? 0} ${unit}`;
}

function bounds(p: { atLeast?: number | undefined; atMost?: number | undefined }): { readonly [k: string]: JsonValue } {
  return { ...(p.atLeast !== undefined ? { atLeast: p.atLeast } : {}), ...(p.atMost !== undefined ? { atMost: p.atMost } : {}) };
}

/** Minimum appraisal order required by a grade, as used by the fast test. */
const gradeMin = (g: AppraisalGrade): number => appraisalOrder(g);

// ---------------------------------------------------------------------------------------
// Fast tests

export function compilePredicate(p: Predicate): FactTest {
  switch (p.fact) {
    case 'age': {
      const lo = p.min ?? -Infinity;
      const hi = p.max ?? Infinity;
      return (f) => f.age >= lo && f.age <= hi;
    }
    case 'gender': {
      const set = new Set(p.in);
      return (f) => set.has(f.gender);
    }
    case 'ethnicity': {
      const set = new Set(p.in);
      return (f) => set.has(f.ethnicity);
    }
    case 'education': {
      const min = educationRank(p.atLeast);
      return p.mode === 'fulltime' ? (f) => f.eduFulltimeRank >= min : (f) => f.eduAnyRank >= min;
    }
    case 'degree': {
      const min = DEGREE_ORDER[p.atLeast];
      return p.mode === 'fulltime' ? (f) => f.degreeFulltime >= min : (f) => f.degreeAny >= min;
    }
    case 'politicalStatus': {
      const set = new Set(p.in);
      return (f) => set.has(f.politicalStatus);
    }
    case 'partyYears':
      return rangeTest((f) => f.partyYears, p.atLeast, p.atMost);
    case 'yearsInRank':
      return rangeTest((f) => f.yearsInRank, p.atLeast, p.atMost);
    case 'professionalYears':
      return rangeTest((f) => f.professionalYears, p.atLeast, p.atMost);
    case 'rank':
      return ordinalTest((f) => f.rank, (f) => f.rankOrder, p.in, p.atLeast === undefined ? undefined : rankOrder(p.atLeast), p.atMost === undefined ? undefined : rankOrder(p.atMost));
    case 'grade':
      return ordinalTest((f) => f.grade, (f) => f.gradeOrder, p.in, p.atLeast === undefined ? undefined : gradeOrder(p.atLeast), p.atMost === undefined ? undefined : gradeOrder(p.atMost));
    case 'postKind': {
      const set = new Set(p.in);
      return (f) => f.postKind !== null && set.has(f.postKind);
    }
    case 'postKindYears': {
      const kinds = postKinds(p);
      const sameUnit = p.sameUnit === true;
      const key = tenureKey(kinds, sameUnit);
      const lo = p.atLeast ?? -Infinity;
      const hi = p.atMost ?? Infinity;
      // A kind the person never held has no cache entry and is 0 years without computing.
      const single = kinds.length === 1 && !sameUnit;
      return (f) => {
        const y = single ? (f.tenure.get(key) ?? 0) : tenureYears(f, kinds, sameUnit, key);
        return y >= lo && y <= hi;
      };
    }
    case 'experience':
      return p.level === 'county' ? (f) => f.workedAtCounty : (f) => f.workedAtTownship;
    case 'appraisals': {
      const n = p.years;
      const min = gradeMin(p.atLeast);
      return (f) => (f.appraisalMin[n] ?? 0) >= min;
    }
    case 'title': {
      const min = titleOrder(p.atLeast);
      const series = p.series;
      if (series === undefined) return (f) => f.titleOrder >= min;
      return (f) => series.some((s) => (f.titleBySeries.get(s) ?? 0) >= min);
    }
    case 'reserve': {
      const want = p.is;
      return (f) => f.isReserve === want;
    }
    case 'pool': {
      const tiers = p.tiers === undefined ? null : new Set(p.tiers);
      return (f) => f.poolTier !== null && (tiers === null || tiers.has(f.poolTier));
    }
    case 'category': {
      const set = new Set<string>(p.in);
      return (f) => set.has(f.category);
    }
    case 'unitKind': {
      const set = new Set<string>(p.in);
      return (f) => f.unitKind !== null && set.has(f.unitKind);
    }
    case 'unitLevel': {
      const set = new Set<string>(p.in);
      return (f) => f.unitLevel !== null && set.has(f.unitLevel);
    }
    case 'tibetanArea': {
      const want = p.is;
      return (f) => f.unitTibetanArea === want;
    }
    case 'health': {
      const set = new Set(p.in);
      return (f) => f.health !== null && set.has(f.health);
    }
    case 'tags': {
      const anyOf = p.anyOf;
      const allOf = p.allOf;
      return (f) => (anyOf === undefined || anyOf.some((t) => f.tags.includes(t))) && (allOf === undefined || allOf.every((t) => f.tags.includes(t)));
    }
  }
}

function rangeTest(get: (f: PersonFacts) => number | null, atLeast: number | undefined, atMost: number | undefined): FactTest {
  return (f) => inRange(get(f), atLeast, atMost);
}

function ordinalTest(
  code: (f: PersonFacts) => string | null,
  order: (f: PersonFacts) => number,
  set: readonly string[] | undefined,
  min: number | null | undefined,
  max: number | null | undefined,
): FactTest {
  const inSet = set === undefined ? null : new Set(set);
  // A bound whose code has no order (not in the code table) admits nobody.
  const lo = min === undefined ? -Infinity : (min ?? Infinity);
  const hi = max === undefined ? Infinity : (max ?? -Infinity);
  return (f) => {
    const c = code(f);
    if (c === null) return false;
    if (inSet !== null && !inSet.has(c)) return false;
    if (min === undefined && max === undefined) return true;
    const o = order(f);
    return o >= 0 && o >= lo && o <= hi;
  };
}

// ---------------------------------------------------------------------------------------
// Explanations

function outcome(
  passed: boolean,
  code: string,
  message: string,
  required: JsonValue,
  actual: JsonValue,
  requiredText: string,
  actualText: string,
): PredicateOutcome {
  return { passed, code, message, required, actual, requiredText, actualText };
}

/** A numeric fact against [atLeast, atMost]; `name` as in '任现职级年限', `unit` '年'. */
function explainRange(
  prefix: string,
  name: string,
  value: number | null,
  p: { atLeast?: number | undefined; atMost?: number | undefined },
  unit: string,
  scope: string,
  missing: string,
): PredicateOutcome {
  const req = rangeText(p.atLeast, p.atMost, unit);
  if (value === null) return outcome(false, `${prefix}_MISSING`, `${missing}，要求${name}${req}`, bounds(p), null, req, '未记录');
  const actualText = `${value} ${unit}`;
  if (p.atLeast !== undefined && value < p.atLeast)
    return outcome(false, `${prefix}_TOO_FEW`, `${name} ${actualText}，不足${scope}要求 ${p.atLeast} ${unit}`, bounds(p), value, req, actualText);
  if (p.atMost !== undefined && value > p.atMost)
    return outcome(false, `${prefix}_TOO_MANY`, `${name} ${actualText}，超过${scope}上限 ${p.atMost} ${unit}`, bounds(p), value, req, actualText);
  return outcome(true, `${prefix}_OK`, `${name} ${actualText}，符合${scope}要求（${req}）`, bounds(p), value, req, actualText);
}

function explainInSet(
  prefix: string,
  name: string,
  table: CodeTableName,
  value: string | null,
  allowed: readonly string[],
  scope: string,
): PredicateOutcome {
  const req = labels(table, allowed);
  if (value === null) return outcome(false, `${prefix}_MISSING`, `${name}未记录，${scope}要求为${req}`, [...allowed], null, req, '未记录');
  const actualText = labelOf(table, value);
  return allowed.includes(value)
    ? outcome(true, `${prefix}_OK`, `${name}为${actualText}，符合${scope}要求`, [...allowed], value, req, actualText)
    : outcome(false, `${prefix}_NOT_ALLOWED`, `${name}为${actualText}，不在${scope}要求的${req}之列`, [...allowed], value, req, actualText);
}

function explainOrdinal(
  prefix: string,
  name: string,
  table: CodeTableName,
  value: string | null,
  orderOf: (c: string) => number | null,
  p: { in?: readonly string[] | undefined; atLeast?: string | undefined; atMost?: string | undefined },
  scope: string,
): PredicateOutcome {
  const parts: string[] = [];
  if (p.in !== undefined) parts.push(labels(table, p.in));
  if (p.atLeast !== undefined) parts.push(`${labelOf(table, p.atLeast)}及以上`);
  if (p.atMost !== undefined) parts.push(`${labelOf(table, p.atMost)}及以下`);
  const req = parts.join('，且');
  const required: JsonValue = {
    ...(p.in !== undefined ? { in: [...p.in] } : {}),
    ...(p.atLeast !== undefined ? { atLeast: p.atLeast } : {}),
    ...(p.atMost !== undefined ? { atMost: p.atMost } : {}),
  };
  if (value === null) return outcome(false, `${prefix}_MISSING`, `${name}未记录，${scope}要求${req}`, required, null, req, '未记录');
  const actualText = labelOf(table, value);
  if (p.in !== undefined && !p.in.includes(value))
    return outcome(false, `${prefix}_NOT_IN_SET`, `${name}为${actualText}，不在${scope}要求的${labels(table, p.in)}之列`, required, value, req, actualText);
  const o = orderOf(value);
  if (p.atLeast !== undefined || p.atMost !== undefined) {
    if (o === null) return outcome(false, `${prefix}_UNKNOWN`, `${name}代码「${value}」无法比较高低，${scope}要求${req}`, required, value, req, actualText);
    const lo = p.atLeast === undefined ? -Infinity : (orderOf(p.atLeast) ?? Infinity);
    const hi = p.atMost === undefined ? Infinity : (orderOf(p.atMost) ?? -Infinity);
    if (p.atLeast !== undefined && o < lo)
      return outcome(false, `${prefix}_BELOW_MIN`, `${name}为${actualText}，低于${scope}要求的${labelOf(table, p.atLeast)}`, required, value, req, actualText);
    if (p.atMost !== undefined && o > hi)
      return outcome(false, `${prefix}_ABOVE_MAX`, `${name}为${actualText}，高于${scope}上限${labelOf(table, p.atMost)}`, required, value, req, actualText);
  }
  return outcome(true, `${prefix}_OK`, `${name}为${actualText}，符合${scope}要求（${req}）`, required, value, req, actualText);
}

const gradeLabel = (g: AppraisalGrade | 'missing'): string => (g === 'missing' ? '缺失' : labelOf('appraisal', g));

/**
 * The outcome of one predicate for one person. `scope` qualifies the limit in the message
 * ('省直单位任职' → '年龄 46 岁，超过省直单位任职上限 45 岁').
 */
export function explainPredicate(p: Predicate, f: PersonFacts, scope = ''): PredicateOutcome {
  switch (p.fact) {
    case 'age': {
      const req = p.min !== undefined && p.max !== undefined ? `${p.min}–${p.max} 岁` : p.min !== undefined ? `不低于 ${p.min} 岁` : `不超过 ${p.max ?? 0} 岁`;
      const required: JsonValue = { ...(p.min !== undefined ? { min: p.min } : {}), ...(p.max !== undefined ? { max: p.max } : {}) };
      const actualText = `${f.age} 岁`;
      if (p.max !== undefined && f.age > p.max)
        return outcome(false, 'AGE_OVER_MAX', `年龄 ${f.age} 岁，超过${scope}上限 ${p.max} 岁`, required, f.age, req, actualText);
      if (p.min !== undefined && f.age < p.min)
        return outcome(false, 'AGE_UNDER_MIN', `年龄 ${f.age} 岁，低于${scope}下限 ${p.min} 岁`, required, f.age, req, actualText);
      return outcome(true, 'AGE_OK', `年龄 ${f.age} 岁，符合${scope}要求（${req}）`, required, f.age, req, actualText);
    }
    case 'gender':
      return explainInSet('GENDER', '性别', 'gender', f.gender, p.in, scope);
    case 'ethnicity':
      return explainInSet('ETHNICITY', '民族', 'ethnicity', f.ethnicity, p.in, scope);
    case 'politicalStatus':
      return explainInSet('POLITICAL_STATUS', '政治面貌', 'political_status', f.politicalStatus, p.in, scope);
    case 'category':
      return explainInSet('CATEGORY', '人员类别', 'category', f.category, p.in, scope);
    case 'postKind':
      return explainInSet('POST_KIND', '现任职务类别', 'post_kind', f.postKind, p.in, scope);
    case 'unitKind':
      return explainInSet('UNIT_KIND', '所在单位类型', 'unit_kind', f.unitKind, p.in, scope);
    case 'unitLevel':
      return explainInSet('UNIT_LEVEL', '所在单位层级', 'unit_level', f.unitLevel, p.in, scope);
    case 'health':
      return explainInSet('HEALTH', '健康状况', 'health', f.health, p.in, scope);
    case 'education': {
      const fulltime = p.mode === 'fulltime';
      const name = fulltime ? '全日制学历' : '学历';
      const group = fulltime ? f.eduFulltime : f.eduAny;
      const have = fulltime ? f.eduFulltimeRank : f.eduAnyRank;
      const req = `${fulltime ? '全日制' : ''}${labelOf('education', p.atLeast)}及以上`;
      const required: JsonValue = { atLeast: p.atLeast, mode: fulltime ? 'fulltime' : 'any' };
      if (group === null)
        return outcome(false, 'EDUCATION_MISSING', `无${fulltime ? '全日制' : ''}毕业学历记录，${scope}要求${req}`, required, null, req, '无');
      const actualText = labelOf('education', group);
      return have >= educationRank(p.atLeast)
        ? outcome(true, 'EDUCATION_OK', `${name}为${actualText}，符合${scope}要求（${req}）`, required, group, req, actualText)
        : outcome(false, 'EDUCATION_BELOW', `${name}为${actualText}，低于${scope}要求的${req}`, required, group, req, actualText);
    }
    case 'degree': {
      const fulltime = p.mode === 'fulltime';
      const have = fulltime ? f.degreeFulltime : f.degreeAny;
      const need = DEGREE_ORDER[p.atLeast];
      const req = `${fulltime ? '全日制教育' : ''}${DEGREE_LABEL[need]}及以上学位`;
      const required: JsonValue = { atLeast: p.atLeast, mode: fulltime ? 'fulltime' : 'any' };
      const actualText = DEGREE_LABEL[have] ?? '无学位';
      if (have === 0) return outcome(false, 'DEGREE_MISSING', `无${fulltime ? '全日制教育' : ''}学位记录，${scope}要求${req}`, required, null, req, actualText);
      return have >= need
        ? outcome(true, 'DEGREE_OK', `学位为${actualText}，符合${scope}要求（${req}）`, required, actualText, req, actualText)
        : outcome(false, 'DEGREE_BELOW', `学位为${actualText}，低于${scope}要求的${req}`, required, actualText, req, actualText);
    }
    case 'partyYears':
      return explainRange('PARTY_YEARS', '党龄', f.partyYears, p, '年', scope, '入党时间未记录');
    case 'yearsInRank':
      return explainRange('YEARS_IN_RANK', '任现职级年限', f.yearsInRank, p, '年', scope, '任现职级时间未记录');
    case 'professionalYears':
      return explainRange('PROFESSIONAL_YEARS', '专业技术工作年限', f.professionalYears, p, '年', scope, '无法确定从事专业技术工作的起始时间');
    case 'rank':
      return explainOrdinal('RANK', '职务级别', 'rank', f.rank, rankOrder, p, scope);
    case 'grade':
      return explainOrdinal('GRADE', '职级', 'grade', f.grade, gradeOrder, p, scope);
    case 'postKindYears': {
      const kinds = postKinds(p);
      const sameUnit = p.sameUnit === true;
      const years = tenureYears(f, kinds, sameUnit);
      const detail = tenureDetail(f, kinds, sameUnit);
      const name = `${sameUnit ? '在现单位' : ''}累计任${labels('post_kind', kinds)}`;
      const req = rangeText(p.atLeast, p.atMost, '年');
      const required: JsonValue = { postKind: [...kinds], sameUnit, ...bounds(p) };
      const actual: JsonValue = { years, days: detail.days };
      const actualText = detail.days === 0 ? '无此任职经历' : `${years} 年（共 ${detail.days} 天）`;
      if (p.atLeast !== undefined && years < p.atLeast)
        return outcome(false, 'POST_KIND_YEARS_TOO_FEW', `${name}${detail.days === 0 ? '：无此任职经历' : ` ${actualText}`}，不足${scope}要求 ${p.atLeast} 年`, required, actual, req, actualText);
      if (p.atMost !== undefined && years > p.atMost)
        return outcome(false, 'POST_KIND_YEARS_TOO_MANY', `${name} ${actualText}，超过${scope}上限 ${p.atMost} 年`, required, actual, req, actualText);
      return outcome(true, 'POST_KIND_YEARS_OK', `${name} ${actualText}，符合${scope}要求（${req}）`, required, actual, req, actualText);
    }
    case 'experience': {
      const has = p.level === 'county' ? f.workedAtCounty : f.workedAtTownship;
      const name = `${EXPERIENCE_LABEL[p.level]}工作经历`;
      return has
        ? outcome(true, 'EXPERIENCE_OK', `具有${name}`, { level: p.level }, true, `具有${name}`, '有')
        : outcome(false, 'EXPERIENCE_MISSING', `无${name}，${scope}要求具有${name}`, { level: p.level }, false, `具有${name}`, '无');
    }
    case 'appraisals': {
      const window = f.appraisals.slice(0, p.years);
      const min = gradeMin(p.atLeast);
      const below = window.filter((a) => a.grade !== 'missing' && appraisalOrder(a.grade) < min);
      const missing = window.filter((a) => a.grade === 'missing');
      const first = f.refYear - p.years;
      const last = f.refYear - 1;
      const req = `近 ${p.years} 年（${first}–${last} 年）年度考核均为${labelOf('appraisal', p.atLeast)}以上`;
      const required: JsonValue = { years: p.years, atLeast: p.atLeast, from: first, to: last };
      const actual: JsonValue = window.map((a) => ({ year: a.year, grade: a.grade }));
      const actualText = window.map((a) => `${a.year} 年${gradeLabel(a.grade)}`).join('、');
      const problems = [
        ...below.map((a) => `${a.year} 年度考核为${gradeLabel(a.grade)}，低于${labelOf('appraisal', p.atLeast)}`),
        ...missing.map((a) => `${a.year} 年度考核结果缺失`),
      ];
      if (below.length > 0) return outcome(false, 'APPRAISAL_BELOW', `${problems.join('；')}（${scope}要求${req}）`, required, actual, req, actualText);
      if (missing.length > 0) return outcome(false, 'APPRAISAL_MISSING', `${problems.join('；')}（${scope}要求${req}）`, required, actual, req, actualText);
      return outcome(true, 'APPRAISAL_OK', `${req}：${actualText}`, required, actual, req, actualText);
    }
    case 'title': {
      const min = titleOrder(p.atLeast);
      const seriesText = p.series === undefined ? '' : `${labels('title_series', p.series)}系列`;
      const req = `${seriesText}${labelOf('title_level', p.atLeast)}及以上职称`;
      const required: JsonValue = { atLeast: p.atLeast, ...(p.series !== undefined ? { series: [...p.series] } : {}) };
      if (p.series === undefined) {
        if (f.titleLevel === null) return outcome(false, 'TITLE_MISSING', `无专业技术职称，${scope}要求${req}`, required, null, req, '无');
        const actualText = `${labelOf('title_series', f.titleSeries)}${labelOf('title_level', f.titleLevel)}`;
        return f.titleOrder >= min
          ? outcome(true, 'TITLE_OK', `职称为${actualText}，符合${scope}要求（${req}）`, required, f.titleLevel, req, actualText)
          : outcome(false, 'TITLE_BELOW', `职称为${actualText}，低于${scope}要求的${req}`, required, f.titleLevel, req, actualText);
      }
      let best = 0;
      for (const s of p.series) best = Math.max(best, f.titleBySeries.get(s) ?? 0);
      const levelName = ['', '初级', '中级', '副高级', '正高级'][best] ?? '';
      if (best === 0) return outcome(false, 'TITLE_MISSING', `无${seriesText}职称，${scope}要求${req}`, required, null, req, '无');
      return best >= min
        ? outcome(true, 'TITLE_OK', `${seriesText}职称为${levelName}，符合${scope}要求`, required, best, req, levelName)
        : outcome(false, 'TITLE_BELOW', `${seriesText}职称为${levelName}，低于${scope}要求的${req}`, required, best, req, levelName);
    }
    case 'reserve': {
      const req = p.is ? '后备干部' : '非后备干部';
      const actualText = f.isReserve ? '后备干部' : '非后备干部';
      if (f.isReserve === p.is) return outcome(true, 'RESERVE_OK', `${actualText}，符合${scope}要求`, p.is, f.isReserve, req, actualText);
      return outcome(false, p.is ? 'NOT_RESERVE' : 'IS_RESERVE', p.is ? `不是后备干部，${scope}要求为拟提任上一级领导职务的后备干部` : `是后备干部，${scope}要求非后备干部`, p.is, f.isReserve, req, actualText);
    }
    case 'pool': {
      const req = p.tiers === undefined ? '优秀年轻干部库人选' : labels('pool_tier', p.tiers);
      const required: JsonValue = p.tiers === undefined ? { inPool: true } : { tiers: [...p.tiers] };
      if (f.poolTier === null) return outcome(false, 'NOT_IN_POOL', `未列入优秀年轻干部库，${scope}要求${req}`, required, null, req, '未入库');
      const actualText = labelOf('pool_tier', f.poolTier);
      return p.tiers === undefined || p.tiers.includes(f.poolTier)
        ? outcome(true, 'POOL_OK', `已列入优秀年轻干部库（${actualText}）`, required, f.poolTier, req, actualText)
        : outcome(false, 'POOL_TIER_NOT_ALLOWED', `优秀年轻干部库层级为${actualText}，${scope}要求${req}`, required, f.poolTier, req, actualText);
    }
    case 'tibetanArea': {
      const req = p.is ? '藏区单位' : '非藏区单位';
      const actualText = f.unitTibetanArea ? '藏区单位' : '非藏区单位';
      if (f.unitTibetanArea === p.is) return outcome(true, 'TIBETAN_AREA_OK', `所在单位为${actualText}，符合${scope}要求`, p.is, f.unitTibetanArea, req, actualText);
      return outcome(false, p.is ? 'NOT_TIBETAN_AREA' : 'IS_TIBETAN_AREA', `所在单位为${actualText}，${scope}要求为${req}`, p.is, f.unitTibetanArea, req, actualText);
    }
    case 'tags': {
      const parts: string[] = [];
      if (p.anyOf !== undefined) parts.push(`具有标签「${p.anyOf.join('」「')}」之一`);
      if (p.allOf !== undefined) parts.push(`同时具有标签「${p.allOf.join('」「')}」`);
      const req = parts.join('，且');
      const required: JsonValue = { ...(p.anyOf !== undefined ? { anyOf: [...p.anyOf] } : {}), ...(p.allOf !== undefined ? { allOf: [...p.allOf] } : {}) };
      const actualText = f.tags.length === 0 ? '无标签' : f.tags.join('、');
      if (p.anyOf !== undefined && !p.anyOf.some((t) => f.tags.includes(t)))
        return outcome(false, 'TAGS_MISSING_ANY', `不具有标签「${p.anyOf.join('」「')}」中的任何一个，${scope}要求${req}`, required, [...f.tags], req, actualText);
      const lacking = (p.allOf ?? []).filter((t) => !f.tags.includes(t));
      if (lacking.length > 0)
        return outcome(false, 'TAGS_MISSING_ALL', `缺少标签「${lacking.join('」「')}」，${scope}要求${req}`, required, [...f.tags], req, actualText);
      return outcome(true, 'TAGS_OK', `${req}：符合`, required, [...f.tags], req, actualText);
    }
  }
}
