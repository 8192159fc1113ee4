// Writer of `.lrmx` appointment forms: UTF-8 XML, one flat <Person>, every element of
// lrmx-format.ts in its order (empty elements included, as the software writes them), lines
// ending \r\n, 简历 lines joined by \r\n, family members as repeated <Item>.
//
// Dates: 出生年月, 入党时间, 参加工作时间, 填表时间 and family birth dates as yyyyMM;
// 计算年龄时间 as yyyyMMdd. Texts the extras carry (简历, 年度考核结果, 专业技术职务, 熟悉专业有何
// 专长, 现任职务) are written as given; when absent they are generated from the record
// (appointments, appraisals, titles, specialities, post).

import { CODE_TABLES } from '../../domain/codes/tables.js';
import type { EducationRecord, PersonRecord } from '../../domain/registry/types.js';
import { createCodeLookup, type CodeLookup, type CodeTables } from '../code-lookup.js';
import { formatCompactDate } from '../date-text.js';
import { formatAppraisalText } from './appraisal-text.js';
import {
  educationLevelText,
  joinSchoolMajor,
  partyFieldText,
  specialitiesText,
  titlesText,
} from './form-fields.js';
import { LRMX_ELEMENTS, LRMX_FAMILY_ELEMENTS, LRMX_VERSION, type LrmxElement, type LrmxExtras } from './lrmx-format.js';
import { formatResume } from './resume.js';

/** A person and, optionally, the proposal and form data to print with them. */
export type LrmxWriteInput = PersonRecord & Partial<LrmxExtras>;

export interface WriteLrmxOptions {
  codeTables?: CodeTables;
  /** Written in <Version>; default 3.2.1.16. */
  version?: string;
}

const NL = '\r\n';

/** XML 1.0 text: markup characters escaped, characters XML forbids dropped. */
function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

function crlf(s: string): string {
  return s.replace(/\r\n|\r|\n/gu, NL);
}

/** The best record of a mode: the highest level (lowest GB/T 4658 code). */
function bestEducation(list: readonly EducationRecord[], mode: EducationRecord['mode']): EducationRecord | undefined {
  return list
    .filter((e) => e.mode === mode)
    .sort((a, b) => (a.level < b.level ? -1 : a.level > b.level ? 1 : 0))[0];
}

function educationFields(e: EducationRecord | undefined, codes: CodeLookup): [string, string, string, string] {
  if (!e) return ['', '', '', ''];
  const where = joinSchoolMajor(e.school, e.major);
  const degree = e.degree ?? '';
  return [educationLevelText(e.level, e.degree, codes), degree, where, degree === '' ? '' : where];
}

export function writeLrmx(person: LrmxWriteInput, opts: WriteLrmxOptions = {}): string {
  const codes = createCodeLookup(opts.codeTables ?? CODE_TABLES);
  const month = (d: string | null | undefined): string => (d ? formatCompactDate(d, 'month') : '');
  const [qXueLi, qXueWei, qXueLiSchool, qXueWeiSchool] = educationFields(bestEducation(person.education, 'fulltime'), codes);
  const [zXueLi, zXueWei, zXueLiSchool, zXueWeiSchool] = educationFields(bestEducation(person.education, 'inservice'), codes);

  const values: Record<Exclude<LrmxElement, 'JiaTingChengYuan'>, string> = {
    XingMing: person.name,
    XingBie: person.gender === '1' || person.gender === '2' ? codes.label('gender', person.gender) : '',
    ChuShengNianYue: month(person.birthDate),
    MinZu: codes.label('ethnicity', person.ethnicity),
    JiGuan: person.nativePlace ?? '',
    ChuShengDi: person.birthplace ?? '',
    RuDangShiJian: partyFieldText(person, codes),
    CanJiaGongZuoShiJian: month(person.workStartDate),
    JianKangZhuangKuang: person.health ? codes.label('health', person.health) : (person.healthNote ?? ''),
    ZhuanYeJiShuZhiWu: person.professionalTitle || titlesText(person.titles),
    ShuXiZhuanYeYouHeZhuanChang: person.expertise || specialitiesText(person.specialities),
    QuanRiZhiJiaoYu_XueLi: qXueLi,
    QuanRiZhiJiaoYu_XueWei: qXueWei,
    QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: qXueLiSchool,
    QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi: qXueWeiSchool,
    ZaiZhiJiaoYu_XueLi: zXueLi,
    ZaiZhiJiaoYu_XueWei: zXueWei,
    ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: zXueLiSchool,
    ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi: zXueWeiSchool,
    XianRenZhiWu: person.currentPost || (person.post ?? ''),
    NiRenZhiWu: person.proposedPost ?? '',
    NiMianZhiWu: person.proposedRemoval ?? '',
    JianLi: crlf(person.resume || formatResume(person.appointments, person.education)),
    JiangChengQingKuang: person.rewards ?? '',
    NianDuKaoHeJieGuo: person.appraisalText || formatAppraisalText(person.appraisals),
    RenMianLiYou: person.reason ?? '',
    ChengBaoDanWei: person.reportingUnit ?? '',
    JiSuanNianLingShiJian: person.ageRefDate ? formatCompactDate(person.ageRefDate, 'day') : '',
    TianBiaoShiJian: month(person.filledDate),
    TianBiaoRen: person.filledBy ?? '',
    ShenFenZheng: person.idNumber ?? '',
    ZhaoPian: person.photo && person.photo.length > 0 ? person.photo.toString('base64') : '',
    Version: opts.version ?? LRMX_VERSION,
  };

  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<Person>'];
  for (const el of LRMX_ELEMENTS) {
    if (el === 'JiaTingChengYuan') {
      lines.push('  <JiaTingChengYuan>');
      for (const f of person.family) {
        const item: Record<(typeof LRMX_FAMILY_ELEMENTS)[number], string> = {
          ChengWei: f.relation,
          XingMing: f.name,
          ChuShengRiQi: month(f.birthDate),
          ZhengZhiMianMao: f.politicalStatus ? codes.label('political_status', f.politicalStatus) : '',
          GongZuoDanWeiJiZhiWu: f.workUnit ?? '',
        };
        lines.push('    <Item>');
        for (const k of LRMX_FAMILY_ELEMENTS) lines.push(`      <${k}>${escapeXml(item[k])}</${k}>`);
        lines.push('    </Item>');
      }
      lines.push('  </JiaTingChengYuan>');
      continue;
    }
    lines.push(`  <${el}>${escapeXml(values[el])}</${el}>`);
  }
  lines.push('</Person>');
  return lines.join(NL) + NL;
}

/** File name for a person's form, as the software names them: '张明.lrmx'. */
export function lrmxFileName(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\s]+/gu, '');
  return `${safe === '' ? '未命名' : safe}.lrmx`;
}
