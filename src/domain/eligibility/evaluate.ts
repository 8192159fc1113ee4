// Evaluating a rule set for people, in memory.
// - `evaluatePerson`: eligible or not, with every rule's outcome (code, Chinese message, the
//   required and the actual value), the outcome of each labelled path of every `any`, the
//   funnel steps, and `reasons` — the failed outcomes that decide the result.
// - `compileEvaluator`: the same decision as a closure over precomputed facts, for screening
//   many people (≥ 1,000,000 evaluations a second on one core; see bench/eligibility).
// - `compileFirstFailure`: the index of the first funnel step a person fails, for funnels.
// The facts must be computed at the reference date the evaluator is compiled for: a mismatch
// is a programming error and throws RangeError.

import { computeFacts, NO_UNIT_FACTS, type FactsPerson, type PersonFacts, type UnitFacts } from './facts.js';
import { compilePredicate, explainPredicate, type FactTest, type PredicateOutcome } from './predicates.js';
import type { FactName, RuleSet } from './rule-schema.js';
import { buildRuleTree, type LeafTreeNode, type TreeNode } from './rule-tree.js';
import type { IsoDate } from '../registry/types.js';

export interface RuleOutcome extends PredicateOutcome {
  ruleId: string;
  label: string | undefined;
  fact: FactName;
  /**
   * Whether the rule is met where it stands. For a rule under `not` (an exclusion) this is
   * the opposite of the predicate's value, and the code is prefixed 'NEGATED_'.
   */
  passed: boolean;
  /** True when the rule sits under an odd number of `not`. */
  negated: boolean;
  /** Labels of the `any` paths enclosing the rule, outermost first (empty at top level). */
  path: string[];
}

export interface PathOutcome {
  /** Id of the `any` node. */
  anyId: string;
  anyLabel: string | undefined;
  /** Position of the path among the node's alternatives. */
  index: number;
  /** The path's label (or '路径 n' when unlabelled). */
  label: string;
  passed: boolean;
  /** Rules of this path that are not met (where they stand). */
  failedRuleIds: string[];
}

export interface StepOutcome {
  id: string;
  label: string | undefined;
  passed: boolean;
}

export interface Evaluation {
  ruleSetId: string;
  ruleSetVersion: number;
  personId: number;
  refDate: IsoDate;
  eligible: boolean;
  /** Every rule (leaf), depth-first. */
  outcomes: RuleOutcome[];
  /**
   * The failed outcomes that decide ineligibility (empty when eligible; also empty when the
   * failure is structural, i.e. an empty `any` or a `not` of an empty `all`).
   */
  reasons: RuleOutcome[];
  /** Every alternative of every `any` node, depth-first. */
  paths: PathOutcome[];
  /** Funnel steps in order (see rule-tree `steps`). */
  steps: StepOutcome[];
}

export type EvaluationInput = PersonFacts | { person: FactsPerson; unit?: UnitFacts | undefined };

function toFacts(input: EvaluationInput, refDate: IsoDate): PersonFacts {
  if ('person' in input) return computeFacts(input.person, refDate, input.unit ?? NO_UNIT_FACTS);
  assertRefDate(input, refDate);
  return input;
}

function assertRefDate(f: PersonFacts, refDate: IsoDate): void {
  if (f.refDate !== refDate) throw new RangeError(`facts of person ${f.id} are for ${f.refDate}, not ${refDate}`);
}

/** Evaluates one person with a full explanation. */
export function evaluatePerson(ruleSet: RuleSet, input: EvaluationInput, refDate: IsoDate): Evaluation {
  const facts = toFacts(input, refDate);
  const tree = buildRuleTree(ruleSet);
  const outcomes: RuleOutcome[] = [];
  const byLeaf = new Map<LeafTreeNode, RuleOutcome>();
  const paths: PathOutcome[] = [];
  const values = new Map<TreeNode, boolean>();

  const failedLeaves = (node: TreeNode): string[] => {
    const out: string[] = [];
    const walk = (n: TreeNode): void => {
      if (n.kind === 'leaf') {
        if (byLeaf.get(n)?.passed === false) out.push(n.id);
      } else if (n.kind === 'all') n.children.forEach(walk);
      else if (n.kind === 'any') n.alternatives.forEach((a) => walk(a.node));
      else walk(n.child);
    };
    walk(node);
    return out;
  };

  // Every node is evaluated (no short cut), so every rule gets an outcome.
  const visit = (node: TreeNode, negated: boolean, path: string[]): boolean => {
    let value: boolean;
    switch (node.kind) {
      case 'leaf': {
        const o = explainPredicate(node.predicate, facts, node.scope ?? '');
        const r = negate(o, negated);
        const outcome: RuleOutcome = { ...r, ruleId: node.id, label: node.label, fact: node.predicate.fact, negated, path };
        outcomes.push(outcome);
        byLeaf.set(node, outcome);
        value = o.passed;
        break;
      }
      case 'all':
        value = node.children.map((c) => visit(c, negated, path)).every(Boolean);
        break;
      case 'any': {
        const results = node.alternatives.map((a, i) => {
          const label = a.label ?? `路径 ${i + 1}`;
          const passed = visit(a.node, negated, [...path, label]);
          return { label, passed, node: a.node, index: i };
        });
        for (const r of results)
          paths.push({ anyId: node.id, anyLabel: node.label, index: r.index, label: r.label, passed: r.passed, failedRuleIds: failedLeaves(r.node) });
        value = results.some((r) => r.passed);
        break;
      }
      case 'not':
        value = !visit(node.child, !negated, path);
        break;
    }
    values.set(node, value);
    return value;
  };
  const eligible = visit(tree.root, false, []);

  // Reasons: why the root is false. whyFalse/whyTrue follow the tree so that a failed rule
  // inside a path that another path made unnecessary is not reported as a reason.
  const whyFalse = (n: TreeNode): RuleOutcome[] => {
    if (n.kind === 'leaf') return [byLeaf.get(n)].filter((o): o is RuleOutcome => o !== undefined);
    if (n.kind === 'all') return n.children.filter((c) => values.get(c) === false).flatMap(whyFalse);
    if (n.kind === 'any') return n.alternatives.flatMap((a) => whyFalse(a.node));
    return whyTrue(n.child);
  };
  const whyTrue = (n: TreeNode): RuleOutcome[] => {
    if (n.kind === 'leaf') return [byLeaf.get(n)].filter((o): o is RuleOutcome => o !== undefined);
    if (n.kind === 'all') return n.children.flatMap(whyTrue);
    if (n.kind === 'any') {
      const first = n.alternatives.find((a) => values.get(a.node) === true);
      return first ? whyTrue(first.node) : [];
    }
    return whyFalse(n.child);
  };

  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    personId: facts.id,
    refDate,
    eligible,
    outcomes,
    reasons: eligible ? [] : whyFalse(tree.root),
    paths,
    steps: tree.steps.map((s) => ({ id: s.id, label: s.label, passed: values.get(s) === true })),
  };
}

function negate(o: PredicateOutcome, negated: boolean): PredicateOutcome {
  if (!negated) return o;
  return {
    ...o,
    passed: !o.passed,
    code: `NEGATED_${o.code}`,
    message: o.passed ? `属于排除情形：${o.message}` : `不属于排除情形（${o.message}）`,
  };
}

// ---------------------------------------------------------------------------------------
// Fast evaluation

function compileNode(node: TreeNode): FactTest {
  switch (node.kind) {
    case 'leaf':
      return compilePredicate(node.predicate);
    case 'not': {
      const child = compileNode(node.child);
      return (f) => !child(f);
    }
    case 'all': {
      const cs = node.children.map(compileNode);
      if (cs.length === 0) return () => true;
      if (cs.length === 1) return cs[0] ?? (() => true);
      return (f) => {
        for (const c of cs) if (!c(f)) return false;
        return true;
      };
    }
    case 'any': {
      const cs = node.alternatives.map((a) => compileNode(a.node));
      if (cs.length === 0) return () => false;
      if (cs.length === 1) return cs[0] ?? (() => false);
      return (f) => {
        for (const c of cs) if (c(f)) return true;
        return false;
      };
    }
  }
}

/** `(facts) => eligible` for facts computed at `refDate`. */
export function compileEvaluator(ruleSet: RuleSet, refDate: IsoDate): (facts: PersonFacts) => boolean {
  const test = compileNode(buildRuleTree(ruleSet).root);
  return (f) => {
    if (f.refDate !== refDate) assertRefDate(f, refDate);
    return test(f);
  };
}

/**
 * `(facts) => index of the first funnel step not met`, or `steps.length` when eligible.
 * Steps are the root's children when the root is `all` (see rule-tree).
 */
export function compileFirstFailure(ruleSet: RuleSet, refDate: IsoDate): (facts: PersonFacts) => number {
  const steps = buildRuleTree(ruleSet).steps.map(compileNode);
  return (f) => {
    if (f.refDate !== refDate) assertRefDate(f, refDate);
    let i = 0;
    for (const step of steps) {
      if (!step(f)) return i;
      i += 1;
    }
    return i;
  };
}

/** `(facts) => id of the first funnel step not met`, or null when eligible. */
export function compileFirstFailingRule(ruleSet: RuleSet, refDate: IsoDate): (facts: PersonFacts) => string | null {
  const ids = buildRuleTree(ruleSet).steps.map((s) => s.id);
  const first = compileFirstFailure(ruleSet, refDate);
  return (f) => ids[first(f)] ?? null;
}

/** Ids of the eligible people among `facts`, in input order. */
export function screenFacts(ruleSet: RuleSet, facts: Iterable<PersonFacts>, refDate: IsoDate): number[] {
  const test = compileEvaluator(ruleSet, refDate);
  const out: number[] = [];
  for (const f of facts) if (test(f)) out.push(f.id);
  return out;
}

/** A leaf's outcome for one person, without evaluating the rest (for tables of one rule). */
export function explainLeaf(leaf: LeafTreeNode, facts: PersonFacts): PredicateOutcome {
  return explainPredicate(leaf.predicate, facts, leaf.scope ?? '');
}
