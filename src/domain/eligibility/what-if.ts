// What-if: change a rule set (a threshold, drop a rule, replace a rule) and see who gains and
// who loses eligibility before the change is saved.
//
// Semantics of `drop`:
// - a rule inside `all` is removed (the condition no longer applies: people can only gain);
// - an alternative of `any` is removed with its whole path (people can only lose);
// - the only child of `not` takes the `not` with it (the exclusion no longer applies);
// - dropping the root leaves `{ all: [] }`, which everyone passes.
// To relax one condition of a path, drop the leaf inside the path's `all`, not the path.
// Every change is re-validated: the result is a valid rule set or a list of issues.

import { screenFacts } from './evaluate.js';
import type { PersonFacts } from './facts.js';
import type { JsonValue } from './predicates.js';
import { parseRuleSet, type RuleIssue, type RuleNode, type RuleSet } from './rule-schema.js';
import { buildRuleTree, type TreeNode } from './rule-tree.js';
import type { IsoDate } from '../registry/types.js';

export interface EligibilityDiff {
  /** Eligible after, not before; ascending. */
  gained: number[];
  /** Eligible before, not after; ascending. */
  lost: number[];
  /** Eligible both before and after. */
  unchanged: number;
  before: number;
  after: number;
}

export function diffEligibility(before: Iterable<number>, after: Iterable<number>): EligibilityDiff {
  const b = new Set(before);
  const a = new Set(after);
  const gained = [...a].filter((id) => !b.has(id)).sort((x, y) => x - y);
  const lost = [...b].filter((id) => !a.has(id)).sort((x, y) => x - y);
  return { gained, lost, unchanged: a.size - gained.length, before: b.size, after: a.size };
}

export type RuleChange =
  /** Removes the node with this id (see the file comment for what that means where). */
  | { kind: 'drop'; ruleId: string }
  /**
   * Merges `params` into the predicate of the leaf with this id, e.g. { max: 50 } or
   * { atLeast: '30', mode: 'any' }; a null value removes the parameter.
   */
  | { kind: 'set'; ruleId: string; params: { readonly [k: string]: JsonValue } }
  /** Replaces the node with this id. */
  | { kind: 'replace'; ruleId: string; node: RuleNode };

export type ChangeResult = { ok: true; ruleSet: RuleSet } | { ok: false; issues: RuleIssue[] };

/** Applies the changes in order; ids are those of the rule set as it stands before each change. */
export function applyRuleChanges(ruleSet: RuleSet, changes: readonly RuleChange[]): ChangeResult {
  let current = ruleSet;
  for (const change of changes) {
    const res = applyRuleChange(current, change);
    if (!res.ok) return res;
    current = res.ruleSet;
  }
  return { ok: true, ruleSet: current };
}

export function applyRuleChange(ruleSet: RuleSet, change: RuleChange): ChangeResult {
  const tree = buildRuleTree(ruleSet);
  const target = tree.byId.get(change.ruleId);
  if (target === undefined) return { ok: false, issues: [{ path: 'ruleId', message: `规则集中没有编号为「${change.ruleId}」的规则` }] };

  // The tree is rebuilt as plain JSON and validated as a whole at the end.
  let replacement: object | null;
  if (change.kind === 'drop') replacement = null;
  else if (change.kind === 'replace') replacement = change.node;
  else {
    if (target.kind !== 'leaf') return { ok: false, issues: [{ path: 'ruleId', message: `「${change.ruleId}」不是单项条件，不能修改阈值` }] };
    const merged: Record<string, unknown> = { ...target.predicate };
    for (const [k, v] of Object.entries(change.params)) {
      if (v === null) delete merged[k];
      else merged[k] = v;
    }
    replacement = { ...target.source, rule: merged };
  }

  // Rebuild the tree, keeping explicit ids and giving the default ids their names
  // explicitly, so that the other rules keep the ids the user saw.
  const rebuild = (n: TreeNode): object | null => {
    if (n === target) return replacement === null ? null : withDefaultId(replacement, n);
    const meta = { id: n.id, ...(n.label !== undefined ? { label: n.label } : {}) };
    switch (n.kind) {
      case 'leaf':
        return { ...n.source, id: n.id };
      case 'all':
        return { ...meta, all: n.children.map(rebuild).filter((c): c is object => c !== null) };
      case 'any':
        return {
          ...meta,
          any: n.alternatives.flatMap((a) => {
            const node = rebuild(a.node);
            return node === null ? [] : [{ ...(a.label !== undefined ? { label: a.label } : {}), node }];
          }),
        };
      case 'not': {
        const child = rebuild(n.child);
        return child === null ? null : { ...meta, not: child };
      }
    }
  };
  const root = rebuild(tree.root) ?? { id: tree.root.id, all: [] };
  return validated({ ...ruleSet, root });
}

function withDefaultId(node: object, was: TreeNode): object {
  return 'id' in node && node.id !== undefined ? node : { ...node, id: was.id };
}

function validated(candidate: unknown): ChangeResult {
  const res = parseRuleSet(candidate);
  return res.ok ? { ok: true, ruleSet: res.ruleSet } : { ok: false, issues: res.issues };
}

/** Screens `facts` with both rule sets and compares. */
export function whatIf(before: RuleSet, after: RuleSet, facts: readonly PersonFacts[], refDate: IsoDate): EligibilityDiff {
  return diffEligibility(screenFacts(before, facts, refDate), screenFacts(after, facts, refDate));
}
