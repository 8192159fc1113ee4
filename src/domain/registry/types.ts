// Domain types of the registry: units and people. Pure data, shared by every layer.
// Dates are ISO strings 'YYYY-MM-DD'; codes are the national code-table codes as strings
// (see src/domain/codes). Nothing here knows about the database or HTTP.

export type IsoDate = string;

/** Kinds of organisation node. */
export const UNIT_KINDS = [
  'province', // 省
  'prefecture', // 市州
  'county', // 县(市、区)
  'township', // 乡镇(街道)
  'village', // 村(社区)
  'party_committee', // 党委
  'government_department', // 政府部门
  'school', // 学校
  'hospital', // 医院
  'institution', // 其他事业单位
  'soe', // 国有企业
  'college', // 院校
  'central_unit', // 中央驻地方单位
  'industrial_park', // 园区
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Administrative level a unit sits at (the level of the place it belongs to). */
export const UNIT_LEVELS = ['province', 'prefecture', 'county', 'township', 'village'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export interface Unit {
  id: number;
  parentId: number | null;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  /** GB/T 2260 six-digit code of the unit's place. */
  divisionCode: string | null;
  /** In one of the 32 Tibetan-area counties of Sichuan (or their prefectures). */
  isTibetanArea: boolean;
  /** County-seat altitude in metres, where known. */
  altitude: number | null;
  /** Hardship (艰苦边远地区) class 1–6, null when not a hardship area. */
  hardshipClass: number | null;
  /** Approved number of seats in the unit's leadership team (领导班子职数). */
  leadershipSeats: number | null;
  sortOrder: number;
  version: number;
}

export type UnitInput = Omit<Unit, 'id' | 'version'>;

/** Person category (人员类别). */
export const PERSON_CATEGORIES = ['party_government', 'professional', 'enterprise_institution'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

export interface EducationRecord {
  /** 'fulltime' 全日制 or 'inservice' 在职 — recorded apart. */
  mode: 'fulltime' | 'inservice';
  /** GB/T 4658 code, e.g. '21' 大学本科毕业, '14' 硕士研究生毕业. */
  level: string;
  /** Degree text as users write it: 学士, 硕士, 博士, 法学学士 … (empty when none). */
  degree: string | null;
  school: string | null;
  major: string | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
}

export interface TitleRecord {
  /** Title series code (see codes/title-series). */
  series: string;
  /** 'senior' 正高级 | 'associate' 副高级 | 'intermediate' 中级 | 'junior' 初级 */
  level: TitleLevel;
  /** Full title name, e.g. 主治医师, 一级教师. */
  name: string | null;
  obtainedDate: IsoDate | null;
}
export const TITLE_LEVELS = ['senior', 'associate', 'intermediate', 'junior'] as const;
export type TitleLevel = (typeof TITLE_LEVELS)[number];

export interface AppointmentRecord {
  unitId: number | null;
  /** Unit name as written on the record (kept even when the unit is in the registry). */
  unitName: string;
  post: string;
  /** Post kind code (see codes/post-kinds), e.g. 'township_party_secretary'. */
  postKind: string | null;
  /** Post level code (职务级别), e.g. '141' 乡科级正职. */
  rank: string | null;
  startDate: IsoDate;
  /** Null while the appointment is current. */
  endDate: IsoDate | null;
}

/** Annual appraisal grade (年度考核). Public-institution 合格 is stored as 'competent'. */
export const APPRAISAL_GRADES = ['excellent', 'competent', 'basically_competent', 'incompetent'] as const;
export type AppraisalGrade = (typeof APPRAISAL_GRADES)[number];

export interface AppraisalRecord {
  year: number;
  grade: AppraisalGrade;
}

export interface FamilyMember {
  /** 称谓: 妻子, 丈夫, 父亲, 母亲, 儿子, 女儿 … */
  relation: string;
  name: string;
  birthDate: IsoDate | null;
  /** GB/T 4762 code or null. */
  politicalStatus: string | null;
  /** 工作单位及职务 — the spouse's place matters for caring exchange. */
  workUnit: string | null;
  /** Division code of where the member lives/works, when known. */
  divisionCode: string | null;
}

/** Everything the registry holds about one person (an aggregate, edited as a whole). */
export interface PersonRecord {
  name: string;
  /** GB/T 2261.1 code: '1' 男, '2' 女. */
  gender: string;
  /** GB 3304 two-digit code. */
  ethnicity: string;
  birthDate: IsoDate;
  /** GB 11643 resident ID number; sensitive, stored encrypted. Null when unknown. */
  idNumber: string | null;
  nativePlace: string | null; // 籍贯
  birthplace: string | null; // 出生地
  /** Division code of the place the person grew up (成长地), used in matching. */
  growthPlace: string | null;
  /** GB/T 4762 code. */
  politicalStatus: string;
  partyJoinDate: IsoDate | null;
  /** Free text of the party field when it is a democratic party's name, not a date. */
  partyNote: string | null;
  workStartDate: IsoDate | null;
  category: PersonCategory;
  unitId: number | null;
  /** Current post title (现任职务), e.g. 县委副书记. */
  post: string | null;
  postKind: string | null;
  /** Post level (职务级别) code, e.g. '132'. */
  rank: string | null;
  /** 职级 code, e.g. 'G04' 四级调研员 (see codes/grades). */
  grade: string | null;
  /** Date of entering the current rank (任现职级时间). */
  rankStartDate: IsoDate | null;
  /** Date of entering the current post (任现职时间). */
  postStartDate: IsoDate | null;
  /** Date of joining the current unit. */
  unitStartDate: IsoDate | null;
  isReserve: boolean;
  /** Young-cadre pool tier (优秀年轻干部库): null = not in the pool, 'county' or 'township'. */
  poolTier: string | null;
  specialities: string[];
  tags: string[];
  /** Health code (健康状况): 'healthy' 健康, 'fair' 一般或较弱, 'ill' 有慢性病, 'disabled' 残疾. Sensitive. */
  health: string | null;
  /** Free-text health note; sensitive. */
  healthNote: string | null;
  /** 服务意向: where and what the cadre wishes to serve. */
  serviceIntention: string | null;
  education: EducationRecord[];
  titles: TitleRecord[];
  appointments: AppointmentRecord[];
  appraisals: AppraisalRecord[];
  family: FamilyMember[];
}

export interface Person extends PersonRecord {
  id: number;
  version: number;
}

/** A validation problem tied to a field path ('birthDate', 'education[1].level'), message in Chinese. */
export interface FieldError {
  field: string;
  message: string;
}
