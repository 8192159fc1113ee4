// Templates reproducing the five source programmes (shared/docs/DOMAIN.md; seeds in
// shared/seeds/) with their figures. Each template is the definition without dates and
// owner; `instantiateTemplate` plans the key dates from the launch day and returns a draft.
//
// Readings chosen where the sources are silent (each is also in the template's sourceNote):
// - the per-county minimums (≥ 5 teachers, ≥ 5 doctors; 住建、交通、农业部门 "只派去 1 名")
//   are stated for batch 4 (2016); the batch-2 template carries them too, as the brief asks.
//   "只派去 1 名" is read as a plan of exactly 1 (target 1: short at 0, over at 2); the
//   teachers and doctors as a floor (min 5). They count outbound placements only; the three
//   departments count professional talents placed in that sector.
// - the batch-4 term is the programme's rhythm ("每两年") = 24 months; the Kaijiang mutual
//   and outbound secondments have no stated term: 12 months by default; college training and
//   transfers (选上来, 交流) have no term (months null); 墩苗 has none by definition.
// - "约 200 名" and the like are plans (targets), not caps.
// - Pairings use demo/geography.ts: the pairs it marks public are the published ones, the
//   others are demo assignments that complete "7+20" and "9+12".

import { TIBET_AID_PAIRINGS, TIBETAN_AREA_COUNTY_CODES, countyByCode, prefectureByCode, supportingCityOf } from '../demo/geography.js';
import {
  ALI_ROTATION_SEVEN_YEARS,
  KAIJIANG_COLLEGE_TRAINING,
  KAIJIANG_MUTUAL,
  KAIJIANG_OUTBOUND,
  SHANXI_SELECT_UP_EXCEPTIONAL_TOWNSHIP_HEAD,
  SHANXI_SELECT_UP_MUNICIPAL,
  SHANXI_SELECT_UP_PROVINCIAL,
  SHANXI_SEND_DOWN_TOWNSHIP_DEPUTY_SECRETARY,
  SHANXI_SEND_DOWN_TOWNSHIP_HEAD,
  SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY,
  SICHUAN_TIBET_AID_COUNTY_DEPUTY,
  SICHUAN_TIBET_AID_DEPARTMENT_DEPUTY_OR_SECRETARY,
  SICHUAN_TIBET_AID_INBOUND,
  SICHUAN_TIBET_AID_PROFESSIONAL,
} from '../eligibility/builtin-rule-sets.js';
import type { IsoDate } from '../registry/types.js';
import { DEFAULT_PHASE_SCHEDULE, planKeyDates, type PhaseSchedule } from './programme.js';
import type {
  DestinationMinimum,
  Pairing,
  ProgrammeBenefits,
  ProgrammeDraft,
  ProgrammeOwner,
  ProgrammePlace,
  ProgrammeSpec,
  ProgrammeTerm,
  RuleSetAssignment,
} from './types.js';
import type { HolidayCalendar } from './working-days.js';

/** A figure the source states, kept with the template so reports can be checked against it. */
export interface SourceFigure {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  /** '人', '%', '个百分点', '个', '年', '月', '元/天' … */
  readonly unit: string;
}

export type TemplateSpec = Omit<ProgrammeSpec, 'keyDates' | 'owner' | 'previousBatchId' | 'templateId'>;

export interface ProgrammeTemplate {
  readonly id: string;
  /** Title in the template picker. */
  readonly title: string;
  /** Where it comes from (seed file and publication). */
  readonly source: string;
  readonly spec: TemplateSpec;
  readonly schedule: PhaseSchedule;
  readonly figures: readonly SourceFigure[];
  /** The previous batch the source compares with, when it names one. */
  readonly previousBatch: { readonly batch: number; readonly total: number | null } | null;
}

export interface TemplateGroup {
  readonly id: string;
  readonly name: string;
  readonly templateIds: readonly string[];
}

// ---------------------------------------------------------------------------------------
// Building blocks

const term = (direction: string, months: number | null, rounds = 1, note: string | null = null, assessment: ProgrammeTerm['assessmentAfterMonths'] = null): ProgrammeTerm => ({
  direction,
  months,
  rounds,
  assessmentAfterMonths: assessment,
  note,
});

const assign = (direction: string | null, postKind: string | null, ruleSetId: string, alternativeRuleSetIds: readonly string[] = []): RuleSetAssignment => ({
  direction,
  postKind,
  ruleSetId,
  alternativeRuleSetIds,
});

function countyPlace(code: string): ProgrammePlace {
  const c = countyByCode(code);
  const p = c ? prefectureByCode(c.prefectureCode) : undefined;
  return { key: code, name: c?.name ?? code, group: p?.shortName ?? null };
}

function prefecturePlace(code: string, suffix = '', group: string | null = null): ProgrammePlace {
  const p = prefectureByCode(code);
  return { key: code, name: `${p?.shortName ?? code}${suffix}`, group };
}

const PROVINCIAL_DEPARTMENTS: ProgrammePlace = { key: '510000', name: '省级部门', group: '省级部门' };
const THREE_PREFECTURES = ['513200', '513300', '513400'] as const;

/** The supporting cities of a pairing mode, in geography's order. */
function supportingCities(mode: '7+20' | '9+12'): string[] {
  const out: string[] = [];
  for (const p of TIBET_AID_PAIRINGS) {
    if (p.mode !== mode) continue;
    const city = supportingCityOf(p);
    if (!out.includes(city)) out.push(city);
  }
  return out;
}

const TIBET_PAIRINGS: readonly Pairing[] = TIBET_AID_PAIRINGS.map((p) => ({
  mode: p.mode,
  sourceKey: supportingCityOf(p),
  supportingCode: p.supportingDivisionCode,
  supportingName: p.supportingName,
  supportedKeys: p.supportedDivisionCodes,
}));

const TIBET_PAIRING_MODES = [
  { code: '7+20', label: '“7+20”：7 个发达市对口支援 20 个藏区县', supportingCount: 7, supportedCount: 20 },
  { code: '9+12', label: '“9+12”：9 个内地市对口支援其他 12 个藏区县', supportingCount: 9, supportedCount: 12 },
] as const;

const OUTBOUND_SOURCES: readonly ProgrammePlace[] = [
  PROVINCIAL_DEPARTMENTS,
  ...supportingCities('7+20').map((c) => prefecturePlace(c, '', '7+20')),
  ...supportingCities('9+12').map((c) => prefecturePlace(c, '', '9+12')),
];

const TIBETAN_COUNTIES: readonly ProgrammePlace[] = TIBETAN_AREA_COUNTY_CODES.map(countyPlace);

/** Per-county minimums of batch 4 (2016), outbound placements. */
const TIBET_COUNTY_MINIMUMS = (direction: string): DestinationMinimum[] => [
  { id: 'teacher', label: '教师', match: { directions: [direction], postKinds: ['teacher'] }, min: 5, destinations: TIBETAN_AREA_COUNTY_CODES },
  { id: 'doctor', label: '医生', match: { directions: [direction], postKinds: ['doctor'] }, min: 5, destinations: TIBETAN_AREA_COUNTY_CODES },
  {
    id: 'housing',
    label: '住建部门',
    match: { directions: [direction], sectors: ['housing_construction'], categories: ['professional'] },
    target: 1,
    destinations: TIBETAN_AREA_COUNTY_CODES,
  },
  {
    id: 'transport',
    label: '交通部门',
    match: { directions: [direction], sectors: ['transport'], categories: ['professional'] },
    target: 1,
    destinations: TIBETAN_AREA_COUNTY_CODES,
  },
  {
    id: 'agriculture',
    label: '农业部门',
    match: { directions: [direction], sectors: ['agriculture'], categories: ['professional'] },
    target: 1,
    destinations: TIBETAN_AREA_COUNTY_CODES,
  },
];

/** Rule sets of the Sichuan 2012 outbound post kinds. */
const TIBET_OUTBOUND_RULE_SETS = (direction: string): RuleSetAssignment[] => [
  assign(direction, 'county_team_deputy', SICHUAN_TIBET_AID_COUNTY_DEPUTY.id),
  ...['department_deputy', 'township_party_secretary', 'village_first_secretary', 'village_secretary'].map((k) =>
    assign(direction, k, SICHUAN_TIBET_AID_DEPARTMENT_DEPUTY_OR_SECRETARY.id),
  ),
  ...['teacher', 'doctor', 'technician'].map((k) => assign(direction, k, SICHUAN_TIBET_AID_PROFESSIONAL.id)),
];

const NONE_BENEFITS: ProgrammeBenefits | null = null;

const KAIJIANG_BENEFITS: ProgrammeBenefits = {
  appliesTo: '在县外挂职的干部',
  dailyAllowanceYuan: 30,
  paidRoundTripsHomePerMonth: 1,
  accidentInsurance: true,
};

const SRC_000 = '四川省对口援藏干部人才“双向选派”工作部署会（2012-06-13，省民委，shared/seeds/000）';
const SRC_001 = '四川925名援藏干部赴藏区，他们是如何遴选产生的？（川报观察 2016-09-05，shared/seeds/001）';
const SRC_002 = '阿里地区优化调配用好干部资源（西藏日报 2023-05-31，shared/seeds/002）';
const SRC_003 = '开江：“三百工程”为干部人才量身定制“充电大餐”（达州日报 2017-11-22，shared/seeds/003）';
const SRC_004 = '山西选拔200名乡镇书记到省市任职（山西省委组织部 4 月 27 日部署会，shared/seeds/004）';

const NO_DEMANDS: PhaseSchedule = { ...DEFAULT_PHASE_SCHEDULE, demandWorkingDays: null };

// ---------------------------------------------------------------------------------------
// 1. Sichuan 2012, batch 2: two-way Tibet-aid dispatch

const SICHUAN_2012: ProgrammeTemplate = {
  id: 'sichuan-2012-tibet-aid-batch-2',
  title: '四川 2012 年第二批援藏干部人才“双向选派”（1575 人）',
  source: SRC_000,
  schedule: DEFAULT_PHASE_SCHEDULE,
  previousBatch: { batch: 1, total: 1260 },
  figures: [
    { id: 'total', label: '选派总数', value: 1575, unit: '人' },
    { id: 'outbound', label: '省级部门和内地市选派到藏区', value: 1345, unit: '人' },
    { id: 'inbound', label: '三州选派到省级部门和内地市顶岗挂职', value: 230, unit: '人' },
    { id: 'batch1_total', label: '首批干部人才', value: 1260, unit: '人' },
    { id: 'party_government', label: '第二批党政干部', value: 727, unit: '人' },
    { id: 'party_government_share', label: '第二批党政干部占比', value: 54.1, unit: '%' },
    { id: 'party_government_change', label: '党政干部占比比第一批变化', value: -22, unit: '个百分点' },
    { id: 'professional', label: '第二批专业技术人才', value: 618, unit: '人' },
    { id: 'professional_share', label: '第二批专业技术人才占比', value: 45.9, unit: '%' },
    { id: 'professional_change', label: '专业技术人才占比比第一批变化', value: 22, unit: '个百分点' },
    { id: 'outbound_term', label: '外派挂职服务时间', value: 24, unit: '月' },
    { id: 'inbound_term', label: '内派每批挂职时间', value: 12, unit: '月' },
  ],
  spec: {
    kind: 'tibet_aid_two_way',
    name: '千名干部人才援助藏区行动第二批援藏干部人才“双向选派”',
    umbrella: { code: 'sichuan-thousand-tibet-aid', name: '千名干部人才援助藏区行动' },
    batch: 2,
    description:
      '从省级部门和内地市选派优秀干部人才到藏区开展援助服务，从三州选派干部到省级部门和内地市顶岗挂职；' +
      '采取“7+20”和“9+12”等方式选派，与对口支援、定点帮扶、“挂包帮”活动相结合。',
    directions: [
      { code: 'outbound', label: '外派', flow: 'outbound', description: '省级部门和内地市 → 藏区（三州州级部门、成阿/成凉工业园区、藏区县）' },
      { code: 'inbound', label: '内派', flow: 'inbound', description: '三州州级部门和藏区县 → 省级部门和对口支援市、县（市、区），顶岗挂职' },
    ],
    sources: [...OUTBOUND_SOURCES, ...THREE_PREFECTURES.map((c) => prefecturePlace(c, '', '三州'))],
    destinations: [
      ...TIBETAN_COUNTIES,
      ...THREE_PREFECTURES.map((c) => prefecturePlace(c, '州级部门', '三州州级部门')),
      { key: 'park:cheng-a', name: '成阿工业园区', group: '工业园区' },
      { key: 'park:cheng-liang', name: '成凉工业园区', group: '工业园区' },
      PROVINCIAL_DEPARTMENTS,
      ...supportingCities('7+20').map((c) => prefecturePlace(c, '', '对口支援市')),
      ...supportingCities('9+12').map((c) => prefecturePlace(c, '', '对口支援市')),
    ],
    pairingModes: TIBET_PAIRING_MODES,
    pairings: TIBET_PAIRINGS,
    terms: [
      term('outbound', 24, 1, '挂职服务时间为两年'),
      term('inbound', 12, 2, '两年两批，每批挂职时间为 1 年'),
    ],
    quotas: {
      total: { target: 1575 },
      lines: [
        { dimension: 'direction', key: 'outbound', label: '外派（到藏区）', target: 1345 },
        { dimension: 'direction', key: 'inbound', label: '内派（到内地顶岗挂职）', target: 230 },
      ],
      destinationMinimums: TIBET_COUNTY_MINIMUMS('outbound'),
    },
    structureTargets: [],
    ruleSets: [...TIBET_OUTBOUND_RULE_SETS('outbound'), assign('inbound', null, SICHUAN_TIBET_AID_INBOUND.id)],
    benefits: NONE_BENEFITS,
    rotation: null,
    sourceNote:
      `来源：${SRC_000}。各县最低配置（教师、医生各 5 名及以上，住建、交通、农业部门各 1 名）出自第四批（${SRC_001}），` +
      '本模板一并设定。结对关系取自 demo/geography.ts，其中未公开的结对为演示数据。',
  },
};

// ---------------------------------------------------------------------------------------
// 2. Sichuan 2016, batch 4: open selection

const SICHUAN_2016: ProgrammeTemplate = {
  id: 'sichuan-2016-open-selection-batch-4',
  title: '四川 2016 年第四批对口支援帮扶藏区干部人才公开遴选（925 人）',
  source: SRC_001,
  schedule: DEFAULT_PHASE_SCHEDULE,
  previousBatch: { batch: 3, total: null },
  figures: [
    { id: 'total', label: '第四批干部人才', value: 925, unit: '人' },
    { id: 'four_batches', label: '四批累计选派（4500 余人）', value: 4500, unit: '人' },
    { id: 'counties', label: '藏区县（市）', value: 32, unit: '个' },
    { id: 'poor_villages', label: '建档立卡贫困村', value: 2063, unit: '个' },
    { id: 'poor_village_share', label: '占全省贫困村总数', value: 18, unit: '%' },
    { id: 'poverty_incidence', label: '藏区贫困发生率', value: 14.6, unit: '%' },
    { id: 'poverty_gap', label: '高于全省', value: 8.7, unit: '个百分点' },
    { id: 'min_teachers', label: '每县援藏教师', value: 5, unit: '人及以上' },
    { id: 'min_doctors', label: '每县援藏医生', value: 5, unit: '人及以上' },
    { id: 'per_department', label: '每县住建、交通、农业等部门', value: 1, unit: '人' },
  ],
  spec: {
    kind: 'open_selection',
    name: '千名干部人才援藏行动第四批对口支援帮扶藏区干部人才公开遴选',
    umbrella: { code: 'sichuan-thousand-tibet-aid', name: '千名干部人才援助藏区行动' },
    batch: 4,
    description:
      '“缺什么就补什么”：遴选前专题调研、征求受援地意见，基础条件不好选交通规划人才，产业发展不好选经济干部，' +
      '民生问题选有实践经验的一线人员；注重人岗相适，向教育、医疗倾斜；新增脱贫攻坚任务。',
    directions: [{ code: 'outbound', label: '外派', flow: 'outbound', description: '省级部门和内地市 → 32 个藏区县（市）' }],
    sources: OUTBOUND_SOURCES,
    destinations: TIBETAN_COUNTIES,
    pairingModes: TIBET_PAIRING_MODES,
    pairings: TIBET_PAIRINGS,
    terms: [term('outbound', 24, 1, '来源未载明；按“每两年选派一批”设为 24 个月')],
    quotas: { total: { target: 925 }, lines: [], destinationMinimums: TIBET_COUNTY_MINIMUMS('outbound') },
    structureTargets: [],
    ruleSets: TIBET_OUTBOUND_RULE_SETS('outbound'),
    benefits: NONE_BENEFITS,
    rotation: null,
    sourceNote:
      `来源：${SRC_001}。来源未列资格条件，沿用第二批（${SRC_000}）各岗位类别的资格条件。` +
      '“住建、交通、农业等部门都只派去 1 名”读作计划 1 名（少于或多于 1 名均提示）。',
  },
};

// ---------------------------------------------------------------------------------------
// 3. Kaijiang 2017, 三百工程 (three sub-programmes of 100)

const KAIJIANG_UMBRELLA = { code: 'kaijiang-2017-three-hundred', name: '开江县干部人才培育“三百工程”' } as const;
const KAIJIANG: ProgrammePlace = { key: '511723', name: '开江县', group: null };
const KAIJIANG_NOTE = `来源：${SRC_003}。来源未载明挂职期限，模板默认 12 个月，可修改。`;

const KAIJIANG_MUTUAL_T: ProgrammeTemplate = {
  id: 'kaijiang-2017-mutual',
  title: '开江“三百工程”：百名干部人才互派挂职（100 人）',
  source: SRC_003,
  schedule: NO_DEMANDS,
  previousBatch: null,
  figures: [
    { id: 'plan', label: '计划', value: 100, unit: '人' },
    { id: 'done_2017', label: '2017 年已互派挂职', value: 29, unit: '人' },
  ],
  spec: {
    kind: 'mutual_secondment',
    name: '百名干部人才互派挂职工程',
    umbrella: KAIJIANG_UMBRELLA,
    batch: null,
    description: '实施对象为各单位推荐产生的优秀年轻干部（如教师到乡镇挂职副镇长）。接收单位、派出单位共同管理，以接收单位为主；每天填写挂职纪实表，县委组织部定期检查。',
    directions: [
      { code: 'send', label: '派出挂职', flow: 'mutual', description: '开江县单位 → 互派单位' },
      { code: 'receive', label: '接收挂职', flow: 'mutual', description: '互派单位 → 开江县单位' },
    ],
    sources: [KAIJIANG],
    destinations: [],
    pairingModes: [],
    pairings: [],
    terms: [term('send', 12, 1, '来源未载明，默认 12 个月'), term('receive', 12, 1, '来源未载明，默认 12 个月')],
    quotas: { total: { target: 100 }, lines: [], destinationMinimums: [] },
    structureTargets: [],
    ruleSets: [assign(null, null, KAIJIANG_MUTUAL.id)],
    benefits: KAIJIANG_BENEFITS,
    rotation: null,
    sourceNote: KAIJIANG_NOTE,
  },
};

const KAIJIANG_OUTBOUND_T: ProgrammeTemplate = {
  id: 'kaijiang-2017-outbound',
  title: '开江“三百工程”：百名干部人才外派挂职（100 人）',
  source: SRC_003,
  schedule: DEFAULT_PHASE_SCHEDULE,
  previousBatch: null,
  figures: [
    { id: 'plan', label: '计划', value: 100, unit: '人' },
    { id: 'done_2017', label: '2017 年已外派挂职', value: 43, unit: '人' },
    { id: 'allowance', label: '县外挂职生活补助', value: 30, unit: '元/天' },
    { id: 'trips', label: '每月报销往返交通', value: 1, unit: '次' },
  ],
  spec: {
    kind: 'outbound_secondment',
    name: '百名干部人才外派挂职工程',
    umbrella: KAIJIANG_UMBRELLA,
    batch: null,
    description: '主要面向科级领导干部和部分优秀年轻干部，重点从部门、乡镇年轻副职中择优，到成都、德阳、眉山等先进地区学习新观念、新思路。',
    directions: [{ code: 'outbound', label: '外派', flow: 'outbound', description: '开江县 → 成都、德阳、眉山等先进地区' }],
    sources: [KAIJIANG],
    destinations: [prefecturePlace('510100', '', '先进地区'), prefecturePlace('510600', '', '先进地区'), prefecturePlace('511400', '', '先进地区')],
    pairingModes: [],
    pairings: [],
    terms: [term('outbound', 12, 1, '来源未载明，默认 12 个月')],
    quotas: { total: { target: 100 }, lines: [], destinationMinimums: [] },
    structureTargets: [],
    ruleSets: [assign(null, null, KAIJIANG_OUTBOUND.id)],
    benefits: KAIJIANG_BENEFITS,
    rotation: null,
    sourceNote: KAIJIANG_NOTE,
  },
};

const KAIJIANG_TRAINING_T: ProgrammeTemplate = {
  id: 'kaijiang-2017-college-training',
  title: '开江“三百工程”：百名干部人才院校培训（100 人）',
  source: SRC_003,
  schedule: NO_DEMANDS,
  previousBatch: null,
  figures: [
    { id: 'plan', label: '计划', value: 100, unit: '人' },
    { id: 'done_2017', label: '2017 年已高校培训', value: 97, unit: '人' },
  ],
  spec: {
    kind: 'college_training',
    name: '百名干部人才院校培训工程',
    umbrella: KAIJIANG_UMBRELLA,
    batch: null,
    description: '围绕县委、县政府中心工作，有计划、有针对性地选择科级及以上领导干部开展；“重点工作推进到哪里，干部培训就跟进到哪里”。',
    directions: [{ code: 'training', label: '院校培训', flow: 'training', description: '开江县 → 高校' }],
    sources: [KAIJIANG],
    destinations: [],
    pairingModes: [],
    pairings: [],
    terms: [term('training', null, 1, '按培训班次确定，不设挂职期限')],
    quotas: { total: { target: 100 }, lines: [], destinationMinimums: [] },
    structureTargets: [],
    ruleSets: [assign(null, null, KAIJIANG_COLLEGE_TRAINING.id)],
    benefits: NONE_BENEFITS,
    rotation: null,
    sourceNote: `来源：${SRC_003}。`,
  },
};

// ---------------------------------------------------------------------------------------
// 4. Shanxi: select up 200, send down 500

const SHANXI_UMBRELLA = { code: 'shanxi-select-up-send-down', name: '选上来、派下去' } as const;

const SHANXI_SELECT_UP_T: ProgrammeTemplate = {
  id: 'shanxi-select-up',
  title: '山西选拔乡镇（街道）党（工）委书记到省市直单位任职（约 200 人）',
  source: SRC_004,
  schedule: DEFAULT_PHASE_SCHEDULE,
  previousBatch: null,
  figures: [
    { id: 'total', label: '选拔乡镇（街道）书记', value: 200, unit: '人' },
    { id: 'provincial', label: '省直单位', value: 60, unit: '人' },
    { id: 'municipal', label: '市直单位', value: 140, unit: '人' },
    { id: 'age_provincial', label: '到省直单位年龄上限', value: 45, unit: '岁' },
    { id: 'age_municipal', label: '到市直单位年龄上限', value: 50, unit: '岁' },
    { id: 'age_exceptional', label: '特别优秀的乡镇长年龄上限', value: 40, unit: '岁' },
  ],
  spec: {
    kind: 'select_up',
    name: '选拔乡镇（街道）党（工）委书记到省市直单位任职',
    umbrella: SHANXI_UMBRELLA,
    batch: null,
    description: '选拔乡镇（街道）党（工）委书记到省、市直单位副处长或相当职务层次岗位任职；省市直单位要拿出重要岗位安排。特别优秀的乡镇长（街办主任）也可作为人选。',
    directions: [
      { code: 'provincial', label: '选上来（省直单位）', flow: 'upward', description: '乡镇（街道）党（工）委书记 → 省直单位副处长或相当职务' },
      { code: 'municipal', label: '选上来（市直单位）', flow: 'upward', description: '乡镇（街道）党（工）委书记 → 市直单位副处长或相当职务' },
    ],
    sources: [],
    destinations: [],
    pairingModes: [],
    pairings: [],
    terms: [term('provincial', null, 1, '任职，不设挂职期限'), term('municipal', null, 1, '任职，不设挂职期限')],
    quotas: {
      total: { target: 200 },
      lines: [
        { dimension: 'direction', key: 'provincial', label: '省直单位', target: 60 },
        { dimension: 'direction', key: 'municipal', label: '市直单位', target: 140 },
      ],
      destinationMinimums: [],
    },
    structureTargets: [],
    ruleSets: [
      assign('provincial', null, SHANXI_SELECT_UP_PROVINCIAL.id, [SHANXI_SELECT_UP_EXCEPTIONAL_TOWNSHIP_HEAD.id]),
      assign('municipal', null, SHANXI_SELECT_UP_MUNICIPAL.id, [SHANXI_SELECT_UP_EXCEPTIONAL_TOWNSHIP_HEAD.id]),
    ],
    benefits: NONE_BENEFITS,
    rotation: null,
    sourceNote: `来源：${SRC_004}。“200 名左右”“60 名左右”“140 名左右”读作计划数。`,
  },
};

const SHANXI_SEND_DOWN_T: ProgrammeTemplate = {
  id: 'shanxi-send-down',
  title: '山西选派年轻干部到乡镇（街道）“墩苗”（约 500 人）',
  source: SRC_004,
  schedule: DEFAULT_PHASE_SCHEDULE,
  previousBatch: null,
  figures: [
    { id: 'total', label: '选派年轻干部到乡镇（街道）', value: 500, unit: '人' },
    { id: 'secretaries', label: '担任乡镇（街道）党（工）委书记', value: 200, unit: '人' },
    { id: 'heads', label: '担任乡镇长（街办主任）或党（工）委副书记', value: 300, unit: '人' },
    { id: 'age_division', label: '处级干部年龄上限', value: 38, unit: '岁' },
    { id: 'age_section', label: '科级干部年龄上限', value: 32, unit: '岁' },
  ],
  spec: {
    kind: 'send_down',
    name: '选派年轻干部到乡镇（街道）“墩苗”',
    umbrella: SHANXI_UMBRELLA,
    batch: null,
    description:
      '从省市县党政机关、国有企业、院校、中央驻晋单位选派年轻干部到乡镇（街道）任职，在吃劲岗位上“墩苗”历练；不设时间表，' +
      '任职 2—3 年后专项考核。推荐数量不设硬性指标；注重从农村第一书记和驻村工作队员中推荐，注重选派女干部和少数民族干部。',
    directions: [{ code: 'down', label: '派下去', flow: 'downward', description: '省市县机关、国企、院校、中央驻晋单位 → 乡镇（街道）' }],
    sources: [
      { key: 'provincial_organs', name: '省直机关', group: '党政机关' },
      { key: 'municipal_organs', name: '市直机关', group: '党政机关' },
      { key: 'county_organs', name: '县直机关', group: '党政机关' },
      { key: 'soe', name: '国有企业', group: '企事业单位' },
      { key: 'college', name: '院校', group: '企事业单位' },
      { key: 'central_unit', name: '中央驻晋单位', group: '中央驻晋单位' },
    ],
    destinations: [],
    pairingModes: [],
    pairings: [],
    terms: [term('down', null, 1, '“墩苗”不设时间表，任职 2—3 年后专项考核', { min: 24, max: 36 })],
    quotas: {
      total: { target: 500 },
      lines: [
        { dimension: 'post_kind', key: 'township_party_secretary', label: '乡镇（街道）党（工）委书记', target: 200 },
        {
          dimension: 'post_kind',
          key: 'township_head',
          alsoKeys: ['township_deputy_secretary'],
          label: '乡镇长（街办主任）或乡镇（街道）党（工）委副书记',
          target: 300,
        },
      ],
      destinationMinimums: [],
    },
    structureTargets: [],
    ruleSets: [
      assign('down', 'township_party_secretary', SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY.id),
      assign('down', 'township_head', SHANXI_SEND_DOWN_TOWNSHIP_HEAD.id),
      assign('down', 'township_deputy_secretary', SHANXI_SEND_DOWN_TOWNSHIP_DEPUTY_SECRETARY.id),
    ],
    benefits: NONE_BENEFITS,
    rotation: null,
    sourceNote: `来源：${SRC_004}。年龄上限按职务层次由各岗位类别的资格条件设定（处级 38 岁、科级 32 岁）。`,
  },
};

// ---------------------------------------------------------------------------------------
// 5. Ali (Tibet) 2023: five kinds of exchange

const ALI_T: ProgrammeTemplate = {
  id: 'ali-2023-exchange',
  title: '阿里地区干部交流（轮岗性、适应性、培养性、结构性、关怀性）',
  source: SRC_002,
  schedule: NO_DEMANDS,
  previousBatch: null,
  figures: [
    { id: 'rotation_trigger', label: '同一部门担任领导岗位满', value: 7, unit: '年' },
    { id: 'rotated_7_years', label: '满 7 年调整的领导干部', value: 3, unit: '人' },
    { id: 'between_departments', label: '地直部门之间交流', value: 11, unit: '人' },
    { id: 'adaptive', label: '有专业背景的干部调整到住建、财政、经信、自然资源、水利等部门', value: 13, unit: '人' },
    { id: 'follow_up_months', label: '新提拔干部跟踪回访', value: 6, unit: '月' },
    { id: 'pool_county', label: '县级优秀年轻干部', value: 119, unit: '人' },
    { id: 'pool_township', label: '乡科级优秀年轻干部', value: 208, unit: '人' },
    { id: 'to_central', label: '选派到中央国家机关挂职', value: 6, unit: '人' },
    { id: 'to_regional', label: '选派到自治区部门跟岗', value: 20, unit: '人' },
    { id: 'regional_departments', label: '自治区部门', value: 18, unit: '个' },
    { id: 'post_1985_county', label: '县级“85 后”干部', value: 42, unit: '人' },
    { id: 'han_share', label: '县级领导班子汉族干部占比', value: 46.3, unit: '%' },
    { id: 'women_share', label: '县级领导班子女干部占比', value: 12.1, unit: '%' },
    { id: 'moved_lower', label: '长期在高海拔地区工作的干部交流到低海拔地区', value: 26, unit: '人' },
    { id: 'couples', label: '解决夫妻两地分居', value: 80, unit: '对' },
    { id: 'grassroots_promoted', label: '提拔的县乡干部', value: 95, unit: '人' },
    { id: 'grassroots_promoted_share', label: '占提拔总数', value: 68.35, unit: '%' },
  ],
  spec: {
    kind: 'exchange_rotation',
    name: '阿里地区干部交流轮岗',
    umbrella: null,
    batch: null,
    description: '以轮岗性、适应性、培养性、结构性、关怀性五类交流优化调配干部资源；同一部门担任领导岗位满 7 年的列入轮岗，新提拔干部任职 6 个月后跟踪回访。',
    directions: [
      { code: 'rotation', label: '轮岗性交流', flow: 'exchange', description: '重点领域、部门和岗位任职时限；党政主要领导和项目、资金部门领导优先' },
      { code: 'adaptive', label: '适应性交流', flow: 'exchange', description: '专业能力、岗位要求与单位职能相匹配' },
      { code: 'developmental', label: '培养性交流', flow: 'exchange', description: '优秀年轻干部库动态调整，到中央国家机关、自治区部门挂职跟岗' },
      { code: 'structural', label: '结构性交流', flow: 'exchange', description: '领导班子经历、年龄、民族、性别结构' },
      { code: 'caring', label: '关怀性交流', flow: 'exchange', description: '高海拔地区定期交流、长期基层、健康和家庭困难' },
    ],
    sources: [],
    destinations: [],
    pairingModes: [],
    pairings: [],
    terms: ['rotation', 'adaptive', 'developmental', 'structural', 'caring'].map((d) => term(d, null, 1, '交流任职，不设期限')),
    quotas: { total: {}, lines: [], destinationMinimums: [] },
    structureTargets: [],
    ruleSets: [
      assign('rotation', 'department_head', ALI_ROTATION_SEVEN_YEARS.id),
      assign('rotation', 'department_deputy', ALI_ROTATION_SEVEN_YEARS.id),
    ],
    benefits: NONE_BENEFITS,
    rotation: { triggerYears: 7, ruleSetId: ALI_ROTATION_SEVEN_YEARS.id, promotionReviewMonths: 6 },
    sourceNote: `来源：${SRC_002}。来源给出的是交流结果，不是计划数，模板不设数量限额。`,
  },
};

// ---------------------------------------------------------------------------------------
// Registry and instantiation

export const PROGRAMME_TEMPLATES: readonly ProgrammeTemplate[] = [
  SICHUAN_2012,
  SICHUAN_2016,
  KAIJIANG_MUTUAL_T,
  KAIJIANG_OUTBOUND_T,
  KAIJIANG_TRAINING_T,
  SHANXI_SELECT_UP_T,
  SHANXI_SEND_DOWN_T,
  ALI_T,
];

export const TEMPLATE_GROUPS: readonly TemplateGroup[] = [
  { id: KAIJIANG_UMBRELLA.code, name: KAIJIANG_UMBRELLA.name, templateIds: [KAIJIANG_MUTUAL_T.id, KAIJIANG_OUTBOUND_T.id, KAIJIANG_TRAINING_T.id] },
  { id: SHANXI_UMBRELLA.code, name: SHANXI_UMBRELLA.name, templateIds: [SHANXI_SELECT_UP_T.id, SHANXI_SEND_DOWN_T.id] },
];

export function findTemplate(id: string): ProgrammeTemplate | undefined {
  return PROGRAMME_TEMPLATES.find((t) => t.id === id);
}

export interface InstantiateOptions {
  readonly launchDate: IsoDate;
  readonly owner: ProgrammeOwner;
  readonly calendar?: HolidayCalendar;
  readonly previousBatchId?: number | null;
  readonly name?: string;
  readonly batch?: number | null;
  /** First day of the term; default the first of the month after the planned final list. */
  readonly termStart?: IsoDate;
  /** Phase durations replacing the template's. */
  readonly schedule?: Partial<PhaseSchedule>;
}

export type InstantiateResult =
  | { readonly ok: true; readonly programme: ProgrammeDraft }
  | { readonly ok: false; readonly code: 'TEMPLATE_NOT_FOUND'; readonly message: string };

/** A draft programme from a template, key dates planned from the launch day. */
export function instantiateTemplate(templateId: string, options: InstantiateOptions): InstantiateResult {
  const t = findTemplate(templateId);
  if (!t) return { ok: false, code: 'TEMPLATE_NOT_FOUND', message: `模板“${templateId}”不存在` };
  const schedule: PhaseSchedule = { ...t.schedule, ...options.schedule };
  const keyDates = planKeyDates(options.launchDate, schedule, {
    ...(options.calendar ? { calendar: options.calendar } : {}),
    ...(options.termStart ? { termStart: options.termStart } : {}),
  });
  return {
    ok: true,
    programme: {
      ...t.spec,
      name: options.name ?? t.spec.name,
      batch: options.batch === undefined ? t.spec.batch : options.batch,
      previousBatchId: options.previousBatchId ?? null,
      keyDates,
      owner: options.owner,
      templateId: t.id,
      state: 'draft',
    },
  };
}

export type InstantiateGroupResult =
  | { readonly ok: true; readonly programmes: readonly ProgrammeDraft[] }
  | { readonly ok: false; readonly code: 'TEMPLATE_NOT_FOUND'; readonly message: string };

/** Every sub-programme of a group (三百工程, 选上来、派下去), with the same options. */
export function instantiateTemplateGroup(groupId: string, options: Omit<InstantiateOptions, 'name' | 'batch'>): InstantiateGroupResult {
  const g = TEMPLATE_GROUPS.find((x) => x.id === groupId);
  if (!g) return { ok: false, code: 'TEMPLATE_NOT_FOUND', message: `模板组“${groupId}”不存在` };
  const programmes: ProgrammeDraft[] = [];
  for (const id of g.templateIds) {
    const r = instantiateTemplate(id, options);
    if (!r.ok) return r;
    programmes.push(r.programme);
  }
  return { ok: true, programmes };
}
