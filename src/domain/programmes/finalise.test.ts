import { describe, expect, it } from 'vitest';
import { checkFinalisation, finaliseProgramme, termFor, type FinaliseInput, type FinaliseProgramme } from './finalise.js';
import { findTemplate } from './templates.js';
import type { Objection, ProposedEntry, PublicNotice } from './types.js';

function programmeOf(templateId: string, termStart: string): FinaliseProgramme {
  const t = findTemplate(templateId);
  if (!t) throw new Error(templateId);
  return { id: 1, state: 'public_notice', terms: t.spec.terms, directions: t.spec.directions, keyDates: { termStart } };
}

const SICHUAN = programmeOf('sichuan-2012-tibet-aid-batch-2', '2012-07-01');
const USER = { userId: 7, name: '李处长' };

function entry(id: number, personId: number, patch: Partial<ProposedEntry> = {}): ProposedEntry {
  return {
    id,
    programmeId: 1,
    applicationId: 100 + id,
    personId,
    personName: `干部${personId}`,
    direction: 'outbound',
    sourceKey: '510500',
    destinationKey: '513337',
    postKind: 'county_team_deputy',
    sector: null,
    category: 'party_government',
    fromUnit: { unitId: 11, name: '泸州市发展和改革委员会' },
    toUnit: { unitId: 21, name: '稻城县人民政府' },
    sendingUnit: { unitId: 10, name: '中共泸州市委组织部' },
    receivingUnit: { unitId: 20, name: '中共稻城县委组织部' },
    post: '稻城县人民政府副县长',
    demandId: 500 + id,
    round: 1,
    origin: 'manual',
    matchingRunId: null,
    note: null,
    status: 'approved',
    removal: null,
    ...patch,
  };
}

function objection(id: number, entryId: number, state: Objection['state']): Objection {
  return {
    id,
    programmeId: 1,
    entryId,
    personId: 0,
    state,
    receivedOn: '2012-06-21',
    channel: 'letter',
    raisedBy: null,
    content: '反映问题',
    recordedBy: USER,
    finding: state === 'upheld' || state === 'dismissed' ? '经核查' : null,
    resolvedBy: null,
    resolvedOn: null,
  };
}

const ENTRIES: ProposedEntry[] = [
  entry(1, 1001),
  entry(2, 1002, {
    direction: 'inbound',
    round: 1,
    sourceKey: '513300',
    destinationKey: '510000',
    postKind: 'department_deputy',
    fromUnit: { unitId: 31, name: '甘孜州交通运输局' },
    toUnit: { unitId: 41, name: '四川省交通运输厅' },
    post: '规划处副处长（顶岗）',
  }),
  entry(3, 1003, { direction: 'inbound', round: 2 }),
  entry(4, 1004, { status: 'removed', removal: { reason: '公示期间反映问题属实', by: USER, at: '2012-06-25T10:00:00Z' } }),
];

const NOTICE: PublicNotice = {
  programmeId: 1,
  publishedOn: '2012-06-20',
  periodStart: '2012-06-20',
  periodEnd: '2012-06-26',
  workingDays: 5,
  entryIds: [1, 2, 3, 4],
  contact: '028-00000000',
};

const VALID: FinaliseInput = {
  programme: SICHUAN,
  entries: ENTRIES,
  notice: NOTICE,
  objections: [objection(1, 4, 'upheld'), objection(2, 1, 'dismissed')],
  today: '2012-06-27',
};

describe('finaliseProgramme builds the secondment records', () => {
  const r = finaliseProgramme(VALID);

  it('finalises when every rule holds (removed entry and dismissed objection do not block)', () => {
    expect(checkFinalisation(VALID)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('leaves removed entries out', () => {
    if (!r.ok) throw new Error('not ok');
    expect(r.finalList.map((e) => e.entryId)).toEqual([1, 2, 3]);
    expect(r.secondments.map((s) => s.personId)).toEqual([1001, 1002, 1003]);
  });

  it('runs the outbound term two years and each inbound round one year', () => {
    if (!r.ok) throw new Error('not ok');
    expect(r.secondments.map((s) => [s.direction, s.round, s.termStart, s.termEnd, s.termMonths])).toEqual([
      ['outbound', 1, '2012-07-01', '2014-06-30', 24],
      ['inbound', 1, '2012-07-01', '2013-06-30', 12],
      ['inbound', 2, '2013-07-01', '2014-06-30', 12],
    ]);
  });

  it('carries person, from, to, post, sending and receiving unit', () => {
    if (!r.ok) throw new Error('not ok');
    expect(r.secondments[1]).toEqual({
      programmeId: 1,
      entryId: 2,
      personId: 1002,
      personName: '干部1002',
      direction: 'inbound',
      fromUnit: { unitId: 31, name: '甘孜州交通运输局' },
      toUnit: { unitId: 41, name: '四川省交通运输厅' },
      sendingUnit: { unitId: 10, name: '中共泸州市委组织部' },
      receivingUnit: { unitId: 20, name: '中共稻城县委组织部' },
      post: '规划处副处长（顶岗）',
      postKind: 'department_deputy',
      sourceKey: '513300',
      destinationKey: '510000',
      round: 1,
      termStart: '2012-07-01',
      termEnd: '2013-06-30',
      termMonths: 12,
      assessmentDue: null,
    });
  });

  it('uses a term start given at finalisation', () => {
    const late = finaliseProgramme({ ...VALID, termStart: '2012-08-01' });
    if (!late.ok) throw new Error('not ok');
    expect(late.secondments[0]).toMatchObject({ termStart: '2012-08-01', termEnd: '2014-07-31' });
  });

  it('gives 墩苗 no end and the special assessment 24 months in', () => {
    const down = programmeOf('shanxi-send-down', '2024-06-01');
    const res = finaliseProgramme({
      programme: down,
      entries: [entry(9, 2001, { direction: 'down', postKind: 'township_party_secretary' })],
      notice: { ...NOTICE, entryIds: [9] },
      objections: [],
      today: '2024-05-20',
    });
    if (!res.ok) throw new Error(JSON.stringify(res.problems));
    expect(res.secondments[0]).toMatchObject({ termStart: '2024-06-01', termEnd: null, termMonths: null, assessmentDue: '2026-06-01' });
  });
});

describe('finalisation rules', () => {
  const upd = (patch: Partial<FinaliseInput>): FinaliseInput => ({ ...VALID, ...patch });
  const withEntry = (id: number, patch: Partial<ProposedEntry>): ProposedEntry[] => ENTRIES.map((e) => (e.id === id ? { ...e, ...patch } : e));

  it.each<[string, FinaliseInput, string[]]>([
    ['the programme is not in public notice', upd({ programme: { ...SICHUAN, state: 'awaiting_approval' } }), ['WRONG_STATE']],
    ['no notice was published', upd({ notice: null }), ['NOTICE_MISSING']],
    ['today is the last day of the notice', upd({ today: '2012-06-26' }), ['NOTICE_NOT_ENDED']],
    ['every entry was removed', upd({ entries: ENTRIES.map((e) => ({ ...e, status: 'removed' as const })), objections: [] }), ['LIST_EMPTY']],
    ['an entry was never approved', upd({ entries: withEntry(1, { status: 'proposed' }) }), ['ENTRY_NOT_APPROVED']],
    ['an entry was not on the notice', upd({ notice: { ...NOTICE, entryIds: [1, 2, 4] } }), ['ENTRY_NOT_ON_NOTICE']],
    ['an objection is still open', upd({ objections: [objection(5, 2, 'investigating')] }), ['OBJECTION_UNRESOLVED']],
    ['an objection was upheld against someone still on the list', upd({ objections: [objection(6, 3, 'upheld')] }), ['OBJECTION_UPHELD']],
    ['a person is listed twice', upd({ entries: withEntry(3, { personId: 1001 }) }), ['PERSON_DUPLICATE']],
    ['an entry names a direction the programme lacks', upd({ entries: withEntry(1, { direction: 'sideways' }) }), ['DIRECTION_UNKNOWN']],
    ['an inbound entry names a third round', upd({ entries: withEntry(3, { round: 3 }) }), ['ROUND_OUT_OF_RANGE']],
    ['a direction has no term', upd({ programme: { ...SICHUAN, terms: SICHUAN.terms.filter((t) => t.direction !== 'inbound') } }), ['TERM_MISSING', 'TERM_MISSING']],
  ])('refuses when %s', (_name, input, codes) => {
    expect(checkFinalisation(input).map((p) => p.code)).toEqual(codes);
    expect(finaliseProgramme(input).ok).toBe(false);
  });

  it('says who and why, in Chinese', () => {
    const problems = checkFinalisation(upd({ today: '2012-06-26', objections: [objection(5, 2, 'raised')], entries: withEntry(3, { personId: 1001 }) }));
    expect(problems.map((p) => p.message)).toEqual([
      '公示期未满，不能确定最终名单（公示截止 2012-06-26）',
      '干部1001在名单中出现 2 次',
      '对干部1002的异议（2012-06-21 收到）尚未办结',
    ]);
    expect(problems[2]).toMatchObject({ entryId: 2, objectionId: 5 });
  });

  it('builds nothing while any problem remains', () => {
    const r = finaliseProgramme(upd({ entries: withEntry(1, { status: 'proposed' }) }));
    expect(r).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'ENTRY_NOT_APPROVED', entryId: 1, personId: 1001 })] });
  });
});

describe('termFor', () => {
  it('refuses a round outside the term', () => {
    const inbound = SICHUAN.terms.find((t) => t.direction === 'inbound');
    if (!inbound) throw new Error('no inbound term');
    expect(termFor(inbound, 0, '2012-07-01')).toBeNull();
    expect(termFor(inbound, 3, '2012-07-01')).toBeNull();
    expect(termFor(inbound, 2, '2012-07-01')).toEqual({ termStart: '2013-07-01', termEnd: '2014-06-30', months: 12, assessmentDue: null });
  });
});
