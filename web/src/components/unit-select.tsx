// Tree data for antd TreeSelect (virtual list built in), from the unit index.
import type { UnitIndex, UnitTreeNode } from '../lib/units';

export interface UnitSelectNode {
  value: number;
  title: string;
  children?: UnitSelectNode[];
}

const cache = new WeakMap<UnitIndex, UnitSelectNode[]>();

export function unitTreeSelectData(index: UnitIndex): UnitSelectNode[] {
  const hit = cache.get(index);
  if (hit) return hit;
  const convert = (n: UnitTreeNode): UnitSelectNode => ({ value: n.unit.id, title: n.unit.name, ...(n.children.length ? { children: n.children.map(convert) } : {}) });
  const data = index.roots.map(convert);
  cache.set(index, data);
  return data;
}
