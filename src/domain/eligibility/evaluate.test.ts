import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEvaluator, compileFirstFailingRule, compileFirstFailure, evaluatePerson, screenFacts } from './evaluate.js';
import { computeFacts, unitFactsFrom } from './facts.js';
import { computeFunnel, funnelChartData } from './funnel.js';
import { compilePredicate, explainPredicate } from './predicates.js';
import { parseRuleSet, type RuleSet } from './rule-schema.js';
import { buildRuleTree } from './rule-tree.js';
import { appointment, buildPerson, personArb, predicateArb, REF_DATES, ruleSetArb, TEST_UNITS } from './test-support.js';

const unitFactsOf = unitFactsFrom(TEST_UNITS);
const REF = '2025-05-17';

const set = (root: RuleSet['root']): RuleSet => ({ id: 't', name: '测试', description: '', note: '', version: 1, root });

describe('evaluatePerson', () => {
  it('reports every rule with code, message, required and actual values', () => {
    const rs = set({
      all: [
        { id: 'age', rule: { fact: 'age', max: 45 }, scope: '省直单位任职' },
        { id: 'edu', rule: { fact: 'education', atLeast: '20', mode: 'fulltime' } },
      ],
    });
    const ev = evaluatePerson(rs, { person: buildPerson({ birthDate: '1979-05-17' }), unit: unitFactsOf(4) }, REF);
    expect(ev.eligible).toBe(false);
    expect(ev.outcomes).toHaveLength(2);
    expect(ev.outcomes[0]).toMatchObject({
      ruleId: 'age',
      code: 'AGE_OVER_MAX',
      passed: false,
      message: '年龄 46 岁，超过省直单位任职上限 45 岁',
      required: { max: 45 },
      actual: 46,
      requiredText: '不超过 45 岁',
      actualText: '46 岁',
      path: [],
    });
    expect(ev.outcomes[1]).toMatchObject({ ruleId: 'edu', code: 'EDUCATION_OK', passed: true });
    expect(ev.reasons.map((r) => r.ruleId)).toEqual(['age']);
    expect(ev.steps).toEqual([
      { id: 'age', label: undefined, passed: false },
      { id: 'edu', label: undefined, passed: true },
    ]);
  });

  it('reports which labelled path passed and why the others failed', () => {
    const rs = set({
      any: [
        { label: '乡镇党委书记', node: { all: [{ id: 'sec', rule: { fact: 'postKind', in: ['township_party_secretary'] } }, { id: 'age45', rule: { fact: 'age', max: 45 } }] } },
        { label: '特别优秀的乡镇长', node: { all: [{ id: 'head', rule: { fact: 'postKind', in: ['township_head'] } }, { id: 'age40', rule: { fact: 'age', max: 40 } }] } },
      ],
    });
    const ev = evaluatePerson(rs, computeFacts(buildPerson({ birthDate: '1983-01-01' }), REF), REF);
    expect(ev.eligible).toBe(true);
    expect(ev.paths.map((p) => [p.label, p.passed, p.failedRuleIds])).toEqual([
      ['乡镇党委书记', true, []],
      ['特别优秀的乡镇长', false, ['head', 'age40']],
    ]);
    expect(ev.outcomes.find((o) => o.ruleId === 'head')?.path).toEqual(['特别优秀的乡镇长']);
    // A failed rule in a path that was not needed is no reason.
    expect(ev.reasons).toEqual([]);

    const old = evaluatePerson(rs, computeFacts(buildPerson({ birthDate: '1970-01-01' }), REF), REF);
    expect(old.eligible).toBe(false);
    expect(old.reasons.map((r) => r.ruleId)).toEqual(['age45', 'head', 'age40']);
  });

  it('reports an exclusion under not with a NEGATED_ code', () => {
    const rs = set({ all: [{ id: 'no-tag', not: { id: 'tagged', rule: { fact: 'tags', anyOf: ['处分影响期'] } } }] });
    const bad = evaluatePerson(rs, computeFacts(buildPerson({ tags: ['处分影响期'] }), REF), REF);
    expect(bad.eligible).toBe(false);
    expect(bad.outcomes[0]).toMatchObject({ ruleId: 'tagged', passed: false, negated: true, code: 'NEGATED_TAGS_OK' });
    expect(bad.outcomes[0]?.message.startsWith('属于排除情形')).toBe(true);
    expect(bad.reasons.map((r) => r.ruleId)).toEqual(['tagged']);
    const good = evaluatePerson(rs, computeFacts(buildPerson(), REF), REF);
    expect(good.eligible).toBe(true);
    expect(good.outcomes[0]).toMatchObject({ passed: true, code: 'NEGATED_TAGS_MISSING_ANY' });
  });

  it('treats all [] as true and any [] as false', () => {
    const f = computeFacts(buildPerson(), REF);
    expect(evaluatePerson(set({ all: [] }), f, REF).eligible).toBe(true);
    expect(evaluatePerson(set({ any: [] }), f, REF).eligible).toBe(false);
    expect(compileEvaluator(set({ all: [] }), REF)(f)).toBe(true);
    expect(compileEvaluator(set({ any: [] }), REF)(f)).toBe(false);
  });

  it('refuses facts computed for another reference date', () => {
    const f = computeFacts(buildPerson(), '2024-01-01');
    expect(() => compileEvaluator(set({ all: [] }), REF)(f)).toThrow(RangeError);
    expect(() => evaluatePerson(set({ all: [] }), f, REF)).toThrow(RangeError);
  });

  it('names a missing fact instead of passing it', () => {
    const f = computeFacts(buildPerson({ health: null, rankStartDate: null, partyJoinDate: null, rank: null }), REF);
    const codes = (p: Parameters<typeof explainPredicate>[0]) => explainPredicate(p, f).code;
    expect(codes({ fact: 'health', in: ['healthy'] })).toBe('HEALTH_MISSING');
    expect(codes({ fact: 'yearsInRank', atLeast: 2 })).toBe('YEARS_IN_RANK_MISSING');
    expect(codes({ fact: 'partyYears', atLeast: 2 })).toBe('PARTY_YEARS_MISSING');
    expect(codes({ fact: 'rank', atLeast: '142' })).toBe('RANK_MISSING');
    expect(codes({ fact: 'title', atLeast: 'junior' })).toBe('TITLE_MISSING');
  });

  it('counts the current post towards county and township experience', () => {
    const f = computeFacts(buildPerson({ appointments: [], unitId: 3, postKind: 'department_head', rank: '141' }), REF, unitFactsOf(3));
    expect(f.workedAtCounty).toBe(true);
    expect(f.workedAtTownship).toBe(false);
    // An appointment starting on the reference date is not yet experience.
    const g = computeFacts(
      buildPerson({ unitId: null, postKind: null, rank: null, appointments: [appointment({ startDate: REF, postKind: 'township_head' })] }),
      REF,
    );
    expect(g.workedAtTownship).toBe(false);
  });
});

describe('fast evaluator', () => {
  it('agrees with the explanations on random people and random rule sets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REF_DATES).chain((ref) => fc.tuple(fc.constant(ref), fc.array(personArb(ref), { minLength: 1, maxLength: 10 }), ruleSetArb)),
        ([ref, people, rs]) => {
          expect(parseRuleSet(rs).ok).toBe(true);
          const facts = people.map((p, i) => computeFacts({ ...p, id: i + 1 }, ref, unitFactsOf(p.unitId)));
          const test = compileEvaluator(rs, ref);
          const first = compileFirstFailure(rs, ref);
          const steps = buildRuleTree(rs).steps.length;
          for (const f of facts) {
            const ev = evaluatePerson(rs, f, ref);
            expect(test(f)).toBe(ev.eligible);
            // (An ineligible person may have no reason only through an empty `any` or `not all []`.)
            if (ev.eligible) expect(ev.reasons).toEqual([]);
            expect(ev.reasons.every((r) => !r.passed)).toBe(true);
            const i = first(f);
            expect(i === steps).toBe(ev.eligible);
            expect(ev.steps.findIndex((s) => !s.passed)).toBe(i === steps ? -1 : i);
          }
          const funnel = computeFunnel(rs, facts, ref);
          expect(funnel.eligible).toBe(screenFacts(rs, facts, ref).length);
          expect(funnel.total).toBe(facts.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('agrees with the explanation of every predicate', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REF_DATES).chain((ref) => fc.tuple(fc.constant(ref), personArb(ref), predicateArb)),
        ([ref, person, predicate]) => {
          const f = computeFacts(person, ref, unitFactsOf(person.unitId));
          const o = explainPredicate(predicate, f);
          expect(compilePredicate(predicate)(f)).toBe(o.passed);
          expect(o.code.endsWith('_OK')).toBe(o.passed);
          expect(o.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('gives the first failing step id for funnels', () => {
    const rs = set({ all: [{ id: 'a', rule: { fact: 'age', max: 45 } }, { id: 'b', rule: { fact: 'reserve', is: true } }] });
    const first = compileFirstFailingRule(rs, REF);
    expect(first(computeFacts(buildPerson(), REF))).toBeNull();
    expect(first(computeFacts(buildPerson({ isReserve: false }), REF))).toBe('b');
    expect(first(computeFacts(buildPerson({ birthDate: '1970-01-01', isReserve: false }), REF))).toBe('a');
  });
});

describe('funnel', () => {
  it('counts the people left after each top-level rule, in order', () => {
    const rs = set({
      all: [
        { id: 'age', label: '年龄', rule: { fact: 'age', max: 45 } },
        { id: 'reserve', label: '后备干部', rule: { fact: 'reserve', is: true } },
      ],
    });
    const people = [
      buildPerson({ id: 1 }),
      buildPerson({ id: 2, birthDate: '1970-01-01' }),
      buildPerson({ id: 3, isReserve: false }),
      buildPerson({ id: 4, birthDate: '1970-01-01', isReserve: false }),
    ];
    const funnel = computeFunnel(rs, people.map((p) => computeFacts(p, REF)), REF);
    expect(funnel.total).toBe(4);
    expect(funnel.steps).toEqual([
      { id: 'age', name: '年龄', remaining: 2, removed: 2 },
      { id: 'reserve', name: '后备干部', remaining: 1, removed: 1 },
    ]);
    expect(funnel.eligible).toBe(1);
    expect(funnelChartData(funnel)).toEqual([
      { name: '参加筛查', value: 4 },
      { name: '年龄', value: 2 },
      { name: '后备干部', value: 1 },
    ]);
  });
});
