// Explicit state machines with role checks for programmes, demands, applications and
// objections. Each machine is data: a list of transitions (from, action, to, who may, which
// preconditions). `transition` checks in a fixed order and answers with the first kind of
// failure:
//   1. INVALID_TRANSITION — the action is not defined from that state;
//   2. FORBIDDEN_ROLE     — no permit of the transition matches the actor (role, and where
//                           the permit says so, owner / subject / unit of record);
//   3. PRECONDITION       — one or more guards fail (every failure is listed).
// Guards read only the context the caller passes (dates, counts, the written reason), so the
// answer is reproducible; the service computes the context from the database.
//
// Creation is a transition from `null` (no record yet): apply, recommend, nominate, create,
// raise. Written reasons are required (non-blank after trimming) where the transition says
// so (`requiresReason`); a missing reason is a PRECONDITION failure 'REASON_REQUIRED'.
// Deadlines are inclusive: applications are accepted on the deadline day itself; the
// organisation department can close applications from the next day on. The public notice
// ends on its last day inclusive; the final list can be fixed from the next day on.

import { ROLE_LABELS, type Role } from '../access/roles.js';
import type { IsoDate } from '../registry/types.js';
import {
  APPLICATION_STATE_LABELS,
  APPLICATION_STATES,
  DEMAND_STATE_LABELS,
  DEMAND_STATES,
  OBJECTION_STATE_LABELS,
  OBJECTION_STATES,
  PROGRAMME_STATE_LABELS,
  PROGRAMME_STATES,
  type ApplicationState,
  type DemandState,
  type ObjectionState,
  type ProgrammeState,
} from './types.js';

// ---------------------------------------------------------------------------------------
// Machine model

/** Who acts, as the service resolved it for the record at hand. */
export interface Actor {
  readonly roles: readonly Role[];
  /** The actor owns the programme (the officer who launched it). */
  readonly isOwner: boolean;
  /** The actor is the person the record is about (a cadre's own application). */
  readonly isSubject?: boolean;
  /** The actor is HR of the record's unit (a demand's receiving unit, an application's sending unit). */
  readonly isUnitOfRecord?: boolean;
}

export type Relation = 'owner' | 'subject' | 'unit_of_record';

export const RELATION_LABELS: Readonly<Record<Relation, string>> = {
  owner: '项目负责人',
  subject: '本人',
  unit_of_record: '本单位',
};

/** One way to be allowed: a role, and optionally a relation to the record. */
export interface Permit {
  readonly role: Role;
  readonly as?: Relation;
}

/** A failed precondition: stable code, Chinese message, and the values compared. */
export interface GuardFailure {
  readonly reason: string;
  readonly message: string;
  readonly details?: Readonly<Record<string, string | number | null>>;
}

export type Guard<C> = (context: C) => GuardFailure | null;

export interface TransitionDef<S extends string, A extends string, C> {
  /** null = the record does not exist yet (a creating action). */
  readonly from: S | null;
  readonly action: A;
  readonly to: S;
  readonly permits: readonly Permit[];
  /**
   * The written text the action requires in context.reason (non-blank after trimming), named
   * for the form field ('退回理由'); undefined when none is required.
   */
  readonly requiresReason?: string;
  readonly guards: readonly Guard<C>[];
}

/** Every machine's context carries the written text of the action (reason, finding, content). */
export interface ReasonContext {
  readonly reason: string | null;
}

export interface Machine<S extends string, A extends string, C extends ReasonContext> {
  readonly id: 'programme' | 'demand' | 'application' | 'objection';
  readonly label: string;
  readonly states: readonly S[];
  readonly stateLabels: Readonly<Record<S, string>>;
  readonly actions: readonly A[];
  readonly actionLabels: Readonly<Record<A, string>>;
  /** States with no way out. */
  readonly terminal: readonly S[];
  readonly transitions: readonly TransitionDef<S, A, C>[];
}

export type TransitionErrorCode = 'INVALID_TRANSITION' | 'FORBIDDEN_ROLE' | 'PRECONDITION';

export type TransitionResult<S extends string> =
  | { readonly ok: true; readonly from: S | null; readonly to: S; readonly action: string }
  | {
      readonly ok: false;
      readonly code: TransitionErrorCode;
      /** Finer stable code: 'NOT_OWNER', 'DEADLINE_PASSED', 'NOTICE_NOT_ENDED' … */
      readonly reason: string;
      /** Chinese, for the user. */
      readonly message: string;
      /** Every failed precondition (PRECONDITION only). */
      readonly failures: readonly GuardFailure[];
    };

const NEW_RECORD_LABEL = '（新建）';

function stateLabel<S extends string, A extends string, C extends ReasonContext>(m: Machine<S, A, C>, s: S | null): string {
  return s === null ? NEW_RECORD_LABEL : m.stateLabels[s];
}

function permitText(p: Permit): string {
  return p.as ? `${ROLE_LABELS[p.role]}（${RELATION_LABELS[p.as]}）` : ROLE_LABELS[p.role];
}

function hasRelation(actor: Actor, rel: Relation | undefined): boolean {
  if (rel === undefined) return true;
  if (rel === 'owner') return actor.isOwner;
  if (rel === 'subject') return actor.isSubject === true;
  return actor.isUnitOfRecord === true;
}

const RELATION_REASON: Readonly<Record<Relation, string>> = {
  owner: 'NOT_OWNER',
  subject: 'NOT_SUBJECT',
  unit_of_record: 'NOT_UNIT_OF_RECORD',
};

/** Null when a permit matches; else why not (stable reason and Chinese message). */
export function checkPermits(permits: readonly Permit[], actor: Actor, actionLabel: string): GuardFailure | null {
  if (permits.some((p) => actor.roles.includes(p.role) && hasRelation(actor, p.as))) return null;
  const who = permits.map(permitText).join('或');
  // The actor holds a permitted role but lacks the relation: say which relation is missing.
  const near = permits.find((p) => actor.roles.includes(p.role) && p.as !== undefined);
  if (near?.as !== undefined) {
    const rel = near.as;
    const text =
      rel === 'owner'
        ? `只有项目负责人可以执行“${actionLabel}”`
        : rel === 'subject'
          ? `“${actionLabel}”只能由干部本人办理`
          : `只能为本单位的记录执行“${actionLabel}”`;
    return { reason: RELATION_REASON[rel], message: text, details: { required: who } };
  }
  return { reason: 'ROLE_MISSING', message: `无权执行“${actionLabel}”：须由${who}办理`, details: { required: who } };
}

function findDef<S extends string, A extends string, C extends ReasonContext>(m: Machine<S, A, C>, from: S | null, action: A): TransitionDef<S, A, C> | undefined {
  return m.transitions.find((t) => t.from === from && t.action === action);
}

/** Applies the machine's rules to one requested action. Pure. */
export function transition<S extends string, A extends string, C extends ReasonContext>(
  machine: Machine<S, A, C>,
  from: S | null,
  action: A,
  actor: Actor,
  context: C,
): TransitionResult<S> {
  const def = findDef(machine, from, action);
  const actionLabel = machine.actionLabels[action];
  if (!def) {
    const possible = machine.transitions.filter((t) => t.from === from).map((t) => machine.actionLabels[t.action]);
    const hint = possible.length > 0 ? `（可执行：${[...new Set(possible)].join('、')}）` : '（该状态不能再变更）';
    const message =
      from === null
        ? `“${actionLabel}”不能用于新建${machine.label}${hint}`
        : `${machine.label}当前状态为“${stateLabel(machine, from)}”，不能执行“${actionLabel}”${hint}`;
    return { ok: false, code: 'INVALID_TRANSITION', reason: 'INVALID_TRANSITION', message, failures: [] };
  }
  const denied = checkPermits(def.permits, actor, actionLabel);
  if (denied) return { ok: false, code: 'FORBIDDEN_ROLE', reason: denied.reason, message: denied.message, failures: [] };
  const failures = [reasonFailure(def, actionLabel, context), ...def.guards.map((g) => g(context))].filter(
    (f): f is GuardFailure => f !== null,
  );
  if (failures.length > 0) {
    return {
      ok: false,
      code: 'PRECONDITION',
      reason: failures[0]?.reason ?? 'PRECONDITION',
      message: failures.map((f) => f.message).join('；'),
      failures,
    };
  }
  return { ok: true, from, to: def.to, action };
}

function blank(s: string | null | undefined): boolean {
  return s == null || s.trim() === '';
}

function reasonFailure<S extends string, A extends string, C extends ReasonContext>(
  def: TransitionDef<S, A, C>,
  actionLabel: string,
  context: C,
): GuardFailure | null {
  if (def.requiresReason === undefined || !blank(context.reason)) return null;
  return { reason: 'REASON_REQUIRED', message: `${actionLabel}必须填写${def.requiresReason}`, details: { field: def.requiresReason } };
}

export interface AllowedAction<S extends string, A extends string> {
  readonly action: A;
  readonly label: string;
  readonly to: S;
  /** False when a precondition fails now (the button shows disabled with the messages). */
  readonly enabled: boolean;
  readonly blockedBy: readonly GuardFailure[];
  /** The written text the action asks for (the dialog's field), null when none. */
  readonly requiresReason: string | null;
}

/**
 * The actions this actor may take from `from` (for the UI buttons). Role and relation are
 * checked; preconditions are evaluated only when a context is given (else every listed
 * action is enabled). A missing written reason does not disable an action: the dialog asks
 * for it (see requiresReason), and `transition` refuses without it.
 */
export function allowedActions<S extends string, A extends string, C extends ReasonContext>(
  machine: Machine<S, A, C>,
  from: S | null,
  actor: Actor,
  context?: C,
): AllowedAction<S, A>[] {
  const out: AllowedAction<S, A>[] = [];
  for (const t of machine.transitions) {
    if (t.from !== from) continue;
    if (checkPermits(t.permits, actor, machine.actionLabels[t.action]) !== null) continue;
    const blockedBy = context === undefined ? [] : t.guards.map((g) => g(context)).filter((f): f is GuardFailure => f !== null);
    out.push({
      action: t.action,
      label: machine.actionLabels[t.action],
      to: t.to,
      enabled: blockedBy.length === 0,
      blockedBy,
      requiresReason: t.requiresReason ?? null,
    });
  }
  return out;
}

export function isStateOf<S extends string, A extends string, C extends ReasonContext>(machine: Machine<S, A, C>, s: string): s is S {
  return (machine.states as readonly string[]).includes(s);
}

export function isActionOf<S extends string, A extends string, C extends ReasonContext>(machine: Machine<S, A, C>, a: string): a is A {
  return (machine.actions as readonly string[]).includes(a);
}

// ---------------------------------------------------------------------------------------
// Shared guards

const OFFICER: Permit = { role: 'officer' };
const OWNER: Permit = { role: 'officer', as: 'owner' };
const CADRE_SELF: Permit = { role: 'cadre', as: 'subject' };
const UNIT_HR: Permit = { role: 'unit_hr', as: 'unit_of_record' };

// ---------------------------------------------------------------------------------------
// Programme

export const PROGRAMME_ACTIONS = [
  'open_demands',
  'open_applications',
  'close_applications',
  'finish_screening',
  'finish_vetting',
  'submit_for_approval',
  'approve',
  'reject',
  'revise_list',
  'finalise',
  'cancel',
] as const;
export type ProgrammeAction = (typeof PROGRAMME_ACTIONS)[number];

export const PROGRAMME_ACTION_LABELS: Readonly<Record<ProgrammeAction, string>> = {
  open_demands: '启动需求征集',
  open_applications: '开始报名推荐',
  close_applications: '截止报名',
  finish_screening: '完成资格审查',
  finish_vetting: '完成考察',
  submit_for_approval: '提交审批',
  approve: '审批通过并公示',
  reject: '退回修改',
  revise_list: '撤回公示并调整名单',
  finalise: '确定最终名单',
  cancel: '撤销项目',
};

/** What the programme machine's preconditions read. Counts are of the programme's own records. */
export interface ProgrammeContext {
  readonly today: IsoDate;
  readonly applicationDeadline: IsoDate;
  /** Last day of the public notice, null before it is published. */
  readonly noticeEnd: IsoDate | null;
  /** Demands submitted and not yet approved or rejected. */
  readonly pendingDemands: number;
  /** Applications not yet screened (applied / recommended / nominated). */
  readonly unscreenedApplications: number;
  /** Applications screened in (by the rules or by override). */
  readonly screenedIn: number;
  /** Candidates in vetting whose dossier is not concluded. */
  readonly vettingPending: number;
  /** Entries on the proposed list (not removed). */
  readonly proposedCount: number;
  /** Objections raised or under investigation. */
  readonly unresolvedObjections: number;
  /** Upheld objections against entries still on the list. */
  readonly upheldObjectionsOnList: number;
  /** Written reason for reject / revise_list / cancel. */
  readonly reason: string | null;
}

const beforeOrOnDeadline: Guard<ProgrammeContext> = (c) =>
  c.today > c.applicationDeadline
    ? {
        reason: 'DEADLINE_PASSED',
        message: `报名截止日期 ${c.applicationDeadline} 已过，请先修改报名截止日期`,
        details: { today: c.today, deadline: c.applicationDeadline },
      }
    : null;

const deadlinePassed: Guard<ProgrammeContext> = (c) =>
  c.today <= c.applicationDeadline
    ? {
        reason: 'DEADLINE_NOT_REACHED',
        message: `报名截止日期为 ${c.applicationDeadline}，截止日之后才能结束报名`,
        details: { today: c.today, deadline: c.applicationDeadline },
      }
    : null;

const noPendingDemands: Guard<ProgrammeContext> = (c) =>
  c.pendingDemands > 0
    ? { reason: 'DEMANDS_PENDING', message: `还有 ${c.pendingDemands} 条岗位需求待审核`, details: { pending: c.pendingDemands } }
    : null;

const allScreened: Guard<ProgrammeContext> = (c) =>
  c.unscreenedApplications > 0
    ? {
        reason: 'SCREENING_INCOMPLETE',
        message: `还有 ${c.unscreenedApplications} 名报名人员未完成资格审查`,
        details: { unscreened: c.unscreenedApplications },
      }
    : null;

const someScreenedIn: Guard<ProgrammeContext> = (c) =>
  c.screenedIn <= 0 ? { reason: 'NO_CANDIDATES', message: '没有通过资格审查的人选，不能进入考察', details: { screenedIn: c.screenedIn } } : null;

const vettingDone: Guard<ProgrammeContext> = (c) =>
  c.vettingPending > 0
    ? { reason: 'VETTING_INCOMPLETE', message: `还有 ${c.vettingPending} 名人选未完成考察`, details: { pending: c.vettingPending } }
    : null;

const listNotEmpty =
  (what: string): Guard<ProgrammeContext> =>
  (c) =>
    c.proposedCount <= 0 ? { reason: 'LIST_EMPTY', message: `拟任人选名单为空，不能${what}`, details: { proposed: c.proposedCount } } : null;

const noticeOver: Guard<ProgrammeContext> = (c): GuardFailure | null => {
  if (c.noticeEnd === null) return { reason: 'NOTICE_MISSING', message: '尚未发布公示，不能确定最终名单', details: { noticeEnd: null } };
  return c.today <= c.noticeEnd
    ? {
        reason: 'NOTICE_NOT_ENDED',
        message: `公示期未满，不能确定最终名单（公示截止 ${c.noticeEnd}）`,
        details: { today: c.today, noticeEnd: c.noticeEnd },
      }
    : null;
};

const objectionsResolved: Guard<ProgrammeContext> = (c) =>
  c.unresolvedObjections > 0
    ? {
        reason: 'OBJECTIONS_UNRESOLVED',
        message: `还有 ${c.unresolvedObjections} 件公示异议未办结`,
        details: { unresolved: c.unresolvedObjections },
      }
    : null;

const noUpheldOnList: Guard<ProgrammeContext> = (c) =>
  c.upheldObjectionsOnList > 0
    ? {
        reason: 'OBJECTION_UPHELD',
        message: `有 ${c.upheldObjectionsOnList} 件异议经核查属实，须先将相关人选撤出名单`,
        details: { upheld: c.upheldObjectionsOnList },
      }
    : null;

/** States a programme can be cancelled from: every state but the terminal ones. */
const CANCELLABLE: readonly ProgrammeState[] = PROGRAMME_STATES.filter((s) => s !== 'finalised' && s !== 'cancelled');

type PT = TransitionDef<ProgrammeState, ProgrammeAction, ProgrammeContext>;

const programmeTransitions: PT[] = [
  { from: 'draft', action: 'open_demands', to: 'collecting_demands', permits: [OWNER], guards: [beforeOrOnDeadline] },
  { from: 'draft', action: 'open_applications', to: 'applications_open', permits: [OWNER], guards: [beforeOrOnDeadline] },
  {
    from: 'collecting_demands',
    action: 'open_applications',
    to: 'applications_open',
    permits: [OWNER],
    guards: [noPendingDemands, beforeOrOnDeadline],
  },
  { from: 'applications_open', action: 'close_applications', to: 'screening', permits: [OFFICER], guards: [deadlinePassed] },
  { from: 'screening', action: 'finish_screening', to: 'vetting', permits: [OFFICER], guards: [allScreened, someScreenedIn] },
  { from: 'vetting', action: 'finish_vetting', to: 'proposing', permits: [OFFICER], guards: [vettingDone] },
  { from: 'proposing', action: 'submit_for_approval', to: 'awaiting_approval', permits: [OFFICER], guards: [listNotEmpty('提交审批')] },
  { from: 'awaiting_approval', action: 'approve', to: 'public_notice', permits: [OWNER], guards: [listNotEmpty('审批')] },
  { from: 'awaiting_approval', action: 'reject', to: 'proposing', permits: [OWNER], requiresReason: '退回理由', guards: [] },
  { from: 'public_notice', action: 'revise_list', to: 'proposing', permits: [OWNER], requiresReason: '撤回理由', guards: [] },
  {
    from: 'public_notice',
    action: 'finalise',
    to: 'finalised',
    permits: [OWNER],
    guards: [noticeOver, objectionsResolved, noUpheldOnList, listNotEmpty('确定最终名单')],
  },
  ...CANCELLABLE.map((from): PT => ({ from, action: 'cancel', to: 'cancelled', permits: [OWNER], requiresReason: '撤销理由', guards: [] })),
];

export const PROGRAMME_MACHINE: Machine<ProgrammeState, ProgrammeAction, ProgrammeContext> = {
  id: 'programme',
  label: '项目',
  states: PROGRAMME_STATES,
  stateLabels: PROGRAMME_STATE_LABELS,
  actions: PROGRAMME_ACTIONS,
  actionLabels: PROGRAMME_ACTION_LABELS,
  terminal: ['finalised', 'cancelled'],
  transitions: programmeTransitions,
};

// ---------------------------------------------------------------------------------------
// Demand

export const DEMAND_ACTIONS = ['create', 'submit', 'recall', 'approve', 'reject', 'resubmit'] as const;
export type DemandAction = (typeof DEMAND_ACTIONS)[number];

export const DEMAND_ACTION_LABELS: Readonly<Record<DemandAction, string>> = {
  create: '新建岗位需求',
  submit: '提交',
  recall: '撤回',
  approve: '审核通过',
  reject: '退回',
  resubmit: '修改后重新提交',
};

export interface DemandContext {
  readonly programmeState: ProgrammeState;
  readonly headcount: number;
  /** Written reason (required to reject). */
  readonly reason: string | null;
}

const collectingDemands: Guard<DemandContext> = (c) =>
  c.programmeState !== 'collecting_demands'
    ? {
        reason: 'PROGRAMME_STATE',
        message: `项目当前处于“${PROGRAMME_STATE_LABELS[c.programmeState]}”阶段，不在需求征集阶段`,
        details: { programmeState: c.programmeState },
      }
    : null;

const headcountPositive: Guard<DemandContext> = (c) =>
  !Number.isInteger(c.headcount) || c.headcount < 1
    ? { reason: 'HEADCOUNT_INVALID', message: `需求人数须为正整数（当前 ${c.headcount}）`, details: { headcount: c.headcount } }
    : null;

export const DEMAND_MACHINE: Machine<DemandState, DemandAction, DemandContext> = {
  id: 'demand',
  label: '岗位需求',
  states: DEMAND_STATES,
  stateLabels: DEMAND_STATE_LABELS,
  actions: DEMAND_ACTIONS,
  actionLabels: DEMAND_ACTION_LABELS,
  terminal: ['approved'],
  transitions: [
    { from: null, action: 'create', to: 'draft', permits: [UNIT_HR, OFFICER], guards: [collectingDemands] },
    { from: 'draft', action: 'submit', to: 'submitted', permits: [UNIT_HR, OFFICER], guards: [collectingDemands, headcountPositive] },
    { from: 'submitted', action: 'recall', to: 'draft', permits: [UNIT_HR, OFFICER], guards: [collectingDemands] },
    { from: 'submitted', action: 'approve', to: 'approved', permits: [OWNER], guards: [collectingDemands] },
    { from: 'submitted', action: 'reject', to: 'rejected', permits: [OWNER], requiresReason: '退回理由', guards: [collectingDemands] },
    { from: 'rejected', action: 'resubmit', to: 'submitted', permits: [UNIT_HR, OFFICER], guards: [collectingDemands, headcountPositive] },
  ],
};

// ---------------------------------------------------------------------------------------
// Application

export const APPLICATION_ACTIONS = [
  'apply',
  'recommend',
  'nominate',
  'withdraw',
  'screen_in',
  'screen_out',
  'override_in',
  'override_out',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

export const APPLICATION_ACTION_LABELS: Readonly<Record<ApplicationAction, string>> = {
  apply: '本人报名',
  recommend: '单位推荐',
  nominate: '组织提名',
  withdraw: '退出',
  screen_in: '审查通过',
  screen_out: '审查不通过',
  override_in: '人工调整为通过',
  override_out: '人工调整为不通过',
};

export interface ApplicationContext {
  readonly today: IsoDate;
  readonly programmeState: ProgrammeState;
  readonly applicationDeadline: IsoDate;
  /** Recommendation / nomination reasons, or the written reason of an override. */
  readonly reason: string | null;
}

const applicationsOpen: Guard<ApplicationContext> = (c) =>
  c.programmeState !== 'applications_open'
    ? {
        reason: 'PROGRAMME_STATE',
        message: `项目当前处于“${PROGRAMME_STATE_LABELS[c.programmeState]}”阶段，不在报名推荐阶段`,
        details: { programmeState: c.programmeState },
      }
    : null;

const notPastDeadline: Guard<ApplicationContext> = (c) =>
  c.today > c.applicationDeadline
    ? {
        reason: 'DEADLINE_PASSED',
        message: `报名已于 ${c.applicationDeadline} 截止，不能再报名或推荐`,
        details: { today: c.today, deadline: c.applicationDeadline },
      }
    : null;

const programmeIn =
  (states: readonly ProgrammeState[], what: string): Guard<ApplicationContext> =>
  (c) =>
    states.includes(c.programmeState)
      ? null
      : {
          reason: 'PROGRAMME_STATE',
          message: `项目当前处于“${PROGRAMME_STATE_LABELS[c.programmeState]}”阶段，不能${what}`,
          details: { programmeState: c.programmeState },
        };

const SUBMITTED: readonly ApplicationState[] = ['applied', 'recommended', 'nominated'];
const SCREENABLE: readonly ApplicationState[] = [...SUBMITTED, 'screened_in', 'screened_out'];
const WITHDRAWABLE: readonly ApplicationState[] = [...SUBMITTED, 'screened_in', 'overridden_in'];
const LIVE_PROGRAMME: readonly ProgrammeState[] = [
  'applications_open',
  'screening',
  'vetting',
  'proposing',
  'awaiting_approval',
  'public_notice',
];

type AT = TransitionDef<ApplicationState, ApplicationAction, ApplicationContext>;

const applicationTransitions: AT[] = [
  { from: null, action: 'apply', to: 'applied', permits: [CADRE_SELF], guards: [applicationsOpen, notPastDeadline] },
  {
    from: null,
    action: 'recommend',
    to: 'recommended',
    permits: [UNIT_HR],
    requiresReason: '推荐理由',
    guards: [applicationsOpen, notPastDeadline],
  },
  {
    from: 'applied',
    action: 'recommend',
    to: 'recommended',
    permits: [UNIT_HR],
    requiresReason: '推荐理由',
    guards: [applicationsOpen, notPastDeadline],
  },
  {
    from: null,
    action: 'nominate',
    to: 'nominated',
    permits: [OFFICER],
    requiresReason: '提名理由',
    guards: [applicationsOpen, notPastDeadline],
  },
  ...WITHDRAWABLE.map(
    (from): AT => ({
      from,
      action: 'withdraw',
      to: 'withdrawn',
      permits: [CADRE_SELF, UNIT_HR, OFFICER],
      guards: [programmeIn(LIVE_PROGRAMME, '退出')],
    }),
  ),
  ...SCREENABLE.flatMap((from): AT[] => [
    { from, action: 'screen_in', to: 'screened_in', permits: [OFFICER], guards: [programmeIn(['screening'], '记录资格审查结果')] },
    { from, action: 'screen_out', to: 'screened_out', permits: [OFFICER], guards: [programmeIn(['screening'], '记录资格审查结果')] },
  ]),
  ...(['screened_out', 'overridden_out'] as const).map(
    (from): AT => ({
      from,
      action: 'override_in',
      to: 'overridden_in',
      permits: [OFFICER],
      requiresReason: '书面理由',
      guards: [programmeIn(['screening', 'vetting'], '调整资格审查结果')],
    }),
  ),
  ...(['screened_in', 'overridden_in'] as const).map(
    (from): AT => ({
      from,
      action: 'override_out',
      to: 'overridden_out',
      permits: [OFFICER],
      requiresReason: '书面理由',
      guards: [programmeIn(['screening', 'vetting'], '调整资格审查结果')],
    }),
  ),
];

export const APPLICATION_MACHINE: Machine<ApplicationState, ApplicationAction, ApplicationContext> = {
  id: 'application',
  label: '报名',
  states: APPLICATION_STATES,
  stateLabels: APPLICATION_STATE_LABELS,
  actions: APPLICATION_ACTIONS,
  actionLabels: APPLICATION_ACTION_LABELS,
  terminal: ['withdrawn'],
  transitions: applicationTransitions,
};

/** True for the states that count as "through screening" (by the rules or by override). */
export function isScreenedIn(state: ApplicationState): boolean {
  return state === 'screened_in' || state === 'overridden_in';
}

/** True for the states still waiting for screening. */
export function isAwaitingScreening(state: ApplicationState): boolean {
  return SUBMITTED.includes(state);
}

// ---------------------------------------------------------------------------------------
// Objection

export const OBJECTION_ACTIONS = ['raise', 'investigate', 'uphold', 'dismiss'] as const;
export type ObjectionAction = (typeof OBJECTION_ACTIONS)[number];

export const OBJECTION_ACTION_LABELS: Readonly<Record<ObjectionAction, string>> = {
  raise: '登记异议',
  investigate: '开始核查',
  uphold: '认定属实',
  dismiss: '认定不实',
};

export interface ObjectionContext {
  readonly today: IsoDate;
  /** The day the objection reached the department. */
  readonly receivedOn: IsoDate;
  readonly noticeStart: IsoDate;
  readonly noticeEnd: IsoDate;
  /** The objection's content (raise) or the finding (uphold / dismiss). */
  readonly reason: string | null;
}

const receivedInNotice: Guard<ObjectionContext> = (c) =>
  c.receivedOn < c.noticeStart || c.receivedOn > c.noticeEnd
    ? {
        reason: 'OUTSIDE_NOTICE_PERIOD',
        message: `收到日期 ${c.receivedOn} 不在公示期（${c.noticeStart} 至 ${c.noticeEnd}）内`,
        details: { receivedOn: c.receivedOn, noticeStart: c.noticeStart, noticeEnd: c.noticeEnd },
      }
    : null;

const receivedNotInFuture: Guard<ObjectionContext> = (c) =>
  c.receivedOn > c.today
    ? { reason: 'DATE_IN_FUTURE', message: `收到日期 ${c.receivedOn} 晚于今天 ${c.today}`, details: { receivedOn: c.receivedOn, today: c.today } }
    : null;

export const OBJECTION_MACHINE: Machine<ObjectionState, ObjectionAction, ObjectionContext> = {
  id: 'objection',
  label: '公示异议',
  states: OBJECTION_STATES,
  stateLabels: OBJECTION_STATE_LABELS,
  actions: OBJECTION_ACTIONS,
  actionLabels: OBJECTION_ACTION_LABELS,
  terminal: ['upheld', 'dismissed'],
  transitions: [
    {
      from: null,
      action: 'raise',
      to: 'raised',
      permits: [OFFICER],
      requiresReason: '反映的问题',
      guards: [receivedInNotice, receivedNotInFuture],
    },
    { from: 'raised', action: 'investigate', to: 'investigating', permits: [OFFICER], guards: [] },
    { from: 'investigating', action: 'uphold', to: 'upheld', permits: [OWNER], requiresReason: '核查结论', guards: [] },
    { from: 'investigating', action: 'dismiss', to: 'dismissed', permits: [OWNER], requiresReason: '核查结论', guards: [] },
  ],
};

/** True while an objection still blocks the final list. */
export function isObjectionOpen(state: ObjectionState): boolean {
  return state === 'raised' || state === 'investigating';
}
