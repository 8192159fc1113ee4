// 资格审查: pick a rule set, a reference date and a unit subtree, screen the register in the
// database, see how many people each rule removes (funnel) and who is eligible (paged), open
// anyone's reasons, export the result.
import { useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Collapse, Empty, Form, Select, Space, Statistic, Table, Tag, TreeSelect, Typography } from 'antd';
import { DownloadOutlined, EditOutlined, SearchOutlined, UserOutlined } from '@ant-design/icons';
import type { EChartsCoreOption } from 'echarts/core';
import { api, download, messageOf } from '../../api/client';
import type { Page, PersonListItem } from '../../api/types';
import { EChart } from '../../components/EChart';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { unitTreeSelectData } from '../../components/unit-select';
import { useCodes } from '../../lib/codes';
import { useUnits } from '../../lib/units';
import { ReasonsDrawer } from './ReasonsDrawer';
import { personColumns, ruleSetOptions, useEligibilityState, useRuleSet, useRuleSets } from './shared';
import type { Funnel, ScreeningResult } from './types';

function funnelOption(f: Funnel): EChartsCoreOption {
  const names = ['参审人员', ...f.steps.map((s) => s.name)];
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps: Array<{ dataIndex: number }>) => {
        const i = ps[0]?.dataIndex ?? 0;
        if (i === 0) return `参审人员：${f.total} 人`;
        const s = f.steps[i - 1]!;
        return `${s.name}<br/>本条排除：${s.removed} 人<br/>剩余：${s.remaining} 人`;
      },
    },
    legend: { top: 0, data: ['剩余人数', '本条排除'] },
    grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: names, axisLabel: { width: 150, overflow: 'truncate' } },
    series: [
      { name: '剩余人数', type: 'bar', stack: 'n', barMaxWidth: 28, itemStyle: { color: '#1f5fad' }, label: { show: true, position: 'insideLeft', color: '#fff' }, data: [f.total, ...f.steps.map((s) => s.remaining)] },
      {
        name: '本条排除',
        type: 'bar',
        stack: 'n',
        barMaxWidth: 28,
        itemStyle: { color: '#f3a73b' },
        label: { show: true, position: 'right', color: '#ad4e00', formatter: (p: { value: number }) => (p.value > 0 ? `−${p.value}` : '') },
        data: [0, ...f.steps.map((s) => s.removed)],
      },
    ],
  };
}

/** “查看某人”: a person by name (GET /api/people?q=) or by id. */
function PersonLookup({ onPick }: { onPick(id: number): void }) {
  const [text, setText] = useState('');
  const q = useQuery({
    queryKey: ['eligibility-person-lookup', text],
    queryFn: ({ signal }) => api<Page<PersonListItem>>('/people', { query: { q: text, pageSize: 10 }, signal }),
    enabled: text.trim().length > 0 && !/^\d+$/.test(text.trim()),
    placeholderData: keepPreviousData,
  });
  const options = useMemo(() => {
    const t = text.trim();
    if (/^\d+$/.test(t)) return [{ value: Number(t), label: `人员编号 ${t}` }];
    if (!t) return [];
    return (q.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.age}岁）${p.unitName ? ` · ${p.unitName}` : ''}${p.post ? ` · ${p.post}` : ''}` }));
  }, [q.data, text]);
  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      value={null}
      options={options}
      onChange={(id) => {
        if (id != null) onPick(id);
        setText('');
      }}
      loading={q.isFetching}
      notFoundContent={text.trim() ? (q.isFetching ? '查询中…' : '没有匹配的人员') : '输入姓名、拼音首字母或人员编号'}
      placeholder="查看某人：输入姓名或编号"
      suffixIcon={<UserOutlined />}
      style={{ width: 300 }}
      data-testid="person-lookup"
    />
  );
}

export function ScreeningView() {
  const { message } = App.useApp();
  const [state, update] = useEligibilityState();
  const codes = useCodes();
  const units = useUnits();
  const sets = useRuleSets();
  const ruleSetId = state.ruleSetId ?? sets.data?.items[0]?.id;
  const detail = useRuleSet(ruleSetId);
  const [exporting, setExporting] = useState(false);

  const body = { ruleSetId, asOf: state.asOf, unitId: state.unitId, page: state.page, pageSize: state.pageSize };
  const result = useQuery({
    queryKey: ['eligibility-screen', body],
    queryFn: ({ signal }) => api<ScreeningResult>('/eligibility/screen', { method: 'POST', body, signal }),
    enabled: state.run && !!ruleSetId,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
  const data = state.run ? result.data : undefined;
  const option = useMemo(() => (data ? funnelOption(data.funnel) : null), [data]);
  const treeData = useMemo(() => (units.index ? unitTreeSelectData(units.index) : []), [units.index]);

  const onScreen = () => {
    if (state.run && state.page === 1) void result.refetch();
    else update({ ruleSetId, run: true, page: 1 });
  };

  const onExport = async () => {
    if (!ruleSetId) return;
    setExporting(true);
    try {
      const name = await download('/eligibility/export', { ruleSetId, asOf: state.asOf, unitId: state.unitId }, '资格审查结果.xlsx');
      message.success(`已导出：${name}`);
    } catch (err) {
      message.error(messageOf(err));
    } finally {
      setExporting(false);
    }
  };

  const rs = detail.data;
  return (
    <>
      <Card size="small" className="page-card">
        <Form layout="inline" style={{ rowGap: 8 }} onFinish={onScreen} data-testid="screen-form">
          <Form.Item label="规则集" required>
            <Select
              style={{ width: 420 }}
              loading={sets.isLoading}
              options={ruleSetOptions(sets.data?.items ?? [])}
              value={ruleSetId}
              onChange={(v: string) => update({ ruleSetId: v, run: false, page: 1 })}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择规则集"
              data-testid="ruleset-select"
            />
          </Form.Item>
          <Form.Item label="计算日期">
            <IsoDatePicker value={state.asOf} onChange={(v) => v && update({ asOf: v, page: 1 })} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item label="单位范围">
            <TreeSelect
              style={{ width: 240 }}
              allowClear
              showSearch
              treeNodeFilterProp="title"
              treeData={treeData}
              loading={units.isLoading}
              value={state.unitId}
              onChange={(v?: number) => update({ unitId: v ?? undefined, page: 1 })}
              placeholder="全部（我的数据范围）"
              treeDefaultExpandedKeys={units.index?.roots.map((r) => r.key)}
              popupMatchSelectWidth={360}
              data-testid="unit-select"
            />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={result.isFetching} disabled={!ruleSetId} data-testid="screen-submit">
                开始审查
              </Button>
              <Button icon={<DownloadOutlined />} loading={exporting} disabled={!data} onClick={() => void onExport()} data-testid="screen-export">
                导出Excel
              </Button>
              <Button icon={<EditOutlined />} onClick={() => update({ tab: 'editor', ruleSetId })} data-testid="open-editor">
                调整规则 / 假设分析
              </Button>
            </Space>
          </Form.Item>
        </Form>
        {sets.error && <Alert type="error" showIcon title={sets.error.message} style={{ marginTop: 8 }} />}
        {rs && (
          <div style={{ marginTop: 12 }} data-testid="ruleset-info">
            <Space size={8} wrap>
              <Typography.Text strong style={{ fontSize: 15 }}>
                {rs.name}
              </Typography.Text>
              {rs.builtin ? <Tag color="blue">内置</Tag> : <Tag color="green">自定义 · 第 {rs.version} 版</Tag>}
              <Typography.Text type="secondary">编号 {rs.id}</Typography.Text>
            </Space>
            {rs.description && <div style={{ marginTop: 4 }}>{rs.description}</div>}
            {rs.note && (
              <Collapse
                size="small"
                ghost
                style={{ marginTop: 4 }}
                items={[{ key: 'note', label: '口径说明（来源原文与取舍）', children: <div className="elig-note" data-testid="ruleset-note">{rs.note}</div> }]}
              />
            )}
          </div>
        )}
      </Card>

      {result.error && <Alert type="error" showIcon title={result.error.message} style={{ marginTop: 16 }} />}

      {!data && !result.isFetching && (
        <Card size="small" className="page-card">
          <Empty description="选择规则集、计算日期和单位范围后，点击“开始审查”" />
          <div style={{ textAlign: 'center' }}>
            <PersonLookup onPick={(id) => update({ person: id })} />
          </div>
        </Card>
      )}

      {data && option && (
        <div className="elig-layout page-card" style={{ gridTemplateColumns: 'minmax(340px, 2fr) minmax(0, 3fr)', marginTop: 16 }}>
          <Card size="small" title="筛查漏斗（各条件排除人数）">
            <Space size={32} style={{ marginBottom: 8 }}>
              <Statistic title="参审人员" value={data.total} suffix="人" />
              <Statistic title="符合条件" value={data.eligible} suffix="人" styles={{ content: { color: '#389e0d' } }} />
            </Space>
            <EChart option={option} height={Math.max(220, 60 + (data.funnel.steps.length + 1) * 44)} testId="chart-funnel" />
            {data.funnel.undecided > 0 && <Alert type="warning" showIcon title={`${data.funnel.undecided} 人的条件无法在数据库中判定，未计入符合人数`} />}
          </Card>
          <Card
            size="small"
            title={
              <Space>
                <span>符合条件人员</span>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="screen-total">
                  共 {data.eligible} 人（参审 {data.total} 人，计算日期 {data.asOf}）
                </Typography.Text>
              </Space>
            }
            extra={<PersonLookup onPick={(id) => update({ person: id })} />}
          >
            <Table<PersonListItem>
              rowKey="id"
              size="small"
              columns={personColumns(codes)}
              dataSource={data.items}
              loading={result.isFetching}
              scroll={{ x: 620 }}
              onRow={(p) => ({ onClick: () => update({ person: p.id }), style: { cursor: 'pointer' } })}
              pagination={{
                current: state.page,
                pageSize: state.pageSize,
                total: data.eligible,
                showSizeChanger: true,
                pageSizeOptions: [10, 20, 50, 100],
                showTotal: (t, r) => `第 ${r[0]}–${r[1]} 条，共 ${t} 条`,
                onChange: (page, pageSize) => update({ page: pageSize !== state.pageSize ? 1 : page, pageSize }),
              }}
              locale={{ emptyText: '没有符合条件的人员' }}
              data-testid="screen-table"
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              点击一行查看该人员逐条审查说明；不符合条件的人员可用右上角“查看某人”查询。
            </Typography.Text>
          </Card>
        </div>
      )}

      <ReasonsDrawer
        personId={state.person}
        ruleSetRef={ruleSetId ? { ruleSetId } : undefined}
        ruleSetName={rs?.name}
        asOf={state.asOf}
        onClose={() => update({ person: undefined })}
      />
    </>
  );
}
