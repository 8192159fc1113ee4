import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/roles.js';
import type { InterventionEntry, VettingCheck, VettingConclusion, VettingDossier } from './types.js';
import { VETTING_CHECKS } from './types.js';
import { canReadInterventions, canRecordIntervention, emptyDossier, interventionsByPerson, recordCheck, summariseDossier, validateIntervention } from './vetting.js';

const VETTER = { userId: 5, name: '赵考察' };

function concluded(conclusions: Partial<Record<(typeof VETTING_CHECKS)[number], VettingConclusion>> = {}): VettingDossier {
  let d = emptyDossier(1, 100, '个别谈话与实地走访相结合');
  for (const check of VETTING_CHECKS) {
    const c: VettingCheck = { check, conclusion: conclusions[check] ?? 'qualified', notes: conclusions[check] === 'unqualified' ? '存在违规收受礼金问题' : '', vettedBy: VETTER, vettedOn: '2026-07-10' };
    d = recordCheck(d, c);
  }
  return { ...d, interviews: [{ id: 1, date: '2026-07-09', method: 'individual_talk', interviewee: '单位主要负责人', summary: '工作扎实', recordedBy: VETTER }] };
}

describe('summariseDossier (five checks: 政治关、品行关、能力关、作风关、廉洁关)', () => {
  it('opens a dossier with the five checks in order, all open', () => {
    const d = emptyDossier(1, 100, '');
    expect(d.checks.map((c) => c.check)).toEqual(['political', 'conduct', 'ability', 'style', 'integrity']);
    const s = summariseDossier(d);
    expect(s.complete).toBe(false);
    expect(s.overall).toBeNull();
    expect(s.problems.map((p) => p.code)).toEqual(['CHECK_OPEN', 'CHECK_OPEN', 'CHECK_OPEN', 'CHECK_OPEN', 'CHECK_OPEN', 'NO_INTERVIEW']);
  });

  it.each<[string, Partial<Record<(typeof VETTING_CHECKS)[number], VettingConclusion>>, VettingConclusion, boolean]>([
    ['all qualified', {}, 'qualified', true],
    ['one basically qualified', { style: 'basically_qualified' }, 'basically_qualified', true],
    ['one unqualified among basically qualified', { ability: 'basically_qualified', integrity: 'unqualified' }, 'unqualified', false],
  ])('concludes by the weakest check: %s', (_n, conclusions, overall, passed) => {
    expect(summariseDossier(concluded(conclusions))).toMatchObject({ complete: true, overall, passed, problems: [] });
  });

  it('requires notes for an unqualified check', () => {
    const d = recordCheck(concluded(), { check: 'integrity', conclusion: 'unqualified', notes: ' ', vettedBy: VETTER, vettedOn: '2026-07-10' });
    expect(summariseDossier(d).problems).toEqual([{ code: 'NOTES_REQUIRED', check: 'integrity', message: '廉洁关结论为不合格，须写明具体情况' }]);
  });

  it('requires the vetter and the date of every conclusion', () => {
    const d = recordCheck(concluded(), { check: 'political', conclusion: 'qualified', notes: '', vettedBy: null, vettedOn: null });
    expect(summariseDossier(d).problems.map((p) => p.message)).toEqual(['政治关须注明考察人和考察日期']);
  });

  it('flags a missing or duplicated check', () => {
    const base = concluded();
    const missing: VettingDossier = { ...base, checks: base.checks.filter((c) => c.check !== 'style') };
    const first = base.checks[0];
    const twice: VettingDossier = first ? { ...base, checks: [...base.checks, first] } : base;
    expect(summariseDossier(missing).problems.map((p) => p.code)).toEqual(['CHECK_MISSING']);
    expect(summariseDossier(twice).problems.map((p) => p.code)).toEqual(['CHECK_DUPLICATED']);
  });

  it('requires at least one interview', () => {
    expect(summariseDossier({ ...concluded(), interviews: [] }).problems.map((p) => p.code)).toEqual(['NO_INTERVIEW']);
  });
});

describe('register of interventions (说情打招呼)', () => {
  const entry: InterventionEntry = {
    id: null,
    programmeId: 1,
    lobbyist: { name: '某某', unit: '某局', post: '副局长' },
    forPersonId: 100,
    forPersonName: '张三',
    method: 'phone',
    occurredOn: '2026-07-08',
    content: '请求考察时多关照',
    approached: '考察组组长',
    recordedBy: VETTER,
    recordedAt: '2026-07-08T16:00:00Z',
    disposition: 'refused',
    dispositionNote: null,
  };

  it('lets auditors and officers read the register, and only officers record', () => {
    expect(ROLES.filter((r) => canReadInterventions([r]))).toEqual(['auditor', 'officer']);
    expect(ROLES.filter((r) => canRecordIntervention([r]))).toEqual(['officer']);
  });

  it('accepts a complete entry', () => {
    expect(validateIntervention(entry)).toEqual([]);
  });

  it.each<[string, Partial<InterventionEntry>, string]>([
    ['who lobbied', { lobbyist: { name: ' ', unit: null, post: null } }, 'lobbyist.name'],
    ['for whom', { forPersonName: '' }, 'forPersonName'],
    ['what was asked', { content: '' }, 'content'],
    ['whom they approached', { approached: '' }, 'approached'],
    ['a date not after recording', { occurredOn: '2026-07-09' }, 'occurredOn'],
    ['the outcome when punished', { disposition: 'punished', dispositionNote: null }, 'dispositionNote'],
  ])('requires %s', (_n, patch, field) => {
    expect(validateIntervention({ ...entry, ...patch }).map((p) => p.field)).toEqual([field]);
  });

  it('groups entries by the person lobbied for', () => {
    const m = interventionsByPerson([entry, { ...entry, method: 'in_person' }, { ...entry, forPersonId: null, forPersonName: '李四' }]);
    expect([...m.entries()].map(([k, v]) => [k, v.length])).toEqual([
      ['id:100', 2],
      ['name:李四', 1],
    ]);
  });
});
