// The unit tree: GET /api/units gives a flat list in tree order; the tree is built here.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { UnitNode } from '../api/types';

export interface UnitTreeNode {
  key: number;
  unit: UnitNode;
  children: UnitTreeNode[];
}

export interface UnitIndex {
  list: UnitNode[];
  byId: Map<number, UnitNode>;
  roots: UnitTreeNode[];
  nodeById: Map<number, UnitTreeNode>;
  /** Ids from the root down to the unit (inclusive). */
  ancestors(id: number): number[];
  /** Full name path: 四川省 / 甘孜藏族自治州 / 理塘县. */
  pathName(id: number | null | undefined): string;
}

export function buildUnitIndex(list: UnitNode[]): UnitIndex {
  const byId = new Map(list.map((u) => [u.id, u]));
  const nodeById = new Map<number, UnitTreeNode>();
  const roots: UnitTreeNode[] = [];
  for (const u of list) {
    const node: UnitTreeNode = { key: u.id, unit: u, children: [] };
    nodeById.set(u.id, node);
  }
  // Sibling order: sortOrder, then the order the API gave.
  const sorted = [...list].map((u, i) => ({ u, i })).sort((a, b) => a.u.sortOrder - b.u.sortOrder || a.i - b.i);
  for (const { u } of sorted) {
    const node = nodeById.get(u.id)!;
    const parent = u.parentId == null ? undefined : nodeById.get(u.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const ancestors = (id: number): number[] => {
    const out: number[] = [];
    let cur = byId.get(id);
    const seen = new Set<number>();
    while (cur && !seen.has(cur.id)) {
      seen.add(cur.id);
      out.unshift(cur.id);
      cur = cur.parentId == null ? undefined : byId.get(cur.parentId);
    }
    return out;
  };
  return {
    list,
    byId,
    roots,
    nodeById,
    ancestors,
    pathName: (id) => (id == null ? '' : ancestors(id).map((a) => byId.get(a)?.name ?? '').join(' / ')),
  };
}

/** `enabled: false` defers the (large) unit list, e.g. until a page's own rows are in. */
export function useUnits(opts: { enabled?: boolean } = {}) {
  const q = useQuery({ queryKey: ['units'], queryFn: () => api<{ items: UnitNode[] }>('/units'), staleTime: 5 * 60_000, enabled: opts.enabled ?? true });
  const index = useMemo(() => (q.data ? buildUnitIndex(q.data.items) : null), [q.data]);
  return { ...q, index };
}

/** Ids of units whose name contains the text, and every ancestor of each (for a filtered tree). */
export function matchUnits(index: UnitIndex, text: string): { matched: Set<number>; visible: Set<number> } {
  const t = text.trim();
  const matched = new Set<number>();
  const visible = new Set<number>();
  if (!t) return { matched, visible };
  for (const u of index.list) {
    if (u.name.includes(t) || u.divisionCode === t) {
      matched.add(u.id);
      for (const a of index.ancestors(u.id)) visible.add(a);
    }
  }
  return { matched, visible };
}
