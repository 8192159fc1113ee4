// 首页: figures of the reader's data scope, each chart clicking through to the filtered list.
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Space, Statistic, TreeSelect, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { api } from '../api/client';
import type { Dashboard } from '../api/types';
import { EChart } from '../components/EChart';
import { EDUCATION_GROUP_LABELS, useCodes } from '../lib/codes';
import { useUnits } from '../lib/units';
import { unitTreeSelectData } from '../components/unit-select';

const MEN = '#3a7bd5';
const WOMEN = '#e8684a';
const PALETTE = ['#1f5fad', '#3a7bd5', '#5ab1ef', '#19a979', '#f5b14c', '#e8684a', '#9a60b4', '#ea7ccc', '#6dc8ec', '#945fb9', '#ff9845', '#1e9493'];

/** Democratic parties (04–11) are one slice: eight tiny slices would hide each other. */
const DEMOCRATIC_PARTIES = ['04', '05', '06', '07', '08', '09', '10', '11'];
function politicalGroups(rows: Dashboard['byPolitical'], label: (t: 'political_status', c: string) => string) {
  const out: Array<{ name: string; count: number; codes: string[] }> = [];
  const parties = rows.filter((r) => DEMOCRATIC_PARTIES.includes(r.code));
  for (const r of rows) {
    if (DEMOCRATIC_PARTIES.includes(r.code)) continue;
    out.push({ name: label('political_status', r.code), count: r.count, codes: [r.code] });
  }
  if (parties.length) out.splice(Math.min(3, out.length), 0, { name: '民主党派', count: parties.reduce((s, r) => s + r.count, 0), codes: parties.map((r) => r.code) });
  return out;
}

const pct = (n: number, total: number) => (total ? `${((n / total) * 100).toFixed(1)}%` : '—');

export default function DashboardPage() {
  const [unitId, setUnitId] = useState<number | null>(null);
  const codes = useCodes();
  const units = useUnits();
  const navigate = useNavigate();
  const q = useQuery({
    queryKey: ['dashboard', unitId],
    queryFn: () => api<Dashboard>('/stats/dashboard', { query: { unitId } }),
  });
  const d = q.data;

  /** Opens the people list with the chart's filter plus the dashboard's unit. */
  const openList = (params: Record<string, string>) => {
    const sp = new URLSearchParams(params);
    if (unitId != null) sp.set('unitId', String(unitId));
    navigate(`/people?${sp.toString()}`);
  };

  const options = useMemo(() => {
    if (!d) return null;
    const pyramid = [...d.agePyramid].sort((a, b) => a.ageMin - b.ageMin);
    const ageOption: EChartsCoreOption = {
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v: unknown) => `${Math.abs(Number(v))} 人`,
      },
      legend: { data: ['男', '女'], top: 0 },
      grid: { left: 60, right: 30, top: 30, bottom: 20, containLabel: false },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => String(Math.abs(v)) } },
      yAxis: { type: 'category', data: pyramid.map((b) => `${b.band}岁`), axisTick: { show: false } },
      series: [
        { name: '男', type: 'bar', stack: 'age', data: pyramid.map((b) => -b.men), itemStyle: { color: MEN }, barCategoryGap: '15%' },
        { name: '女', type: 'bar', stack: 'age', data: pyramid.map((b) => b.women), itemStyle: { color: WOMEN } },
      ],
    };
    const ranks = d.byRank.filter((r) => r.count > 0);
    const rankOption: EChartsCoreOption = {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 50, right: 20, top: 20, bottom: 70 },
      xAxis: { type: 'category', data: ranks.map((r) => (r.code ? codes.label('rank', r.code) : '未填写')), axisLabel: { rotate: 35, interval: 0 } },
      yAxis: { type: 'value' },
      series: [{ name: '人数', type: 'bar', data: ranks.map((r) => r.count), itemStyle: { color: '#1f5fad' }, label: { show: true, position: 'top' } }],
    };
    const pie = (name: string, data: Array<{ name: string; value: number }>): EChartsCoreOption => ({
      color: PALETTE,
      tooltip: { trigger: 'item', formatter: '{b}：{c} 人（{d}%）' },
      legend: { type: 'scroll', bottom: 0, left: 'center' },
      series: [{ name, type: 'pie', radius: ['32%', '58%'], center: ['50%', '45%'], avoidLabelOverlap: true, minShowLabelAngle: 4, label: { formatter: '{b}\n{d}%' }, data }],
    });
    const eduOption = pie(
      '学历',
      d.byEducation.map((e) => ({ name: e.code ? (EDUCATION_GROUP_LABELS[e.code] ?? codes.label('education', e.code)) : '未填写', value: e.count })),
    );
    const polGroups = politicalGroups(d.byPolitical, codes.label);
    const polOption = pie(
      '政治面貌',
      polGroups.map((g) => ({ name: g.name, value: g.count })),
    );
    // Ethnic make-up: the ten largest groups, the rest together.
    const top = d.byEthnicity.slice(0, 10);
    const rest = d.byEthnicity.slice(10);
    const ethData = [...top.map((e) => ({ name: codes.label('ethnicity', e.code), value: e.count })), ...(rest.length ? [{ name: '其他民族', value: rest.reduce((s, e) => s + e.count, 0) }] : [])];
    const ethOption: EChartsCoreOption = {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 80, right: 40, top: 10, bottom: 20 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: ethData.map((e) => e.name) },
      series: [{ name: '人数', type: 'bar', data: ethData.map((e) => e.value), itemStyle: { color: '#19a979' }, label: { show: true, position: 'right' } }],
    };
    const levelOption: EChartsCoreOption = {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 50, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: d.byUnitLevel.map((l) => (l.level ? codes.label('unit_level', l.level) : '未分配单位')) },
      yAxis: { type: 'value' },
      series: [{ name: '人数', type: 'bar', data: d.byUnitLevel.map((l) => l.count), itemStyle: { color: '#f5b14c' }, label: { show: true, position: 'top' }, barMaxWidth: 48 }],
    };
    const catOption = pie(
      '人员类别',
      d.byCategory.map((c) => ({ name: codes.label('category', c.code), value: c.count })),
    );
    return { ageOption, rankOption, eduOption, polOption, polGroups, ethOption, levelOption, catOption, pyramid, ranks, top, rest };
  }, [d, codes]);

  return (
    <div>
      <Card className="page-card" styles={{ body: { paddingBlock: 12 } }}>
        <Space wrap>
          <Typography.Text strong>统计范围：</Typography.Text>
          <TreeSelect
            style={{ width: 360 }}
            allowClear
            showSearch
            treeNodeFilterProp="title"
            placeholder="全部（本人数据范围内）"
            value={unitId ?? undefined}
            onChange={(v) => setUnitId(v == null ? null : Number(v))}
            treeData={units.index ? unitTreeSelectData(units.index) : []}
            loading={units.isLoading}
            listHeight={400}
            data-testid="dashboard-unit"
          />
          <Typography.Text type="secondary">点击图表中的柱形或扇区可查看对应人员名单</Typography.Text>
        </Space>
      </Card>
      {q.error && <Alert type="error" showIcon title={q.error.message} style={{ marginTop: 16 }} />}
      <Row gutter={16} style={{ marginTop: 16 }}>
        {[
          { title: '干部人才总数', value: d?.total, suffix: '人', onClick: () => openList({}) },
          { title: '女性干部', value: d?.women, suffix: d ? `人 · ${pct(d.women, d.total)}` : '人', onClick: () => openList({ gender: '2' }) },
          {
            title: '少数民族干部',
            value: d?.minority,
            suffix: d ? `人 · ${pct(d.minority, d.total)}` : '人',
            onClick: () => d && openList({ ethnicity: d.byEthnicity.filter((e) => e.code !== '01').map((e) => e.code).join(',') }),
          },
          { title: '后备干部', value: d?.reserve, suffix: d ? `人 · ${pct(d.reserve, d.total)}` : '人', onClick: () => openList({ isReserve: 'true' }) },
        ].map((k) => (
          <Col span={6} key={k.title}>
            <Card hoverable onClick={k.onClick} loading={q.isLoading} data-testid="kpi">
              <Statistic title={k.title} value={k.value ?? 0} suffix={<span style={{ fontSize: 14 }}>{k.suffix}</span>} />
            </Card>
          </Col>
        ))}
      </Row>
      {options && d && (
        <>
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col span={12}>
              <Card title="年龄结构（按性别）" size="small">
                <EChart
                  testId="chart-age"
                  height={340}
                  option={options.ageOption}
                  onItemClick={(e) => {
                    const band = options.pyramid[e.dataIndex];
                    if (band) openList({ gender: e.seriesName === '女' ? '2' : '1', ageMin: String(band.ageMin), ageMax: String(band.ageMax) });
                  }}
                />
              </Card>
            </Col>
            <Col span={12}>
              <Card title="职务级别分布" size="small">
                <EChart
                  testId="chart-rank"
                  height={340}
                  option={options.rankOption}
                  onItemClick={(e) => {
                    const r = options.ranks[e.dataIndex];
                    if (r?.code) openList({ rank: r.code });
                  }}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col span={8}>
              <Card title="学历结构（最高学历）" size="small">
                <EChart
                  testId="chart-education"
                  option={options.eduOption}
                  onItemClick={(e) => {
                    const x = d.byEducation[e.dataIndex];
                    if (x?.code) openList({ edu: x.code });
                  }}
                />
              </Card>
            </Col>
            <Col span={8}>
              <Card title="政治面貌" size="small">
                <EChart
                  testId="chart-political"
                  option={options.polOption}
                  onItemClick={(e) => {
                    const x = options.polGroups[e.dataIndex];
                    if (x) openList({ politicalStatus: x.codes.join(',') });
                  }}
                />
              </Card>
            </Col>
            <Col span={8}>
              <Card title="人员类别" size="small">
                <EChart
                  testId="chart-category"
                  option={options.catOption}
                  onItemClick={(e) => {
                    const x = d.byCategory[e.dataIndex];
                    if (x) openList({ category: x.code });
                  }}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col span={12}>
              <Card title="民族构成" size="small">
                <EChart
                  testId="chart-ethnicity"
                  option={options.ethOption}
                  onItemClick={(e) => {
                    const x = options.top[e.dataIndex];
                    if (x) openList({ ethnicity: x.code });
                    else if (e.dataIndex === options.top.length && options.rest.length) openList({ ethnicity: options.rest.map((r) => r.code).join(',') });
                  }}
                />
              </Card>
            </Col>
            <Col span={12}>
              <Card title="各层级单位人数" size="small">
                <EChart
                  testId="chart-unit-level"
                  option={options.levelOption}
                  onItemClick={(e) => {
                    const x = d.byUnitLevel[e.dataIndex];
                    if (x?.level) openList({ unitLevel: x.level });
                  }}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
