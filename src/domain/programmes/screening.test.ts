import { describe, expect, it } from 'vitest';
import { evaluatePerson } from '../eligibility/evaluate.js';
import { findBuiltinRuleSet } from '../eligibility/builtin-rule-sets.js';
import { buildPerson } from '../eligibility/test-support.js';
import {
  applicationStateFor,
  effectiveScreeningResult,
  overrideScreening,
  rescreenKeepingOverrides,
  ruleSetFor,
  ruleSetIdsOf,
  screeningOutcomeFrom,
} from './screening.js';
import { findTemplate } from './templates.js';
import type { RuleSetAssignment, ScreeningOutcome } from './types.js';

const REF = '2025-05-17';
const OFFICER = { userId: 3, name: '王科长' };

describe('ruleSetFor (most specific assignment wins)', () => {
  const a = (direction: string | null, postKind: string | null, ruleSetId: string): RuleSetAssignment => ({ direction, postKind, ruleSetId, alternativeRuleSetIds: [] });
  const programme = { ruleSets: [a(null, null, 'any'), a('out', null, 'out-any'), a(null, 'teacher', 'any-teacher'), a('out', 'teacher', 'out-teacher')] };

  it.each([
    ['out', 'teacher', 'out-teacher'],
    ['in', 'teacher', 'any-teacher'],
    ['out', 'doctor', 'out-any'],
    ['in', 'doctor', 'any'],
    [null, null, 'any'],
  ])('%s / %s → %s', (direction, postKind, expected) => {
    expect(ruleSetFor(programme, direction, postKind)?.ruleSetId).toBe(expected);
  });

  it('finds none without a catch-all', () => {
    expect(ruleSetFor({ ruleSets: [a('out', 'teacher', 'x')] }, 'in', 'teacher')).toBeNull();
  });
});

describe('screeningOutcomeFrom (Shanxi select-up to a provincial post, exceptional heads as the alternative)', () => {
  const t = findTemplate('shanxi-select-up');
  const assignment = t ? ruleSetFor(t.spec, 'provincial', 'department_deputy') : null;
  const ids = assignment ? ruleSetIdsOf(assignment) : [];
  const evaluate = (birthDate: string) =>
    ids.map((id) => {
      const rs = findBuiltinRuleSet(id);
      if (!rs) throw new Error(id);
      return evaluatePerson(rs, { person: buildPerson({ birthDate }) }, REF);
    });

  it('tries the main rule set, then the alternative', () => {
    expect(ids).toEqual(['shanxi-select-up-provincial', 'shanxi-select-up-exceptional-township-head']);
  });

  it('passes a 39-year-old township secretary, keeping every rule as a reason', () => {
    const o = screeningOutcomeFrom(1, 1, REF, evaluate('1985-06-01'));
    expect(o).toMatchObject({ ruleResult: 'pass', passedRuleSetId: 'shanxi-select-up-provincial', overrides: [] });
    expect(o.reasons.every((r) => r.ruleSetId === 'shanxi-select-up-provincial')).toBe(true);
    // Every rule is kept, those of the path not taken (特别优秀的乡镇长) with their own result.
    expect(o.reasons.find((r) => r.ruleId === 'secretary-age')).toMatchObject({ code: 'AGE_OK', passed: true });
    expect(o.reasons.find((r) => r.ruleId === 'current-head')).toMatchObject({ passed: false });
  });

  it('fails a 46-year-old, with the age reason of the main rule set', () => {
    const o = screeningOutcomeFrom(1, 1, REF, evaluate('1979-01-01'));
    expect(o.ruleResult).toBe('fail');
    expect(o.passedRuleSetId).toBeNull();
    expect(o.ruleSetIds).toEqual(ids);
    const age = o.reasons.find((r) => r.ruleSetId === 'shanxi-select-up-provincial' && r.code.startsWith('AGE'));
    expect(age?.message).toContain('46');
    expect(o.reasons.every((r) => !r.passed)).toBe(true);
  });

  it('fails with NO_RULE_SET when no rule set is assigned, for the officer to decide', () => {
    expect(screeningOutcomeFrom(1, 1, REF, []).reasons).toEqual([
      { ruleSetId: '', ruleId: '', code: 'NO_RULE_SET', message: '该岗位类别未设定资格条件，须人工审查', passed: false },
    ]);
  });
});

describe('overrides (reason required, kept for the audit trail)', () => {
  const failed: ScreeningOutcome = {
    applicationId: 9,
    personId: 99,
    refDate: REF,
    ruleSetIds: ['shanxi-select-up-provincial'],
    passedRuleSetId: null,
    ruleResult: 'fail',
    reasons: [{ ruleSetId: 'shanxi-select-up-provincial', ruleId: 'age', code: 'AGE_OVER_MAX', message: '年龄 46 岁，超过上限 45 岁', passed: false }],
    overrides: [],
  };

  it.each(['', '   '])('refuses an override without a written reason (%j)', (reason) => {
    expect(overrideScreening(failed, { to: 'pass', reason, by: OFFICER, at: '2025-05-20T09:00:00Z' })).toEqual({
      ok: false,
      code: 'REASON_REQUIRED',
      message: '人工调整资格审查结果必须填写书面理由',
    });
  });

  it('refuses an override that changes nothing', () => {
    expect(overrideScreening(failed, { to: 'fail', reason: '维持', by: OFFICER, at: '2025-05-20T09:00:00Z' })).toMatchObject({
      ok: false,
      code: 'NO_CHANGE',
      message: '审查结果已是“不符合资格条件”，无需调整',
    });
  });

  it('records who, when, from what, to what and why; the last override decides', () => {
    const first = overrideScreening(failed, { to: 'pass', reason: '  经省委组织部研究，按特殊人才破格  ', by: OFFICER, at: '2025-05-20T09:00:00Z' });
    if (!first.ok) throw new Error(first.message);
    expect(first.override).toEqual({ from: 'fail', to: 'pass', reason: '经省委组织部研究，按特殊人才破格', by: OFFICER, at: '2025-05-20T09:00:00Z' });
    expect(effectiveScreeningResult(first.outcome)).toBe('pass');
    expect(applicationStateFor(first.outcome)).toBe('overridden_in');
    expect(first.outcome.ruleResult).toBe('fail'); // the rules' own result is kept

    const second = overrideScreening(first.outcome, { to: 'fail', reason: '复核发现学历不符', by: OFFICER, at: '2025-05-21T09:00:00Z' });
    if (!second.ok) throw new Error(second.message);
    expect(second.outcome.overrides.map((o) => [o.from, o.to])).toEqual([
      ['fail', 'pass'],
      ['pass', 'fail'],
    ]);
    expect(applicationStateFor(second.outcome)).toBe('overridden_out');
  });

  it('maps unoverridden outcomes to screened_in / screened_out', () => {
    expect(applicationStateFor(failed)).toBe('screened_out');
    expect(applicationStateFor({ ...failed, ruleResult: 'pass' })).toBe('screened_in');
  });

  it('keeps overrides when the rules are run again', () => {
    const o = overrideScreening(failed, { to: 'pass', reason: '破格', by: OFFICER, at: '2025-05-20T09:00:00Z' });
    if (!o.ok) throw new Error(o.message);
    const rerun = rescreenKeepingOverrides(o.outcome, { ...failed, refDate: '2025-05-22' });
    expect(rerun.refDate).toBe('2025-05-22');
    expect(effectiveScreeningResult(rerun)).toBe('pass');
    expect(rescreenKeepingOverrides(null, failed)).toBe(failed);
  });
});
