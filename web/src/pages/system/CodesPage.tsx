// 代码表: labels and order are editable by the system administrator; codes are fixed.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, InputNumber, Menu, Space, Table, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { api, ApiError, messageOf } from '../../api/client';
import type { CodeTableName, CodeTableView } from '../../api/types';
import { useCodeTables } from '../../lib/codes';

type Item = CodeTableView['items'][number];

export default function CodesPage() {
  const q = useCodeTables();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [table, setTable] = useState<CodeTableName>('gender');
  const [drafts, setDrafts] = useState<Record<string, { label: string; sortOrder: number }>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const [filter, setFilter] = useState('');

  const tables = q.data?.tables ?? [];
  const current = tables.find((t) => t.name === table);
  const key = (code: string) => `${table}:${code}`;
  const items = (current?.items ?? []).filter((i) => !filter || i.code.includes(filter) || i.label.includes(filter));

  const save = async (item: Item) => {
    const d = drafts[key(item.code)];
    if (!d) return;
    setSaving(item.code);
    try {
      await api(`/codes/${table}/${encodeURIComponent(item.code)}`, { method: 'PUT', body: { label: d.label.trim(), sortOrder: d.sortOrder, version: item.version } });
      message.success(`已保存 ${item.code} ${d.label}`);
      setDrafts(({ [key(item.code)]: _, ...rest }) => rest);
      await qc.invalidateQueries({ queryKey: ['codes'] });
    } catch (err) {
      message.error(messageOf(err));
      if (err instanceof ApiError && err.code === 'VERSION_CONFLICT') await qc.invalidateQueries({ queryKey: ['codes'] });
    } finally {
      setSaving(null);
    }
  };

  const edit = (item: Item, patch: Partial<{ label: string; sortOrder: number }>) =>
    setDrafts((prev) => ({ ...prev, [key(item.code)]: { label: prev[key(item.code)]?.label ?? item.label, sortOrder: prev[key(item.code)]?.sortOrder ?? item.sortOrder, ...patch } }));

  return (
    <div className="people-layout">
      <Card className="people-tree" size="small" title="代码表" styles={{ body: { padding: 0 } }}>
        <Menu
          mode="inline"
          selectedKeys={[table]}
          onClick={(e) => setTable(e.key as CodeTableName)}
          items={tables.map((t) => ({ key: t.name, label: `${t.title}（${t.items.length}）` }))}
          style={{ borderInlineEnd: 'none' }}
        />
      </Card>
      <div className="people-main">
        <Card
          size="small"
          title={current?.title ?? ''}
          extra={<Input.Search allowClear placeholder="按代码或名称筛选" onSearch={setFilter} style={{ width: 220 }} />}
        >
          <Typography.Paragraph type="secondary">代码值由国家标准或系统规定，不可修改；可调整显示名称和排列顺序（排序号小的在前）。修改记入审计日志。</Typography.Paragraph>
          {q.error && <Alert type="error" showIcon title={q.error.message} />}
          <Table<Item>
            size="small"
            rowKey="code"
            loading={q.isLoading}
            dataSource={items}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            data-testid="codes-table"
            columns={[
              { title: '代码', dataIndex: 'code', width: 160, render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
              {
                title: '名称',
                key: 'label',
                render: (_, i) => <Input value={drafts[key(i.code)]?.label ?? i.label} onChange={(e) => edit(i, { label: e.target.value })} maxLength={50} />,
              },
              {
                title: '排序号',
                key: 'sort',
                width: 130,
                render: (_, i) => <InputNumber value={drafts[key(i.code)]?.sortOrder ?? i.sortOrder} onChange={(v) => edit(i, { sortOrder: Number(v ?? 0) })} style={{ width: '100%' }} />,
              },
              {
                title: '操作',
                key: 'ops',
                width: 160,
                render: (_, i) => {
                  const d = drafts[key(i.code)];
                  const dirty = !!d && (d.label !== i.label || d.sortOrder !== i.sortOrder);
                  return (
                    <Space>
                      <Button size="small" type="primary" icon={<SaveOutlined />} disabled={!dirty || !d?.label.trim()} loading={saving === i.code} onClick={() => void save(i)}>
                        保存
                      </Button>
                      {dirty && (
                        <Button size="small" onClick={() => setDrafts(({ [key(i.code)]: _, ...rest }) => rest)}>
                          还原
                        </Button>
                      )}
                    </Space>
                  );
                },
              },
            ]}
          />
        </Card>
      </div>
    </div>
  );
}
