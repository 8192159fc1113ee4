// A rule set prepared for evaluation: every node has an id, leaves are numbered depth-first,
// and the funnel steps are known. The in-memory evaluator, the funnel, what-if and the SQL
// compiler all walk this one tree, so they agree on ids and on order.
//
// Default ids (for nodes the author left without one): a leaf is named after its fact
// ('age'), or 'age-1', 'age-2' … when the fact occurs several times without ids; composite
// nodes are 'all-1', 'any-1', 'not-1' …; the root is 'root'. Authors who refer to a rule
// from elsewhere (what-if, saved funnels) should give it an explicit id: default ids move
// when the tree changes.

import type { FactName, Predicate, RuleNode, RuleSet } from './rule-schema.js';
import { forEachNode } from './rule-schema.js';

interface TreeBase {
  readonly id: string;
  readonly label: string | undefined;
  /** The node of the rule set this was built from (what-if rebuilds the set through it). */
  readonly source: RuleNode;
}
export interface AllTreeNode extends TreeBase {
  readonly kind: 'all';
  readonly children: readonly TreeNode[];
}
export interface AnyTreeNode extends TreeBase {
  readonly kind: 'any';
  readonly alternatives: ReadonlyArray<{ readonly label: string | undefined; readonly node: TreeNode }>;
}
export interface NotTreeNode extends TreeBase {
  readonly kind: 'not';
  readonly child: TreeNode;
}
export interface LeafTreeNode extends TreeBase {
  readonly kind: 'leaf';
  readonly predicate: Predicate;
  readonly scope: string | undefined;
  /** Depth-first position among the leaves (0, 1, …). */
  readonly index: number;
}
export type TreeNode = AllTreeNode | AnyTreeNode | NotTreeNode | LeafTreeNode;

export interface RuleTree {
  readonly ruleSet: RuleSet;
  readonly root: TreeNode;
  /** Leaves in depth-first order (`leaves[i].index === i`). */
  readonly leaves: readonly LeafTreeNode[];
  readonly byId: ReadonlyMap<string, TreeNode>;
  /** Funnel steps: the root's children when the root is `all`, else the root alone. */
  readonly steps: readonly TreeNode[];
}

const trees = new WeakMap<RuleSet, RuleTree>();

/** The prepared tree of a rule set (memoised per rule-set object). */
export function buildRuleTree(ruleSet: RuleSet): RuleTree {
  const cached = trees.get(ruleSet);
  if (cached) return cached;

  const taken = new Set<string>();
  const factCount = new Map<FactName, number>();
  forEachNode(ruleSet.root, (n) => {
    if (n.id !== undefined) taken.add(n.id);
    else if ('rule' in n) factCount.set(n.rule.fact, (factCount.get(n.rule.fact) ?? 0) + 1);
  });
  const seen = new Map<string, number>();
  const fresh = (base: string, alwaysNumber: boolean): string => {
    let n = seen.get(base) ?? 0;
    let id: string;
    do {
      n += 1;
      id = !alwaysNumber && n === 1 ? base : `${base}-${n}`;
    } while (taken.has(id));
    seen.set(base, n);
    taken.add(id);
    return id;
  };

  const leaves: LeafTreeNode[] = [];
  const byId = new Map<string, TreeNode>();
  const build = (node: RuleNode, isRoot: boolean): TreeNode => {
    let out: TreeNode;
    if ('rule' in node) {
      const id = node.id ?? fresh(node.rule.fact, (factCount.get(node.rule.fact) ?? 0) > 1);
      const leaf: LeafTreeNode = { kind: 'leaf', id, label: node.label, source: node, predicate: node.rule, scope: node.scope, index: leaves.length };
      leaves.push(leaf);
      out = leaf;
    } else {
      const kind = 'all' in node ? 'all' : 'any' in node ? 'any' : 'not';
      const id = node.id ?? (isRoot && !taken.has('root') ? fresh('root', false) : fresh(kind, true));
      const base = { id, label: node.label, source: node };
      if ('all' in node) out = { kind: 'all', ...base, children: node.all.map((c) => build(c, false)) };
      else if ('any' in node)
        out = { kind: 'any', ...base, alternatives: node.any.map((a) => ({ label: a.label, node: build(a.node, false) })) };
      else out = { kind: 'not', ...base, child: build(node.not, false) };
    }
    byId.set(out.id, out);
    return out;
  };
  const root = build(ruleSet.root, true);
  const tree: RuleTree = { ruleSet, root, leaves, byId, steps: root.kind === 'all' ? root.children : [root] };
  trees.set(ruleSet, tree);
  return tree;
}

/** Evaluates a tree given the value of each leaf (by leaf index). */
export function evaluateTree(node: TreeNode, leafValue: (leaf: LeafTreeNode) => boolean): boolean {
  switch (node.kind) {
    case 'leaf':
      return leafValue(node);
    case 'all':
      return node.children.every((c) => evaluateTree(c, leafValue));
    case 'any':
      return node.alternatives.some((a) => evaluateTree(a.node, leafValue));
    case 'not':
      return !evaluateTree(node.child, leafValue);
  }
}

/** Display name of a node: its label, else for a leaf its fact, else its id. */
export function nodeName(node: TreeNode): string {
  return node.label ?? node.id;
}
