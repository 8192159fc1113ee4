// 人员信息: unit tree beside a server-paged list whose filters live in the URL.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Divider, Form, Input, InputNumber, Popover, Row, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { DownloadOutlined, DownOutlined, ImportOutlined, PlusOutlined, ReloadOutlined, SearchOutlined, SettingOutlined, UpOutlined } from '@ant-design/icons';
import { api, download, messageOf } from '../../api/client';
import type { Page, PersonListItem } from '../../api/types';
import { can, useUser } from '../../auth/auth';
import { UnitTree } from '../../components/UnitTree';
import { EDUCATION_GROUP_LABELS, useCodes, type Codes } from '../../lib/codes';
import { useUnits } from '../../lib/units';
import { apiQuery, LIST_KEYS, PAGE_SIZES, readListState, writeListState, type FilterKey, type ListState, type Sort } from '../../lib/people-filters';
import { formatMonth } from '../../lib/format';

const COLUMNS_KEY = 'cadre.people.columns';

interface ColumnDef {
  key: string;
  title: string;
  defaultVisible: boolean;
  width?: number;
  sortKey?: 'name' | 'birthDate' | 'rank' | 'updatedAt';
  render(p: PersonListItem, codes: Codes): ReactNode;
}

const COLUMN_DEFS: ColumnDef[] = [
  { key: 'name', title: '姓名', defaultVisible: true, width: 100, sortKey: 'name', render: (p) => <Link to={`/people/${p.id}`}>{p.name}</Link> },
  { key: 'gender', title: '性别', defaultVisible: true, width: 60, render: (p, c) => c.label('gender', p.gender) },
  { key: 'ethnicity', title: '民族', defaultVisible: true, width: 80, render: (p, c) => c.label('ethnicity', p.ethnicity) },
  { key: 'birthDate', title: '出生年月', defaultVisible: true, width: 130, sortKey: 'birthDate', render: (p) => <span style={{ whiteSpace: 'nowrap' }}>{`${formatMonth(p.birthDate)}（${p.age}岁）`}</span> },
  { key: 'idNumber', title: '身份证号码', defaultVisible: true, width: 170, render: (p) => <span style={{ fontFamily: 'monospace' }}>{p.idNumberMasked ?? ''}</span> },
  { key: 'politicalStatus', title: '政治面貌', defaultVisible: true, width: 100, render: (p, c) => c.label('political_status', p.politicalStatus) },
  { key: 'unitName', title: '所在单位', defaultVisible: true, width: 180, render: (p) => p.unitName ?? '' },
  { key: 'post', title: '现任职务', defaultVisible: true, width: 180, render: (p) => p.post ?? '' },
  { key: 'rank', title: '职务级别', defaultVisible: true, width: 100, sortKey: 'rank', render: (p, c) => c.label('rank', p.rank) },
  { key: 'grade', title: '职级', defaultVisible: false, width: 110, render: (p, c) => c.label('grade', p.grade) },
  { key: 'eduAny', title: '最高学历', defaultVisible: true, width: 90, render: (p) => (p.eduAny ? (EDUCATION_GROUP_LABELS[p.eduAny] ?? p.eduAny) : '') },
  { key: 'eduFulltime', title: '全日制学历', defaultVisible: false, width: 100, render: (p) => (p.eduFulltime ? (EDUCATION_GROUP_LABELS[p.eduFulltime] ?? p.eduFulltime) : '') },
  { key: 'category', title: '人员类别', defaultVisible: false, width: 130, render: (p, c) => c.label('category', p.category) },
  { key: 'titleLevel', title: '职称等级', defaultVisible: false, width: 90, render: (p, c) => c.label('title_level', p.titleLevel) },
  { key: 'postKind', title: '岗位类别', defaultVisible: false, width: 120, render: (p, c) => c.label('post_kind', p.postKind) },
  { key: 'isReserve', title: '后备干部', defaultVisible: false, width: 80, render: (p) => (p.isReserve ? <Tag color="gold">后备</Tag> : '') },
  { key: 'poolTier', title: '年轻干部库', defaultVisible: false, width: 150, render: (p, c) => c.label('pool_tier', p.poolTier) },
  { key: 'nativePlace', title: '籍贯', defaultVisible: false, width: 100, render: (p) => p.nativePlace ?? '' },
  { key: 'workStartDate', title: '参加工作时间', defaultVisible: false, width: 110, render: (p) => formatMonth(p.workStartDate) },
  { key: 'partyJoinDate', title: '入党时间', defaultVisible: false, width: 100, render: (p) => formatMonth(p.partyJoinDate) },
  { key: 'tags', title: '标签', defaultVisible: false, width: 160, render: (p) => p.tags.map((t) => <Tag key={t}>{t}</Tag>) },
];

function loadVisibleColumns(): string[] {
  try {
    const raw = localStorage.getItem(COLUMNS_KEY);
    if (raw) {
      const keys = (JSON.parse(raw) as string[]).filter((k) => COLUMN_DEFS.some((c) => c.key === k));
      if (keys.length) return keys;
    }
  } catch {
    /* a broken setting falls back to the defaults */
  }
  return COLUMN_DEFS.filter((c) => c.defaultVisible).map((c) => c.key);
}

type FormValues = Partial<Record<FilterKey, string | string[] | number | boolean | undefined>>;

const EDU_AT_LEAST = [
  { value: '10', label: '研究生' },
  { value: '20', label: '大学本科及以上' },
  { value: '30', label: '大学专科及以上' },
  { value: '40', label: '中专及以上' },
];

function toFormValues(filters: ListState['filters']): FormValues {
  const out: FormValues = {};
  for (const [k, v] of Object.entries(filters) as Array<[FilterKey, string]>) {
    if (LIST_KEYS.has(k)) out[k] = v.split(',').filter(Boolean);
    else if (k === 'ageMin' || k === 'ageMax') out[k] = Number(v);
    else out[k] = v;
  }
  return out;
}

function fromFormValues(v: FormValues, keep: ListState['filters']): ListState['filters'] {
  const out: ListState['filters'] = { unitId: keep.unitId, includeSubunits: keep.includeSubunits };
  for (const [k, val] of Object.entries(v) as Array<[FilterKey, FormValues[FilterKey]]>) {
    if (k === 'unitId' || k === 'includeSubunits') continue;
    if (val === undefined || val === null || val === '') continue;
    if (Array.isArray(val)) {
      if (val.length) out[k] = val.join(',');
    } else out[k] = typeof val === 'string' ? val.trim() : String(val);
  }
  return out;
}

export default function PeopleListPage() {
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [sp, setSp] = useSearchParams();
  const state = useMemo(() => readListState(sp), [sp]);
  const [form] = Form.useForm<FormValues>();
  const [expanded, setExpanded] = useState(() => Object.keys(state.filters).some((k) => !['q', 'gender', 'ageMin', 'ageMax', 'politicalStatus', 'ethnicity', 'unitId', 'includeSubunits'].includes(k)));
  const [visibleCols, setVisibleCols] = useState<string[]>(loadVisibleColumns);
  const [exporting, setExporting] = useState(false);

  const apiParams = useMemo(() => apiQuery(state), [state]);
  const list = useQuery({
    queryKey: ['people', apiParams.toString()],
    queryFn: ({ signal }) => api<Page<PersonListItem>>('/people', { query: apiParams, signal }),
    placeholderData: keepPreviousData,
  });
  const codes = useCodes();
  // The unit list is large (one entry per unit): ask for it once the rows are in, so the
  // database answers the list first.
  const units = useUnits({ enabled: !list.isPending });

  // The form follows the URL (back/forward, shared links).
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toFormValues(state.filters));
  }, [state.filters, form]);

  const update = (next: Partial<ListState>) => setSp(writeListState({ ...state, ...next }));

  const unitId = state.filters.unitId ? Number(state.filters.unitId) : null;
  const includeSub = state.filters.includeSubunits !== 'false';

  const columns: TableColumnsType<PersonListItem> = COLUMN_DEFS.filter((c) => visibleCols.includes(c.key)).map((c) => ({
    key: c.key,
    title: c.title,
    width: c.width,
    ellipsis: c.key === 'unitName' || c.key === 'post',
    render: (_: unknown, p: PersonListItem) => c.render(p, codes),
    sorter: c.sortKey ? true : undefined,
    sortOrder: c.sortKey && state.sort?.replace('-', '') === c.sortKey ? (state.sort.startsWith('-') ? 'descend' : 'ascend') : null,
  }));

  const onTableChange: TableProps<PersonListItem>['onChange'] = (pagination, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const def = COLUMN_DEFS.find((c) => c.key === s?.columnKey);
    let sort: Sort | undefined;
    if (def?.sortKey && s?.order) sort = (s.order === 'descend' ? `-${def.sortKey}` : def.sortKey) as Sort;
    const sizeChanged = pagination.pageSize !== state.pageSize;
    update({ sort, page: sizeChanged || sort !== state.sort ? 1 : (pagination.current ?? 1), pageSize: pagination.pageSize ?? state.pageSize });
  };

  const onExport = async () => {
    setExporting(true);
    try {
      const name = await download('/people/export', apiQuery(state, false), '人员信息.xlsx');
      message.success(`已导出：${name}`);
    } catch (err) {
      message.error(messageOf(err));
    } finally {
      setExporting(false);
    }
  };

  /** Tags of the active filters, so a shared link says what it shows. */
  const filterTags = useMemo(() => {
    const f = state.filters;
    const list = (k: FilterKey, table: Parameters<Codes['label']>[0]) => (f[k] ?? '').split(',').filter(Boolean).map((c) => codes.label(table, c)).join('、');
    const tags: Array<{ key: FilterKey[]; text: string }> = [];
    if (f.unitId) tags.push({ key: ['unitId', 'includeSubunits'], text: `单位：${units.index?.byId.get(Number(f.unitId))?.name ?? f.unitId}${f.includeSubunits === 'false' ? '（不含下级）' : '（含下级）'}` });
    if (f.q) tags.push({ key: ['q'], text: `关键词：${f.q}` });
    if (f.gender) tags.push({ key: ['gender'], text: `性别：${codes.label('gender', f.gender)}` });
    if (f.ageMin || f.ageMax) tags.push({ key: ['ageMin', 'ageMax'], text: `年龄：${f.ageMin ?? ''}–${f.ageMax ?? ''}岁` });
    if (f.ethnicity) tags.push({ key: ['ethnicity'], text: `民族：${list('ethnicity', 'ethnicity')}` });
    if (f.politicalStatus) tags.push({ key: ['politicalStatus'], text: `政治面貌：${list('politicalStatus', 'political_status')}` });
    if (f.rank) tags.push({ key: ['rank'], text: `职务级别：${list('rank', 'rank')}` });
    if (f.grade) tags.push({ key: ['grade'], text: `职级：${list('grade', 'grade')}` });
    if (f.eduAtLeast) tags.push({ key: ['eduAtLeast', 'eduMode'], text: `${f.eduMode === 'fulltime' ? '全日制' : '最高'}学历：${EDU_AT_LEAST.find((e) => e.value === f.eduAtLeast)?.label ?? f.eduAtLeast}` });
    if (f.edu) tags.push({ key: ['edu'], text: `最高学历：${f.edu.split(',').map((c) => EDUCATION_GROUP_LABELS[c] ?? c).join('、')}` });
    if (f.category) tags.push({ key: ['category'], text: `人员类别：${list('category', 'category')}` });
    if (f.titleLevel) tags.push({ key: ['titleLevel'], text: `职称：${list('titleLevel', 'title_level')}` });
    if (f.isReserve) tags.push({ key: ['isReserve'], text: f.isReserve === 'true' ? '后备干部' : '非后备干部' });
    if (f.poolTier) tags.push({ key: ['poolTier'], text: `年轻干部库：${codes.label('pool_tier', f.poolTier)}` });
    if (f.tag) tags.push({ key: ['tag'], text: `标签：${f.tag}` });
    if (f.postKind) tags.push({ key: ['postKind'], text: `岗位类别：${list('postKind', 'post_kind')}` });
    if (f.unitLevel) tags.push({ key: ['unitLevel'], text: `单位层级：${list('unitLevel', 'unit_level')}` });
    return tags;
  }, [state.filters, codes, units.index]);

  const removeFilter = (keys: FilterKey[]) => {
    const filters = { ...state.filters };
    for (const k of keys) delete filters[k];
    update({ filters, page: 1 });
  };

  const columnChooser = (
    <div style={{ width: 280 }}>
      <Checkbox.Group value={visibleCols} onChange={(v) => setVisibleCols(v as string[])} style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', rowGap: 6 }}>
        {COLUMN_DEFS.map((c) => (
          <Checkbox key={c.key} value={c.key} disabled={c.key === 'name'}>
            {c.title}
          </Checkbox>
        ))}
      </Checkbox.Group>
      <Divider style={{ margin: '10px 0' }} />
      <Space>
        <Button size="small" type="primary" onClick={() => localStorage.setItem(COLUMNS_KEY, JSON.stringify(visibleCols))}>
          保存为默认
        </Button>
        <Button
          size="small"
          onClick={() => {
            localStorage.removeItem(COLUMNS_KEY);
            setVisibleCols(COLUMN_DEFS.filter((c) => c.defaultVisible).map((c) => c.key));
          }}
        >
          恢复默认
        </Button>
      </Space>
    </div>
  );

  const scrollX = columns.reduce((s, c) => s + (Number(c.width) || 100), 0);

  return (
    <div className="people-layout">
      <Card className="people-tree" size="small" title="单位" styles={{ body: { padding: 8 } }}>
        <UnitTree
          index={units.index}
          loading={units.isLoading}
          selectedId={unitId}
          height={Math.max(360, window.innerHeight - 240)}
          onSelect={(id) => update({ filters: { ...state.filters, unitId: id == null ? undefined : String(id) }, page: 1 })}
        />
        {units.error && <Alert type="error" showIcon title={units.error.message} />}
      </Card>
      <div className="people-main">
        <Card size="small" className="page-card filter-form">
          <Form
            form={form}
            layout="inline"
            onFinish={(v) => update({ filters: fromFormValues(v, state.filters), page: 1 })}
            style={{ rowGap: 8 }}
            data-testid="people-filter"
          >
            <Form.Item name="q" label="姓名">
              <Input allowClear placeholder="姓名或拼音首字母" style={{ width: 160 }} data-testid="filter-q" />
            </Form.Item>
            <Form.Item name="gender" label="性别">
              <Select allowClear style={{ width: 90 }} options={codes.options('gender', (c) => c === '1' || c === '2')} placeholder="全部" />
            </Form.Item>
            <Form.Item label="年龄">
              <Space.Compact>
                <Form.Item name="ageMin" noStyle>
                  <InputNumber min={16} max={80} placeholder="最小" style={{ width: 70 }} />
                </Form.Item>
                <Form.Item name="ageMax" noStyle>
                  <InputNumber min={16} max={80} placeholder="最大" style={{ width: 70 }} />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
            <Form.Item name="politicalStatus" label="政治面貌">
              <Select mode="multiple" allowClear maxTagCount="responsive" style={{ width: 180 }} options={codes.options('political_status')} placeholder="全部" />
            </Form.Item>
            <Form.Item name="ethnicity" label="民族">
              <Select mode="multiple" allowClear maxTagCount="responsive" style={{ width: 180 }} options={codes.options('ethnicity')} placeholder="全部" optionFilterProp="label" />
            </Form.Item>
            {expanded && (
              <>
                <Form.Item name="rank" label="职务级别">
                  <Select mode="multiple" allowClear maxTagCount="responsive" style={{ width: 200 }} options={codes.options('rank')} placeholder="全部" />
                </Form.Item>
                <Form.Item name="grade" label="职级">
                  <Select mode="multiple" allowClear maxTagCount="responsive" style={{ width: 200 }} options={codes.options('grade')} placeholder="全部" />
                </Form.Item>
                <Form.Item label="学历">
                  <Space.Compact>
                    <Form.Item name="eduMode" noStyle>
                      <Select style={{ width: 96 }} placeholder="任意" allowClear options={[{ value: 'any', label: '最高' }, { value: 'fulltime', label: '全日制' }]} />
                    </Form.Item>
                    <Form.Item name="eduAtLeast" noStyle>
                      <Select style={{ width: 150 }} placeholder="不限" allowClear options={EDU_AT_LEAST} />
                    </Form.Item>
                  </Space.Compact>
                </Form.Item>
                <Form.Item name="category" label="人员类别">
                  <Select mode="multiple" allowClear maxTagCount="responsive" style={{ width: 200 }} options={codes.options('category')} placeholder="全部" />
                </Form.Item>
                <Form.Item name="titleLevel" label="职称">
                  <Select mode="multiple" allowClear maxTagCount="responsive" style={{ width: 180 }} options={codes.options('title_level')} placeholder="全部" />
                </Form.Item>
                <Form.Item name="postKind" label="岗位类别">
                  <Select mode="multiple" allowClear maxTagCount="responsive" style={{ width: 200 }} options={codes.options('post_kind')} placeholder="全部" />
                </Form.Item>
                <Form.Item name="isReserve" label="后备干部">
                  <Select allowClear style={{ width: 100 }} placeholder="全部" options={[{ value: 'true', label: '是' }, { value: 'false', label: '否' }]} />
                </Form.Item>
                <Form.Item name="poolTier" label="年轻干部库">
                  <Select allowClear style={{ width: 190 }} placeholder="全部" options={codes.options('pool_tier')} />
                </Form.Item>
                <Form.Item name="tag" label="标签">
                  <Input allowClear style={{ width: 140 }} placeholder="如：援藏" />
                </Form.Item>
              </>
            )}
            <Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="filter-submit">
                  查询
                </Button>
                <Button icon={<ReloadOutlined />} onClick={() => update({ filters: { unitId: state.filters.unitId, includeSubunits: state.filters.includeSubunits }, page: 1, sort: undefined })}>
                  重置
                </Button>
                <Button type="link" onClick={() => setExpanded(!expanded)} icon={expanded ? <UpOutlined /> : <DownOutlined />}>
                  {expanded ? '收起' : '更多条件'}
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
              <span>人员列表</span>
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="people-total">
                共 {list.data ? list.data.total.toLocaleString('zh-CN') : '…'} 人
              </Typography.Text>
              {unitId != null && (
                <Tooltip title="关闭后只显示所选单位本级人员">
                  <Space size={4} style={{ fontWeight: 'normal' }}>
                    <Switch size="small" checked={includeSub} onChange={(on) => update({ filters: { ...state.filters, includeSubunits: on ? undefined : 'false' }, page: 1 })} />
                    <span>含下级单位</span>
                  </Space>
                </Tooltip>
              )}
            </Space>
          }
          extra={
            <Space>
              {can(user, 'person.write') && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(unitId != null ? `/people/new?unitId=${unitId}` : '/people/new')}>
                  新增
                </Button>
              )}
              {can(user, 'person.import') && (
                <Button icon={<ImportOutlined />} onClick={() => navigate('/people/import')}>
                  批量导入
                </Button>
              )}
              <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void onExport()} data-testid="export-people">
                导出Excel
              </Button>
              <Popover content={columnChooser} title="显示列" trigger="click" placement="bottomRight">
                <Button icon={<SettingOutlined />} aria-label="列设置" data-testid="column-chooser">
                  列设置
                </Button>
              </Popover>
            </Space>
          }
        >
          {filterTags.length > 0 && (
            <div style={{ marginBottom: 10 }} data-testid="filter-tags">
              {filterTags.map((t) => (
                <Tag key={t.text} closable color="blue" onClose={() => removeFilter(t.key)}>
                  {t.text}
                </Tag>
              ))}
            </div>
          )}
          {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
          <Table<PersonListItem>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            onChange={onTableChange}
            scroll={{ x: scrollX }}
            onRow={(p) => ({ onDoubleClick: () => navigate(`/people/${p.id}`) })}
            pagination={{
              current: state.page,
              pageSize: state.pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showQuickJumper: true,
              showTotal: (t, r) => `第 ${r[0]}–${r[1]} 条，共 ${t} 条`,
            }}
            data-testid="people-table"
          />
        </Card>
      </div>
    </div>
  );
}
