// Before/after side by side, changed keys highlighted (audit log, 409 compare view).
import { useMemo, useState } from 'react';
import { Space, Switch, Table, Tag, Typography } from 'antd';
import { displayValue, FIELD_LABELS } from '../lib/person-labels';
import { useCodes } from '../lib/codes';

interface Props {
  before: unknown;
  after: unknown;
  beforeTitle?: string;
  afterTitle?: string;
  /** Keys to show even when equal; by default only changed keys are shown first. */
  onlyKeys?: string[];
  labels?: Record<string, string>;
}

const asRecord = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function JsonDiff({ before, after, beforeTitle = '修改前', afterTitle = '修改后', onlyKeys, labels = FIELD_LABELS }: Props) {
  const codes = useCodes();
  const b = asRecord(before);
  const a = asRecord(after);
  const [onlyChanged, setOnlyChanged] = useState(true);
  const rows = useMemo(() => {
    const keys = onlyKeys ?? [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
    return keys.map((k) => ({ key: k, before: b?.[k], after: a?.[k], changed: !!b && !!a ? !same(b[k], a[k]) : true }));
  }, [a, b, onlyKeys]);
  if (!b && !a) return <Typography.Text type="secondary">无数据快照</Typography.Text>;
  const changedCount = b && a ? rows.filter((r) => r.changed).length : null;
  const shown = onlyChanged && b && a ? rows.filter((r) => r.changed) : rows;
  return (
    <div data-testid="json-diff">
      {b && a && (
        <Space style={{ marginBottom: 8 }}>
          <Tag color={changedCount ? 'orange' : 'default'}>{changedCount} 项变化</Tag>
          <Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} />
          <span>只看变化项</span>
        </Space>
      )}
      <Table
        className="diff-table"
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={shown}
        rowClassName={(r) => (r.changed && b && a ? 'diff-changed' : '')}
        columns={[
          { title: '字段', dataIndex: 'key', width: 160, render: (k: string) => labels[k] ?? k },
          ...(b ? [{ title: beforeTitle, key: 'before', render: (_: unknown, r: (typeof rows)[number]) => <pre>{displayValue(r.key, r.before, codes)}</pre> }] : []),
          ...(a ? [{ title: afterTitle, key: 'after', render: (_: unknown, r: (typeof rows)[number]) => <pre>{displayValue(r.key, r.after, codes)}</pre> }] : []),
        ]}
      />
    </div>
  );
}
