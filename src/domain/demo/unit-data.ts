// Fixed lists of organisations for the demo unit tree: provincial organs, institutions,
// SOEs, colleges, hospitals, central units in the province, and the departments every
// prefecture and county gets. Names are the official ones (as of 2023) where the unit is
// real; 四川省交通投资集团 was merged into 蜀道投资集团 in 2021, so the latter is used.

/** What a department does: drives specialities, technician title series and internal divisions. */
export type DeptKey =
  | 'general'
  | 'org'
  | 'propaganda'
  | 'united_front'
  | 'legal'
  | 'dev'
  | 'edu'
  | 'science'
  | 'industry'
  | 'ethnic'
  | 'police'
  | 'civil'
  | 'justice'
  | 'finance'
  | 'hr'
  | 'land'
  | 'environment'
  | 'housing'
  | 'transport'
  | 'water'
  | 'agri'
  | 'commerce'
  | 'culture'
  | 'health'
  | 'veterans'
  | 'emergency'
  | 'audit'
  | 'market'
  | 'forestry'
  | 'statistics';

export interface OrganSpec {
  name: string;
  kind: 'party_committee' | 'government_department';
  head: string;
  deputy: string;
  dept: DeptKey;
}

/** Provincial Party and government departments. The Party departments' 部长 sit on the
 *  provincial standing committee, so the department's own head is the 常务副部长. */
export const PROVINCIAL_ORGANS: readonly OrganSpec[] = [
  { name: '中共四川省委办公厅', kind: 'party_committee', head: '主任', deputy: '副主任', dept: 'general' },
  { name: '中共四川省委组织部', kind: 'party_committee', head: '常务副部长', deputy: '副部长', dept: 'org' },
  { name: '中共四川省委宣传部', kind: 'party_committee', head: '常务副部长', deputy: '副部长', dept: 'propaganda' },
  { name: '中共四川省委统战部', kind: 'party_committee', head: '常务副部长', deputy: '副部长', dept: 'united_front' },
  { name: '中共四川省委政法委员会', kind: 'party_committee', head: '常务副书记', deputy: '副书记', dept: 'legal' },
  { name: '四川省人民政府办公厅', kind: 'government_department', head: '主任', deputy: '副主任', dept: 'general' },
  { name: '四川省发展和改革委员会', kind: 'government_department', head: '主任', deputy: '副主任', dept: 'dev' },
  { name: '四川省教育厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'edu' },
  { name: '四川省科学技术厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'science' },
  { name: '四川省经济和信息化厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'industry' },
  { name: '四川省民族宗教事务委员会', kind: 'government_department', head: '主任', deputy: '副主任', dept: 'ethnic' },
  { name: '四川省公安厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'police' },
  { name: '四川省民政厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'civil' },
  { name: '四川省司法厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'justice' },
  { name: '四川省财政厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'finance' },
  { name: '四川省人力资源和社会保障厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'hr' },
  { name: '四川省自然资源厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'land' },
  { name: '四川省生态环境厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'environment' },
  { name: '四川省住房和城乡建设厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'housing' },
  { name: '四川省交通运输厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'transport' },
  { name: '四川省水利厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'water' },
  { name: '四川省农业农村厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'agri' },
  { name: '四川省商务厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'commerce' },
  { name: '四川省文化和旅游厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'culture' },
  { name: '四川省卫生健康委员会', kind: 'government_department', head: '主任', deputy: '副主任', dept: 'health' },
  { name: '四川省退役军人事务厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'veterans' },
  { name: '四川省应急管理厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'emergency' },
  { name: '四川省审计厅', kind: 'government_department', head: '厅长', deputy: '副厅长', dept: 'audit' },
  { name: '四川省市场监督管理局', kind: 'government_department', head: '局长', deputy: '副局长', dept: 'market' },
  { name: '四川省林业和草原局', kind: 'government_department', head: '局长', deputy: '副局长', dept: 'forestry' },
  { name: '四川省统计局', kind: 'government_department', head: '局长', deputy: '副局长', dept: 'statistics' },
];

/** Provincial SOEs (省属国有企业). */
export const PROVINCIAL_SOES: readonly string[] = [
  '蜀道投资集团有限责任公司',
  '四川省能源投资集团有限责任公司',
  '四川发展（控股）有限责任公司',
  '四川省投资集团有限责任公司',
  '四川华西集团有限公司',
  '四川省旅游投资集团有限责任公司',
  '四川省商业投资集团有限责任公司',
];

/** Colleges in the province; kind 'college'. 四川大学华西医院 sits under 四川大学. */
export const COLLEGES: readonly string[] = [
  '四川大学',
  '西南民族大学',
  '四川师范大学',
  '西华大学',
  '成都理工大学',
  '四川农业大学',
  '四川民族学院',
  '中共四川省委党校',
];

export const PROVINCIAL_HOSPITALS: readonly string[] = ['四川省人民医院', '四川省肿瘤医院', '四川省妇幼保健院'];

/** Provincial schools (secondary level). */
export const PROVINCIAL_SCHOOLS: readonly string[] = ['四川省商贸学校', '四川省藏文学校'];

/** Provincial public institutions other than schools and hospitals (research academies). */
export const PROVINCIAL_INSTITUTIONS: readonly string[] = ['四川省社会科学院', '四川省农业科学院'];

/** Central units in the province; gov ones staff civil servants, the others are enterprises. */
export const CENTRAL_UNITS: ReadonlyArray<{ name: string; gov: boolean }> = [
  { name: '国家税务总局四川省税务局', gov: true },
  { name: '国家统计局四川调查总队', gov: true },
  { name: '四川省气象局', gov: true },
  { name: '中国人民银行四川省分行', gov: true },
  { name: '国网四川省电力公司', gov: false },
  { name: '中国铁路成都局集团有限公司', gov: false },
  { name: '中国移动通信集团四川有限公司', gov: false },
];

/**
 * Industrial parks run jointly by Chengdu and a minority prefecture. They are placed under
 * the prefecture that co-runs them (their land lies in the Chengdu plain); the exact
 * administrative arrangement is simplified for the demo.
 */
export const INDUSTRIAL_PARKS: ReadonlyArray<{ name: string; prefectureCode: string }> = [
  { name: '成阿工业园区', prefectureCode: '513200' },
  { name: '成甘工业园区', prefectureCode: '513300' },
  { name: '成凉工业园区', prefectureCode: '513400' },
];

/** A department kind that exists at prefecture and county level, named per level. */
export interface LocalDeptSpec {
  dept: DeptKey;
  /** Suffix after the place name at prefecture level. */
  prefecture: string;
  /** Suffix after the county name; districts use `district` when given. */
  county: string;
  district?: string;
  kind: 'party_committee' | 'government_department';
  head: string;
  deputy: string;
}

export const LOCAL_DEPTS: readonly LocalDeptSpec[] = [
  { dept: 'org', prefecture: '委组织部', county: '委组织部', kind: 'party_committee', head: '常务副部长', deputy: '副部长' },
  { dept: 'dev', prefecture: '发展和改革委员会', county: '发展和改革局', kind: 'government_department', head: '局长', deputy: '副局长' },
  { dept: 'edu', prefecture: '教育局', county: '教育和体育局', district: '教育局', kind: 'government_department', head: '局长', deputy: '副局长' },
  { dept: 'health', prefecture: '卫生健康委员会', county: '卫生健康局', kind: 'government_department', head: '局长', deputy: '副局长' },
  { dept: 'transport', prefecture: '交通运输局', county: '交通运输局', kind: 'government_department', head: '局长', deputy: '副局长' },
  { dept: 'housing', prefecture: '住房和城乡建设局', county: '住房和城乡建设局', kind: 'government_department', head: '局长', deputy: '副局长' },
  { dept: 'agri', prefecture: '农业农村局', county: '农业农村局', kind: 'government_department', head: '局长', deputy: '副局长' },
  { dept: 'finance', prefecture: '财政局', county: '财政局', kind: 'government_department', head: '局长', deputy: '副局长' },
];

/** Internal divisions (处 at provincial level; 科 at prefecture level) by department kind. */
export const DIVISIONS: Partial<Record<DeptKey, readonly string[]>> = {
  org: ['干部一处', '干部二处', '组织一处', '组织二处', '公务员管理处', '人才工作处', '干部监督处', '研究室'],
  dev: ['发展规划处', '固定资产投资处', '农村经济处', '地区经济处', '基础设施发展处', '产业发展处'],
  edu: ['基础教育处', '高等教育处', '民族教育处', '教师工作处', '职业教育与成人教育处'],
  health: ['医政医管处', '基层卫生健康处', '疾病预防控制处', '妇幼健康处', '人事处'],
  transport: ['综合规划处', '建设管理处', '运输服务处', '公路处', '安全监督处'],
  housing: ['村镇建设处', '建筑市场监管处', '城市建设处', '住房保障处', '勘察设计处'],
  agri: ['种植业管理处', '畜牧处', '乡村产业发展处', '农田建设管理处', '科技教育处'],
  water: ['规划计划处', '水资源管理处', '农村水利水电处', '河湖管理处'],
  finance: ['预算处', '国库处', '农业农村处', '经济建设处', '社会保障处'],
  culture: ['资源开发处', '产业发展处', '公共服务处', '市场管理处'],
  ethnic: ['民族工作处', '经济发展处', '宗教一处', '宗教二处'],
};

export const GENERIC_DIVISIONS: readonly string[] = ['综合处', '规划处', '政策法规处', '人事处', '财务处', '督查处'];
