// One programme walked from launch to the secondment records, the way the services will
// drive the pure core: build the context from the records, ask the machine, apply the state.
import { describe, expect, it } from 'vitest';
import { buildProgrammeContext, type ProgrammeRecords } from './context.js';
import { finaliseProgramme } from './finalise.js';
import { computeDemandGaps } from './quotas.js';
import {
  APPLICATION_MACHINE,
  DEMAND_MACHINE,
  OBJECTION_MACHINE,
  PROGRAMME_MACHINE,
  transition,
  type Actor,
  type ProgrammeAction,
  type TransitionResult,
} from './state-machine.js';
import { instantiateTemplate } from './templates.js';
import type { ApplicationState, DemandState, ObjectionState, ProgrammeState, ProposedEntry, PublicNotice } from './types.js';
import { emptyDossier, recordCheck, summariseDossier, type DossierSummary } from './vetting.js';
import { VETTING_CHECKS } from './types.js';
import { noticePeriod } from './working-days.js';

const OWNER: Actor = { roles: ['officer'], isOwner: true };
const OFFICER: Actor = { roles: ['officer'], isOwner: false };
const HR: Actor = { roles: ['unit_hr'], isOwner: false, isUnitOfRecord: true };
const CADRE: Actor = { roles: ['cadre'], isOwner: false, isSubject: true };

describe('a Sichuan two-way dispatch from launch to secondments', () => {
  const made = instantiateTemplate('sichuan-2012-tibet-aid-batch-2', { launchDate: '2026-03-02', owner: { userId: 1, name: '干部二处', unitId: 1 } });
  if (!made.ok) throw new Error(made.message);
  const p = made.programme;
  const k = p.keyDates;

  let state: ProgrammeState = p.state;
  const demands: Array<{ state: DemandState }> = [];
  const applications: Array<{ id: number; state: ApplicationState }> = [];
  const dossiers = new Map<number, DossierSummary>();
  let entries: ProposedEntry[] = [];
  const objections: Array<{ id: number; entryId: number; state: ObjectionState }> = [];
  let notice: PublicNotice | null = null;

  const records = (): ProgrammeRecords => ({ keyDates: k, demands, applications, dossiers, entries, objections, notice });
  const step = (action: ProgrammeAction, today: string, actor: Actor = OWNER, reason: string | null = null) => {
    const r = transition(PROGRAMME_MACHINE, state, action, actor, buildProgrammeContext(records(), today, reason));
    if (r.ok) state = r.to;
    return r;
  };

  it('collects and reviews demands, flagging a county short of teachers', () => {
    expect(step('open_demands', k.launch)).toMatchObject({ ok: true, to: 'collecting_demands' });
    const ctx = { programmeState: state, headcount: 3, reason: null };
    const created = transition(DEMAND_MACHINE, null, 'create', HR, ctx);
    const submitted = created.ok ? transition(DEMAND_MACHINE, created.to, 'submit', HR, ctx) : created;
    expect(submitted).toMatchObject({ ok: true, to: 'submitted' });
    demands.push({ state: 'submitted' });
    expect(step('open_applications', k.launch)).toMatchObject({ ok: false, reason: 'DEMANDS_PENDING' });
    const approved = transition(DEMAND_MACHINE, 'submitted', 'approve', OWNER, ctx);
    if (approved.ok) demands[0] = { state: approved.to };
    const views = computeDemandGaps(p, [{ state: 'approved', direction: 'outbound', destinationKey: '513337', postKind: 'teacher', sector: 'education', headcount: 3 }]);
    expect(views.find((v) => v.destinationKey === '513337')?.flags[0]).toBe('稻城县：教师需求 3 人，低于最低 5 人');
    expect(step('open_applications', k.demandDeadline ?? k.launch)).toMatchObject({ ok: true, to: 'applications_open' });
  });

  it('takes applications until the deadline and refuses them after', () => {
    const ctx = (today: string, reason: string | null = null) => ({ today, programmeState: state, applicationDeadline: k.applicationDeadline, reason });
    const a = transition(APPLICATION_MACHINE, null, 'apply', CADRE, ctx(k.applicationDeadline));
    const b = transition(APPLICATION_MACHINE, null, 'recommend', HR, ctx(k.applicationDeadline, '援藏意愿强，业务骨干'));
    const c = transition(APPLICATION_MACHINE, null, 'nominate', OFFICER, ctx(k.launch, '组织掌握的优秀年轻干部'));
    for (const [i, r] of [a, b, c].entries()) if (r.ok) applications.push({ id: i + 1, state: r.to });
    expect(applications.map((x) => x.state)).toEqual(['applied', 'recommended', 'nominated']);
    expect(transition(APPLICATION_MACHINE, null, 'apply', CADRE, ctx('2026-12-31'))).toMatchObject({ ok: false, reason: 'DEADLINE_PASSED' });
    expect(step('close_applications', k.applicationDeadline, OFFICER)).toMatchObject({ ok: false, reason: 'DEADLINE_NOT_REACHED' });
    expect(step('close_applications', k.screeningEnd, OFFICER)).toMatchObject({ ok: true, to: 'screening' });
  });

  it('screens, overrides one outcome with a reason, and moves to vetting', () => {
    const ctx = (reason: string | null) => ({ today: k.screeningEnd, programmeState: state, applicationDeadline: k.applicationDeadline, reason });
    const results: Array<'screen_in' | 'screen_out'> = ['screen_in', 'screen_in', 'screen_out'];
    for (const [i, action] of results.entries()) {
      const app = applications[i];
      if (!app) continue;
      const r = transition(APPLICATION_MACHINE, app.state, action, OFFICER, ctx(null));
      if (r.ok) applications[i] = { ...app, state: r.to };
    }
    expect(step('finish_screening', k.screeningEnd, OFFICER)).toMatchObject({ ok: true, to: 'vetting' });
    const third = applications[2];
    if (!third) throw new Error('missing');
    expect(transition(APPLICATION_MACHINE, third.state, 'override_in', OFFICER, ctx(null))).toMatchObject({ ok: false, reason: 'REASON_REQUIRED' });
    const o = transition(APPLICATION_MACHINE, third.state, 'override_in', OFFICER, ctx('援藏经历折算任职年限后符合'));
    if (o.ok) applications[2] = { ...third, state: o.to };
    expect(applications[2]?.state).toBe('overridden_in');
  });

  it('finishes vetting only when every dossier opened is concluded', () => {
    for (const app of applications) dossiers.set(app.id, summariseDossier(emptyDossier(app.id, app.id, '个别谈话')));
    expect(step('finish_vetting', k.vettingEnd, OFFICER)).toMatchObject({ ok: false, reason: 'VETTING_INCOMPLETE', message: '还有 3 名人选未完成考察' });
    for (const app of applications) {
      let d = emptyDossier(app.id, app.id, '个别谈话');
      for (const check of VETTING_CHECKS) d = recordCheck(d, { check, conclusion: 'qualified', notes: '', vettedBy: { userId: 5, name: '考察组' }, vettedOn: k.vettingEnd });
      dossiers.set(app.id, summariseDossier({ ...d, interviews: [{ id: 1, date: k.vettingEnd, method: 'group_talk', interviewee: '班子成员', summary: '评价较好', recordedBy: { userId: 5, name: '考察组' } }] }));
    }
    expect(step('finish_vetting', k.vettingEnd, OFFICER)).toMatchObject({ ok: true, to: 'proposing' });
  });

  it('proposes, is sent back with a reason, resubmits and is approved', () => {
    expect(step('submit_for_approval', k.vettingEnd, OFFICER)).toMatchObject({ ok: false, reason: 'LIST_EMPTY' });
    entries = applications.map((a, i) => ({
      id: 10 + i,
      programmeId: 1,
      applicationId: a.id,
      personId: 100 + a.id,
      personName: `干部${a.id}`,
      direction: i === 2 ? 'inbound' : 'outbound',
      sourceKey: '510500',
      destinationKey: '513337',
      postKind: 'teacher',
      sector: 'education',
      category: 'professional',
      fromUnit: { unitId: 1, name: '原单位' },
      toUnit: { unitId: 2, name: '稻城县中学' },
      sendingUnit: { unitId: 3, name: '泸州市委组织部' },
      receivingUnit: { unitId: 4, name: '稻城县委组织部' },
      post: '教师',
      demandId: null,
      round: i === 2 ? 2 : 1,
      origin: 'manual',
      matchingRunId: null,
      note: null,
      status: 'proposed',
      removal: null,
    }));
    expect(step('submit_for_approval', k.vettingEnd, OFFICER)).toMatchObject({ ok: true });
    expect(step('reject', k.vettingEnd, OWNER, '请补充一名医生')).toMatchObject({ ok: true, to: 'proposing' });
    expect(step('submit_for_approval', k.vettingEnd, OFFICER)).toMatchObject({ ok: true });
    expect(step('approve', k.vettingEnd, OFFICER)).toMatchObject({ ok: false, reason: 'NOT_OWNER' });
    expect(step('approve', k.vettingEnd)).toMatchObject({ ok: true, to: 'public_notice' });
    entries = entries.map((e) => ({ ...e, status: 'approved' }));
    const period = noticePeriod(k.noticeStart);
    notice = { programmeId: 1, publishedOn: k.noticeStart, periodStart: period.start, periodEnd: period.end, workingDays: 5, entryIds: entries.map((e) => e.id), contact: null };
    expect(period).toMatchObject({ start: k.noticeStart, end: k.noticeEnd });
  });

  it('resolves an objection and fixes the final list only after the notice period', () => {
    const oc = (reason: string | null) => ({ today: k.noticeEnd, receivedOn: k.noticeStart, noticeStart: k.noticeStart, noticeEnd: k.noticeEnd, reason });
    const raised = transition(OBJECTION_MACHINE, null, 'raise', OFFICER, oc('反映其工作作风问题'));
    if (raised.ok) objections.push({ id: 1, entryId: 10, state: raised.to });
    expect(step('finalise', k.finalise)).toMatchObject({ ok: false, reason: 'OBJECTIONS_UNRESOLVED' });
    let s: ObjectionState = 'raised';
    for (const [action, actor] of [['investigate', OFFICER], ['dismiss', OWNER]] as const) {
      const r: TransitionResult<ObjectionState> = transition(OBJECTION_MACHINE, s, action, actor, oc('经核查，反映问题不属实'));
      if (r.ok) s = r.to;
    }
    objections[0] = { id: 1, entryId: 10, state: s };
    expect(step('finalise', k.noticeEnd)).toMatchObject({ ok: false, message: `公示期未满，不能确定最终名单（公示截止 ${k.noticeEnd}）` });

    const result = finaliseProgramme({
      programme: { id: 1, state, terms: p.terms, directions: p.directions, keyDates: k },
      entries,
      notice,
      objections: objections.map((o) => ({ ...o, programmeId: 1, personId: 0, receivedOn: k.noticeStart, channel: 'letter', raisedBy: null, content: 'x', recordedBy: { userId: 1, name: 'x' }, finding: 'y', resolvedBy: null, resolvedOn: null })),
      today: k.finalise,
    });
    expect(step('finalise', k.finalise)).toMatchObject({ ok: true, to: 'finalised' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.secondments.map((x) => [x.personName, x.direction, x.termStart, x.termEnd])).toEqual([
      ['干部1', 'outbound', k.termStart, '2028-05-31'],
      ['干部2', 'outbound', k.termStart, '2028-05-31'],
      ['干部3', 'inbound', '2027-06-01', '2028-05-31'],
    ]);
  });
});
