// 年度考核结果 as free text ↔ appraisal records.
//
// Reading (best effort): the text is cut into clauses at ，；。 and line breaks; each clause
// gives its years (2021年度, ranges 2021—2023年度, 2021至2023年) and its grade (优秀, 称职,
// 基本称职, 不称职, and the institutions' 合格 family). Years without a grade carry over to the
// next clause when their clause is nothing but years ('2021年度、2022年度，考核均为称职'). Whatever cannot be paired is reported as a
// warning and skipped; a year given twice keeps its first grade.
// Writing: years ascending, consecutive years with the same grade grouped:
// '2021年度、2022年度考核为称职，2023年度考核为优秀'.

import type { AppraisalGrade, AppraisalRecord } from '../../domain/registry/types.js';

const GRADE_WORDS: Array<[string, AppraisalGrade]> = [
  ['基本称职', 'basically_competent'],
  ['基本合格', 'basically_competent'],
  ['不称职', 'incompetent'],
  ['不合格', 'incompetent'],
  ['称职', 'competent'],
  ['合格', 'competent'],
  ['优秀', 'excellent'],
];
const GRADE_RE = new RegExp(GRADE_WORDS.map(([w]) => w).join('|'), 'u');
const GRADE_OF = new Map(GRADE_WORDS);

const GRADE_LABEL: Record<AppraisalGrade, string> = {
  excellent: '优秀',
  competent: '称职',
  basically_competent: '基本称职',
  incompetent: '不称职',
};

const RANGE_RE = /(\d{4})\s*年?度?\s*(?:-|—|–|－|~|～|至|到)+\s*(\d{4})/gu;
const YEAR_RE = /(?<!\d)(\d{4})(?!\d)/gu;
const NONE_RE = /^[（(]?无[）)]?$/u;
const YEARS_ONLY_RE = /^[\d\s年度、和及至到\-—–－~～]+$/u;

export interface AppraisalReading {
  appraisals: AppraisalRecord[];
  warnings: string[];
}

function yearsOf(clause: string): number[] {
  const years: number[] = [];
  const withoutRanges = clause.replace(RANGE_RE, (_, a: string, b: string) => {
    const from = Number(a);
    const to = Number(b);
    if (to >= from && to - from <= 30) for (let y = from; y <= to; y += 1) years.push(y);
    return ' ';
  });
  for (const m of withoutRanges.matchAll(YEAR_RE)) years.push(Number(m[1]));
  return years.filter((y) => y >= 1950 && y <= 2199);
}

export function parseAppraisalText(text: string): AppraisalReading {
  const appraisals: AppraisalRecord[] = [];
  const warnings: string[] = [];
  const t = text.normalize('NFKC').trim();
  if (t === '' || NONE_RE.test(t)) return { appraisals, warnings };

  let pending: number[] = [];
  for (const clause of t.split(/[，,；;。\r\n]+/u)) {
    const c = clause.trim();
    if (c === '') continue;
    const years = yearsOf(c);
    const word = GRADE_RE.exec(c)?.[0];
    const grade = word === undefined ? undefined : GRADE_OF.get(word);
    if (grade === undefined) {
      // Only a clause of bare years ('2021年度、2022年度') waits for the next clause's grade.
      if (years.length > 0 && YEARS_ONLY_RE.test(c)) pending.push(...years);
      else if (years.length > 0) warnings.push(`年度考核结果中 ${years.join('、')} 年度没有写明等次，未导入`);
      continue;
    }
    const target = years.length > 0 ? [...pending, ...years] : pending;
    if (target.length === 0) {
      warnings.push(`年度考核结果“${c}”没有写明年度，未导入`);
      continue;
    }
    for (const year of target) {
      const existing = appraisals.find((a) => a.year === year);
      if (existing) {
        if (existing.grade !== grade) warnings.push(`年度考核结果中 ${year} 年度出现了两次，按第一次（${GRADE_LABEL[existing.grade]}）导入`);
        continue;
      }
      appraisals.push({ year, grade });
    }
    pending = [];
  }
  if (pending.length > 0) {
    warnings.push(`年度考核结果中 ${[...new Set(pending)].join('、')} 年度没有写明等次，未导入`);
  }
  appraisals.sort((a, b) => a.year - b.year);
  return { appraisals, warnings };
}

export function formatAppraisalText(list: readonly AppraisalRecord[]): string {
  const sorted = [...list].sort((a, b) => a.year - b.year);
  const groups: Array<{ years: number[]; grade: AppraisalGrade }> = [];
  for (const a of sorted) {
    const last = groups[groups.length - 1];
    const lastYear = last?.years[last.years.length - 1];
    if (last && last.grade === a.grade && lastYear === a.year - 1) last.years.push(a.year);
    else groups.push({ years: [a.year], grade: a.grade });
  }
  return groups.map((g) => `${g.years.map((y) => `${y}年度`).join('、')}考核为${GRADE_LABEL[g.grade]}`).join('，');
}
