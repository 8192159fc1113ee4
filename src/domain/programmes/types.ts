// Domain types of programmes: from launch to the final list. Pure data shared by every layer;
// the database tables, services and pages are built on these shapes.
//
// Conventions:
// - Dates are ISO 'YYYY-MM-DD' (IsoDate); instants recorded by the system (who did what when)
//   are ISO date-times given by the caller (IsoDateTime) — the domain never reads the clock.
// - Codes are stable English strings; every enum has a Chinese label map beside it
//   (`*_LABELS`) for the UI and exports.
// - Ids of stored rows are numbers (as in the registry). Keys of places are strings: a GB/T
//   2260 division code ('513337' 稻城县), or a house key for things without one
//   ('510000' 省级部门, 'park:cheng-a' 成阿工业园区).
// - Post kinds are the codes of the `post_kind` code table (codes/tables.ts).

import type { IsoDate, PersonCategory } from '../registry/types.js';

export type { IsoDate, PersonCategory } from '../registry/types.js';

/** An instant the system recorded, ISO 8601 ('2026-05-04T09:30:00.000Z'). */
export type IsoDateTime = string;

/** A user of the system as records name them (who reviewed, vetted, recorded …). */
export interface UserRef {
  readonly userId: number;
  readonly name: string;
}

// ---------------------------------------------------------------------------------------
// Programme kinds, directions, places, pairings, terms

export const PROGRAMME_KINDS = [
  'tibet_aid_two_way',
  'open_selection',
  'mutual_secondment',
  'outbound_secondment',
  'college_training',
  'grassroots_seasoning',
  'select_up',
  'send_down',
  'exchange_rotation',
] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

export const PROGRAMME_KIND_LABELS: Readonly<Record<ProgrammeKind, string>> = {
  tibet_aid_two_way: '对口援藏双向选派',
  open_selection: '公开遴选',
  mutual_secondment: '互派挂职',
  outbound_secondment: '外派挂职',
  college_training: '院校培训',
  grassroots_seasoning: '墩苗历练',
  select_up: '选上来',
  send_down: '派下去',
  exchange_rotation: '交流轮岗',
};

/** Which way people move in one direction of a programme. */
export const DIRECTION_FLOWS = ['outbound', 'inbound', 'upward', 'downward', 'mutual', 'training', 'exchange'] as const;
export type DirectionFlow = (typeof DIRECTION_FLOWS)[number];

export const DIRECTION_FLOW_LABELS: Readonly<Record<DirectionFlow, string>> = {
  outbound: '外派',
  inbound: '内派',
  upward: '选上来',
  downward: '派下去',
  mutual: '互派',
  training: '培训',
  exchange: '交流',
};

/** One direction of a programme ('outbound' 外派 1,345; 'inbound' 内派 230). Codes are unique within a programme. */
export interface ProgrammeDirection {
  readonly code: string;
  readonly label: string;
  readonly flow: DirectionFlow;
  /** From where to where, in words ('省级部门和内地市 → 藏区'). */
  readonly description: string;
}

/** A source (sending side) or destination (receiving side) a programme counts by. */
export interface ProgrammePlace {
  /** Division code or house key; quotas and entries refer to it. */
  readonly key: string;
  readonly name: string;
  /** Grouping for reports ('7+20', '甘孜州', '省直单位' …), null when none. */
  readonly group: string | null;
}

/** A pairing mode such as "7+20": 7 supporting cities for 20 supported counties. */
export interface PairingMode {
  readonly code: string;
  readonly label: string;
  readonly supportingCount: number;
  readonly supportedCount: number;
}

/** One standing link from a supporter to the units it supports (对口支援). */
export interface Pairing {
  /** PairingMode.code. */
  readonly mode: string;
  /** The source key the supporter counts under (the supporting city, '510100' for Chengdu's districts). */
  readonly sourceKey: string;
  /** Division code of the actual supporter ('510116' 双流区). */
  readonly supportingCode: string;
  readonly supportingName: string;
  /** Destination keys of the supported units. */
  readonly supportedKeys: readonly string[];
}

/** The term of one direction. */
export interface ProgrammeTerm {
  /** ProgrammeDirection.code. */
  readonly direction: string;
  /** Months per round; null = no fixed term (墩苗: 不设时间表). */
  readonly months: number | null;
  /**
   * Consecutive rounds the direction runs in ("两年两批，每批 1 年" = rounds 2, months 12).
   * A placement names its round; round k starts (k − 1) × months after the term start.
   */
  readonly rounds: number;
  /** When the special assessment (专项考核) falls due, in months after the start ("2–3 年" = 24–36). */
  readonly assessmentAfterMonths: { readonly min: number; readonly max: number } | null;
  readonly note: string | null;
}

// ---------------------------------------------------------------------------------------
// Demands

/** The field of a receiving department (for per-county minimums: 住建、交通、农业各 1 名). */
export const SECTORS = [
  'education',
  'health',
  'housing_construction',
  'transport',
  'agriculture',
  'water',
  'natural_resources',
  'economy',
  'finance',
  'industry_it',
  'commerce_tourism',
  'culture',
  'civil_affairs',
  'governance',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  education: '教育',
  health: '卫生健康',
  housing_construction: '住房城乡建设',
  transport: '交通运输',
  agriculture: '农业农村',
  water: '水利',
  natural_resources: '自然资源',
  economy: '发展改革',
  finance: '财政金融',
  industry_it: '经济和信息化',
  commerce_tourism: '商务文旅',
  culture: '文化',
  civil_affairs: '民政',
  governance: '党建和基层治理',
  other: '其他',
};

/** What a place lacks (缺什么就补什么). */
export const NEED_AREAS = [
  'infrastructure',
  'industry',
  'livelihood',
  'education',
  'health',
  'housing',
  'ecology',
  'governance',
  'poverty_alleviation',
  'other',
] as const;
export type NeedArea = (typeof NEED_AREAS)[number];

export const NEED_AREA_LABELS: Readonly<Record<NeedArea, string>> = {
  infrastructure: '基础设施',
  industry: '产业发展',
  livelihood: '民生保障',
  education: '教育',
  health: '医疗卫生',
  housing: '住房建设',
  ecology: '生态保护',
  governance: '基层治理',
  poverty_alleviation: '脱贫攻坚',
  other: '其他',
};

export const DEMAND_STATES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type DemandState = (typeof DEMAND_STATES)[number];

export const DEMAND_STATE_LABELS: Readonly<Record<DemandState, string>> = {
  draft: '草稿',
  submitted: '已提交',
  approved: '已通过',
  rejected: '已退回',
};

/** A post a receiving unit asks for (岗位需求). */
export interface Demand {
  readonly id: number;
  readonly programmeId: number;
  readonly state: DemandState;
  /** ProgrammeDirection.code, null when the programme has one direction. */
  readonly direction: string | null;
  readonly unitId: number;
  readonly unitName: string;
  /** Destination key the unit counts under (its county for Tibet aid). */
  readonly destinationKey: string | null;
  readonly post: string;
  readonly postKind: string;
  readonly sector: Sector | null;
  readonly headcount: number;
  /** Required speciality ('交通规划', '临床医学'), null when any. */
  readonly speciality: string | null;
  /** Required post level (rank code, e.g. '142'), null when any. */
  readonly level: string | null;
  readonly needAreas: readonly NeedArea[];
  /** What the place lacks, in the unit's words. */
  readonly lacks: string;
  readonly submittedBy: UserRef | null;
  readonly submittedAt: IsoDateTime | null;
  readonly review: DemandReview | null;
}

export interface DemandReview {
  readonly decision: 'approved' | 'rejected';
  readonly by: UserRef;
  readonly at: IsoDateTime;
  /** Required when rejected. */
  readonly note: string | null;
}

// ---------------------------------------------------------------------------------------
// Quotas and structure targets

/** target = the planned number (acts as both floor and ceiling unless min/max are given). */
export interface QuotaBounds {
  readonly target?: number;
  readonly min?: number;
  readonly max?: number;
}

/** Attributes a placement (proposed or final entry) is counted by. */
export interface PlacementAttributes {
  readonly direction: string;
  readonly sourceKey: string | null;
  readonly destinationKey: string | null;
  readonly postKind: string;
  readonly sector: Sector | null;
  /** The person's category (党政干部 / 专业技术人才 …), null when unknown. */
  readonly category: PersonCategory | null;
}

/** Conjunction over attributes; each list is a disjunction. An empty selector matches all. */
export interface EntrySelector {
  readonly directions?: readonly string[];
  readonly sources?: readonly string[];
  readonly destinations?: readonly string[];
  readonly postKinds?: readonly string[];
  readonly sectors?: readonly Sector[];
  readonly categories?: readonly PersonCategory[];
}

export const QUOTA_DIMENSIONS = [
  'total',
  'direction',
  'source',
  'destination',
  'post_kind',
  'sector',
  'category',
  'destination_minimum',
] as const;
export type QuotaDimension = (typeof QUOTA_DIMENSIONS)[number];
export type QuotaLineDimension = Exclude<QuotaDimension, 'total' | 'destination_minimum'>;

export const QUOTA_DIMENSION_LABELS: Readonly<Record<QuotaDimension, string>> = {
  total: '总数',
  direction: '方向',
  source: '派出地',
  destination: '接收地',
  post_kind: '岗位类别',
  sector: '行业领域',
  category: '人员类别',
  destination_minimum: '各县最低配置',
};

/** A quota on one value of one dimension (or a few values counted together). */
export interface QuotaLine extends QuotaBounds {
  readonly dimension: QuotaLineDimension;
  /** The code counted (direction code, division code, post kind …); also the row key. */
  readonly key: string;
  /** Further codes of the same dimension counted with key ("乡镇长或党委副书记 300"). */
  readonly alsoKeys?: readonly string[];
  readonly label: string;
  /** Count only entries that also match (e.g. post kinds within one direction). */
  readonly within?: EntrySelector;
}

/**
 * A minimum (or bounds) that applies to each destination separately: "every county gets 5
 * or more teachers"; "housing, transport, agriculture get 1 each".
 */
export interface DestinationMinimum extends QuotaBounds {
  readonly id: string;
  /** What is counted, in Chinese ('教师'). */
  readonly label: string;
  readonly match: EntrySelector;
  /** Destination keys it applies to; null = every destination of the programme. */
  readonly destinations: readonly string[] | null;
}

export interface ProgrammeQuotas {
  readonly total: QuotaBounds;
  readonly lines: readonly QuotaLine[];
  readonly destinationMinimums: readonly DestinationMinimum[];
}

export const STRUCTURE_DIMENSIONS = ['category', 'gender', 'minority', 'age_band', 'birth_decade', 'rank'] as const;
export type StructureDimension = (typeof STRUCTURE_DIMENSIONS)[number];

export const STRUCTURE_DIMENSION_LABELS: Readonly<Record<StructureDimension, string>> = {
  category: '人员类别',
  gender: '性别',
  minority: '民族',
  age_band: '年龄段',
  birth_decade: '出生年代',
  rank: '职务层次',
};

/** "专业技术人才占比不低于 40%", "女干部不少于 10 名". Shares are percentages (40 = 40%). */
export interface StructureTarget {
  readonly id: string;
  readonly dimension: StructureDimension;
  /** Row key within the dimension ('professional', 'female', 'minority', '35_and_under' …). */
  readonly key: string;
  readonly label: string;
  readonly minShare?: number;
  readonly maxShare?: number;
  readonly minCount?: number;
  /** Apply to one direction only, null for the whole batch. */
  readonly direction: string | null;
}

/** Which rule set screens candidates for a post kind (in a direction). */
export interface RuleSetAssignment {
  /** ProgrammeDirection.code, null = any direction. */
  readonly direction: string | null;
  /** Post kind code, null = any post kind of the direction. */
  readonly postKind: string | null;
  readonly ruleSetId: string;
  /** Alternative paths: passing any of these also qualifies ("特别优秀的乡镇长也可作为人选"). */
  readonly alternativeRuleSetIds: readonly string[];
}

// ---------------------------------------------------------------------------------------
// Programme

export const PROGRAMME_STATES = [
  'draft',
  'collecting_demands',
  'applications_open',
  'screening',
  'vetting',
  'proposing',
  'awaiting_approval',
  'public_notice',
  'finalised',
  'cancelled',
] as const;
export type ProgrammeState = (typeof PROGRAMME_STATES)[number];

export const PROGRAMME_STATE_LABELS: Readonly<Record<ProgrammeState, string>> = {
  draft: '草稿',
  collecting_demands: '需求征集',
  applications_open: '报名推荐',
  screening: '资格审查',
  vetting: '考察',
  proposing: '拟任人选',
  awaiting_approval: '待审批',
  public_notice: '公示',
  finalised: '已确定',
  cancelled: '已撤销',
};

/**
 * Key dates. Deadlines are inclusive: applications are accepted on applicationDeadline;
 * noticeStart … noticeEnd is the public-notice period, both days included.
 */
export interface KeyDates {
  readonly launch: IsoDate;
  /** Last day for receiving units to submit demands; null when the programme collects none. */
  readonly demandDeadline: IsoDate | null;
  readonly applicationDeadline: IsoDate;
  readonly screeningEnd: IsoDate;
  readonly vettingStart: IsoDate;
  readonly vettingEnd: IsoDate;
  readonly noticeStart: IsoDate;
  readonly noticeEnd: IsoDate;
  /** Planned day of the final list (the first working day after the notice). */
  readonly finalise: IsoDate;
  /** First day of the term (secondments start here). */
  readonly termStart: IsoDate;
}

export interface ProgrammeOwner {
  readonly userId: number;
  readonly name: string;
  /** The organisation department that launched the programme. */
  readonly unitId: number | null;
}

/** Support for people seconded away (开江: 意外保险、每天 30 元生活补助、每月 1 次往返交通费). */
export interface ProgrammeBenefits {
  /** Who gets them ('县外挂职干部'). */
  readonly appliesTo: string;
  readonly dailyAllowanceYuan: number | null;
  readonly paidRoundTripsHomePerMonth: number | null;
  readonly accidentInsurance: boolean;
}

/** Rotation settings of an exchange programme (阿里: 同一部门领导岗位满 7 年). */
export interface RotationSettings {
  readonly triggerYears: number;
  readonly ruleSetId: string;
  /** Follow-up review of a newly promoted cadre, months into the post (阿里: 6). */
  readonly promotionReviewMonths: number | null;
}

/** Everything that defines a programme; what a template fills and the owner edits. */
export interface ProgrammeSpec {
  readonly kind: ProgrammeKind;
  readonly name: string;
  /** The umbrella effort a sub-programme belongs to ('三百工程'), null when none. */
  readonly umbrella: { readonly code: string; readonly name: string } | null;
  /** Batch number within a recurring programme, null when not recurring. */
  readonly batch: number | null;
  /** The stored programme of the previous batch, compared with in reports. */
  readonly previousBatchId: number | null;
  readonly description: string;
  readonly directions: readonly ProgrammeDirection[];
  readonly sources: readonly ProgrammePlace[];
  readonly destinations: readonly ProgrammePlace[];
  readonly pairingModes: readonly PairingMode[];
  readonly pairings: readonly Pairing[];
  readonly terms: readonly ProgrammeTerm[];
  readonly quotas: ProgrammeQuotas;
  readonly structureTargets: readonly StructureTarget[];
  readonly ruleSets: readonly RuleSetAssignment[];
  readonly keyDates: KeyDates;
  readonly owner: ProgrammeOwner;
  readonly benefits: ProgrammeBenefits | null;
  readonly rotation: RotationSettings | null;
  /** The template it was made from, null when made by hand. */
  readonly templateId: string | null;
  /** Where the figures come from, and the readings chosen. */
  readonly sourceNote: string | null;
}

export interface Programme extends ProgrammeSpec {
  readonly id: number;
  readonly state: ProgrammeState;
  readonly version: number;
}

/** A programme not yet stored: what templates produce. */
export type ProgrammeDraft = ProgrammeSpec & { readonly state: 'draft' };

// ---------------------------------------------------------------------------------------
// Applications and screening

export const APPLICATION_SOURCES = ['applied', 'recommended', 'nominated'] as const;
export type ApplicationSource = (typeof APPLICATION_SOURCES)[number];

export const APPLICATION_SOURCE_LABELS: Readonly<Record<ApplicationSource, string>> = {
  applied: '个人报名',
  recommended: '单位推荐',
  nominated: '组织提名',
};

export const APPLICATION_STATES = [
  'applied',
  'recommended',
  'nominated',
  'withdrawn',
  'screened_in',
  'screened_out',
  'overridden_in',
  'overridden_out',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_STATE_LABELS: Readonly<Record<ApplicationState, string>> = {
  applied: '已报名',
  recommended: '已推荐',
  nominated: '已提名',
  withdrawn: '已退出',
  screened_in: '资格审查通过',
  screened_out: '资格审查未通过',
  overridden_in: '人工调整为通过',
  overridden_out: '人工调整为不通过',
};

/** One ranked wish of the candidate (1 = first choice). */
export interface Preference {
  readonly rank: number;
  readonly demandId: number | null;
  readonly destinationKey: string | null;
  readonly postKind: string | null;
  readonly note: string | null;
}

/** A recommendation or nomination: who, from which unit, why. */
export interface Endorsement {
  readonly by: UserRef;
  readonly unitId: number | null;
  readonly unitName: string | null;
  readonly reasons: string;
  readonly at: IsoDateTime;
}

/** A candidate of a programme: one person, one application (报名、推荐或提名). */
export interface Application {
  readonly id: number;
  readonly programmeId: number;
  readonly personId: number;
  readonly personName: string;
  readonly state: ApplicationState;
  /** How the candidacy began. A cadre's own application later recommended keeps 'applied'. */
  readonly source: ApplicationSource;
  readonly direction: string | null;
  readonly postKind: string | null;
  /** The sending unit (派出单位). */
  readonly sourceUnitId: number | null;
  readonly sourceKey: string | null;
  /** 服务意向 in the cadre's words. */
  readonly serviceIntention: string | null;
  readonly preferences: readonly Preference[];
  readonly recommendation: Endorsement | null;
  readonly nomination: Endorsement | null;
  readonly submittedOn: IsoDate;
  readonly withdrawal: { readonly by: UserRef; readonly at: IsoDateTime; readonly reason: string | null } | null;
}

export const SCREENING_RESULTS = ['pass', 'fail'] as const;
export type ScreeningResult = (typeof SCREENING_RESULTS)[number];

export const SCREENING_RESULT_LABELS: Readonly<Record<ScreeningResult, string>> = {
  pass: '符合资格条件',
  fail: '不符合资格条件',
};

/** One rule's outcome kept with the person (from eligibility Evaluation outcomes). */
export interface ScreeningReason {
  readonly ruleSetId: string;
  readonly ruleId: string;
  /** Stable code ('AGE_OVER_MAX'). */
  readonly code: string;
  /** Chinese ('年龄 46 岁，超过上限 45 岁'). */
  readonly message: string;
  readonly passed: boolean;
}

/** A manual change of the screening result: reason required, kept for the audit trail. */
export interface ScreeningOverride {
  readonly from: ScreeningResult;
  readonly to: ScreeningResult;
  readonly reason: string;
  readonly by: UserRef;
  readonly at: IsoDateTime;
}

export interface ScreeningOutcome {
  readonly applicationId: number;
  readonly personId: number;
  /** The reference date the rules were evaluated at. */
  readonly refDate: IsoDate;
  /** The rule sets tried, main first, then alternatives. */
  readonly ruleSetIds: readonly string[];
  /** The rule set that passed, null when none did (or none applied). */
  readonly passedRuleSetId: string | null;
  /** The result of the rules alone. */
  readonly ruleResult: ScreeningResult;
  /** Reasons deciding the result: failed rules when failing, every rule when passing. */
  readonly reasons: readonly ScreeningReason[];
  /** Every override in order; the last one decides (see effectiveScreeningResult). */
  readonly overrides: readonly ScreeningOverride[];
}

// ---------------------------------------------------------------------------------------
// Vetting

export const VETTING_CHECKS = ['political', 'conduct', 'ability', 'style', 'integrity'] as const;
export type VettingCheckKind = (typeof VETTING_CHECKS)[number];

export const VETTING_CHECK_LABELS: Readonly<Record<VettingCheckKind, string>> = {
  political: '政治关',
  conduct: '品行关',
  ability: '能力关',
  style: '作风关',
  integrity: '廉洁关',
};

export const VETTING_CONCLUSIONS = ['qualified', 'basically_qualified', 'unqualified'] as const;
export type VettingConclusion = (typeof VETTING_CONCLUSIONS)[number];

export const VETTING_CONCLUSION_LABELS: Readonly<Record<VettingConclusion, string>> = {
  qualified: '合格',
  basically_qualified: '基本合格',
  unqualified: '不合格',
};

export interface VettingCheck {
  readonly check: VettingCheckKind;
  /** Null until concluded. */
  readonly conclusion: VettingConclusion | null;
  readonly notes: string;
  readonly vettedBy: UserRef | null;
  readonly vettedOn: IsoDate | null;
}

export const INTERVIEW_METHODS = ['individual_talk', 'group_talk', 'democratic_poll', 'home_visit', 'field_visit', 'records_review', 'other'] as const;
export type InterviewMethod = (typeof INTERVIEW_METHODS)[number];

export const INTERVIEW_METHOD_LABELS: Readonly<Record<InterviewMethod, string>> = {
  individual_talk: '个别谈话',
  group_talk: '集体谈话',
  democratic_poll: '民主测评',
  home_visit: '家访',
  field_visit: '实地走访',
  records_review: '查阅档案资料',
  other: '其他',
};

export interface InterviewRecord {
  readonly id: number | null;
  readonly date: IsoDate;
  readonly method: InterviewMethod;
  /** Who was heard ('单位主要负责人', '同事', '服务对象' …); names may be withheld. */
  readonly interviewee: string;
  readonly summary: string;
  readonly recordedBy: UserRef;
}

/** The vetting file of one candidate (考察材料). */
export interface VettingDossier {
  readonly applicationId: number;
  readonly personId: number;
  /** The way of vetting chosen for this person (个性化考察方式). */
  readonly approach: string;
  /** One per check kind, in VETTING_CHECKS order. */
  readonly checks: readonly VettingCheck[];
  readonly interviews: readonly InterviewRecord[];
}

export const INTERVENTION_METHODS = ['in_person', 'phone', 'message', 'letter', 'via_others', 'gift', 'other'] as const;
export type InterventionMethod = (typeof INTERVENTION_METHODS)[number];

export const INTERVENTION_METHOD_LABELS: Readonly<Record<InterventionMethod, string>> = {
  in_person: '当面说情',
  phone: '电话打招呼',
  message: '短信或网络留言',
  letter: '写条子、递材料',
  via_others: '托人转达',
  gift: '送礼送物',
  other: '其他',
};

export const INTERVENTION_DISPOSITIONS = ['recorded', 'refused', 'reported', 'under_investigation', 'punished'] as const;
export type InterventionDisposition = (typeof INTERVENTION_DISPOSITIONS)[number];

export const INTERVENTION_DISPOSITION_LABELS: Readonly<Record<InterventionDisposition, string>> = {
  recorded: '登记在案',
  refused: '当场拒绝',
  reported: '已报告',
  under_investigation: '调查中',
  punished: '已严肃处理',
};

/** An entry of the register of interventions (说情打招呼登记). Auditors can read it. */
export interface InterventionEntry {
  readonly id: number | null;
  readonly programmeId: number;
  /** Who lobbied: name, unit and post as known. */
  readonly lobbyist: { readonly name: string; readonly unit: string | null; readonly post: string | null };
  readonly forPersonId: number | null;
  readonly forPersonName: string;
  readonly method: InterventionMethod;
  readonly occurredOn: IsoDate;
  /** What was asked, in words. */
  readonly content: string;
  /** Whom the lobbyist approached (the vetting officer, the unit head …). */
  readonly approached: string;
  readonly recordedBy: UserRef;
  readonly recordedAt: IsoDateTime;
  readonly disposition: InterventionDisposition;
  readonly dispositionNote: string | null;
}

// ---------------------------------------------------------------------------------------
// Proposal, public notice, final list, secondments

export const PROPOSED_ENTRY_STATUSES = ['proposed', 'approved', 'removed'] as const;
export type ProposedEntryStatus = (typeof PROPOSED_ENTRY_STATUSES)[number];

export const PROPOSED_ENTRY_STATUS_LABELS: Readonly<Record<ProposedEntryStatus, string>> = {
  proposed: '拟任',
  approved: '已审批',
  removed: '已撤出',
};

export const ENTRY_ORIGINS = ['manual', 'matching'] as const;
export type EntryOrigin = (typeof ENTRY_ORIGINS)[number];

export const ENTRY_ORIGIN_LABELS: Readonly<Record<EntryOrigin, string>> = {
  manual: '人工确定',
  matching: '人岗匹配',
};

/** A unit as a placement names it. */
export interface UnitRef {
  readonly unitId: number | null;
  readonly name: string;
}

/** One person proposed for one post (拟任人选). */
export interface ProposedEntry extends PlacementAttributes {
  readonly id: number;
  readonly programmeId: number;
  readonly applicationId: number | null;
  readonly personId: number;
  readonly personName: string;
  /** Where the person works now (任职单位). */
  readonly fromUnit: UnitRef;
  /** Where the person goes (挂职单位). */
  readonly toUnit: UnitRef;
  /** The unit that sends and answers for the person (派出单位). */
  readonly sendingUnit: UnitRef;
  /** The unit that receives and manages first (接收单位). */
  readonly receivingUnit: UnitRef;
  /** The post held ('稻城县人民政府副县长'). */
  readonly post: string;
  readonly demandId: number | null;
  /** Term round (1 … ProgrammeTerm.rounds). */
  readonly round: number;
  readonly origin: EntryOrigin;
  /** The matching run it came from, when origin is 'matching'. */
  readonly matchingRunId: string | null;
  readonly note: string | null;
  readonly status: ProposedEntryStatus;
  readonly removal: { readonly reason: string; readonly by: UserRef; readonly at: IsoDateTime } | null;
}

export const OBJECTION_STATES = ['raised', 'investigating', 'upheld', 'dismissed'] as const;
export type ObjectionState = (typeof OBJECTION_STATES)[number];

export const OBJECTION_STATE_LABELS: Readonly<Record<ObjectionState, string>> = {
  raised: '已登记',
  investigating: '核查中',
  upheld: '反映属实',
  dismissed: '反映不实',
};

export const OBJECTION_CHANNELS = ['letter', 'phone', 'visit', 'online', 'other'] as const;
export type ObjectionChannel = (typeof OBJECTION_CHANNELS)[number];

export const OBJECTION_CHANNEL_LABELS: Readonly<Record<ObjectionChannel, string>> = {
  letter: '来信',
  phone: '来电',
  visit: '来访',
  online: '网络',
  other: '其他',
};

/** An objection raised during the public notice against one entry. */
export interface Objection {
  readonly id: number;
  readonly programmeId: number;
  readonly entryId: number;
  readonly personId: number;
  readonly state: ObjectionState;
  readonly receivedOn: IsoDate;
  readonly channel: ObjectionChannel;
  /** Who raised it, null when anonymous. */
  readonly raisedBy: string | null;
  readonly content: string;
  readonly recordedBy: UserRef;
  /** The finding (required to uphold or dismiss). */
  readonly finding: string | null;
  readonly resolvedBy: UserRef | null;
  readonly resolvedOn: IsoDate | null;
}

/** The public-notice list (公示) and its period. */
export interface PublicNotice {
  readonly programmeId: number;
  readonly publishedOn: IsoDate;
  /** First and last day of the period, both included. */
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly workingDays: number;
  /** ProposedEntry ids on the notice. */
  readonly entryIds: readonly number[];
  /** How to reach the organisation department with objections. */
  readonly contact: string | null;
}

/** One line of the final list (最终名单), with the term it runs for. */
export interface FinalEntry extends PlacementAttributes {
  readonly entryId: number;
  readonly programmeId: number;
  readonly applicationId: number | null;
  readonly personId: number;
  readonly personName: string;
  readonly fromUnit: UnitRef;
  readonly toUnit: UnitRef;
  readonly sendingUnit: UnitRef;
  readonly receivingUnit: UnitRef;
  readonly post: string;
  readonly demandId: number | null;
  readonly round: number;
  readonly termStart: IsoDate;
  /** Null for no fixed term (墩苗). */
  readonly termEnd: IsoDate | null;
}

/** The secondment record created when the list is finalised (挂职记录). */
export interface Secondment {
  readonly programmeId: number;
  readonly entryId: number;
  readonly personId: number;
  readonly personName: string;
  readonly direction: string;
  readonly fromUnit: UnitRef;
  readonly toUnit: UnitRef;
  readonly sendingUnit: UnitRef;
  readonly receivingUnit: UnitRef;
  readonly post: string;
  readonly postKind: string;
  readonly sourceKey: string | null;
  readonly destinationKey: string | null;
  readonly round: number;
  readonly termStart: IsoDate;
  /** Last day of the term (inclusive); null for no fixed term. */
  readonly termEnd: IsoDate | null;
  readonly termMonths: number | null;
  /** Earliest day the special assessment falls due, null when the programme sets none. */
  readonly assessmentDue: IsoDate | null;
}
