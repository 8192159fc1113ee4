// The rule editor's working copy: the rule tree with a stable key per node and an on/off
// switch, turned back into a RuleSet (switched-off nodes left out) for what-if and saving.
import type { Predicate, RuleNode, RuleSet } from './types';

export type NodeKind = 'all' | 'any' | 'not' | 'rule';

export interface EditNode {
  key: string;
  kind: NodeKind;
  id?: string;
  label?: string;
  /** Words qualifying a leaf's limit in messages (LeafNode.scope). */
  scope?: string;
  /** The path's name when the parent is `any` (Alternative.label). */
  altLabel?: string;
  /** Switched off: left out of the rule set (what-if “drop a rule”). */
  off: boolean;
  /** all: the rules; any: the paths; not: the one excluded node. */
  children: EditNode[];
  rule?: Predicate;
}

let seq = 0;
const nextKey = () => `n${++seq}`;

export function fromRuleNode(node: RuleNode, altLabel?: string): EditNode {
  const base = { key: nextKey(), id: node.id, label: node.label, altLabel, off: false };
  if ('all' in node) return { ...base, kind: 'all', children: node.all.map((c) => fromRuleNode(c)) };
  if ('any' in node) return { ...base, kind: 'any', children: node.any.map((a) => fromRuleNode(a.node, a.label)) };
  if ('not' in node) return { ...base, kind: 'not', children: [fromRuleNode(node.not)] };
  return { ...base, kind: 'rule', scope: node.scope, rule: { ...node.rule }, children: [] };
}

const meta = (n: EditNode) => ({ ...(n.id ? { id: n.id } : {}), ...(n.label?.trim() ? { label: n.label.trim() } : {}) });

/** The node as rule-schema JSON; null when switched off (or an exclusion of nothing). */
export function toRuleNode(n: EditNode): RuleNode | null {
  if (n.off) return null;
  switch (n.kind) {
    case 'all':
      return { ...meta(n), all: n.children.map(toRuleNode).filter((c): c is RuleNode => c !== null) };
    case 'any':
      return {
        ...meta(n),
        any: n.children.flatMap((c) => {
          const node = toRuleNode(c);
          return node ? [{ ...(c.altLabel?.trim() ? { label: c.altLabel.trim() } : {}), node }] : [];
        }),
      };
    case 'not': {
      const child = n.children[0] ? toRuleNode(n.children[0]) : null;
      return child ? { ...meta(n), not: child } : null;
    }
    case 'rule':
      return { ...meta(n), ...(n.scope?.trim() ? { scope: n.scope.trim() } : {}), rule: n.rule ?? { fact: 'age' } };
  }
}

export function toRuleSet(base: Omit<RuleSet, 'root'>, root: EditNode): RuleSet {
  return { id: base.id, name: base.name, description: base.description, note: base.note, version: base.version, root: toRuleNode({ ...root, off: false }) ?? { all: [] } };
}

/** A copy of the tree with `fn` applied to the node with the key. */
export function updateNode(root: EditNode, key: string, fn: (n: EditNode) => EditNode): EditNode {
  if (root.key === key) return fn(root);
  let changed = false;
  const children = root.children.map((c) => {
    const u = updateNode(c, key, fn);
    if (u !== c) changed = true;
    return u;
  });
  return changed ? { ...root, children } : root;
}

export function removeNode(root: EditNode, key: string): EditNode {
  const idx = root.children.findIndex((c) => c.key === key);
  if (idx >= 0) return { ...root, children: root.children.filter((c) => c.key !== key) };
  let changed = false;
  const children = root.children.map((c) => {
    const u = removeNode(c, key);
    if (u !== c) changed = true;
    return u;
  });
  return changed ? { ...root, children } : root;
}

export function moveNode(root: EditNode, key: string, delta: -1 | 1): EditNode {
  const idx = root.children.findIndex((c) => c.key === key);
  if (idx >= 0) {
    const to = idx + delta;
    if (to < 0 || to >= root.children.length) return root;
    const children = [...root.children];
    const [n] = children.splice(idx, 1);
    children.splice(to, 0, n!);
    return { ...root, children };
  }
  let changed = false;
  const children = root.children.map((c) => {
    const u = moveNode(c, key, delta);
    if (u !== c) changed = true;
    return u;
  });
  return changed ? { ...root, children } : root;
}

function allIds(root: EditNode): Set<string> {
  const out = new Set<string>();
  const walk = (n: EditNode) => {
    if (n.id) out.add(n.id);
    n.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** A node id not yet used in the tree: 'age-2', 'group-1' … */
export function freshId(root: EditNode, stem: string): string {
  const used = allIds(root);
  for (let i = 1; ; i++) {
    const id = `${stem}-${i}`;
    if (!used.has(id)) return id;
  }
}

export function newLeaf(root: EditNode, predicate: Predicate, label: string): EditNode {
  return { key: nextKey(), kind: 'rule', id: freshId(root, predicate.fact.replace(/[^A-Za-z0-9]/g, '').toLowerCase() || 'rule'), label, off: false, children: [], rule: { ...predicate } };
}

export function newGroup(root: EditNode, kind: 'all' | 'any' | 'not', label: string): EditNode {
  return { key: nextKey(), kind, id: freshId(root, kind === 'all' ? 'group' : kind === 'any' ? 'paths' : 'exclude'), label, off: false, children: [] };
}

/**
 * A readable place for an error path of the saved JSON ('root.all.0.any.1.node.rule.max'):
 * the labels of the nodes on the way and the field, e.g. '人选来源 › 特别优秀的乡镇长 › 年龄不超过 40 岁 · max'.
 */
export function describeIssuePath(ruleSet: RuleSet, path: string): string {
  const parts = path.split('.');
  if (parts[0] !== 'root') return path;
  const names: string[] = [];
  let cur: unknown = ruleSet.root;
  let i = 1;
  const nameOf = (n: unknown) => {
    const r = n as { label?: string; id?: string };
    return r.label ?? r.id;
  };
  const first = nameOf(cur);
  if (first) names.push(first);
  while (i < parts.length && cur && typeof cur === 'object') {
    const k = parts[i]!;
    const rec = cur as Record<string, unknown>;
    if (k === 'all' || k === 'any') {
      const arr = rec[k] as unknown[] | undefined;
      const item = arr?.[Number(parts[i + 1])];
      i += 2;
      if (k === 'any') {
        const alt = item as { label?: string; node?: unknown } | undefined;
        if (alt?.label) names.push(alt.label);
        if (parts[i] === 'node') i += 1;
        cur = alt?.node;
      } else cur = item;
      const n = nameOf(cur);
      if (n) names.push(n);
    } else if (k === 'not') {
      cur = rec.not;
      i += 1;
      const n = nameOf(cur);
      if (n) names.push(n);
    } else break;
  }
  const rest = parts.slice(i).join('.');
  return names.join(' › ') + (rest ? ` · ${rest}` : '');
}
