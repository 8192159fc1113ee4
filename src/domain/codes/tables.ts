// National and house code tables, shipped as data. Codes are fixed; labels and order
// may be edited by the system administrator (the database copy in `code_items` wins at
// run time; this file is the seed and the fallback for pure code).

export interface CodeItem {
  code: string;
  label: string;
}

export type CodeTableName =
  | 'gender'
  | 'ethnicity'
  | 'political_status'
  | 'education'
  | 'rank'
  | 'grade'
  | 'title_level'
  | 'title_series'
  | 'appraisal'
  | 'category'
  | 'post_kind'
  | 'unit_kind'
  | 'unit_level'
  | 'health'
  | 'pool_tier'
  | 'relation';

const items = (pairs: Array<[string, string]>): CodeItem[] => pairs.map(([code, label]) => ({ code, label }));

/** GB/T 2261.1 */
const gender = items([
  ['0', '未知'],
  ['1', '男'],
  ['2', '女'],
  ['9', '未说明'],
]);

/** GB 3304, two-digit codes. */
const ethnicity = items(
  (
    '汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 ' +
    '佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 ' +
    '锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 ' +
    '赫哲族 门巴族 珞巴族 基诺族'
  )
    .split(' ')
    .map((label, i): [string, string] => [String(i + 1).padStart(2, '0'), label]),
);

/** GB/T 4762 */
const politicalStatus = items([
  ['01', '中共党员'],
  ['02', '中共预备党员'],
  ['03', '共青团员'],
  ['04', '民革会员'],
  ['05', '民盟盟员'],
  ['06', '民建会员'],
  ['07', '民进会员'],
  ['08', '农工党党员'],
  ['09', '致公党党员'],
  ['10', '九三学社社员'],
  ['11', '台盟盟员'],
  ['12', '无党派人士'],
  ['13', '群众'],
]);

/** GB/T 4658 (60–90 unverified, kept as defaults users can relabel). */
const education = items([
  ['10', '研究生'],
  ['11', '博士研究生毕业'],
  ['12', '博士研究生结业'],
  ['13', '博士研究生肄业'],
  ['14', '硕士研究生毕业'],
  ['15', '硕士研究生结业'],
  ['16', '硕士研究生肄业'],
  ['17', '研究生班毕业'],
  ['18', '研究生班结业'],
  ['19', '研究生班肄业'],
  ['20', '大学本科'],
  ['21', '大学本科毕业'],
  ['22', '大学本科结业'],
  ['23', '大学本科肄业'],
  ['28', '大学普通班毕业'],
  ['30', '大学专科'],
  ['31', '大学专科毕业'],
  ['32', '大学专科结业'],
  ['33', '大学专科肄业'],
  ['40', '中等职业教育'],
  ['41', '中专毕业'],
  ['42', '中专结业'],
  ['43', '中专肄业'],
  ['44', '职业高中毕业'],
  ['45', '职业高中结业'],
  ['46', '职业高中肄业'],
  ['47', '技工学校毕业'],
  ['60', '普通高级中学'],
  ['70', '初级中学'],
  ['80', '小学'],
  ['90', '其他'],
]);

/** Post level (职务级别), common coding; 199 = not graded. */
const rank = items([
  ['111', '省部级正职'],
  ['112', '省部级副职'],
  ['121', '厅局级正职'],
  ['122', '厅局级副职'],
  ['131', '县处级正职'],
  ['132', '县处级副职'],
  ['141', '乡科级正职'],
  ['142', '乡科级副职'],
  ['150', '科员级'],
  ['160', '办事员级'],
  ['199', '未定级'],
]);

/** 职级 ladder since 2019 (house codes; local codes differ). */
const grade = items([
  ['G01', '一级巡视员'],
  ['G02', '二级巡视员'],
  ['G03', '一级调研员'],
  ['G04', '二级调研员'],
  ['G05', '三级调研员'],
  ['G06', '四级调研员'],
  ['G07', '一级主任科员'],
  ['G08', '二级主任科员'],
  ['G09', '三级主任科员'],
  ['G10', '四级主任科员'],
  ['G11', '一级科员'],
  ['G12', '二级科员'],
]);

const titleLevel = items([
  ['senior', '正高级'],
  ['associate', '副高级'],
  ['intermediate', '中级'],
  ['junior', '初级'],
]);

const titleSeries = items([
  ['teacher', '教师'],
  ['doctor', '卫生'],
  ['engineer', '工程'],
  ['agronomist', '农业'],
  ['economist', '经济'],
  ['accountant', '会计'],
  ['auditor', '审计'],
  ['statistician', '统计'],
  ['lawyer', '法律'],
  ['journalist', '新闻'],
  ['researcher', '科学研究'],
  ['other', '其他'],
]);

/** Annual appraisal. Public-institution 合格 maps to 'competent' (称职). */
const appraisal = items([
  ['excellent', '优秀'],
  ['competent', '称职'],
  ['basically_competent', '基本称职'],
  ['incompetent', '不称职'],
]);

const category = items([
  ['party_government', '党政干部'],
  ['professional', '专业技术人才'],
  ['enterprise_institution', '企事业单位管理人员'],
]);

/** Post kinds that rules and programmes refer to. */
const postKind = items([
  ['county_party_secretary', '县委书记'],
  ['county_head', '县(市、区)长'],
  ['county_team_deputy', '县级领导班子副职'],
  ['department_head', '部门正职'],
  ['department_deputy', '部门副职'],
  ['township_party_secretary', '乡镇党委书记'],
  ['township_head', '乡镇长'],
  ['township_deputy_secretary', '乡镇党委副书记'],
  ['township_deputy', '乡镇副职'],
  ['village_first_secretary', '村第一书记'],
  ['village_secretary', '村党组织书记'],
  ['staff', '一般干部'],
  ['teacher', '教师'],
  ['doctor', '医生'],
  ['technician', '专业技术人员'],
  ['enterprise_manager', '企业管理人员'],
]);

const unitKind = items([
  ['province', '省'],
  ['prefecture', '市州'],
  ['county', '县(市、区)'],
  ['township', '乡镇(街道)'],
  ['village', '村(社区)'],
  ['party_committee', '党委'],
  ['government_department', '政府部门'],
  ['school', '学校'],
  ['hospital', '医院'],
  ['institution', '事业单位'],
  ['soe', '国有企业'],
  ['college', '院校'],
  ['central_unit', '中央驻地方单位'],
  ['industrial_park', '园区'],
]);

const unitLevel = items([
  ['province', '省级'],
  ['prefecture', '市州级'],
  ['county', '县级'],
  ['township', '乡镇级'],
  ['village', '村级'],
]);

const health = items([
  ['healthy', '健康'],
  ['fair', '一般或较弱'],
  ['ill', '有慢性病'],
  ['disabled', '残疾'],
]);

const poolTier = items([
  ['county', '县处级优秀年轻干部'],
  ['township', '乡科级优秀年轻干部'],
]);

const relation = items([
  ['妻子', '妻子'],
  ['丈夫', '丈夫'],
  ['父亲', '父亲'],
  ['母亲', '母亲'],
  ['儿子', '儿子'],
  ['女儿', '女儿'],
  ['岳父', '岳父'],
  ['岳母', '岳母'],
  ['公公', '公公'],
  ['婆婆', '婆婆'],
]);

export const CODE_TABLES: Record<CodeTableName, CodeItem[]> = {
  gender,
  ethnicity,
  political_status: politicalStatus,
  education,
  rank,
  grade,
  title_level: titleLevel,
  title_series: titleSeries,
  appraisal,
  category,
  post_kind: postKind,
  unit_kind: unitKind,
  unit_level: unitLevel,
  health,
  pool_tier: poolTier,
  relation,
};

export const CODE_TABLE_TITLES: Record<CodeTableName, string> = {
  gender: '性别 (GB/T 2261.1)',
  ethnicity: '民族 (GB 3304)',
  political_status: '政治面貌 (GB/T 4762)',
  education: '学历 (GB/T 4658)',
  rank: '职务级别',
  grade: '职级',
  title_level: '专业技术职务等级',
  title_series: '职称系列',
  appraisal: '年度考核结果',
  category: '人员类别',
  post_kind: '岗位类别',
  unit_kind: '单位类型',
  unit_level: '单位层级',
  health: '健康状况',
  pool_tier: '优秀年轻干部库层级',
  relation: '家庭成员称谓',
};

export function labelOf(table: CodeTableName, code: string | null | undefined): string {
  if (code == null) return '';
  return CODE_TABLES[table].find((i) => i.code === code)?.label ?? code;
}

export function codeOf(table: CodeTableName, label: string): string | undefined {
  const t = label.trim();
  return CODE_TABLES[table].find((i) => i.label === t || i.code === t)?.code;
}

export function isCode(table: CodeTableName, code: string): boolean {
  return CODE_TABLES[table].some((i) => i.code === code);
}
