// Reader of `.lrmx` appointment forms (see lrmx-format.ts for the element list).
//
// - Encoding: UTF-8 (with or without BOM) as the software writes; UTF-16 with a BOM and
//   GB2312/GBK/GB18030 (declared, or detected when the bytes are not valid UTF-8) are decoded
//   too, the latter with a warning.
// - Dates: yyyyMM, yyyyMMdd, yyyy.MM, yyyy.MM.dd, yyyy-MM (see date-text.ts). A month-only date
//   is the 1st of the month, without a warning — except the birth date: when the ID number is
//   valid and names the same month, its day is used (the form prints the month only).
// - Codes from labels: 性别 男/女, 民族 by GB 3304 label ('汉' is accepted here as 汉族: the
//   form is typed by hand and there is no user to ask), 健康状况 by the health table (other
//   text goes to `healthNote`), 学历 and 入党时间 as described in form-fields.ts, family
//   members' 政治面貌 by GB/T 4762 label.
// - Best effort with warnings: 专业技术职务 → titles, 年度考核结果 → appraisals, 简历 →
//   appointments. The texts themselves are always returned in `extras`.
// - Missing elements are fine: the record then lacks those fields (it is a Partial).
// - Only a file that is not XML, has no <Person> or no 姓名 is an error (LrmxParseError).

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CODE_TABLES } from '../../domain/codes/tables.js';
import { normalizeIdNumber, parseIdNumber } from '../../domain/registry/id-number.js';
import type { EducationRecord, FamilyMember, IsoDate } from '../../domain/registry/types.js';
import { createCodeLookup, lookupKey, type CodeLookup, type CodeTables } from '../code-lookup.js';
import { parseDateText } from '../date-text.js';
import { parseAppraisalText } from './appraisal-text.js';
import { readEducationLevel, readPartyField, readSpecialities, readTitles, splitSchoolMajor } from './form-fields.js';
import {
  KNOWN_LRMX_VERSIONS,
  LrmxParseError,
  emptyExtras,
  type LrmxElement,
  type LrmxRecord,
  type ParsedLrmx,
} from './lrmx-format.js';
import { parseResume } from './resume.js';

export interface ParseLrmxOptions {
  /** Code tables (the administrator's copy); default the shipped national tables. */
  codeTables?: CodeTables;
}

// --- decoding ---------------------------------------------------------------------------

function decodeLrmx(data: Buffer, warnings: string[]): string {
  if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(data.subarray(3));
  }
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const head = data.subarray(0, 200).toString('latin1');
  const declared = /encoding\s*=\s*["']([^"']+)["']/iu.exec(head)?.[1]?.toLowerCase() ?? '';
  if (/^(gb2312|gbk|gb18030|cp936)$/u.test(declared)) return new TextDecoder('gb18030').decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    try {
      const text = new TextDecoder('gb18030', { fatal: true }).decode(data);
      warnings.push('文件不是 UTF-8 编码，已按 GBK 编码读取');
      return text;
    } catch {
      throw new LrmxParseError('LRMX_ENCODING', '文件编码无法识别（应为 UTF-8 编码的 XML）');
    }
  }
}

// --- XML --------------------------------------------------------------------------------

const xmlParser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (_name, jpath) => String(jpath) === 'Person.JiaTingChengYuan.Item',
});

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Text content of an element: strings as they are, nested/absent as ''. */
function textOf(node: Record<string, unknown>, key: string): string | undefined {
  const v = node[key];
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isRecord(v)) {
    const t = v['#text'];
    return typeof t === 'string' ? t : '';
  }
  return '';
}

function personOf(xml: string): Record<string, unknown> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, msg } = valid.err;
    throw new LrmxParseError('LRMX_NOT_XML', `文件不是有效的 XML，无法读取（第 ${line} 行：${msg}）`);
  }
  const doc: unknown = xmlParser.parse(xml);
  if (!isRecord(doc)) throw new LrmxParseError('LRMX_NO_PERSON', '文件中没有 <Person> 元素，不是任免审批表文件');
  const person = doc['Person'];
  if (isRecord(person)) return person;
  // A wrapper element around <Person> is tolerated.
  for (const v of Object.values(doc)) {
    if (isRecord(v) && isRecord(v['Person'])) return v['Person'];
  }
  throw new LrmxParseError('LRMX_NO_PERSON', '文件中没有 <Person> 元素，不是任免审批表文件');
}

// --- reading ----------------------------------------------------------------------------

const FIELD_NAMES: Partial<Record<LrmxElement, string>> = {
  ChuShengNianYue: '出生年月',
  CanJiaGongZuoShiJian: '参加工作时间',
  JiSuanNianLingShiJian: '计算年龄时间',
  TianBiaoShiJian: '填表时间',
};

/** Parses an `.lrmx` file. Throws LrmxParseError (with a Chinese message) for unreadable files. */
export function parseLrmx(xml: string | Buffer, opts: ParseLrmxOptions = {}): ParsedLrmx {
  const warnings: string[] = [];
  const source = typeof xml === 'string' ? xml.replace(/^\uFEFF/u, '') : decodeLrmx(xml, warnings);
  const person = personOf(source);
  const codes = createCodeLookup(opts.codeTables ?? CODE_TABLES);

  const raw = (el: LrmxElement): string | undefined => textOf(person, el);
  const str = (el: LrmxElement): string | undefined => raw(el)?.trim();
  const date = (el: LrmxElement): IsoDate | null | undefined => {
    const t = str(el);
    if (t === undefined) return undefined;
    if (t === '') return null;
    const d = parseDateText(t);
    if (!d) {
      warnings.push(`${FIELD_NAMES[el] ?? el}“${t}”无法识别为日期，未导入`);
      return null;
    }
    return d.date;
  };

  const name = (str('XingMing') ?? '').replace(/\s+/gu, '');
  if (name === '') throw new LrmxParseError('LRMX_NO_NAME', '文件中没有姓名（XingMing），不是有效的任免审批表');
  const record: LrmxRecord = { name };
  const extras = emptyExtras();

  // Identity ------------------------------------------------------------------------------
  const idText = str('ShenFenZheng');
  const id = idText ? parseIdNumber(idText) : null;
  if (idText !== undefined) record.idNumber = idText === '' ? null : normalizeIdNumber(idText);
  if (id && !id.ok) warnings.push(`身份证号码有误：${id.message}`);
  const idFacts = id?.ok ? id : null;

  const genderText = str('XingBie');
  if (genderText) {
    const g = codes.code('gender', genderText);
    if (g !== undefined) record.gender = g;
    else warnings.push(`无法识别性别“${genderText}”`);
  }
  if (record.gender === undefined && idFacts) {
    record.gender = idFacts.gender;
    warnings.push('性别取自身份证号码');
  }

  const birth = date('ChuShengNianYue');
  if (birth) {
    if (idFacts && idFacts.birthDate.slice(0, 7) === birth.slice(0, 7)) record.birthDate = idFacts.birthDate;
    else {
      record.birthDate = birth;
      if (idFacts) warnings.push(`出生年月与身份证号码不一致（身份证为 ${idFacts.birthDate.slice(0, 7)}）`);
    }
  } else if (idFacts) {
    record.birthDate = idFacts.birthDate;
    warnings.push('出生日期取自身份证号码');
  }

  const ethnicityText = str('MinZu');
  if (ethnicityText) {
    const e = codes.code('ethnicity', ethnicityText) ?? codes.code('ethnicity', `${lookupKey(ethnicityText)}族`);
    if (e !== undefined) record.ethnicity = e;
    else warnings.push(`无法识别民族“${ethnicityText}”`);
  }
  const nativePlace = str('JiGuan');
  if (nativePlace !== undefined) record.nativePlace = nativePlace === '' ? null : nativePlace;
  const birthplace = str('ChuShengDi');
  if (birthplace !== undefined) record.birthplace = birthplace === '' ? null : birthplace;

  const partyText = str('RuDangShiJian');
  if (partyText !== undefined) {
    const p = readPartyField(partyText, codes);
    if (p.politicalStatus !== undefined) record.politicalStatus = p.politicalStatus;
    record.partyJoinDate = p.partyJoinDate;
    record.partyNote = p.partyNote;
    if (p.warning) warnings.push(p.warning);
  }
  const work = date('CanJiaGongZuoShiJian');
  if (work !== undefined) record.workStartDate = work;

  const healthText = str('JianKangZhuangKuang');
  if (healthText !== undefined) {
    const h = healthText === '' ? undefined : codes.code('health', healthText);
    record.health = h ?? null;
    record.healthNote = h === undefined && healthText !== '' ? healthText : null;
    if (h === undefined && healthText !== '') warnings.push(`健康状况“${healthText}”不在代码表中，已作为健康说明保存`);
  }

  // Titles, expertise, education ------------------------------------------------------------
  const titleText = str('ZhuanYeJiShuZhiWu');
  if (titleText !== undefined) {
    extras.professionalTitle = titleText;
    const t = readTitles(titleText, codes);
    record.titles = t.titles;
    warnings.push(...t.warnings);
  }
  const expertise = str('ShuXiZhuanYeYouHeZhuanChang');
  if (expertise !== undefined) {
    extras.expertise = expertise;
    record.specialities = readSpecialities(expertise);
  }
  const education = readEducation(person, codes, warnings);
  if (education !== undefined) record.education = education;

  // Posts and the proposal ----------------------------------------------------------------
  const currentPost = str('XianRenZhiWu');
  if (currentPost !== undefined) {
    extras.currentPost = currentPost;
    record.post = currentPost === '' ? null : currentPost;
  }
  extras.proposedPost = str('NiRenZhiWu') ?? '';
  extras.proposedRemoval = str('NiMianZhiWu') ?? '';

  const resume = raw('JianLi');
  if (resume !== undefined) {
    extras.resume = resume
      .split(/\r\n|\r|\n/u)
      .map((l) => l.trimEnd())
      .join('\n')
      .replace(/^\n+|\n+$/gu, '');
    const r = parseResume(resume);
    record.appointments = r.appointments;
    warnings.push(...r.warnings);
  }
  extras.rewards = str('JiangChengQingKuang') ?? '';
  const appraisalText = str('NianDuKaoHeJieGuo');
  if (appraisalText !== undefined) {
    extras.appraisalText = appraisalText;
    const a = parseAppraisalText(appraisalText);
    record.appraisals = a.appraisals;
    warnings.push(...a.warnings);
  }
  extras.reason = str('RenMianLiYou') ?? '';

  const family = readFamily(person, codes, warnings);
  if (family !== undefined) record.family = family;

  // The form's own data ---------------------------------------------------------------------
  extras.reportingUnit = str('ChengBaoDanWei') ?? '';
  extras.ageRefDate = date('JiSuanNianLingShiJian') ?? null;
  extras.filledDate = date('TianBiaoShiJian') ?? null;
  extras.filledBy = str('TianBiaoRen') ?? '';

  const photo = str('ZhaoPian');
  if (photo) {
    const bytes = Buffer.from(photo.replace(/\s+/gu, ''), 'base64');
    if (bytes.length === 0) warnings.push('照片数据无法解码，未导入照片');
    else {
      extras.photo = bytes;
      if (!(bytes[0] === 0xff && bytes[1] === 0xd8)) warnings.push('照片不是 JPEG 格式，请核对');
    }
  }

  extras.version = str('Version') ?? '';
  if (extras.version === '') warnings.push('文件没有版本号（Version），已按 3.2.1.16 版格式读取');
  else if (!KNOWN_LRMX_VERSIONS.includes(extras.version)) {
    warnings.push(`文件版本 ${extras.version} 未经验证，已按 3.2.1.16 版格式读取`);
  }

  return { record, extras, warnings };
}

function readEducation(person: Record<string, unknown>, codes: CodeLookup, warnings: string[]): EducationRecord[] | undefined {
  const out: EducationRecord[] = [];
  let present = false;
  for (const [prefix, mode, modeName] of [
    ['QuanRiZhiJiaoYu', 'fulltime', '全日制'],
    ['ZaiZhiJiaoYu', 'inservice', '在职'],
  ] as const) {
    const level = textOf(person, `${prefix}_XueLi`)?.trim();
    const degree = textOf(person, `${prefix}_XueWei`)?.trim() ?? '';
    const levelSchool = textOf(person, `${prefix}_XueLi_BiYeYuanXiaoXi`)?.trim() ?? '';
    const degreeSchool = textOf(person, `${prefix}_XueWei_BiYeYuanXiaoXi`)?.trim() ?? '';
    if (level !== undefined) present = true;
    if (!level) {
      if (degree !== '') warnings.push(`${modeName}教育只填写了学位“${degree}”，没有学历，未导入`);
      continue;
    }
    const reading = readEducationLevel(level, degree, codes);
    if (reading.warning) warnings.push(reading.warning);
    if (reading.code === null) continue;
    const { school, major } = splitSchoolMajor(levelSchool !== '' ? levelSchool : degreeSchool);
    out.push({ mode, level: reading.code, degree: degree === '' ? null : degree, school, major, startDate: null, endDate: null });
  }
  return present ? out : undefined;
}

function readFamily(person: Record<string, unknown>, codes: CodeLookup, warnings: string[]): FamilyMember[] | undefined {
  const container = person['JiaTingChengYuan'];
  if (container === undefined) return undefined;
  const items = isRecord(container) ? container['Item'] : undefined;
  if (!Array.isArray(items)) return [];
  const out: FamilyMember[] = [];
  for (const item of items) {
    if (!isRecord(item)) continue;
    const get = (k: string): string => textOf(item, k)?.trim() ?? '';
    const relation = get('ChengWei');
    const name = get('XingMing').replace(/\s+/gu, '');
    if (relation === '' && name === '') continue;
    const birthText = get('ChuShengRiQi');
    const birth = birthText === '' ? null : parseDateText(birthText);
    if (birthText !== '' && !birth) warnings.push(`家庭成员“${name}”的出生日期“${birthText}”无法识别，未导入`);
    const politicsText = get('ZhengZhiMianMao');
    const politics = politicsText === '' ? undefined : codes.code('political_status', politicsText);
    if (politicsText !== '' && politics === undefined) {
      warnings.push(`家庭成员“${name}”的政治面貌“${politicsText}”无法识别，未导入`);
    }
    const workUnit = get('GongZuoDanWeiJiZhiWu');
    out.push({
      relation,
      name,
      birthDate: birth?.date ?? null,
      politicalStatus: politics ?? null,
      workUnit: workUnit === '' ? null : workUnit,
      divisionCode: null,
    });
  }
  return out;
}
