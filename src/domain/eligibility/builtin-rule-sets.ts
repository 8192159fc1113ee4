// The rule sets the source articles state (see shared/docs/DOMAIN.md), as data. Each note
// cites its source and says which reading was chosen where the source is vague. Conventions
// applied throughout, as cadre rules read them:
// - 以上 / 以下 / 不超过 include the number: '45 岁以下' passes 45, '3 年以上' passes exactly 3;
// - ages are full years on the reference date (the birthday itself counts);
// - '近 3 年年度考核' are the three calendar years before the reference year; a missing year
//   fails; 合格 (public institutions) counts as 称职;
// - 正处/副处/正科/副科 级 is read as the post level (职务级别) or the equivalent 职级 since the
//   2019 reform (一级、二级调研员 = 正处; 三级、四级调研员 = 副处; 一级、二级主任科员 = 正科;
//   三级、四级主任科员 = 副科);
// - soft wording (优先, 重点, 主要, 熟悉, 善于 …) is for ranking and vetting, not for screening.
// The ids are stable: funnels, what-if and saved versions refer to them.

import type { AllNode, LeafNode, Predicate, RuleNode, RuleSet } from './rule-schema.js';

const leaf = (id: string, label: string, rule: Predicate, scope?: string): LeafNode => ({ id, label, rule, ...(scope ? { scope } : {}) });
const all = (id: string, label: string, nodes: RuleNode[]): AllNode => ({ id, label, all: nodes });

const SRC_SICHUAN_2012 = '来源：四川省对口援藏干部人才“双向选派”工作部署会（2012-06-13，省民委，shared/seeds/000）。';
const SRC_SHANXI = '来源：山西省委组织部“选上来、派下去”方案（shared/seeds/004）。';
const SRC_KAIJIANG = '来源：开江县干部人才培育“三百工程”（达州日报 2017-11-22，shared/seeds/003）。';
const SRC_ALI = '来源：阿里地区优化调配用好干部资源（西藏日报 2023-05-31，shared/seeds/002）。';

const reserve = leaf('reserve', '拟提任上一级领导职务的后备干部', { fact: 'reserve', is: true });

// ---------------------------------------------------------------------------------------
// Sichuan two-way Tibet-aid dispatch, batch 2 (2012)

export const SICHUAN_TIBET_AID_COUNTY_DEPUTY: RuleSet = {
  id: 'sichuan-tibet-aid-county-deputy',
  name: '援藏：挂任县级党政领导班子副职',
  description: '到藏区挂任县级党政班子副职的干部：拟提任上一级领导职务的后备干部，具有县、乡两级工作经历。',
  note:
    SRC_SICHUAN_2012 +
    '原文：“应为拟提任上一级领导职务的后备干部，一般应具有县、乡两级工作经历，熟悉经济工作和社会管理……”。' +
    '“一般应具有”按资格条件执行（例外须个别报批，不在筛查中放行）；县级、乡镇级工作经历以任职记录所在单位层级认定，' +
    '单位层级不明时依岗位类别、职务级别推定（见 derived-facts appointmentLevel），现任职务计入。' +
    '“熟悉经济工作和社会管理、具有项目规划等知识和技能”无法由登记信息判定，留给考察环节。',
  version: 1,
  root: all('root', '资格条件', [
    reserve,
    leaf('county-experience', '县级工作经历', { fact: 'experience', level: 'county' }),
    leaf('township-experience', '乡镇工作经历', { fact: 'experience', level: 'township' }),
  ]),
};

export const SICHUAN_TIBET_AID_DEPARTMENT_DEPUTY_OR_SECRETARY: RuleSet = {
  id: 'sichuan-tibet-aid-department-deputy-or-secretary',
  name: '援藏：挂任州县部门副职、乡镇或村第一书记（书记）',
  description: '挂任州、县部门副职和乡镇、村第一书记或书记的干部：应为提任上一级领导职务的后备干部。',
  note:
    SRC_SICHUAN_2012 +
    '原文：“应为提任上一级领导职务的后备干部，基层工作经验丰富、熟悉经济工作、善做群众工作的优先选派”。' +
    '“优先”条件不作筛查条件，用于排序和考察。挂任乡镇、村党组织书记须为中共正式党员（党章规定预备党员无被选举权），' +
    '该条件随岗位在人岗匹配时核对，不列入本规则集，以免排除拟任部门副职的人选。',
  version: 1,
  root: all('root', '资格条件', [reserve]),
};

export const SICHUAN_TIBET_AID_PROFESSIONAL: RuleSet = {
  id: 'sichuan-tibet-aid-professional',
  name: '援藏：专业技术人才',
  description: '到藏区服务的专业技术人才：中级及以上专业技术职称，三年以上专业工作经历。',
  note:
    SRC_SICHUAN_2012 +
    '原文：“一般应具有中级及以上专业技术职称和三年以上专业工作经历”。“三年以上”含三年，按满年计算。' +
    '专业工作年限：专业技术人才自参加工作或最早取得职称之日（取早者）起算，其他人员自最早取得职称之日起算（见 derived-facts yearsOfProfessionalWork），' +
    '宁少算不多算。“复合型人才、优秀年轻后备干部和中青年技术骨干”为重点选派对象，不作筛查条件。',
  version: 1,
  root: all('root', '资格条件', [
    leaf('title', '中级及以上专业技术职称', { fact: 'title', atLeast: 'intermediate' }),
    leaf('professional-years', '三年以上专业工作经历', { fact: 'professionalYears', atLeast: 3 }),
  ]),
};

export const SICHUAN_TIBET_AID_INBOUND: RuleSet = {
  id: 'sichuan-tibet-aid-inbound',
  name: '援藏：藏区干部到省级部门和内地顶岗挂职',
  description: '从三州州级部门和藏区县选派到省级部门和对口支援市、县顶岗挂职的干部：藏区单位在职，拟提任上一级领导职务的后备干部。',
  note:
    SRC_SICHUAN_2012 +
    '原文：“主要从优秀年轻干部、重点培养对象中选派，一般应为拟提任上一级领导职务的后备干部”。' +
    '“一般应为后备干部”按资格条件执行；“主要从优秀年轻干部……中选派”为来源导向，不作筛查条件（入库人选在名单中靠前）。' +
    '“藏区干部”以现所在单位的藏区标记认定（三州州级部门及 32 个藏区县）。',
  version: 1,
  root: all('root', '资格条件', [
    leaf('tibetan-area', '藏区单位干部', { fact: 'tibetanArea', is: true }),
    reserve,
  ]),
};

// ---------------------------------------------------------------------------------------
// Shanxi: select up township Party secretaries

const selectUpCommon = (ageCap: number, scope: string): RuleNode[] => [
  {
    id: 'path',
    label: '人选来源',
    any: [
      {
        label: '乡镇党委书记',
        node: all('secretary-path', '乡镇（街道）党（工）委书记', [
          leaf('current-secretary', '现任乡镇（街道）党（工）委书记', { fact: 'postKind', in: ['township_party_secretary'] }),
          leaf('secretary-age', `年龄不超过 ${ageCap} 岁`, { fact: 'age', max: ageCap }, scope),
          leaf('education', '大学以上文化程度', { fact: 'education', atLeast: '30', mode: 'any' }),
          leaf('secretary-years', '累计任乡镇党委书记 3 年以上', { fact: 'postKindYears', postKind: 'township_party_secretary', atLeast: 3 }),
        ]),
      },
      {
        label: '特别优秀的乡镇长',
        node: all('head-path', '特别优秀的乡镇长（街办主任）', [
          leaf('current-head', '现任乡镇长（街办主任）', { fact: 'postKind', in: ['township_head'] }),
          leaf('head-age', '年龄不超过 40 岁', { fact: 'age', max: 40 }, '特别优秀的乡镇长'),
          leaf('head-education', '全日制大学本科以上学历', { fact: 'education', atLeast: '20', mode: 'fulltime' }),
        ]),
      },
    ],
  },
  leaf('appraisals', '近 3 年年度考核称职以上', { fact: 'appraisals', years: 3, atLeast: 'competent' }),
  leaf('health', '具有正常履行职责的身体条件', { fact: 'health', in: ['healthy', 'fair'] }),
];

const SELECT_UP_NOTE =
  SRC_SHANXI +
  '原文：“到省直单位任职，年龄一般不超过45岁，到市直单位任职的年龄一般不超过50岁，大学以上文化程度，累计任乡镇（街道）党（工）委书记3年以上，' +
  '近3年年度考核为称职以上，具有正常履行职责的身体条件。特别优秀的乡镇长（街办主任）也可作为人选，年龄一般不超过40岁，学历为全日制大学本科以上。”' +
  '取舍：“大学以上文化程度”按干部工作惯例含大学专科，全日制、在职学历均可；“不超过”含本数；“累计 3 年以上”按满年累计（多段任职合并计算，重叠只计一次）；' +
  '近 3 年为参照日所在年之前的 3 个年度，缺一年即不符合，“合格”视同“称职”；“正常履行职责的身体条件”读作健康状况为“健康”或“一般或较弱”，' +
  '“有慢性病”“残疾”者不在筛查中放行、须个别审核（健康状况加密存储，数据库筛查后在内存中复核）。' +
  '特别优秀的乡镇长路径替代年龄、学历和任书记年限条件，年度考核和身体条件仍适用；“特别优秀”由考察认定，不作筛查条件。';

export const SHANXI_SELECT_UP_PROVINCIAL: RuleSet = {
  id: 'shanxi-select-up-provincial',
  name: '选上来：乡镇（街道）党（工）委书记到省直单位任职',
  description: '选拔乡镇（街道）党（工）委书记到省直单位副处长或相当职务层次岗位任职（约 60 名）。',
  note: SELECT_UP_NOTE,
  version: 1,
  root: all('root', '资格条件', selectUpCommon(45, '省直单位任职')),
};

export const SHANXI_SELECT_UP_MUNICIPAL: RuleSet = {
  id: 'shanxi-select-up-municipal',
  name: '选上来：乡镇（街道）党（工）委书记到市直单位任职',
  description: '选拔乡镇（街道）党（工）委书记到市直单位副处长或相当职务层次岗位任职（约 140 名）。',
  note: SELECT_UP_NOTE,
  version: 1,
  root: all('root', '资格条件', selectUpCommon(50, '市直单位任职')),
};

export const SHANXI_SELECT_UP_EXCEPTIONAL_TOWNSHIP_HEAD: RuleSet = {
  id: 'shanxi-select-up-exceptional-township-head',
  name: '选上来：特别优秀的乡镇长（街办主任）',
  description: '特别优秀的乡镇长（街办主任）作为选拔到省市直单位任职的人选：年龄不超过 40 岁，全日制大学本科以上学历。',
  note: SELECT_UP_NOTE + '本规则集单列“特别优秀的乡镇长”路径，便于单独列出该类人选。',
  version: 1,
  root: all('root', '资格条件', [
    leaf('current-head', '现任乡镇长（街办主任）', { fact: 'postKind', in: ['township_head'] }),
    leaf('head-age', '年龄不超过 40 岁', { fact: 'age', max: 40 }, '特别优秀的乡镇长'),
    leaf('head-education', '全日制大学本科以上学历', { fact: 'education', atLeast: '20', mode: 'fulltime' }),
    leaf('appraisals', '近 3 年年度考核称职以上', { fact: 'appraisals', years: 3, atLeast: 'competent' }),
    leaf('health', '具有正常履行职责的身体条件', { fact: 'health', in: ['healthy', 'fair'] }),
  ]),
};

// ---------------------------------------------------------------------------------------
// Shanxi: send young cadres down to township posts (墩苗)

const DIVISION = { rank: ['131', '132'], grade: ['G03', 'G04', 'G05', 'G06'] };
const DEPUTY_DIVISION = { rank: ['132'], grade: ['G05', 'G06'] };
const SECTION_CHIEF = { rank: ['141'], grade: ['G07', 'G08'] };
const SECTION = { rank: ['141', '142'], grade: ['G07', 'G08', 'G09', 'G10'] };

/** Post level or equivalent 职级, e.g. 正科级 = 乡科级正职 or 一级/二级主任科员. */
function levelOrGrade(id: string, label: string, level: { rank: string[]; grade: string[] }): RuleNode {
  return {
    id,
    label,
    any: [
      { label: '职务级别', node: leaf(`${id}-rank`, `${label}（职务级别）`, { fact: 'rank', in: level.rank }) },
      { label: '职级', node: leaf(`${id}-grade`, `${label}（相当职级）`, { fact: 'grade', in: level.grade }) },
    ],
  };
}

const sendDownCommon: RuleNode[] = [
  leaf('party-member', '中共党员', { fact: 'politicalStatus', in: ['01'] }),
  leaf('education', '全日制大学本科以上学历', { fact: 'education', atLeast: '20', mode: 'fulltime' }),
  leaf('health', '身体健康', { fact: 'health', in: ['healthy'] }),
  leaf('source-level', '省市县机关、企事业单位干部', { fact: 'unitLevel', in: ['province', 'prefecture', 'county'] }),
];

const SEND_DOWN_NOTE =
  SRC_SHANXI +
  '原文：“乡镇（街道）党（工）委书记人选一般为正处级、副处级、正科级干部，乡镇长（街办主任）人选一般为副处级、正科级干部，' +
  '乡镇（街道）党（工）委副书记人选一般为正科级、副科级干部。处级干部年龄一般在38岁以下，科级干部年龄一般在32岁以下。' +
  '中共党员，全日制大学本科以上学历，身体健康。企事业单位人选应符合公务员调任有关规定。”' +
  '取舍：“38岁以下”“32岁以下”含本数；级别按职务级别或相当职级认定（一级、二级调研员为正处，三级、四级调研员为副处，一级、二级主任科员为正科，三级、四级主任科员为副科）；' +
  '“中共党员”指正式党员（预备党员无被选举权，不宜任党委书记、副书记）；“身体健康”仅“健康”通过（健康状况加密存储，数据库筛查后在内存中复核）；' +
  '选派来源为省市县党政机关、国有企业、院校、中央驻晋单位等，读作现所在单位为省、市、县级单位（乡镇、村的干部不在“派下去”之列）。' +
  '“企事业单位人选应符合公务员调任有关规定”需逐人审核，不作筛查条件。';

export const SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY: RuleSet = {
  id: 'shanxi-send-down-township-secretary',
  name: '派下去：担任乡镇（街道）党（工）委书记',
  description: '选派年轻干部到乡镇（街道）担任党（工）委书记（约 200 名）：正处级、副处级（38 岁以下）或正科级（32 岁以下）干部。',
  note: SEND_DOWN_NOTE,
  version: 1,
  root: all('root', '资格条件', [
    {
      id: 'level-and-age',
      label: '职务层次与年龄',
      any: [
        { label: '处级干部', node: all('division-path', '处级干部', [levelOrGrade('division-level', '正处级或副处级', DIVISION), leaf('division-age', '年龄 38 岁以下', { fact: 'age', max: 38 }, '处级干部')]) },
        { label: '科级干部', node: all('section-path', '科级干部', [levelOrGrade('section-level', '正科级', SECTION_CHIEF), leaf('section-age', '年龄 32 岁以下', { fact: 'age', max: 32 }, '科级干部')]) },
      ],
    },
    ...sendDownCommon,
  ]),
};

export const SHANXI_SEND_DOWN_TOWNSHIP_HEAD: RuleSet = {
  id: 'shanxi-send-down-township-head',
  name: '派下去：担任乡镇长（街办主任）',
  description: '选派年轻干部到乡镇（街道）担任乡镇长（街办主任）：副处级（38 岁以下）或正科级（32 岁以下）干部。',
  note: SEND_DOWN_NOTE,
  version: 1,
  root: all('root', '资格条件', [
    {
      id: 'level-and-age',
      label: '职务层次与年龄',
      any: [
        { label: '处级干部', node: all('division-path', '处级干部', [levelOrGrade('division-level', '副处级', DEPUTY_DIVISION), leaf('division-age', '年龄 38 岁以下', { fact: 'age', max: 38 }, '处级干部')]) },
        { label: '科级干部', node: all('section-path', '科级干部', [levelOrGrade('section-level', '正科级', SECTION_CHIEF), leaf('section-age', '年龄 32 岁以下', { fact: 'age', max: 32 }, '科级干部')]) },
      ],
    },
    ...sendDownCommon,
  ]),
};

export const SHANXI_SEND_DOWN_TOWNSHIP_DEPUTY_SECRETARY: RuleSet = {
  id: 'shanxi-send-down-township-deputy-secretary',
  name: '派下去：担任乡镇（街道）党（工）委副书记',
  description: '选派年轻干部到乡镇（街道）担任党（工）委副书记：正科级、副科级干部，32 岁以下。',
  note: SEND_DOWN_NOTE,
  version: 1,
  root: all('root', '资格条件', [
    levelOrGrade('section-level', '正科级或副科级', SECTION),
    leaf('section-age', '年龄 32 岁以下', { fact: 'age', max: 32 }, '科级干部'),
    ...sendDownCommon,
  ]),
};

// ---------------------------------------------------------------------------------------
// Kaijiang "三百工程" (2017)

export const KAIJIANG_OUTBOUND: RuleSet = {
  id: 'kaijiang-outbound',
  name: '三百工程：百名干部人才外派挂职',
  description: '外派到先进地区挂职：科级领导干部和部分优秀年轻干部。',
  note:
    SRC_KAIJIANG +
    '原文：“主要面向科级领导干部和部分优秀年轻干部，重点从部门、乡镇中的年轻副职领导干部中择优筛选”。' +
    '科级领导干部读作职务级别为乡科级正职或副职；优秀年轻干部读作已列入优秀年轻干部库（任一层级）。' +
    '“重点从年轻副职中择优”为排序导向，不作筛查条件。本县范围用筛查的单位范围（unitPath）限定。',
  version: 1,
  root: all('root', '资格条件', [
    {
      id: 'target',
      label: '选派对象',
      any: [
        { label: '科级领导干部', node: leaf('section-leader', '科级领导干部', { fact: 'rank', in: ['141', '142'] }) },
        { label: '优秀年轻干部', node: leaf('young-pool', '优秀年轻干部', { fact: 'pool' }) },
      ],
    },
  ]),
};

export const KAIJIANG_MUTUAL: RuleSet = {
  id: 'kaijiang-mutual',
  name: '三百工程：百名干部人才互派挂职',
  description: '互派挂职：各单位推荐产生的优秀年轻干部（含教师等专业技术人员）。',
  note:
    SRC_KAIJIANG +
    '原文：“实施对象是各单位推荐产生的优秀年轻干部”。读作：已列入优秀年轻干部库，或由所在单位推荐（登记为标签“单位推荐”）。' +
    '不限人员类别（报道中有教师到乡镇挂任副镇长）。本县范围用筛查的单位范围（unitPath）限定。',
  version: 1,
  root: all('root', '资格条件', [
    {
      id: 'target',
      label: '优秀年轻干部',
      any: [
        { label: '优秀年轻干部库', node: leaf('young-pool', '列入优秀年轻干部库', { fact: 'pool' }) },
        { label: '单位推荐', node: leaf('unit-recommended', '单位推荐的优秀年轻干部', { fact: 'tags', anyOf: ['单位推荐'] }) },
      ],
    },
  ]),
};

export const KAIJIANG_COLLEGE_TRAINING: RuleSet = {
  id: 'kaijiang-college-training',
  name: '三百工程：百名干部人才院校培训',
  description: '院校培训：科级及以上领导干部。',
  note: SRC_KAIJIANG + '原文：“有计划、有针对性的选择科级及以上领导干部开展”。读作职务级别为乡科级副职及以上。',
  version: 1,
  root: all('root', '资格条件', [leaf('section-or-above', '科级及以上领导干部', { fact: 'rank', atLeast: '142' })]),
};

// ---------------------------------------------------------------------------------------
// Ali (Tibet) rotation

export const ALI_ROTATION_SEVEN_YEARS: RuleSet = {
  id: 'ali-rotation-seven-years',
  name: '轮岗提示：同一部门担任领导职务满 7 年',
  description: '轮岗性交流的触发条件：在同一个部门担任领导岗位满 7 年的领导干部，应列入轮岗交流计划。',
  note:
    SRC_ALI +
    '原文：“对在同一个部门担任领导岗位满7年的3名领导干部进行岗位调整”。读作：现任部门正职或副职，' +
    '且在现所在单位担任部门正职、副职的任职记录累计满 7 年（多段合并计算，正副职之间转任连续计算）。' +
    '“党政主要领导和与项目、资金打交道多的部门领导干部重点调整”为排序导向，不作筛查条件。',
  version: 1,
  root: all('root', '触发条件', [
    leaf('current-leader', '现任部门领导职务', { fact: 'postKind', in: ['department_head', 'department_deputy'] }),
    leaf(
      'leadership-years',
      '在同一部门担任领导职务满 7 年',
      { fact: 'postKindYears', postKind: ['department_head', 'department_deputy'], sameUnit: true, atLeast: 7 },
      '轮岗',
    ),
  ]),
};

/** Every built-in rule set, in the order of DOMAIN.md. */
export const BUILTIN_RULE_SETS: readonly RuleSet[] = [
  SICHUAN_TIBET_AID_COUNTY_DEPUTY,
  SICHUAN_TIBET_AID_DEPARTMENT_DEPUTY_OR_SECRETARY,
  SICHUAN_TIBET_AID_PROFESSIONAL,
  SICHUAN_TIBET_AID_INBOUND,
  SHANXI_SELECT_UP_PROVINCIAL,
  SHANXI_SELECT_UP_MUNICIPAL,
  SHANXI_SELECT_UP_EXCEPTIONAL_TOWNSHIP_HEAD,
  SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY,
  SHANXI_SEND_DOWN_TOWNSHIP_HEAD,
  SHANXI_SEND_DOWN_TOWNSHIP_DEPUTY_SECRETARY,
  KAIJIANG_OUTBOUND,
  KAIJIANG_MUTUAL,
  KAIJIANG_COLLEGE_TRAINING,
  ALI_ROTATION_SEVEN_YEARS,
];

export function findBuiltinRuleSet(id: string): RuleSet | undefined {
  return BUILTIN_RULE_SETS.find((r) => r.id === id);
}
