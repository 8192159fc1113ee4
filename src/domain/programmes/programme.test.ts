import { describe, expect, it } from 'vitest';
import { DEFAULT_PHASE_SCHEDULE, planKeyDates, validateProgramme } from './programme.js';
import { instantiateTemplate } from './templates.js';
import type { ProgrammeDraft } from './types.js';
import { WEEKDAYS_ONLY } from './working-days.js';

function sichuan(): ProgrammeDraft {
  const r = instantiateTemplate('sichuan-2012-tibet-aid-batch-2', { launchDate: '2026-03-02', owner: { userId: 1, name: '负责人', unitId: null } });
  if (!r.ok) throw new Error(r.message);
  return r.programme;
}

describe('planKeyDates', () => {
  it('chains the phases in working days and starts the term the next month', () => {
    expect(planKeyDates('2026-03-02', DEFAULT_PHASE_SCHEDULE, { calendar: WEEKDAYS_ONLY })).toEqual({
      launch: '2026-03-02',
      demandDeadline: '2026-03-16',
      applicationDeadline: '2026-03-30',
      screeningEnd: '2026-04-06',
      vettingStart: '2026-04-07',
      vettingEnd: '2026-04-27',
      noticeStart: '2026-05-05',
      noticeEnd: '2026-05-11',
      finalise: '2026-05-12',
      termStart: '2026-06-01',
    });
  });

  it('skips the holidays of the default calendar (Qingming and Labour Day 2026)', () => {
    const d = planKeyDates('2026-03-02');
    expect(d.screeningEnd).toBe('2026-04-07'); // 6 April is a holiday
    expect(d.noticeStart > '2026-05-05').toBe(true); // 1–5 May off, 9 May worked
  });
});

describe('validateProgramme', () => {
  it('accepts a template draft', () => {
    expect(validateProgramme(sichuan())).toEqual([]);
  });

  it.each<[string, (p: ProgrammeDraft) => ProgrammeDraft, string[]]>([
    ['a blank name', (p) => ({ ...p, name: ' ' }), ['NAME_REQUIRED']],
    ['a batch of 0', (p) => ({ ...p, batch: 0 }), ['BATCH_INVALID']],
    ['no direction', (p) => ({ ...p, directions: [], terms: [], ruleSets: [], quotas: { ...p.quotas, lines: [] } }), ['DIRECTION_REQUIRED']],
    ['a direction without a term', (p) => ({ ...p, terms: p.terms.filter((t) => t.direction !== 'inbound') }), ['TERM_MISSING']],
    ['a term of 0 months', (p) => ({ ...p, terms: p.terms.map((t) => ({ ...t, months: t.direction === 'outbound' ? 0 : t.months })) }), ['TERM_INVALID']],
    ['no fixed term in two rounds', (p) => ({ ...p, terms: p.terms.map((t) => ({ ...t, months: t.direction === 'inbound' ? null : t.months })) }), ['TERM_INVALID']],
    ['a deadline before the launch', (p) => ({ ...p, keyDates: { ...p.keyDates, demandDeadline: '2026-03-01' } }), ['KEY_DATES_ORDER']],
    ['a final list on the last notice day', (p) => ({ ...p, keyDates: { ...p.keyDates, finalise: p.keyDates.noticeEnd } }), ['KEY_DATES_ORDER']],
    ['a 7+20 pairing missing a county', (p) => ({ ...p, pairings: p.pairings.filter((x) => x.supportingCode !== '510116') }), ['PAIRING_COUNT']],
    ['a rule set for an unknown direction', (p) => ({ ...p, ruleSets: [...p.ruleSets, { direction: 'x', postKind: null, ruleSetId: 'r', alternativeRuleSetIds: [] }] }), ['RULE_SET_DIRECTION_UNKNOWN']],
    ['quotas that do not add up', (p) => ({ ...p, quotas: { ...p.quotas, total: { target: 1600 } } }), ['DIRECTION_SUM_MISMATCH']],
  ])('refuses %s', (_n, change, codes) => {
    expect(validateProgramme(change(sichuan())).map((x) => x.code)).toEqual(codes);
  });

  it('names the dates out of order', () => {
    const p = sichuan();
    const bad = { ...p, keyDates: { ...p.keyDates, vettingEnd: p.keyDates.vettingStart, vettingStart: p.keyDates.vettingEnd } };
    expect(validateProgramme(bad).map((x) => x.message)).toEqual([`考察结束（${p.keyDates.vettingStart}）早于考察开始（${p.keyDates.vettingEnd}）`]);
  });

  it('refuses unknown rule-set ids when told which exist', () => {
    expect(validateProgramme(sichuan(), { knownRuleSetIds: new Set(['sichuan-tibet-aid-inbound']) }).length).toBeGreaterThan(0);
  });
});
