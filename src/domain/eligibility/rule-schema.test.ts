import { describe, expect, it } from 'vitest';
import { SHANXI_SELECT_UP_PROVINCIAL } from './builtin-rule-sets.js';
import { parseRuleSet } from './rule-schema.js';
import { buildRuleTree } from './rule-tree.js';

const base = { id: 'x', name: '测试', description: '', note: '', version: 1 };

describe('parseRuleSet', () => {
  it('accepts a built-in rule set round-tripped through JSON', () => {
    const res = parseRuleSet(JSON.parse(JSON.stringify(SHANXI_SELECT_UP_PROVINCIAL)));
    expect(res.ok).toBe(true);
  });

  it('reports a bad predicate through the branch the node names, in Chinese', () => {
    const res = parseRuleSet({ ...base, root: { all: [{ rule: { fact: 'age' } }, { rule: { fact: 'rank', in: ['999'] } }] } });
    expect(res).toEqual({
      ok: false,
      issues: [
        { path: 'root.all.0.rule', message: '至少给出 min 或 max 之一' },
        { path: 'root.all.1.rule.in.0', message: '职务级别代码不在代码表中' },
      ],
    });
  });

  it('rejects an unknown fact, a node without a kind and unknown keys', () => {
    const res = parseRuleSet({ ...base, root: { all: [{ rule: { fact: 'height', max: 2 } }, { foo: 1 }, { not: { all: [] }, all: [] }] } });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.issues.map((i) => i.path)).toEqual(['root.all.0.rule.fact', 'root.all.1', 'root.all.2']);
    expect(res.issues[1]?.message).toBe('规则节点须含 all、any、not 或 rule 之一');
  });

  it('rejects duplicate rule ids', () => {
    const res = parseRuleSet({ ...base, root: { all: [{ id: 'a', rule: { fact: 'age', max: 45 } }, { id: 'a', rule: { fact: 'reserve', is: true } }] } });
    expect(res).toEqual({ ok: false, issues: [{ path: 'root.all.1.id', message: '规则编号「a」重复' }] });
  });

  it('rejects codes outside the code tables and thresholds out of range', () => {
    const res = parseRuleSet({
      ...base,
      root: {
        all: [
          { rule: { fact: 'education', atLeast: '21' } },
          { rule: { fact: 'appraisals', years: 11, atLeast: 'competent' } },
          { rule: { fact: 'postKindYears', postKind: 'mayor', atLeast: 3 } },
        ],
      },
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.issues.map((i) => i.path)).toEqual(['root.all.0.rule.atLeast', 'root.all.1.rule.years', 'root.all.2.rule.postKind']);
  });
});

describe('buildRuleTree', () => {
  it('gives default ids by fact, numbered when a fact repeats, and keeps explicit ones', () => {
    const tree = buildRuleTree({
      ...base,
      root: {
        all: [
          { rule: { fact: 'age', max: 45 } },
          { rule: { fact: 'age', min: 25 } },
          { rule: { fact: 'reserve', is: true } },
          { id: 'edu', any: [{ node: { rule: { fact: 'education', atLeast: '30' } } }] },
        ],
      },
    });
    expect(tree.leaves.map((l) => l.id)).toEqual(['age-1', 'age-2', 'reserve', 'education']);
    expect(tree.root.id).toBe('root');
    expect(tree.steps.map((s) => s.id)).toEqual(['age-1', 'age-2', 'reserve', 'edu']);
  });
});
