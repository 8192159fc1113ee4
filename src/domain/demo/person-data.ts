// Fixed lists the person generator draws on: specialities by department and major,
// democratic parties, illness notes, the SOE post ladder and 职级 labels.

import type { DeptKey } from './unit-data.js';

/** Small minorities found among cadres anywhere in the province (回, 土家, 满, 苗), about 1.2% in all. */
export const OTHER_MINORITIES = ['03', '15', '11', '06'] as const;

/** Universities whose graduates are often recruited as 选调生. */
export const TOP_UNIVERSITIES = new Set(['四川大学', '西南财经大学', '西南交通大学', '电子科技大学', '四川农业大学', '中国人民大学', '武汉大学', '重庆大学', '北京师范大学', '中央民族大学']);

/** GB/T 4762 code, the short name written in the party field, relative weight. */
export const DEMOCRATIC_PARTIES: ReadonlyArray<readonly [string, string, number]> = [
  ['04', '民革', 1],
  ['05', '民盟', 3],
  ['06', '民建', 1.5],
  ['07', '民进', 2],
  ['08', '农工党', 2],
  ['09', '致公党', 0.5],
  ['10', '九三学社', 2.5],
];

/** Specialities (熟悉专业有何专长) typical of each kind of department. */
export const DEPT_SPECIALITIES: Partial<Record<DeptKey, readonly string[]>> = {
  org: ['组织人事', '党建工作'],
  dev: ['经济管理', '产业发展', '项目管理', '招商引资'],
  edu: ['基础教育', '学校管理'],
  health: ['医院管理', '公共卫生'],
  transport: ['交通规划', '项目管理', '道路桥梁'],
  housing: ['城乡规划', '项目管理', '建筑工程'],
  agri: ['农业技术', '畜牧兽医', '乡村振兴'],
  finance: ['财务管理', '经济管理'],
  water: ['水利工程', '项目管理'],
  culture: ['文化旅游'],
  ethnic: ['民族宗教'],
  industry: ['产业发展', '经济管理'],
  science: ['科技管理', '信息技术'],
  legal: ['法律事务', '社会治理'],
  justice: ['法律事务'],
  police: ['社会治理', '法律事务'],
  emergency: ['应急管理'],
  environment: ['生态环保'],
  land: ['自然资源', '城乡规划'],
  forestry: ['生态环保', '农业技术'],
  commerce: ['招商引资', '经济管理'],
  general: ['综合文稿', '经济管理', '党建工作'],
  statistics: ['统计分析', '经济管理'],
  audit: ['审计', '财务管理'],
  market: ['市场监管'],
  hr: ['组织人事', '社会保障'],
  civil: ['社会治理', '社会保障'],
  veterans: ['群众工作'],
  propaganda: ['综合文稿', '宣传文化'],
  united_front: ['民族宗教', '群众工作'],
};

/** Speciality suggested by the full-time major. */
export const MAJOR_SPECIALITIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/交通|道路桥梁/u, '交通规划'],
  [/城乡规划/u, '城乡规划'],
  [/水利/u, '水利工程'],
  [/土木|建筑/u, '建筑工程'],
  [/农学|园艺|植物保护|作物|草业/u, '农业技术'],
  [/动物|畜牧/u, '畜牧兽医'],
  [/林学|林业/u, '生态环保'],
  [/临床|中医|预防医学|社区医学|麻醉|影像|藏医/u, '临床医学'],
  [/会计|财政|财务/u, '财务管理'],
  [/经济|金融|工商管理|贸易/u, '经济管理'],
  [/法学|法律/u, '法律事务'],
  [/计算机|软件|电子信息|通信|网络/u, '信息技术'],
  [/旅游/u, '文化旅游'],
  [/藏语言|藏汉/u, '藏汉双语'],
  [/彝语言/u, '彝汉双语'],
  [/汉语言|新闻|文秘/u, '综合文稿'],
];

export const ILLNESS_NOTES = ['高血压', '2型糖尿病', '慢性胃炎', '腰椎间盘突出', '冠心病', '高脂血症', '慢性支气管炎'];

export const HIGH_ALTITUDE_NOTES = ['高原红细胞增多症', '高原性心脏病', '高原性高血压'];

/** Posts an SOE manager climbs, junior to senior. */
export const ENTERPRISE_LADDER = ['职员', '部门副经理', '部门经理', '副总经理', '总经理', '董事长'];

/** 职级 code → label, for non-leading civil servants' post text. */
export const GRADE_LABELS: Readonly<Record<string, string>> = {
  G06: '四级调研员',
  G07: '一级主任科员',
  G08: '二级主任科员',
  G09: '三级主任科员',
  G10: '四级主任科员',
  G11: '一级科员',
  G12: '二级科员',
};

/**
 * Every speciality the generator writes (from the lists above and the role-specific ones
 * in people.ts), for pick lists and matching.
 */
export const SPECIALITIES: readonly string[] = [
  ...new Set([
    ...Object.values(DEPT_SPECIALITIES).flatMap((l) => l ?? []),
    ...MAJOR_SPECIALITIES.map(([, s]) => s),
    '群众工作', '乡村振兴', '社会治理', '产业发展', '项目管理', '经济管理', '综合文稿',
    '基础教育', '学校管理', '高等教育', '科学研究', '临床医学', '内科', '外科', '妇产科', '儿科', '中医', '藏医',
    '急诊医学', '医院管理', '护理', '医学检验', '医学影像', '农业技术', '企业管理', '交通规划',
  ]),
];
