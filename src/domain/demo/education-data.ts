// Schools and majors for demo education records. School names are real institutions of
// (mostly) Sichuan; a few secondary vocational schools are plausible rather than checked.
// Which school teaches which field is simplified.

import type { Rng } from './rng.js';

export type Field = 'general' | 'finance' | 'engineering' | 'agriculture' | 'medical' | 'nursing' | 'teaching' | 'it';
/** GB/T 4658 codes used by the generator: 中专, 大学专科, 大学本科, 硕士, 博士 (all 毕业). */
export type EduLevel = '41' | '31' | '21' | '14' | '11';

interface Major {
  name: string;
  /** Discipline of the degree: 法学, 管理学 … (学士/硕士/博士 appended). */
  discipline: string;
  /** Only for cadres of this ethnic group (藏语言文学 …). */
  ethnicity?: string;
}

const m = (name: string, discipline: string, ethnicity?: string): Major => (ethnicity ? { name, discipline, ethnicity } : { name, discipline });

const HIGHER_MAJORS: Readonly<Record<Field, readonly Major[]>> = {
  general: [
    m('汉语言文学', '文学'), m('行政管理', '管理学'), m('法学', '法学'), m('思想政治教育', '法学'), m('公共事业管理', '管理学'),
    m('社会工作', '法学'), m('历史学', '历史学'), m('新闻学', '文学'), m('人力资源管理', '管理学'), m('旅游管理', '管理学'),
    m('政治学与行政学', '法学'), m('哲学', '哲学'), m('藏语言文学', '文学', '04'), m('彝语言文学', '文学', '07'), m('民族学', '法学'),
  ],
  finance: [m('经济学', '经济学'), m('财政学', '经济学'), m('金融学', '经济学'), m('会计学', '管理学'), m('工商管理', '管理学'), m('国际经济与贸易', '经济学')],
  engineering: [
    m('土木工程', '工学'), m('交通运输', '工学'), m('道路桥梁与渡河工程', '工学'), m('水利水电工程', '工学'), m('城乡规划', '工学'),
    m('工程管理', '管理学'), m('给排水科学与工程', '工学'), m('地质工程', '工学'), m('测绘工程', '工学'), m('交通工程', '工学'),
  ],
  agriculture: [m('农学', '农学'), m('动物医学', '农学'), m('园艺', '农学'), m('林学', '农学'), m('农林经济管理', '管理学'), m('植物保护', '农学'), m('动物科学', '农学'), m('草业科学', '农学')],
  medical: [m('临床医学', '医学'), m('中医学', '医学'), m('预防医学', '医学'), m('医学影像学', '医学'), m('麻醉学', '医学'), m('藏医学', '医学', '04')],
  nursing: [m('护理学', '理学')],
  teaching: [
    m('汉语言文学', '文学'), m('数学与应用数学', '理学'), m('英语', '文学'), m('小学教育', '教育学'), m('体育教育', '教育学'),
    m('物理学', '理学'), m('化学', '理学'), m('学前教育', '教育学'), m('历史学', '历史学'), m('思想政治教育', '法学'), m('藏语言文学', '文学', '04'),
  ],
  it: [m('计算机科学与技术', '工学'), m('软件工程', '工学'), m('电子信息工程', '工学'), m('通信工程', '工学')],
};

const VOCATIONAL_MAJORS: Readonly<Record<Field, readonly string[]>> = {
  general: ['文秘', '行政管理', '法律事务', '汉语', '社会工作'],
  finance: ['会计', '财务管理', '金融管理', '市场营销'],
  engineering: ['建筑工程技术', '道路桥梁工程技术', '工程测量技术', '水利水电建筑工程', '工程造价'],
  agriculture: ['畜牧兽医', '作物生产技术', '园艺技术', '林业技术', '农业经济管理'],
  medical: ['临床医学', '社区医学', '中医学', '医学检验技术'],
  nursing: ['护理', '助产'],
  teaching: ['普通师范', '小学教育', '语文教育', '数学教育', '英语教育', '学前教育'],
  it: ['计算机应用技术', '计算机网络技术'],
};

interface School {
  name: string;
  fields: readonly Field[];
  levels: readonly EduLevel[];
  weight: number;
  /** Ethnic groups this school draws strongly from. */
  ethnic?: readonly string[];
}

const HIGHER: readonly EduLevel[] = ['21', '14', '11'];
const BACHELOR: readonly EduLevel[] = ['21'];

const SCHOOLS: readonly School[] = [
  { name: '四川大学', fields: ['general', 'finance', 'engineering', 'medical', 'nursing', 'it'], levels: HIGHER, weight: 4 },
  { name: '西南财经大学', fields: ['finance', 'general'], levels: HIGHER, weight: 3 },
  { name: '四川师范大学', fields: ['teaching', 'general'], levels: HIGHER, weight: 4 },
  { name: '西华师范大学', fields: ['teaching', 'general'], levels: ['21', '14'], weight: 3 },
  { name: '西南民族大学', fields: ['general', 'finance', 'agriculture', 'teaching'], levels: ['21', '14'], weight: 3, ethnic: ['04', '07', '33'] },
  { name: '四川农业大学', fields: ['agriculture', 'finance'], levels: HIGHER, weight: 3 },
  { name: '西南交通大学', fields: ['engineering', 'it'], levels: HIGHER, weight: 3 },
  { name: '成都理工大学', fields: ['engineering', 'general'], levels: HIGHER, weight: 2 },
  { name: '电子科技大学', fields: ['it'], levels: HIGHER, weight: 2 },
  { name: '西华大学', fields: ['general', 'engineering', 'finance'], levels: ['21', '14'], weight: 3 },
  { name: '川北医学院', fields: ['medical', 'nursing'], levels: ['21', '14'], weight: 3 },
  { name: '西南医科大学', fields: ['medical', 'nursing'], levels: ['21', '14'], weight: 3 },
  { name: '成都中医药大学', fields: ['medical', 'nursing'], levels: HIGHER, weight: 2 },
  { name: '成都医学院', fields: ['medical', 'nursing'], levels: BACHELOR, weight: 2 },
  { name: '四川民族学院', fields: ['general', 'teaching'], levels: BACHELOR, weight: 2, ethnic: ['04'] },
  { name: '西昌学院', fields: ['agriculture', 'general', 'teaching'], levels: BACHELOR, weight: 2, ethnic: ['07'] },
  { name: '阿坝师范学院', fields: ['teaching', 'general'], levels: BACHELOR, weight: 2, ethnic: ['04', '33'] },
  { name: '乐山师范学院', fields: ['teaching', 'general'], levels: BACHELOR, weight: 2 },
  { name: '绵阳师范学院', fields: ['teaching'], levels: BACHELOR, weight: 2 },
  { name: '内江师范学院', fields: ['teaching'], levels: BACHELOR, weight: 2 },
  { name: '四川文理学院', fields: ['teaching', 'general'], levels: BACHELOR, weight: 2 },
  { name: '成都大学', fields: ['general', 'finance'], levels: BACHELOR, weight: 1 },
  { name: '西南科技大学', fields: ['engineering', 'general', 'it'], levels: ['21', '14'], weight: 2 },
  { name: '西南石油大学', fields: ['engineering'], levels: ['21', '14'], weight: 1 },
  { name: '四川轻化工大学', fields: ['engineering', 'general'], levels: BACHELOR, weight: 1 },
  { name: '中央民族大学', fields: ['general', 'finance'], levels: ['21', '14'], weight: 0.6, ethnic: ['04', '07', '33'] },
  { name: '西北民族大学', fields: ['general', 'medical'], levels: BACHELOR, weight: 0.4, ethnic: ['04'] },
  { name: '重庆大学', fields: ['engineering', 'finance'], levels: HIGHER, weight: 0.6 },
  { name: '武汉大学', fields: ['general', 'finance'], levels: HIGHER, weight: 0.4 },
  { name: '中国人民大学', fields: ['general', 'finance'], levels: HIGHER, weight: 0.3 },
  { name: '北京师范大学', fields: ['teaching'], levels: HIGHER, weight: 0.3 },
  // 大学专科
  { name: '四川建筑职业技术学院', fields: ['engineering'], levels: ['31'], weight: 2 },
  { name: '四川交通职业技术学院', fields: ['engineering'], levels: ['31'], weight: 2 },
  { name: '四川水利职业技术学院', fields: ['engineering'], levels: ['31'], weight: 1 },
  { name: '成都航空职业技术学院', fields: ['it'], levels: ['31'], weight: 1 },
  { name: '乐山职业技术学院', fields: ['nursing', 'medical'], levels: ['31'], weight: 2 },
  { name: '雅安职业技术学院', fields: ['medical', 'nursing', 'agriculture'], levels: ['31'], weight: 2 },
  { name: '达州职业技术学院', fields: ['nursing', 'medical'], levels: ['31'], weight: 1 },
  { name: '康定民族师范高等专科学校', fields: ['teaching', 'general'], levels: ['31'], weight: 1.5, ethnic: ['04'] },
  { name: '阿坝师范高等专科学校', fields: ['teaching', 'general'], levels: ['31'], weight: 1.5, ethnic: ['04', '33'] },
  { name: '川北幼儿师范高等专科学校', fields: ['teaching'], levels: ['31'], weight: 1 },
  { name: '四川幼儿师范高等专科学校', fields: ['teaching'], levels: ['31'], weight: 1 },
  { name: '四川农业大学', fields: ['agriculture'], levels: ['31'], weight: 1 },
  { name: '四川警察学院', fields: ['general'], levels: ['31'], weight: 1 },
  { name: '四川财经职业学院', fields: ['finance', 'general'], levels: ['31'], weight: 2 },
  { name: '西昌学院', fields: ['general', 'agriculture', 'teaching'], levels: ['31'], weight: 1.5, ethnic: ['07'] },
  { name: '西南民族大学', fields: ['general', 'agriculture'], levels: ['31'], weight: 1.5, ethnic: ['04', '07'] },
  // 中专
  { name: '四川省康定师范学校', fields: ['teaching'], levels: ['41'], weight: 1, ethnic: ['04'] },
  { name: '阿坝州师范学校', fields: ['teaching'], levels: ['41'], weight: 1, ethnic: ['04', '33'] },
  { name: '凉山州民族师范学校', fields: ['teaching'], levels: ['41'], weight: 1, ethnic: ['07'] },
  { name: '四川省南充师范学校', fields: ['teaching'], levels: ['41'], weight: 1 },
  { name: '四川省成都市卫生学校', fields: ['medical', 'nursing'], levels: ['41'], weight: 1 },
  { name: '凉山卫生学校', fields: ['medical', 'nursing'], levels: ['41'], weight: 1, ethnic: ['07'] },
  { name: '甘孜州卫生学校', fields: ['medical', 'nursing'], levels: ['41'], weight: 1, ethnic: ['04'] },
  { name: '四川省农业学校', fields: ['agriculture'], levels: ['41'], weight: 1 },
  { name: '四川省交通学校', fields: ['engineering'], levels: ['41'], weight: 1 },
  { name: '四川省水利电力学校', fields: ['engineering'], levels: ['41'], weight: 1 },
  { name: '四川省商业学校', fields: ['finance', 'general', 'it'], levels: ['41'], weight: 1 },
  { name: '四川省财政学校', fields: ['finance', 'general'], levels: ['41'], weight: 1 },
];

const cache = new Map<string, ReadonlyArray<readonly [string, number]>>();

function candidates(level: EduLevel, field: Field, ethnicity: string): ReadonlyArray<readonly [string, number]> {
  const key = `${level}|${field}|${ethnicity}`;
  let list = cache.get(key);
  if (!list) {
    let pool = SCHOOLS.filter((s) => s.levels.includes(level) && s.fields.includes(field));
    if (pool.length === 0) pool = SCHOOLS.filter((s) => s.levels.includes(level));
    list = pool.map((s) => [s.name, s.ethnic?.includes(ethnicity) ? s.weight * 6 : s.weight] as const);
    cache.set(key, list);
  }
  return list;
}

export interface SchoolAndMajor {
  school: string;
  major: string;
  degree: string | null;
}

export function pickSchoolAndMajor(rng: Rng, level: EduLevel, field: Field, ethnicity: string): SchoolAndMajor {
  const school = rng.weighted(candidates(level, field, ethnicity));
  if (level === '31' || level === '41') {
    const major = field === 'general' && ethnicity === '04' && rng.chance(0.3) ? '藏汉翻译' : rng.pick(VOCATIONAL_MAJORS[field]);
    return { school, major, degree: null };
  }
  const majors = HIGHER_MAJORS[field].filter((x) => !x.ethnicity || (x.ethnicity === ethnicity && rng.chance(0.6)));
  const major = rng.pick(majors.length > 0 ? majors : HIGHER_MAJORS[field]);
  const suffix = level === '21' ? '学士' : level === '14' ? '硕士' : '博士';
  return { school, major: major.name, degree: major.discipline + suffix };
}

/** In-service (在职) study: where cadres upgrade their education, by target level. */
export interface InServiceOption {
  school: string;
  major: string;
  /** Degree conferred, or null (party-school study gives the education level only). */
  degree: string | null;
  weight: number;
  fields?: readonly Field[];
}

export const IN_SERVICE_BACHELOR: readonly InServiceOption[] = [
  { school: '中央党校函授学院', major: '经济管理', degree: null, weight: 4 },
  { school: '中央党校函授学院', major: '法律', degree: null, weight: 2 },
  { school: '中共四川省委党校', major: '经济管理', degree: null, weight: 3 },
  { school: '西南民族大学', major: '行政管理', degree: null, weight: 1.5 },
  { school: '四川大学', major: '汉语言文学', degree: '文学学士', weight: 1 },
  { school: '四川师范大学', major: '汉语言文学', degree: null, weight: 2, fields: ['teaching'] },
  { school: '川北医学院', major: '临床医学', degree: '医学学士', weight: 2, fields: ['medical'] },
  { school: '四川农业大学', major: '农学', degree: null, weight: 1.5, fields: ['agriculture'] },
  { school: '四川广播电视大学', major: '行政管理', degree: null, weight: 1.5 },
];

export const IN_SERVICE_MASTER: readonly InServiceOption[] = [
  { school: '四川大学', major: '公共管理', degree: '公共管理硕士', weight: 3 },
  { school: '西南财经大学', major: '工商管理', degree: '工商管理硕士', weight: 1.5 },
  { school: '电子科技大学', major: '公共管理', degree: '公共管理硕士', weight: 1.5 },
  { school: '中共四川省委党校', major: '经济管理', degree: null, weight: 3 },
  { school: '中共四川省委党校', major: '政治学', degree: null, weight: 1 },
  { school: '四川农业大学', major: '农村发展', degree: '农业硕士', weight: 1.5, fields: ['agriculture'] },
  { school: '西南交通大学', major: '交通运输工程', degree: '工程硕士', weight: 1.5, fields: ['engineering'] },
  { school: '四川师范大学', major: '教育管理', degree: '教育硕士', weight: 2, fields: ['teaching'] },
  { school: '四川大学', major: '临床医学', degree: '临床医学硕士', weight: 2, fields: ['medical'] },
];

/** Cadres mostly study at party schools or in public administration; professionals in their field. */
export function pickInService(rng: Rng, options: readonly InServiceOption[], field: Field, isCadre: boolean): InServiceOption {
  const own = options.filter((o) => o.fields?.includes(field));
  const general = options.filter((o) => !o.fields);
  const pool = !isCadre && own.length > 0 ? own : [...general, ...own];
  return rng.weighted(pool.map((o) => [o, o.fields ? o.weight * 3 : o.weight] as const));
}
