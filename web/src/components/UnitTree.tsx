// The organisation tree (~3,000–4,000 units) with virtual scrolling and a name search.
import { useEffect, useMemo, useState, type Key } from 'react';
import { Empty, Input, Spin, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { matchUnits, type UnitIndex, type UnitTreeNode } from '../lib/units';

interface Props {
  index: UnitIndex | null;
  loading?: boolean;
  selectedId: number | null;
  onSelect(id: number | null): void;
  height?: number;
  /** Which count to show beside a name. */
  count?: 'subtree' | 'none';
}

function highlight(name: string, text: string) {
  const t = text.trim();
  const i = t ? name.indexOf(t) : -1;
  if (i < 0) return <span>{name}</span>;
  return (
    <span>
      {name.slice(0, i)}
      <span style={{ color: '#cf1322', fontWeight: 600 }}>{t}</span>
      {name.slice(i + t.length)}
    </span>
  );
}

export function UnitTree({ index, loading, selectedId, onSelect, height = 560, count = 'subtree' }: Props) {
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<Key[]>([]);
  const [autoExpand, setAutoExpand] = useState(true);

  const { matched, visible } = useMemo(() => (index ? matchUnits(index, search) : { matched: new Set<number>(), visible: new Set<number>() }), [index, search]);

  const treeData = useMemo<DataNode[]>(() => {
    if (!index) return [];
    const filtering = search.trim() !== '';
    const convert = (n: UnitTreeNode, underMatch: boolean): DataNode | null => {
      const inMatch = underMatch || matched.has(n.unit.id);
      if (filtering && !inMatch && !visible.has(n.unit.id)) return null;
      const children = n.children.map((c) => convert(c, inMatch)).filter((c): c is DataNode => c !== null);
      return {
        key: n.unit.id,
        title: (
          <span title={index.pathName(n.unit.id)}>
            {highlight(n.unit.name, search)}
            {count === 'subtree' && <span className="tree-count">{n.unit.subtreeCount}</span>}
          </span>
        ),
        children: children.length ? children : undefined,
        isLeaf: children.length === 0,
      };
    };
    return index.roots.map((r) => convert(r, false)).filter((c): c is DataNode => c !== null);
  }, [index, matched, visible, search, count]);

  // Open the first two levels at first, and the path to a selected unit.
  useEffect(() => {
    if (!index) return;
    setExpanded((prev) => {
      const keys = new Set<Key>(prev);
      if (prev.length === 0)
        for (const r of index.roots) {
          keys.add(r.key);
          for (const c of r.children) if (c.children.length) keys.add(c.key);
        }
      if (selectedId != null) for (const a of index.ancestors(selectedId).slice(0, -1)) keys.add(a);
      return [...keys];
    });
  }, [index, selectedId]);

  useEffect(() => {
    if (!index || !search.trim()) return;
    // Show every match: open its ancestors.
    const keys = new Set<Key>();
    for (const id of matched) for (const a of index.ancestors(id).slice(0, -1)) keys.add(a);
    setExpanded([...keys]);
    setAutoExpand(true);
  }, [index, search, matched]);

  return (
    <div>
      <Input.Search allowClear placeholder="搜索单位名称或区划代码" onSearch={setSearch} onChange={(e) => e.target.value === '' && setSearch('')} style={{ marginBottom: 8 }} data-testid="unit-search" />
      {loading || !index ? (
        <div style={{ padding: 24, textAlign: 'center' }}>
          <Spin />
        </div>
      ) : treeData.length === 0 ? (
        <Empty description="没有匹配的单位" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Tree
          blockNode
          height={height}
          treeData={treeData}
          expandedKeys={expanded}
          autoExpandParent={autoExpand}
          onExpand={(keys) => {
            setExpanded(keys);
            setAutoExpand(false);
          }}
          selectedKeys={selectedId != null ? [selectedId] : []}
          onSelect={(keys) => onSelect(keys.length ? Number(keys[0]) : null)}
          data-testid="unit-tree"
        />
      )}
    </div>
  );
}
