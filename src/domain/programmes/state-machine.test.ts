import { describe, expect, it } from 'vitest';
import { ROLES, ADMIN_ROLES, type Role } from '../access/roles.js';
import {
  allowedActions,
  APPLICATION_MACHINE,
  DEMAND_MACHINE,
  OBJECTION_MACHINE,
  PROGRAMME_MACHINE,
  transition,
  type Actor,
  type ApplicationAction,
  type ApplicationContext,
  type DemandAction,
  type DemandContext,
  type Machine,
  type ObjectionAction,
  type ObjectionContext,
  type ProgrammeAction,
  type ProgrammeContext,
  type ReasonContext,
} from './state-machine.js';
import { PROGRAMME_STATES, type ApplicationState, type ProgrammeState } from './types.js';

// ---------------------------------------------------------------------------------------
// The specification, written out independently of the machine definitions. Who:
//   owner   = officer who owns the programme
//   officer = any officer
//   self    = the cadre the record is about
//   unit    = HR of the record's unit

type Who = 'owner' | 'officer' | 'self' | 'unit';
type Row = readonly [from: string | null, action: string, to: string, who: readonly Who[]];

const CANCELLABLE = PROGRAMME_STATES.filter((s) => s !== 'finalised' && s !== 'cancelled');

const PROGRAMME_SPEC: readonly Row[] = [
  ['draft', 'open_demands', 'collecting_demands', ['owner']],
  ['draft', 'open_applications', 'applications_open', ['owner']],
  ['collecting_demands', 'open_applications', 'applications_open', ['owner']],
  ['applications_open', 'close_applications', 'screening', ['officer']],
  ['screening', 'finish_screening', 'vetting', ['officer']],
  ['vetting', 'finish_vetting', 'proposing', ['officer']],
  ['proposing', 'submit_for_approval', 'awaiting_approval', ['officer']],
  ['awaiting_approval', 'approve', 'public_notice', ['owner']],
  ['awaiting_approval', 'reject', 'proposing', ['owner']],
  ['public_notice', 'revise_list', 'proposing', ['owner']],
  ['public_notice', 'finalise', 'finalised', ['owner']],
  ...CANCELLABLE.map((s): Row => [s, 'cancel', 'cancelled', ['owner']]),
];

const DEMAND_SPEC: readonly Row[] = [
  [null, 'create', 'draft', ['unit', 'officer']],
  ['draft', 'submit', 'submitted', ['unit', 'officer']],
  ['submitted', 'recall', 'draft', ['unit', 'officer']],
  ['submitted', 'approve', 'approved', ['owner']],
  ['submitted', 'reject', 'rejected', ['owner']],
  ['rejected', 'resubmit', 'submitted', ['unit', 'officer']],
];

const APPLICATION_SPEC: readonly Row[] = [
  [null, 'apply', 'applied', ['self']],
  [null, 'recommend', 'recommended', ['unit']],
  ['applied', 'recommend', 'recommended', ['unit']],
  [null, 'nominate', 'nominated', ['officer']],
  ...(['applied', 'recommended', 'nominated', 'screened_in', 'overridden_in'] as const).map((s): Row => [s, 'withdraw', 'withdrawn', ['self', 'unit', 'officer']]),
  ...(['applied', 'recommended', 'nominated', 'screened_in', 'screened_out'] as const).flatMap((s): Row[] => [
    [s, 'screen_in', 'screened_in', ['officer']],
    [s, 'screen_out', 'screened_out', ['officer']],
  ]),
  ['screened_out', 'override_in', 'overridden_in', ['officer']],
  ['overridden_out', 'override_in', 'overridden_in', ['officer']],
  ['screened_in', 'override_out', 'overridden_out', ['officer']],
  ['overridden_in', 'override_out', 'overridden_out', ['officer']],
];

const OBJECTION_SPEC: readonly Row[] = [
  [null, 'raise', 'raised', ['officer']],
  ['raised', 'investigate', 'investigating', ['officer']],
  ['investigating', 'uphold', 'upheld', ['owner']],
  ['investigating', 'dismiss', 'dismissed', ['owner']],
];

// Every role, alone and with each relation to the record.
type Variant = { name: string; actor: Actor };
const VARIANTS: readonly Variant[] = ROLES.flatMap((role): Variant[] => [
  { name: `${role}`, actor: { roles: [role], isOwner: false, isSubject: false, isUnitOfRecord: false } },
  { name: `${role}+owner`, actor: { roles: [role], isOwner: true, isSubject: false, isUnitOfRecord: false } },
  { name: `${role}+self`, actor: { roles: [role], isOwner: false, isSubject: true, isUnitOfRecord: false } },
  { name: `${role}+unit`, actor: { roles: [role], isOwner: false, isSubject: false, isUnitOfRecord: true } },
]);

function expectedAllowed(who: readonly Who[], a: Actor): boolean {
  const has = (r: Role): boolean => a.roles.includes(r);
  return who.some(
    (w) =>
      (w === 'owner' && has('officer') && a.isOwner) ||
      (w === 'officer' && has('officer')) ||
      (w === 'self' && has('cadre') && a.isSubject === true) ||
      (w === 'unit' && has('unit_hr') && a.isUnitOfRecord === true),
  );
}

// Contexts in which every precondition of the action holds.
const PROGRAMME_OK = (action: string): ProgrammeContext => ({
  today: '2026-07-01',
  applicationDeadline: action === 'close_applications' ? '2026-06-30' : '2026-07-15',
  noticeEnd: '2026-06-30',
  pendingDemands: 0,
  unscreenedApplications: 0,
  screenedIn: 3,
  vettingPending: 0,
  proposedCount: 3,
  unresolvedObjections: 0,
  upheldObjectionsOnList: 0,
  reason: '经研究决定',
});

const APPLICATION_OK = (action: string): ApplicationContext => ({
  today: '2026-06-30',
  applicationDeadline: '2026-06-30',
  programmeState: action.startsWith('screen') || action.startsWith('override') ? 'screening' : 'applications_open',
  reason: '表现突出，群众公认',
});

const DEMAND_OK = (): DemandContext => ({ programmeState: 'collecting_demands', headcount: 2, reason: '岗位职责不清' });

const OBJECTION_OK = (): ObjectionContext => ({
  today: '2026-07-03',
  receivedOn: '2026-07-02',
  noticeStart: '2026-07-01',
  noticeEnd: '2026-07-07',
  reason: '反映该同志有违规经商问题',
});

function exhaustive<S extends string, A extends string, C extends ReasonContext>(
  machine: Machine<S, A, C>,
  spec: readonly Row[],
  okContext: (action: string) => C,
): void {
  describe(`${machine.id} machine`, () => {
    it('defines exactly the legal transitions of the specification', () => {
      const defined = machine.transitions.map((t) => `${t.from ?? '∅'} -${t.action}-> ${t.to}`).sort();
      const specified = spec.map(([f, a, t]) => `${f ?? '∅'} -${a}-> ${t}`).sort();
      expect(defined).toEqual(specified);
    });

    it('has at most one transition per state and action', () => {
      const keys = machine.transitions.map((t) => `${t.from ?? '∅'}|${t.action}`);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('gives administrators (三员) no action at all', () => {
      for (const t of machine.transitions) for (const p of t.permits) expect(ADMIN_ROLES).not.toContain(p.role);
    });

    it('leaves terminal states without a way out and every other state with one', () => {
      for (const s of machine.states) {
        const out = machine.transitions.filter((t) => t.from === s);
        if (machine.terminal.includes(s)) expect(out, s).toEqual([]);
        else expect(out.length, s).toBeGreaterThan(0);
      }
    });

    it('reaches every state from creation', () => {
      const start: Array<S | null> = machine.transitions.some((t) => t.from === null) ? [null] : [machine.states[0] ?? null];
      const seen = new Set<S | null>(start);
      let grew = true;
      while (grew) {
        grew = false;
        for (const t of machine.transitions) {
          if (seen.has(t.from) && !seen.has(t.to)) {
            seen.add(t.to);
            grew = true;
          }
        }
      }
      for (const s of machine.states) expect(seen.has(s), s).toBe(true);
    });

    const froms: Array<S | null> = [null, ...machine.states];
    for (const from of froms) {
      for (const action of machine.actions) {
        const row = spec.find(([f, a]) => f === from && a === action);
        const who = row ? row[3].join('/') : 'nobody';
        const title = row
          ? `${from ?? '(new)'} —${action}→ ${row[2]}: allowed for ${who} only`
          : `${from ?? '(new)'} —${action}: invalid for every role`;
        it(title, () => {
          const mismatches: string[] = [];
          for (const v of VARIANTS) {
            const r = transition(machine, from, action, v.actor, okContext(action));
            const expected = !row ? 'INVALID_TRANSITION' : expectedAllowed(row[3], v.actor) ? `ok:${row[2]}` : 'FORBIDDEN_ROLE';
            const actual = r.ok ? `ok:${r.to}` : r.code;
            if (actual !== expected) mismatches.push(`${v.name}: expected ${expected}, got ${actual}${r.ok ? '' : ` (${r.message})`}`);
          }
          expect(mismatches).toEqual([]);
        });
      }
    }
  });
}

exhaustive(PROGRAMME_MACHINE, PROGRAMME_SPEC, PROGRAMME_OK);
exhaustive(DEMAND_MACHINE, DEMAND_SPEC, DEMAND_OK);
exhaustive(APPLICATION_MACHINE, APPLICATION_SPEC, APPLICATION_OK);
exhaustive(OBJECTION_MACHINE, OBJECTION_SPEC, OBJECTION_OK);

// ---------------------------------------------------------------------------------------
// Preconditions and messages

const OWNER: Actor = { roles: ['officer'], isOwner: true };
const OFFICER: Actor = { roles: ['officer'], isOwner: false };
const CADRE: Actor = { roles: ['cadre'], isOwner: false, isSubject: true };
const UNIT_HR: Actor = { roles: ['unit_hr'], isOwner: false, isUnitOfRecord: true };

function programme(from: ProgrammeState, action: ProgrammeAction, patch: Partial<ProgrammeContext>, actor: Actor = OWNER) {
  return transition(PROGRAMME_MACHINE, from, action, actor, { ...PROGRAMME_OK(action), ...patch });
}

describe('programme preconditions', () => {
  it('refuses to fix the final list on the last day of the notice period', () => {
    const r = programme('public_notice', 'finalise', { today: '2026-12-01', noticeEnd: '2026-12-01' });
    expect(r).toMatchObject({ ok: false, code: 'PRECONDITION', reason: 'NOTICE_NOT_ENDED', message: '公示期未满，不能确定最终名单（公示截止 2026-12-01）' });
  });

  it('fixes the final list the day after the notice period ends', () => {
    expect(programme('public_notice', 'finalise', { today: '2026-12-02', noticeEnd: '2026-12-01' })).toMatchObject({ ok: true, to: 'finalised' });
  });

  it('refuses to finalise before a notice is published', () => {
    expect(programme('public_notice', 'finalise', { noticeEnd: null })).toMatchObject({ ok: false, reason: 'NOTICE_MISSING' });
  });

  it('refuses to finalise while an objection is unresolved', () => {
    expect(programme('public_notice', 'finalise', { unresolvedObjections: 1 })).toMatchObject({
      ok: false,
      reason: 'OBJECTIONS_UNRESOLVED',
      message: '还有 1 件公示异议未办结',
    });
  });

  it('refuses to finalise while an upheld objection concerns someone still on the list', () => {
    expect(programme('public_notice', 'finalise', { upheldObjectionsOnList: 2 })).toMatchObject({ ok: false, reason: 'OBJECTION_UPHELD' });
  });

  it('lists every failed precondition, first one as the reason', () => {
    const r = programme('public_notice', 'finalise', { today: '2026-12-01', noticeEnd: '2026-12-01', unresolvedObjections: 1, proposedCount: 0 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failures.map((f) => f.reason)).toEqual(['NOTICE_NOT_ENDED', 'OBJECTIONS_UNRESOLVED', 'LIST_EMPTY']);
    expect(r.reason).toBe('NOTICE_NOT_ENDED');
    expect(r.message).toBe('公示期未满，不能确定最终名单（公示截止 2026-12-01）；还有 1 件公示异议未办结；拟任人选名单为空，不能确定最终名单');
  });

  it('refuses approval of an empty proposed list', () => {
    expect(programme('awaiting_approval', 'approve', { proposedCount: 0 })).toMatchObject({
      ok: false,
      reason: 'LIST_EMPTY',
      message: '拟任人选名单为空，不能审批',
    });
  });

  it('refuses to submit an empty proposed list for approval', () => {
    expect(programme('proposing', 'submit_for_approval', { proposedCount: 0 }, OFFICER)).toMatchObject({ ok: false, reason: 'LIST_EMPTY' });
  });

  it.each([
    ['2026-06-30', false, 'DEADLINE_NOT_REACHED'],
    ['2026-07-01', true, null],
  ])('closes applications only after the deadline day (today %s)', (today, ok, reason) => {
    const r = transition(PROGRAMME_MACHINE, 'applications_open', 'close_applications', OFFICER, {
      ...PROGRAMME_OK('close_applications'),
      today,
      applicationDeadline: '2026-06-30',
    });
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.reason).toBe(reason);
  });

  it('refuses to open applications while demands await review', () => {
    expect(programme('collecting_demands', 'open_applications', { pendingDemands: 4 })).toMatchObject({
      ok: false,
      reason: 'DEMANDS_PENDING',
      message: '还有 4 条岗位需求待审核',
    });
  });

  it('refuses to open applications whose deadline has already passed', () => {
    expect(programme('draft', 'open_applications', { today: '2026-07-16', applicationDeadline: '2026-07-15' })).toMatchObject({
      ok: false,
      reason: 'DEADLINE_PASSED',
    });
  });

  it('refuses to finish screening while applications are unscreened', () => {
    expect(programme('screening', 'finish_screening', { unscreenedApplications: 7 }, OFFICER)).toMatchObject({ ok: false, reason: 'SCREENING_INCOMPLETE' });
  });

  it('refuses to move to vetting with nobody screened in', () => {
    expect(programme('screening', 'finish_screening', { screenedIn: 0 }, OFFICER)).toMatchObject({ ok: false, reason: 'NO_CANDIDATES' });
  });

  it('refuses to finish vetting while dossiers are open', () => {
    expect(programme('vetting', 'finish_vetting', { vettingPending: 2 }, OFFICER)).toMatchObject({ ok: false, reason: 'VETTING_INCOMPLETE' });
  });

  it.each([[null], [''], ['   ']])('refuses a rejection without a written reason (%j)', (reason) => {
    expect(programme('awaiting_approval', 'reject', { reason })).toMatchObject({
      ok: false,
      code: 'PRECONDITION',
      reason: 'REASON_REQUIRED',
      message: '退回修改必须填写退回理由',
    });
  });

  it('returns the list to proposing on rejection with a reason', () => {
    expect(programme('awaiting_approval', 'reject', { reason: '结构不合理，专业技术人才偏少' })).toMatchObject({ ok: true, to: 'proposing' });
  });

  it('refuses to cancel without a reason', () => {
    expect(programme('vetting', 'cancel', { reason: null })).toMatchObject({ ok: false, reason: 'REASON_REQUIRED' });
  });

  it('refuses to cancel a finalised programme, naming the state', () => {
    const r = programme('finalised', 'cancel', {});
    expect(r).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    if (!r.ok) expect(r.message).toBe('项目当前状态为“已确定”，不能执行“撤销项目”（该状态不能再变更）');
  });

  it('tells a non-owner officer that only the owner may approve', () => {
    expect(programme('awaiting_approval', 'approve', {}, OFFICER)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN_ROLE',
      reason: 'NOT_OWNER',
      message: '只有项目负责人可以执行“审批通过并公示”',
    });
  });

  it('names the roles required when the actor has none of them', () => {
    expect(transition(PROGRAMME_MACHINE, 'public_notice', 'finalise', { roles: ['auditor'], isOwner: true }, PROGRAMME_OK('finalise'))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN_ROLE',
      reason: 'ROLE_MISSING',
      message: '无权执行“确定最终名单”：须由组织部门干部（项目负责人）办理',
    });
  });

  it('checks the role before the preconditions', () => {
    expect(programme('public_notice', 'finalise', { noticeEnd: null }, CADRE)).toMatchObject({ code: 'FORBIDDEN_ROLE' });
  });

  it('lists the possible actions when one is invalid in a state', () => {
    const r = programme('draft', 'finalise', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('项目当前状态为“草稿”，不能执行“确定最终名单”（可执行：启动需求征集、开始报名推荐、撤销项目）');
  });
});

function application(from: ApplicationState | null, action: ApplicationAction, patch: Partial<ApplicationContext>, actor: Actor) {
  return transition(APPLICATION_MACHINE, from, action, actor, { ...APPLICATION_OK(action), ...patch });
}

describe('application preconditions', () => {
  it('accepts an application on the deadline day', () => {
    expect(application(null, 'apply', { today: '2026-06-30', applicationDeadline: '2026-06-30' }, CADRE)).toMatchObject({ ok: true, to: 'applied' });
  });

  it('refuses an application one day after the deadline', () => {
    expect(application(null, 'apply', { today: '2026-07-01', applicationDeadline: '2026-06-30' }, CADRE)).toMatchObject({
      ok: false,
      code: 'PRECONDITION',
      reason: 'DEADLINE_PASSED',
      message: '报名已于 2026-06-30 截止，不能再报名或推荐',
    });
  });

  it('refuses a recommendation after the deadline too', () => {
    expect(application('applied', 'recommend', { today: '2026-07-01', applicationDeadline: '2026-06-30' }, UNIT_HR)).toMatchObject({
      ok: false,
      reason: 'DEADLINE_PASSED',
    });
  });

  it('refuses an application while the programme is not taking applications', () => {
    expect(application(null, 'apply', { programmeState: 'collecting_demands' }, CADRE)).toMatchObject({
      ok: false,
      reason: 'PROGRAMME_STATE',
      message: '项目当前处于“需求征集”阶段，不在报名推荐阶段',
    });
  });

  it('lets a cadre apply only for themselves', () => {
    expect(application(null, 'apply', {}, { roles: ['cadre'], isOwner: false, isSubject: false })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN_ROLE',
      reason: 'NOT_SUBJECT',
      message: '“本人报名”只能由干部本人办理',
    });
  });

  it('lets unit HR recommend only people of their own unit', () => {
    expect(application(null, 'recommend', {}, { roles: ['unit_hr'], isOwner: false, isUnitOfRecord: false })).toMatchObject({
      ok: false,
      reason: 'NOT_UNIT_OF_RECORD',
    });
  });

  it('requires recommendation reasons', () => {
    expect(application(null, 'recommend', { reason: ' ' }, UNIT_HR)).toMatchObject({ ok: false, message: '单位推荐必须填写推荐理由' });
  });

  it('requires a written reason to override a screening result', () => {
    expect(application('screened_out', 'override_in', { reason: null }, OFFICER)).toMatchObject({
      ok: false,
      reason: 'REASON_REQUIRED',
      message: '人工调整为通过必须填写书面理由',
    });
  });

  it('overrides a screening result with a written reason', () => {
    expect(application('screened_out', 'override_in', { reason: '任职年限按援藏经历折算后符合' }, OFFICER)).toMatchObject({ ok: true, to: 'overridden_in' });
  });

  it('does not let a rule re-run undo a manual override', () => {
    expect(application('overridden_out', 'screen_in', {}, OFFICER)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('records screening results only during screening', () => {
    expect(application('applied', 'screen_in', { programmeState: 'applications_open' }, OFFICER)).toMatchObject({ ok: false, reason: 'PROGRAMME_STATE' });
  });

  it('refuses a withdrawal after the programme is finalised', () => {
    expect(application('screened_in', 'withdraw', { programmeState: 'finalised' }, CADRE)).toMatchObject({ ok: false, reason: 'PROGRAMME_STATE' });
  });
});

describe('demand and objection preconditions', () => {
  const demand = (from: 'draft' | 'submitted' | 'rejected' | null, action: DemandAction, patch: Partial<DemandContext>, actor: Actor) =>
    transition(DEMAND_MACHINE, from, action, actor, { ...DEMAND_OK(), ...patch });
  const objection = (from: 'raised' | 'investigating' | null, action: ObjectionAction, patch: Partial<ObjectionContext>, actor: Actor) =>
    transition(OBJECTION_MACHINE, from, action, actor, { ...OBJECTION_OK(), ...patch });

  it('refuses to submit a demand for 0 people', () => {
    expect(demand('draft', 'submit', { headcount: 0 }, UNIT_HR)).toMatchObject({ ok: false, reason: 'HEADCOUNT_INVALID' });
  });

  it('refuses new demands once demand collection is over', () => {
    expect(demand(null, 'create', { programmeState: 'applications_open' }, UNIT_HR)).toMatchObject({ ok: false, reason: 'PROGRAMME_STATE' });
  });

  it('requires a reason to return a demand', () => {
    expect(demand('submitted', 'reject', { reason: '' }, OWNER)).toMatchObject({ ok: false, message: '退回必须填写退回理由' });
  });

  it('lets a returned demand be resubmitted', () => {
    expect(demand('rejected', 'resubmit', {}, UNIT_HR)).toMatchObject({ ok: true, to: 'submitted' });
  });

  it('refuses an objection received after the notice period', () => {
    expect(objection(null, 'raise', { receivedOn: '2026-07-08', today: '2026-07-08' }, OFFICER)).toMatchObject({
      ok: false,
      reason: 'OUTSIDE_NOTICE_PERIOD',
      message: '收到日期 2026-07-08 不在公示期（2026-07-01 至 2026-07-07）内',
    });
  });

  it('accepts an objection received on the last day of the notice, recorded later', () => {
    expect(objection(null, 'raise', { receivedOn: '2026-07-07', today: '2026-07-09' }, OFFICER)).toMatchObject({ ok: true, to: 'raised' });
  });

  it('refuses an objection dated in the future', () => {
    expect(objection(null, 'raise', { receivedOn: '2026-07-05', today: '2026-07-04' }, OFFICER)).toMatchObject({ ok: false, reason: 'DATE_IN_FUTURE' });
  });

  it('requires a finding to uphold an objection', () => {
    expect(objection('investigating', 'uphold', { reason: null }, OWNER)).toMatchObject({ ok: false, message: '认定属实必须填写核查结论' });
  });
});

describe('allowedActions (UI buttons)', () => {
  it('offers the owner the notice actions, finalise disabled until the period ends', () => {
    const ctx = { ...PROGRAMME_OK('finalise'), today: '2026-12-01', noticeEnd: '2026-12-01', reason: null };
    const actions = allowedActions(PROGRAMME_MACHINE, 'public_notice', OWNER, ctx);
    expect(actions.map((a) => [a.action, a.enabled, a.requiresReason])).toEqual([
      ['revise_list', true, '撤回理由'],
      ['finalise', false, null],
      ['cancel', true, '撤销理由'],
    ]);
    expect(actions.find((a) => a.action === 'finalise')?.blockedBy[0]?.message).toBe('公示期未满，不能确定最终名单（公示截止 2026-12-01）');
  });

  it('offers a non-owner officer only the operational steps', () => {
    expect(allowedActions(PROGRAMME_MACHINE, 'proposing', OFFICER).map((a) => a.action)).toEqual(['submit_for_approval']);
    expect(allowedActions(PROGRAMME_MACHINE, 'awaiting_approval', OFFICER)).toEqual([]);
  });

  it.each([
    [CADRE, ['apply']],
    [UNIT_HR, ['recommend']],
    [OFFICER, ['nominate']],
  ])('offers each role its own way to become a candidate', (actor, expected) => {
    expect(allowedActions(APPLICATION_MACHINE, null, actor).map((a) => a.action)).toEqual(expected);
  });

  it('offers an auditor nothing in any machine or state', () => {
    const auditor: Actor = { roles: ['auditor'], isOwner: true, isSubject: true, isUnitOfRecord: true };
    const total =
      [null, ...PROGRAMME_MACHINE.states].flatMap((s) => allowedActions(PROGRAMME_MACHINE, s, auditor)).length +
      [null, ...DEMAND_MACHINE.states].flatMap((s) => allowedActions(DEMAND_MACHINE, s, auditor)).length +
      [null, ...APPLICATION_MACHINE.states].flatMap((s) => allowedActions(APPLICATION_MACHINE, s, auditor)).length +
      [null, ...OBJECTION_MACHINE.states].flatMap((s) => allowedActions(OBJECTION_MACHINE, s, auditor)).length;
    expect(total).toBe(0);
  });
});
