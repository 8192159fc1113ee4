// 审计日志 (audit administrator): search by user, time, action and object; before/after side by
// side with changed keys highlighted; hash-chain verification; export of the current search.
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Result, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, ReloadOutlined, SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { api, download, messageOf } from '../../api/client';
import type { AuditItem, AuditVerifyReport } from '../../api/types';
import { JsonDiff } from '../../components/JsonDiff';
import { formatTime } from '../../lib/format';

const OBJECT_TYPES: Record<string, string> = { person: '人员', unit: '单位', user: '账号', code_item: '代码项' };
const FILTERS = ['username', 'action', 'objectType', 'objectId', 'from', 'to', 'q'] as const;
type Filter = (typeof FILTERS)[number];
const EXPORT_LIMIT = 100_000; // AUDIT_EXPORT_LIMIT on the server

interface FormValues {
  username?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
  q?: string;
}

export default function AuditPage() {
  const { message } = App.useApp();
  const [sp, setSp] = useSearchParams();
  const [form] = Form.useForm<FormValues>();
  const [verify, setVerify] = useState<AuditVerifyReport | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [exporting, setExporting] = useState(false);

  const filters = useMemo(() => Object.fromEntries(FILTERS.map((k) => [k, sp.get(k) ?? undefined]).filter(([, v]) => v)) as Partial<Record<Filter, string>>, [sp]);
  const page = Math.max(1, Number(sp.get('page')) || 1);
  const pageSize = [20, 50, 100, 200].includes(Number(sp.get('pageSize'))) ? Number(sp.get('pageSize')) : 20;

  const actions = useQuery({ queryKey: ['audit-actions'], queryFn: () => api<{ items: Array<{ code: string; label: string }> }>('/audit/actions'), staleTime: Infinity });
  const list = useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: () => api<{ items: AuditItem[]; total: number }>('/audit', { query: { ...filters, page, pageSize } }),
    placeholderData: keepPreviousData,
  });

  const initial: FormValues = {
    ...filters,
    range: filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null,
  };

  const apply = (v: FormValues) => {
    const next = new URLSearchParams();
    for (const k of ['username', 'action', 'objectType', 'objectId', 'q'] as const) {
      const x = v[k]?.trim();
      if (x) next.set(k, x);
    }
    // Whole local days: from the start of the first to the end of the last.
    if (v.range?.[0]) next.set('from', v.range[0].startOf('day').toISOString());
    if (v.range?.[1]) next.set('to', v.range[1].endOf('day').toISOString());
    if (pageSize !== 20) next.set('pageSize', String(pageSize));
    setSp(next);
  };

  const runVerify = async () => {
    setVerifying(true);
    try {
      setVerify(await api<AuditVerifyReport>('/audit/verify'));
    } catch (err) {
      message.error(messageOf(err));
    } finally {
      setVerifying(false);
    }
  };

  // The server writes the workbook (and records the export in the audit trail).
  const exportXlsx = async () => {
    setExporting(true);
    try {
      const total = list.data?.total ?? 0;
      if (total > EXPORT_LIMIT) {
        message.warning(`共 ${total} 条，超过单次导出上限 ${EXPORT_LIMIT} 条，请缩小时间范围后再导出`);
        return;
      }
      const name = await download('/audit/export', filters, '审计日志.xlsx');
      message.success(`已导出：${name}`);
    } catch (err) {
      message.error(messageOf(err));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div>
      <Card size="small" className="page-card filter-form">
        <Form form={form} layout="inline" initialValues={initial} key={sp.toString()} onFinish={apply} style={{ rowGap: 8 }} data-testid="audit-filter">
          <Form.Item name="username" label="操作人">
            <Input allowClear placeholder="用户名" style={{ width: 130 }} />
          </Form.Item>
          <Form.Item name="action" label="操作类型">
            <Select allowClear showSearch optionFilterProp="label" style={{ width: 170 }} placeholder="全部" options={(actions.data?.items ?? []).map((a) => ({ value: a.code, label: a.label }))} />
          </Form.Item>
          <Form.Item name="objectType" label="对象类型">
            <Select allowClear style={{ width: 110 }} placeholder="全部" options={Object.entries(OBJECT_TYPES).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="objectId" label="对象编号">
            <Input allowClear style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="range" label="时间">
            <DatePicker.RangePicker allowEmpty={[true, true]} />
          </Form.Item>
          <Form.Item name="q" label="关键词">
            <Input allowClear placeholder="摘要中的文字" style={{ width: 150 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button icon={<ReloadOutlined />} onClick={() => setSp(new URLSearchParams())}>
                重置
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <Card
        size="small"
        className="page-card"
        title={
          <Space>
            <span>审计日志</span>
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              共 {list.data?.total ?? '…'} 条
            </Typography.Text>
          </Space>
        }
        extra={
          <Space>
            <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={() => void runVerify()} data-testid="audit-verify">
              校验日志完整性
            </Button>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()} data-testid="audit-export">
              导出Excel
            </Button>
          </Space>
        }
      >
        {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
        <Table<AuditItem>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          data-testid="audit-table"
          expandable={{
            rowExpandable: (a) => a.before != null || a.after != null,
            expandedRowRender: (a) => <JsonDiff before={a.before} after={a.after} />,
          }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (t) => `共 ${t} 条`,
            onChange: (p, s) => {
              const next = new URLSearchParams(sp);
              next.set('page', String(s !== pageSize ? 1 : p));
              next.set('pageSize', String(s));
              setSp(next);
            },
          }}
          columns={[
            { title: '时间', key: 'at', width: 170, render: (_, a) => formatTime(a.at) },
            { title: '操作人', dataIndex: 'username', width: 110, render: (u: string | null) => u ?? '系统' },
            { title: '操作', key: 'action', width: 140, render: (_, a) => <Tag color={a.action.startsWith('person') ? 'blue' : a.action.startsWith('user') || a.action.startsWith('auth') ? 'purple' : 'default'}>{a.actionLabel}</Tag> },
            {
              title: '对象',
              key: 'obj',
              width: 130,
              render: (_, a) => (
                <span>
                  {OBJECT_TYPES[a.objectType] ?? a.objectType}
                  {a.objectId ? ` #${a.objectId}` : ''}
                </span>
              ),
            },
            { title: '摘要', dataIndex: 'summary', ellipsis: true },
            { title: 'IP', dataIndex: 'ip', width: 120 },
            { title: '结果', dataIndex: 'result', width: 80, render: (r: string) => (r === 'ok' || r === 'success' ? <Tag color="green">成功</Tag> : <Tag color="red">{r}</Tag>) },
          ]}
        />
      </Card>
      <Modal open={!!verify} onCancel={() => setVerify(null)} footer={<Button onClick={() => setVerify(null)}>关闭</Button>} title="审计日志完整性校验">
        {verify &&
          (verify.ok ? (
            <Result status="success" title="校验通过" subTitle={`已校验 ${verify.checked} 条记录，哈希链完整，未发现篡改或删除。`} />
          ) : (
            <Result
              status="error"
              title="发现异常"
              subTitle={`已校验 ${verify.checked} 条记录，发现 ${verify.problems.length} 处问题：`}
              extra={
                <ul style={{ textAlign: 'left' }}>
                  {verify.problems.slice(0, 20).map((p) => (
                    <li key={p.id}>
                      #{p.id}：{p.message}
                    </li>
                  ))}
                </ul>
              }
            />
          ))}
      </Modal>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        人员相关记录可在 <Link to="/audit?objectType=person">对象类型“人员”</Link> 下查看；审计日志只读，任何账号均不能修改或删除。
      </Typography.Paragraph>
    </div>
  );
}
