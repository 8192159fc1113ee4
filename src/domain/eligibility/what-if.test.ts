import { describe, expect, it } from 'vitest';
import { SHANXI_SELECT_UP_PROVINCIAL } from './builtin-rule-sets.js';
import { evaluatePerson } from './evaluate.js';
import { computeFacts } from './facts.js';
import { buildRuleTree } from './rule-tree.js';
import { buildPerson } from './test-support.js';
import { applyRuleChange, applyRuleChanges, diffEligibility, whatIf } from './what-if.js';

const REF = '2025-05-17';
const people = [
  buildPerson({ id: 1, birthDate: '1980-01-01' }), // 45: eligible
  buildPerson({ id: 2, birthDate: '1977-01-01' }), // 48: eligible only up to 50
  buildPerson({ id: 3, appraisals: [{ year: 2024, grade: 'competent' }, { year: 2023, grade: 'competent' }] }), // a year missing
  buildPerson({ id: 4, birthDate: '1970-01-01' }), // 55
].map((p) => computeFacts(p, REF));

describe('diffEligibility', () => {
  it('lists who gains and who loses, ascending', () => {
    expect(diffEligibility([3, 1, 2], [2, 5, 4, 1])).toEqual({ gained: [4, 5], lost: [3], unchanged: 2, before: 3, after: 4 });
  });
});

describe('what-if', () => {
  it('raising the age cap to 50 lets the 48-year-old in', () => {
    const res = applyRuleChange(SHANXI_SELECT_UP_PROVINCIAL, { kind: 'set', ruleId: 'secretary-age', params: { max: 50 } });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(whatIf(SHANXI_SELECT_UP_PROVINCIAL, res.ruleSet, people, REF)).toEqual({ gained: [2], lost: [], unchanged: 1, before: 1, after: 2 });
    // The original is untouched and the rule keeps its id.
    const [, p48] = people;
    if (p48 === undefined) throw new Error('fixture');
    expect(evaluatePerson(SHANXI_SELECT_UP_PROVINCIAL, p48, REF).eligible).toBe(false);
    expect(buildRuleTree(res.ruleSet).byId.get('secretary-age')).toMatchObject({ predicate: { fact: 'age', max: 50 } });
  });

  it('dropping the appraisal rule lets the person with a missing year in', () => {
    const res = applyRuleChange(SHANXI_SELECT_UP_PROVINCIAL, { kind: 'drop', ruleId: 'appraisals' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(whatIf(SHANXI_SELECT_UP_PROVINCIAL, res.ruleSet, people, REF).gained).toEqual([3]);
    expect(buildRuleTree(res.ruleSet).steps.map((s) => s.id)).toEqual(['path', 'health']);
  });

  it('dropping a whole path removes the people who came through it', () => {
    const res = applyRuleChanges(SHANXI_SELECT_UP_PROVINCIAL, [{ kind: 'drop', ruleId: 'secretary-path' }]);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(whatIf(SHANXI_SELECT_UP_PROVINCIAL, res.ruleSet, people, REF)).toMatchObject({ gained: [], lost: [1] });
  });

  it('refuses an unknown rule id, a threshold on a composite node and an invalid value', () => {
    expect(applyRuleChange(SHANXI_SELECT_UP_PROVINCIAL, { kind: 'drop', ruleId: 'nope' })).toMatchObject({ ok: false });
    expect(applyRuleChange(SHANXI_SELECT_UP_PROVINCIAL, { kind: 'set', ruleId: 'path', params: { max: 3 } })).toMatchObject({ ok: false });
    const bad = applyRuleChange(SHANXI_SELECT_UP_PROVINCIAL, { kind: 'set', ruleId: 'secretary-age', params: { max: -1 } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues[0]?.path).toMatch(/^root\.all\.0\.any\.0\.node\.all\.1\.rule\.max$/);
  });

  it('removes a parameter given as null', () => {
    const res = applyRuleChange(SHANXI_SELECT_UP_PROVINCIAL, { kind: 'set', ruleId: 'secretary-age', params: { max: null, min: 30 } });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(buildRuleTree(res.ruleSet).byId.get('secretary-age')).toMatchObject({ predicate: { fact: 'age', min: 30 } });
  });
});
