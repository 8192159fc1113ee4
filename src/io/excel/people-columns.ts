// The columns of the people import template (人员信息), shared by the template writer and
// the parser so that a header, its hint and its meaning are defined once.
//
// Headers are matched by name, not position: the canonical label, a few aliases users'
// own sheets carry (身份证号, 出生年月 …), with '*' and a trailing bracketed note ignored
// ('后备干部(是/否)' matches 后备干部). Appraisal columns are named '<year>年度考核'.

import type { CodeTableName } from '../../domain/codes/tables.js';

export type PeopleColumnKind =
  | { type: 'text' }
  | { type: 'name' }
  | { type: 'id' }
  | { type: 'date' }
  | { type: 'code'; table: CodeTableName }
  | { type: 'bool' }
  | { type: 'list' }
  | { type: 'unit' };

export type PeopleFieldKey =
  | 'name'
  | 'gender'
  | 'ethnicity'
  | 'birthDate'
  | 'idNumber'
  | 'nativePlace'
  | 'birthplace'
  | 'politicalStatus'
  | 'partyJoinDate'
  | 'workStartDate'
  | 'category'
  | 'unit'
  | 'post'
  | 'postKind'
  | 'rank'
  | 'grade'
  | 'rankStartDate'
  | 'postStartDate'
  | 'fulltime.level'
  | 'fulltime.degree'
  | 'fulltime.school'
  | 'fulltime.major'
  | 'inservice.level'
  | 'inservice.degree'
  | 'inservice.school'
  | 'inservice.major'
  | 'title.level'
  | 'title.series'
  | 'title.name'
  | 'title.obtainedDate'
  | 'isReserve'
  | 'specialities'
  | 'tags'
  | 'health'
  | 'serviceIntention';

export type PeopleColumnKey = PeopleFieldKey | `appraisal:${number}`;

export interface PeopleColumn {
  key: PeopleColumnKey;
  /** Canonical Chinese header, used in messages: 「民族」. */
  label: string;
  required: boolean;
  kind: PeopleColumnKind;
  /** Column width in characters. */
  width: number;
  /** Appended to the template header, e.g. '(是/否)'. */
  headerNote?: string;
  /** What to write, for the 说明 sheet and the header cell's comment. */
  hint: string;
  example: string;
  /** Other headers accepted on import. */
  aliases?: string[];
}

const text = { type: 'text' } as const;
const date = { type: 'date' } as const;
const code = (table: CodeTableName): PeopleColumnKind => ({ type: 'code', table });

const DATE_HINT = '日期，如 1985-07-01；也可写 1985.07.01、1985.07、198507 或 1985/7/1（只写到月的按当月 1 日）';

const BASE_COLUMNS: PeopleColumn[] = [
  { key: 'name', label: '姓名', required: true, kind: { type: 'name' }, width: 10, hint: '汉字姓名；少数民族姓名用间隔号“·”分隔', example: '张三', aliases: ['干部姓名'] },
  { key: 'gender', label: '性别', required: true, kind: code('gender'), width: 6, hint: '从下拉列表选择：男、女', example: '男' },
  { key: 'ethnicity', label: '民族', required: true, kind: code('ethnicity'), width: 10, hint: '民族全称，如 汉族、藏族、彝族', example: '汉族' },
  { key: 'birthDate', label: '出生日期', required: true, kind: date, width: 12, hint: DATE_HINT, example: '1985-07-01', aliases: ['出生年月', '出生年月日'] },
  { key: 'idNumber', label: '身份证号码', required: false, kind: { type: 'id' }, width: 21, hint: '18 位公民身份号码，末位 X 大写；本列为文本格式，请勿改为数字', example: '513301198507011234', aliases: ['身份证号', '公民身份号码', '身份证'] },
  { key: 'nativePlace', label: '籍贯', required: false, kind: text, width: 12, hint: '如 四川成都', example: '四川成都' },
  { key: 'birthplace', label: '出生地', required: false, kind: text, width: 12, hint: '如 四川康定', example: '四川康定' },
  { key: 'politicalStatus', label: '政治面貌', required: true, kind: code('political_status'), width: 12, hint: '从下拉列表选择，如 中共党员、群众、民盟盟员', example: '中共党员' },
  { key: 'partyJoinDate', label: '入党时间', required: false, kind: date, width: 12, hint: `中共党员、中共预备党员必填；${DATE_HINT}`, example: '2008-06-01' },
  { key: 'workStartDate', label: '参加工作时间', required: false, kind: date, width: 12, hint: DATE_HINT, example: '2007-07-01' },
  { key: 'category', label: '人员类别', required: true, kind: code('category'), width: 16, hint: '党政干部、专业技术人才 或 企事业单位管理人员', example: '党政干部' },
  { key: 'unit', label: '所在单位', required: false, kind: { type: 'unit' }, width: 36, hint: '单位全称（含上级路径，见“单位列表”）或单位编号', example: '甘孜州/康定市/康定市委组织部', aliases: ['工作单位', '单位'] },
  { key: 'post', label: '现任职务', required: false, kind: text, width: 20, hint: '如 县委副书记', example: '组织部副部长', aliases: ['职务', '现职务'] },
  { key: 'postKind', label: '岗位类别', required: false, kind: code('post_kind'), width: 16, hint: '从下拉列表选择', example: '部门副职' },
  { key: 'rank', label: '职务级别', required: false, kind: code('rank'), width: 12, hint: '从下拉列表选择；也可写 正处级、副科级 等', example: '乡科级副职', aliases: ['职务层次'] },
  { key: 'grade', label: '职级', required: false, kind: code('grade'), width: 14, hint: '从下拉列表选择，如 四级主任科员', example: '二级主任科员' },
  { key: 'rankStartDate', label: '任现职级时间', required: false, kind: date, width: 12, hint: DATE_HINT, example: '2019-06-01', aliases: ['任现职务层次时间', '任现级别时间'] },
  { key: 'postStartDate', label: '任现职时间', required: false, kind: date, width: 12, hint: DATE_HINT, example: '2020-03-01', aliases: ['任现职务时间'] },
  { key: 'fulltime.level', label: '全日制学历', required: false, kind: code('education'), width: 14, hint: '从下拉列表选择，如 大学本科毕业、硕士研究生毕业', example: '大学本科毕业' },
  { key: 'fulltime.degree', label: '全日制学位', required: false, kind: text, width: 12, hint: '如 法学学士', example: '法学学士' },
  { key: 'fulltime.school', label: '全日制毕业院校', required: false, kind: text, width: 18, hint: '如 四川大学', example: '四川大学', aliases: ['全日制毕业院校系'] },
  { key: 'fulltime.major', label: '全日制专业', required: false, kind: text, width: 14, hint: '如 法学', example: '法学', aliases: ['全日制所学专业'] },
  { key: 'inservice.level', label: '在职学历', required: false, kind: code('education'), width: 14, hint: '从下拉列表选择', example: '硕士研究生毕业' },
  { key: 'inservice.degree', label: '在职学位', required: false, kind: text, width: 12, hint: '如 公共管理硕士', example: '公共管理硕士' },
  { key: 'inservice.school', label: '在职毕业院校', required: false, kind: text, width: 18, hint: '如 电子科技大学', example: '电子科技大学', aliases: ['在职毕业院校系'] },
  { key: 'inservice.major', label: '在职专业', required: false, kind: text, width: 14, hint: '如 公共管理', example: '公共管理', aliases: ['在职所学专业'] },
  { key: 'title.level', label: '专业技术职务等级', required: false, kind: code('title_level'), width: 12, hint: '正高级、副高级、中级 或 初级；填写职称时必填', example: '中级', aliases: ['职称等级', '职称级别'] },
  { key: 'title.series', label: '职称系列', required: false, kind: code('title_series'), width: 10, hint: '从下拉列表选择；填写职称时必填', example: '卫生' },
  { key: 'title.name', label: '职称名称', required: false, kind: text, width: 14, hint: '如 主治医师、一级教师', example: '主治医师', aliases: ['专业技术职务', '职称'] },
  { key: 'title.obtainedDate', label: '取得时间', required: false, kind: date, width: 12, hint: `职称取得时间；${DATE_HINT}`, example: '2015-12-01', aliases: ['职称取得时间'] },
  { key: 'isReserve', label: '后备干部', required: false, kind: { type: 'bool' }, width: 10, headerNote: '(是/否)', hint: '是 或 否；不填视为否', example: '否' },
  { key: 'specialities', label: '专长', required: false, kind: { type: 'list' }, width: 24, headerNote: '(分号分隔)', hint: '多项用分号“；”分隔，如 项目管理；乡村规划', example: '项目管理；乡村规划', aliases: ['熟悉专业有何专长'] },
  { key: 'tags', label: '标签', required: false, kind: { type: 'list' }, width: 16, hint: '多项用分号“；”分隔', example: '援藏' },
  { key: 'health', label: '健康状况', required: false, kind: code('health'), width: 12, hint: '从下拉列表选择', example: '健康' },
  { key: 'serviceIntention', label: '服务意向', required: false, kind: text, width: 24, hint: '希望服务的地区或岗位', example: '甘孜州乡镇' },
];

/** The template's columns; appraisal years ascending at the end. */
export function peopleColumns(appraisalYears: readonly number[]): PeopleColumn[] {
  const years = [...new Set(appraisalYears)].sort((a, b) => a - b);
  return [...BASE_COLUMNS, ...years.map((y) => appraisalColumn(y))];
}

export function appraisalColumn(year: number): PeopleColumn {
  return {
    key: `appraisal:${year}`,
    label: `${year}年度考核`,
    required: false,
    kind: code('appraisal'),
    width: 12,
    hint: '优秀、称职、基本称职、不称职（事业单位的合格、基本合格、不合格也可）',
    example: '称职',
  };
}

export const REQUIRED_COLUMNS: readonly PeopleColumn[] = BASE_COLUMNS.filter((c) => c.required);

/** The header text the template writes: label, '*' when required, then the note. */
export function templateHeader(c: PeopleColumn): string {
  return `${c.label}${c.required ? '*' : ''}${c.headerNote ?? ''}`;
}

/** Header matching key: NFKC, no whitespace, no '*', no trailing bracketed note. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/\*/gu, '')
    .replace(/[:：]$/u, '')
    .replace(/[(（[【][^)）\]】]*[)）\]】]$/u, '');
}

const APPRAISAL_HEADER_RE = /^(\d{4})年度?(?:年度)?考核(?:结果|情况|等次)?$/u;

const BY_KEY = new Map<string, PeopleColumn>();
for (const c of BASE_COLUMNS) {
  BY_KEY.set(headerKey(c.label), c);
  for (const a of c.aliases ?? []) BY_KEY.set(headerKey(a), c);
}

/** The column a header names, or undefined for a column the importer does not read. */
export function columnForHeader(header: string): PeopleColumn | undefined {
  const key = headerKey(header);
  const base = BY_KEY.get(key);
  if (base) return base;
  const m = APPRAISAL_HEADER_RE.exec(key);
  if (m) return appraisalColumn(Number(m[1]));
  return undefined;
}
