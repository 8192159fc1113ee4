import { describe, expect, it } from 'vitest';
import { buildProgrammeContext } from './context.js';
import { checkProposedList, entryFromDemand } from './proposal.js';
import { findTemplate } from './templates.js';
import type { Application, ApplicationState, Demand, ProposedEntry } from './types.js';
import type { DossierSummary } from './vetting.js';

const SICHUAN = findTemplate('sichuan-2012-tibet-aid-batch-2')?.spec;
if (!SICHUAN) throw new Error('template missing');

function application(id: number, state: ApplicationState, personId = 1000 + id): Application {
  return {
    id,
    programmeId: 1,
    personId,
    personName: `干部${personId}`,
    state,
    source: 'recommended',
    direction: 'outbound',
    postKind: 'teacher',
    sourceUnitId: 11,
    sourceKey: '510500',
    serviceIntention: '愿到高海拔县从事基础教育',
    preferences: [{ rank: 1, demandId: 500, destinationKey: '513337', postKind: 'teacher', note: null }],
    recommendation: null,
    nomination: null,
    submittedOn: '2026-03-10',
    withdrawal: null,
  };
}

const DEMAND: Demand = {
  id: 500,
  programmeId: 1,
  state: 'approved',
  direction: 'outbound',
  unitId: 21,
  unitName: '稻城县第一完全小学',
  destinationKey: '513337',
  post: '数学教师',
  postKind: 'teacher',
  sector: 'education',
  headcount: 1,
  speciality: '小学数学',
  level: null,
  needAreas: ['education'],
  lacks: '数学教师缺 3 名',
  submittedBy: null,
  submittedAt: null,
  review: null,
};

const PASSED: DossierSummary = { complete: true, overall: 'qualified', passed: true, problems: [] };
const FAILED: DossierSummary = { complete: true, overall: 'unqualified', passed: false, problems: [] };
const OPEN: DossierSummary = { complete: false, overall: null, passed: false, problems: [] };

function entry(id: number, app: Application): ProposedEntry {
  return {
    id,
    ...entryFromDemand({
      application: app,
      demand: DEMAND,
      candidate: { category: 'professional', fromUnit: { unitId: 12, name: '泸州市江阳区实验小学' } },
      direction: 'outbound',
      origin: 'matching',
      matchingRunId: 'run-1',
    }),
  };
}

describe('entryFromDemand', () => {
  it('places the candidate in the demanded post, counted by the demand’s county, post kind and sector', () => {
    expect(entry(1, application(1, 'screened_in'))).toMatchObject({
      personId: 1001,
      direction: 'outbound',
      sourceKey: '510500',
      destinationKey: '513337',
      postKind: 'teacher',
      sector: 'education',
      category: 'professional',
      toUnit: { unitId: 21, name: '稻城县第一完全小学' },
      receivingUnit: { unitId: 21, name: '稻城县第一完全小学' },
      sendingUnit: { unitId: 12, name: '泸州市江阳区实验小学' },
      post: '数学教师',
      round: 1,
      origin: 'matching',
      matchingRunId: 'run-1',
      status: 'proposed',
    });
  });
});

describe('checkProposedList', () => {
  const apps = [application(1, 'screened_in'), application(2, 'overridden_in'), application(3, 'screened_out'), application(4, 'screened_in'), application(5, 'screened_in')];
  const dossiers = new Map<number, DossierSummary>([
    [1, PASSED],
    [2, PASSED],
    [4, FAILED],
    [5, OPEN],
  ]);

  it('accepts screened-in, vetted candidates (overrides included)', () => {
    const r = checkProposedList({ programme: SICHUAN, entries: [entry(1, apps[0] ?? application(1, 'screened_in')), entry(2, apps[1] ?? application(2, 'overridden_in'))], applications: apps, dossiers });
    expect(r.problems).toEqual([]);
    expect(r.quota.find((q) => q.key === '513337:teacher')).toMatchObject({ filled: 2, status: 'short' });
    expect(r.quotaWarnings.length).toBeGreaterThan(0);
  });

  it.each<[string, number, string]>([
    ['screened out', 3, 'NOT_SCREENED_IN'],
    ['vetted unqualified', 4, 'VETTING_NOT_PASSED'],
    ['not yet vetted', 5, 'VETTING_MISSING'],
  ])('refuses a candidate %s', (_n, id, code) => {
    const app = apps.find((a) => a.id === id) ?? application(id, 'applied');
    expect(checkProposedList({ programme: SICHUAN, entries: [entry(id, app)], applications: apps, dossiers }).problems.map((p) => p.code)).toEqual([code]);
  });

  it('refuses a person twice, an entry from outside the candidates, a demand filled beyond its headcount', () => {
    const a1 = apps[0] ?? application(1, 'screened_in');
    const outsider: ProposedEntry = { ...entry(9, a1), applicationId: null, personId: 4242, personName: '外来者' };
    const r = checkProposedList({
      programme: SICHUAN,
      entries: [entry(1, a1), { ...entry(2, a1), id: 2 }, outsider],
      applications: apps,
      dossiers,
      demands: [DEMAND],
    });
    expect(r.problems.map((p) => p.code)).toEqual(['APPLICATION_MISSING', 'PERSON_DUPLICATE', 'DEMAND_OVERFILLED']);
    expect(r.problems.map((p) => p.message)).toEqual(['外来者不在本项目的报名推荐人选中', '干部1001在名单中出现 2 次', '稻城县第一完全小学“数学教师”需求 1 人，已安排 3 人']);
  });

  it('ignores removed entries', () => {
    const a3 = apps[2] ?? application(3, 'screened_out');
    const removed: ProposedEntry = { ...entry(3, a3), status: 'removed', removal: { reason: '异议属实', by: { userId: 1, name: 'x' }, at: '2026-07-01T00:00:00Z' } };
    expect(checkProposedList({ programme: SICHUAN, entries: [removed], applications: apps, dossiers }).problems).toEqual([]);
  });
});

describe('buildProgrammeContext', () => {
  it('counts what the programme machine reads', () => {
    const ctx = buildProgrammeContext(
      {
        keyDates: { applicationDeadline: '2026-03-30' },
        demands: [{ state: 'submitted' }, { state: 'approved' }, { state: 'draft' }],
        applications: [
          { id: 1, state: 'applied' },
          { id: 2, state: 'screened_in' },
          { id: 3, state: 'overridden_in' },
          { id: 4, state: 'screened_out' },
          { id: 5, state: 'withdrawn' },
        ],
        dossiers: new Map([
          [2, { complete: true, overall: 'qualified', passed: true, problems: [] }],
          [3, { complete: false, overall: null, passed: false, problems: [] }],
        ]),
        entries: [
          { id: 10, status: 'approved' },
          { id: 11, status: 'removed' },
        ],
        objections: [
          { entryId: 10, state: 'investigating' },
          { entryId: 11, state: 'upheld' },
          { entryId: 10, state: 'dismissed' },
        ],
        notice: { periodEnd: '2026-05-11' },
      },
      '2026-05-12',
      '理由',
    );
    expect(ctx).toEqual({
      today: '2026-05-12',
      applicationDeadline: '2026-03-30',
      noticeEnd: '2026-05-11',
      pendingDemands: 1,
      unscreenedApplications: 1,
      screenedIn: 2,
      vettingPending: 1,
      proposedCount: 1,
      unresolvedObjections: 1,
      upheldObjectionsOnList: 0,
      reason: '理由',
    });
  });
});
