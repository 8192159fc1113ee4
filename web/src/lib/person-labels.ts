// Field names and value display of person records. The labels are a copy of
// src/domain/registry/field-labels.ts (web shares no runtime code with the server);
// e2e/web-contract.test.ts fails when the two differ.
import type { CodeTableName } from '../api/types.js';

/** What displayValue needs of the code tables (see useCodes). */
export interface CodeLabeler {
  label(table: CodeTableName, code: string | null | undefined): string;
}

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '姓名',
  gender: '性别',
  ethnicity: '民族',
  birthDate: '出生日期',
  idNumber: '身份证号码',
  nativePlace: '籍贯',
  birthplace: '出生地',
  growthPlace: '成长地',
  politicalStatus: '政治面貌',
  partyJoinDate: '入党时间',
  partyNote: '党派说明',
  workStartDate: '参加工作时间',
  category: '人员类别',
  unitId: '所在单位',
  post: '现任职务',
  postKind: '岗位类别',
  rank: '职务级别',
  grade: '职级',
  rankStartDate: '任现职级时间',
  postStartDate: '任现职时间',
  unitStartDate: '进入现单位时间',
  isReserve: '后备干部',
  poolTier: '优秀年轻干部库',
  specialities: '专长',
  tags: '标签',
  health: '健康状况',
  healthNote: '健康说明',
  serviceIntention: '服务意向',
  education: '学历学位',
  titles: '专业技术职务',
  appointments: '任职经历',
  appraisals: '年度考核',
  family: '家庭成员',

  'education.mode': '教育类别',
  'education.level': '学历',
  'education.degree': '学位',
  'education.school': '毕业院校',
  'education.major': '所学专业',
  'education.startDate': '入学时间',
  'education.endDate': '毕业时间',

  'titles.series': '职称系列',
  'titles.level': '职称等级',
  'titles.name': '职称名称',
  'titles.obtainedDate': '取得时间',

  'appointments.unitId': '任职单位',
  'appointments.unitName': '任职单位名称',
  'appointments.post': '职务',
  'appointments.postKind': '岗位类别',
  'appointments.rank': '职务级别',
  'appointments.startDate': '任职时间',
  'appointments.endDate': '免职时间',

  'appraisals.year': '考核年度',
  'appraisals.grade': '考核结果',

  'family.relation': '称谓',
  'family.name': '姓名',
  'family.birthDate': '出生日期',
  'family.politicalStatus': '政治面貌',
  'family.workUnit': '工作单位及职务',
  'family.divisionCode': '所在地',
};

const PATH_RE = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?$/;

/**
 * Chinese label of an error path: 'birthDate' → '出生日期', 'education[1]' → '学历学位第 2 条',
 * 'education[1].level' → '学历学位第 2 条的学历', 'specialities[0]' → '专长第 1 项'.
 * Unknown parts fall back to the raw path so a message is never empty.
 */
export function fieldLabel(path: string): string {
  const m = PATH_RE.exec(path);
  if (!m) return FIELD_LABELS[path] ?? path;
  const [, list = '', index, sub] = m;
  const listLabel = FIELD_LABELS[list] ?? list;
  if (index === undefined) return sub === undefined ? listLabel : (FIELD_LABELS[`${list}.${sub}`] ?? path);
  const position = Number(index) + 1;
  if (sub === undefined) {
    const unit = list === 'specialities' || list === 'tags' ? '项' : '条';
    return `${listLabel}第 ${position} ${unit}`;
  }
  return `${listLabel}第 ${position} 条的${FIELD_LABELS[`${list}.${sub}`] ?? sub}`;
}

/** Person fields whose values are codes of a table. */
export const CODE_FIELDS: Record<string, CodeTableName> = {
  gender: 'gender',
  ethnicity: 'ethnicity',
  politicalStatus: 'political_status',
  category: 'category',
  postKind: 'post_kind',
  rank: 'rank',
  grade: 'grade',
  poolTier: 'pool_tier',
  health: 'health',
  kind: 'unit_kind',
  level: 'unit_level',
};

/** A value as text: codes with their labels, lists joined, objects as JSON. */
export function displayValue(key: string, value: unknown, codes: CodeLabeler | null): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const table = CODE_FIELDS[key];
  if (table && typeof value === 'string' && codes) {
    const label = codes.label(table, value);
    return label === value ? value : `${label}（${value}）`;
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.length ? value.join('、') : '—';
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}
