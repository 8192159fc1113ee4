// Readings of the appointment form's free-text fields into codes, and back.
//
// Education level (学历). The form writes short words, not GB/T 4658 labels. Reading:
//   研究生            → 11 博士研究生毕业 when the degree (学位) says 博士, 14 硕士研究生毕业 when it
//                       says 硕士, else 10 研究生 (the group: level known, kind not);
//   博士研究生 / 硕士研究生 / 研究生班 → 11 / 14 / 17;
//   大学, 大学本科, 本科 → 21 大学本科毕业 (the form's 大学 is an undergraduate degree course;
//                       大专 is written for 专科, so 大学 is not read as "大学以上");
//   大专, 大学专科, 专科 → 31; 中专 → 41; 职业高中 → 44; 技工学校 → 47; 高中 → 60; 初中 → 70;
//   小学 → 80; a trailing 结业 / 肄业 moves to the matching code (大学肄业 → 23);
//   any exact GB/T 4658 label or code is taken as is;
//   a party-school course (中央党校研究生, 省委党校大学) is read by its level with a warning.
// Writing is the inverse: 21 → 大学, 31 → 大专, 41 → 中专, 11/14 → 研究生 when the degree
// names 博士/硕士 (else 博士研究生/硕士研究生), other codes by their label. Group codes 20 and 30
// are written 大学本科 / 大学专科 and read back as 21 / 31.
//
// 毕业院校系及专业 is one text: '四川大学法学专业'. It is written school + major + '专业' and read
// back by cutting after the last 大学/学院/学校/党校/… before a trailing '专业'.
//
// 入党时间 holds a date (中共党员 since then), or a democratic party's name with or without a
// date ('民盟', '1995.06 民进'): the status comes from GB/T 4762, the text is kept in
// `partyNote` and no party join date is set (that date is the CPC's). Empty means 群众.

import type { IsoDate, PersonRecord, TitleLevel, TitleRecord } from '../../domain/registry/types.js';
import type { CodeLookup } from '../code-lookup.js';
import { formatCompactDate, parseDateText } from '../date-text.js';

// --- education --------------------------------------------------------------------------

const STATUS_OFFSET: Record<string, number> = { 毕业: 0, 结业: 1, 肄业: 2 };

const LEVEL_WORDS: Array<{ re: RegExp; base: string | ((degree: string) => string) }> = [
  { re: /^(博士研究生|博士)$/u, base: '11' },
  { re: /^(硕士研究生|硕士)$/u, base: '14' },
  { re: /^研究生班$/u, base: '17' },
  { re: /^研究生$/u, base: (d) => (d.includes('博士') ? '11' : d.includes('硕士') ? '14' : '10') },
  { re: /^大学普通班$/u, base: '28' },
  { re: /^(大学本科|大学|本科)$/u, base: '21' },
  { re: /^(大学专科|大专|专科)$/u, base: '31' },
  { re: /^(中专|中等专科|中等专业学校)$/u, base: '41' },
  { re: /^(职业高中|职高)$/u, base: '44' },
  { re: /^(技工学校|技校)$/u, base: '47' },
  { re: /^(普通高级中学|普通高中|高中)$/u, base: '60' },
  { re: /^(初级中学|初中)$/u, base: '70' },
  { re: /^小学$/u, base: '80' },
];

const PARTY_SCHOOL = /^(?:中央|省委|市委|州委|地委|县委|区委)?党校/u;

export interface LevelReading {
  code: string | null;
  warning?: string;
}

export function readEducationLevel(text: string, degree: string, codes: CodeLookup): LevelReading {
  const t = text.normalize('NFKC').replace(/\s+/gu, '');
  if (t === '') return { code: null };
  let rest = t.replace(/^在职/u, '');
  const partySchool = PARTY_SCHOOL.test(rest);
  if (partySchool) rest = rest.replace(PARTY_SCHOOL, '');
  const warnPartySchool = (code: string): LevelReading => ({
    code,
    warning: `学历“${text}”为党校学历，已按“${codes.label('education', code)}”记录，请核实`,
  });

  // The group label 研究生 is refined by the degree before the exact-label lookup.
  if (!partySchool && rest !== '研究生') {
    const exact = codes.code('education', rest);
    if (exact !== undefined && rest !== '大学本科' && rest !== '大学专科') return { code: exact };
  }
  let offset = 0;
  const status = /(毕业|结业|肄业)$/u.exec(rest);
  if (status?.[1] !== undefined) {
    offset = STATUS_OFFSET[status[1]] ?? 0;
    rest = rest.slice(0, -2);
  }
  for (const { re, base } of LEVEL_WORDS) {
    if (!re.test(rest)) continue;
    const b = typeof base === 'string' ? base : base(degree);
    // Only the "毕业" codes x1/x4/x7 have 结业/肄业 neighbours; groups (x0) and single codes do not.
    const withStatus = offset > 0 && /[147]$/u.test(b) ? String(Number(b) + offset) : b;
    const code = codes.label('education', withStatus) !== withStatus ? withStatus : b;
    return partySchool ? warnPartySchool(code) : { code };
  }
  return { code: null, warning: `无法识别学历“${text}”，该条学历未导入` };
}

export function educationLevelText(code: string, degree: string | null, codes: CodeLookup): string {
  const d = degree ?? '';
  switch (code) {
    case '11':
      return d.includes('博士') ? '研究生' : '博士研究生';
    case '14':
      return d.includes('硕士') ? '研究生' : '硕士研究生';
    case '10':
      return '研究生';
    case '21':
      return '大学';
    case '31':
      return '大专';
    case '41':
      return '中专';
    default:
      return codes.label('education', code);
  }
}

const SCHOOL_END = /^(.*(?:大学|学院|学校|党校|中学|研究院|研究生院|研究所|中专|技校|职高|分校|函授站|电大|科学院))(.*)$/u;

export function joinSchoolMajor(school: string | null, major: string | null): string {
  const s = school ?? '';
  const m = major ?? '';
  if (m === '') return s;
  return `${s}${m}${m.endsWith('专业') ? '' : '专业'}`;
}

export function splitSchoolMajor(text: string): { school: string | null; major: string | null } {
  const t = text.trim().replace(/\s+/gu, '');
  if (t === '') return { school: null, major: null };
  if (!t.endsWith('专业')) return { school: t, major: null };
  const body = t.slice(0, -2);
  const m = SCHOOL_END.exec(body);
  if (!m) return { school: null, major: body === '' ? null : body };
  const school = m[1] ?? '';
  const major = m[2] ?? '';
  return { school: school === '' ? null : school, major: major === '' ? null : major };
}

// --- professional titles ----------------------------------------------------------------

const SENIOR_NAMES = new Set([
  '教授',
  '研究员',
  '主任医师',
  '主任药师',
  '主任护师',
  '主任技师',
  '编审',
  '译审',
  '高级记者',
  '高级编辑',
  '推广研究员',
  '一级律师',
]);
const INTERMEDIATE_NAMES = new Set(['讲师', '一级教师', '助理研究员', '记者', '编辑', '三级律师', '二级律师']);
const JUNIOR_NAMES = new Set(['医师', '护师', '药师', '技师', '二级教师', '三级教师', '助教', '四级律师']);

const SERIES_KEYWORDS: Array<[RegExp, string]> = [
  [/农艺|畜牧|兽医|农业|推广研究员|农技/u, 'agronomist'],
  [/教师|教授|讲师|助教/u, 'teacher'],
  [/医师|护师|护士|药师|医士|药士|技师|技士/u, 'doctor'],
  [/工程师|技术员/u, 'engineer'],
  [/经济/u, 'economist'],
  [/会计/u, 'accountant'],
  [/审计/u, 'auditor'],
  [/统计/u, 'statistician'],
  [/律师/u, 'lawyer'],
  [/记者|编辑|编审/u, 'journalist'],
  [/研究员|研究实习员/u, 'researcher'],
];

function titleLevelOf(name: string): TitleLevel | null {
  if (/^(正高级|教授级)/u.test(name) || SENIOR_NAMES.has(name)) return 'senior';
  if (/^副/u.test(name) || /^高级/u.test(name) || name === '主任记者' || name === '主任编辑') return 'associate';
  if (/^(主治|主管)/u.test(name) || INTERMEDIATE_NAMES.has(name)) return 'intermediate';
  if (/^助理/u.test(name) || JUNIOR_NAMES.has(name) || /(员|士)$/u.test(name)) return 'junior';
  if (/师$/u.test(name)) return 'intermediate';
  return null;
}

export interface TitleReading {
  titles: TitleRecord[];
  warnings: string[];
}

/** '高级工程师、经济师' → two titles; names not recognised are reported, not guessed. */
export function readTitles(text: string, codes: CodeLookup): TitleReading {
  const titles: TitleRecord[] = [];
  const warnings: string[] = [];
  for (const part of text.normalize('NFKC').split(/[、，,;；\n]+/u)) {
    const name = part.replace(/\s+/gu, '');
    if (name === '' || name === '无') continue;
    const level = titleLevelOf(name);
    if (level === null) {
      warnings.push(`无法判断专业技术职务“${name}”的等级，未导入该职称（原文已保留）`);
      continue;
    }
    const series = SERIES_KEYWORDS.find(([re]) => re.test(name))?.[1] ?? 'other';
    const known = codes.label('title_series', series) !== series ? series : 'other';
    titles.push({ series: known, level, name, obtainedDate: null });
  }
  return { titles, warnings };
}

export function titlesText(titles: readonly TitleRecord[]): string {
  return titles
    .map((t) => t.name ?? '')
    .filter((n) => n !== '')
    .join('、');
}

// --- 入党时间 ------------------------------------------------------------------------------

const DEMOCRATIC_PARTIES: Array<[string, string]> = [
  ['九三学社', '10'],
  ['农工党', '08'],
  ['致公党', '09'],
  ['民革', '04'],
  ['民盟', '05'],
  ['民建', '06'],
  ['民进', '07'],
  ['台盟', '11'],
];
const SHORT_PARTY_NAME: Record<string, string> = Object.fromEntries(DEMOCRATIC_PARTIES.map(([n, c]) => [c, n]));

const DATE_TOKEN = /\d{4}(?:[.\-/年]\d{1,2}(?:[.\-/月]\d{1,2}日?)?月?|\d{2}(?:\d{2})?)?/u;

export interface PartyReading {
  politicalStatus?: string;
  partyJoinDate: IsoDate | null;
  partyNote: string | null;
  warning?: string;
}

export function readPartyField(raw: string, codes: CodeLookup): PartyReading {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return { politicalStatus: '13', partyJoinDate: null, partyNote: null };
  const token = DATE_TOKEN.exec(text);
  const date = token ? parseDateText(token[0]) : null;
  const rest = (token ? text.replace(token[0], '') : text).replace(/[\s,，;；:：()（）]+/gu, '');

  if (rest === '') {
    if (date) return { politicalStatus: '01', partyJoinDate: date.date, partyNote: null };
    return { partyJoinDate: null, partyNote: null, warning: `无法识别入党时间“${raw.trim()}”` };
  }
  let code = codes.code('political_status', rest);
  if (code === undefined) code = DEMOCRATIC_PARTIES.find(([name]) => rest.includes(name))?.[1];
  if (code === undefined && /预备/u.test(rest)) code = '02';
  if (code === undefined && /^(中共|中国共产党|共产党)/u.test(rest)) code = '01';
  if (code === undefined) {
    if (date) {
      return {
        politicalStatus: '01',
        partyJoinDate: date.date,
        partyNote: null,
        warning: `入党时间“${raw.trim()}”中有无法识别的文字，已按中共党员、入党时间 ${date.date} 读取`,
      };
    }
    return { partyJoinDate: null, partyNote: raw.trim(), warning: `无法识别入党时间栏“${raw.trim()}”，政治面貌未导入` };
  }
  if (code === '01' || code === '02') return { politicalStatus: code, partyJoinDate: date?.date ?? null, partyNote: null };
  return { politicalStatus: code, partyJoinDate: null, partyNote: raw.trim() };
}

export function partyFieldText(p: Pick<PersonRecord, 'politicalStatus' | 'partyJoinDate' | 'partyNote'>, codes: CodeLookup): string {
  const s = p.politicalStatus;
  if ((s === '01' || s === '02') && p.partyJoinDate) return formatCompactDate(p.partyJoinDate, 'month');
  if (s === '13') return '';
  if (p.partyNote) return p.partyNote;
  return SHORT_PARTY_NAME[s] ?? codes.label('political_status', s);
}

// --- 熟悉专业有何专长 ----------------------------------------------------------------------------

/** Items are separated by semicolons or line breaks only: '、' joins parts of one phrase. */
export function readSpecialities(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[;；\r\n]+/u)) {
    const t = part.trim();
    if (t !== '' && t !== '无' && !out.includes(t)) out.push(t);
  }
  return out;
}

export function specialitiesText(items: readonly string[]): string {
  return items.join('；');
}
