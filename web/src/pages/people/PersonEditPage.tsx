// 新增/编辑人员: the whole record in one form (PUT with version), the API's fieldErrors beside
// the fields, and a clear notice with a compare view when someone else saved first (409).
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Affix, Alert, App, Button, Card, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Spin, Switch, TreeSelect, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { api, ApiError, type FieldError } from '../../api/client';
import type { PersonConflictDetails, PersonRecord, PersonView } from '../../api/types';
import { ErrorResult } from '../../components/results';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { JsonDiff } from '../../components/JsonDiff';
import { unitTreeSelectData } from '../../components/unit-select';
import { usePageTitle } from '../../layout/page-title';
import { useCodes } from '../../lib/codes';
import { applyFieldErrors } from '../../lib/form-errors';
import { fieldLabel } from '../../lib/person-labels';
import { useUnits } from '../../lib/units';

type FormValues = PersonRecord;

const EMPTY: PersonRecord = {
  name: '',
  gender: '',
  ethnicity: '01',
  birthDate: '',
  idNumber: null,
  nativePlace: null,
  birthplace: null,
  growthPlace: null,
  politicalStatus: '01',
  partyJoinDate: null,
  partyNote: null,
  workStartDate: null,
  category: 'party_government',
  unitId: null,
  post: null,
  postKind: null,
  rank: null,
  grade: null,
  rankStartDate: null,
  postStartDate: null,
  unitStartDate: null,
  isReserve: false,
  poolTier: null,
  specialities: [],
  tags: [],
  health: null,
  healthNote: null,
  serviceIntention: null,
  education: [],
  titles: [],
  appointments: [],
  appraisals: [],
  family: [],
};

/** The editable record of a view: the masked ID stands for "unchanged" (the API keeps it). */
function recordOf(p: PersonView): PersonRecord {
  const { id: _id, version: _v, idNumberMasked, unitName: _u, age: _a, ...rest } = p;
  return { ...rest, idNumber: idNumberMasked };
}

const blank = (v: unknown) => v === undefined || v === '' ? null : v;

/** Form values → the API's record: empty strings become null, lists are never undefined. */
function normalise(v: FormValues): PersonRecord {
  const r = { ...EMPTY, ...v } as unknown as Record<string, unknown>;
  for (const k of Object.keys(EMPTY)) {
    if (Array.isArray((EMPTY as unknown as Record<string, unknown>)[k])) r[k] = (r[k] as unknown[] | undefined) ?? [];
    else if (k !== 'name' && k !== 'isReserve') r[k] = blank(r[k]);
  }
  const clean = <T extends object>(rows: T[] | undefined): T[] => (rows ?? []).map((row) => Object.fromEntries(Object.entries(row).map(([k, x]) => [k, blank(x)])) as T);
  return {
    ...(r as unknown as PersonRecord),
    name: String(r.name ?? '').trim(),
    isReserve: !!r.isReserve,
    education: clean(v.education),
    titles: clean(v.titles),
    appointments: clean(v.appointments),
    appraisals: clean(v.appraisals),
    family: clean(v.family),
  };
}

function Section({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card size="small" title={title} extra={extra} className="page-card">
      {children}
    </Card>
  );
}

export default function PersonEditPage() {
  const params = useParams();
  const isNew = params.id === undefined;
  const id = isNew ? null : Number(params.id);
  const [sp] = useSearchParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const codes = useCodes();
  const units = useUnits();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [version, setVersion] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<{ message: string; list: FieldError[] } | null>(null);
  const [conflict, setConflict] = useState<{ message: string; details: PersonConflictDetails; mine: PersonRecord } | null>(null);
  const [compareOpen, setCompareOpen] = useState(false);

  const q = useQuery({ queryKey: ['person', id], queryFn: () => api<PersonView>(`/people/${id}`), enabled: id != null });
  usePageTitle(q.data?.name);

  useEffect(() => {
    if (isNew) {
      const unitId = sp.get('unitId');
      form.setFieldsValue({ ...EMPTY, unitId: unitId ? Number(unitId) : null });
    } else if (q.data && version === null) {
      form.setFieldsValue(recordOf(q.data));
      setVersion(q.data.version);
    }
  }, [isNew, q.data, form, sp, version]);

  const unitData = useMemo(() => (units.index ? unitTreeSelectData(units.index) : []), [units.index]);

  if (!isNew && q.error) return <ErrorResult error={q.error} onRetry={() => void q.refetch()} />;
  if (!isNew && !q.data)
    return (
      <Card>
        <div style={{ padding: 60, textAlign: 'center' }}>
          <Spin />
        </div>
      </Card>
    );

  const save = async () => {
    try {
      await form.validateFields();
    } catch {
      setErrors({ message: '请按提示补全必填项', list: [] });
      return;
    }
    const record = normalise(form.getFieldsValue(true) as FormValues);
    setSaving(true);
    setErrors(null);
    setConflict(null);
    try {
      const saved = isNew
        ? await api<PersonView>('/people', { method: 'POST', body: record })
        : await api<PersonView>(`/people/${id}`, { method: 'PUT', body: { ...record, version } });
      qc.setQueryData(['person', saved.id], saved);
      await qc.invalidateQueries({ queryKey: ['people'] });
      await qc.invalidateQueries({ queryKey: ['person-audit', saved.id] });
      if (isNew) await qc.invalidateQueries({ queryKey: ['units'] });
      message.success(isNew ? `已新增人员 ${saved.name}` : `已保存 ${saved.name} 的修改`);
      navigate(`/people/${saved.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VERSION_CONFLICT' && err.details.current) {
        setConflict({ message: err.message, details: err.details as unknown as PersonConflictDetails, mine: record });
      } else if (err instanceof ApiError) {
        const unmatched = applyFieldErrors(form, err.fieldErrors);
        setErrors({ message: err.message, list: err.fieldErrors.length ? err.fieldErrors : unmatched });
      } else setErrors({ message: String(err), list: [] });
      window.scrollTo({ top: 0, behavior: 'smooth' });
    } finally {
      setSaving(false);
    }
  };

  const reloadCurrent = () => {
    if (!conflict) return;
    form.resetFields();
    form.setFieldsValue(recordOf(conflict.details.current));
    setVersion(conflict.details.currentVersion);
    qc.setQueryData(['person', id], conflict.details.current);
    setConflict(null);
    setCompareOpen(false);
    message.info('已载入最新版本，您的修改已放弃');
  };

  const keepMine = () => {
    if (!conflict) return;
    setVersion(conflict.details.currentVersion);
    setConflict(null);
    setCompareOpen(false);
    message.info('已基于最新版本保留您的修改，请核对后再次保存');
  };

  const codeSelect = (table: Parameters<typeof codes.options>[0], extra?: { allowClear?: boolean; placeholder?: string }) => (
    <Select options={codes.options(table)} showSearch optionFilterProp="label" allowClear={extra?.allowClear ?? true} placeholder={extra?.placeholder ?? '请选择'} />
  );

  const listCard = (
    name: 'education' | 'titles' | 'appointments' | 'appraisals' | 'family',
    title: string,
    blankRow: object,
    render: (field: { name: number; key: number }) => ReactNode,
    /** Short items (appraisals) sit three to a row. */
    perRow = 1,
  ) => (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Section
          title={`${title}（${fields.length}）`}
          extra={
            <Button size="small" icon={<PlusOutlined />} onClick={() => add(blankRow)}>
              添加
            </Button>
          }
        >
          {fields.length === 0 && <Typography.Text type="secondary">暂无，点击右上角“添加”</Typography.Text>}
          <Row gutter={16}>
            {fields.map((f, i) => (
              <Col span={24 / perRow} key={f.key}>
                <Row gutter={8} align="top" style={{ borderBottom: perRow === 1 && i < fields.length - 1 ? '1px dashed #f0f0f0' : undefined, paddingTop: 8 }}>
                  <Col flex="24px" style={{ paddingTop: 5, color: '#8c8c8c' }}>
                    {i + 1}.
                  </Col>
                  <Col flex="auto">{render(f)}</Col>
                  <Col flex="32px">
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="删除此条" />
                  </Col>
                </Row>
              </Col>
            ))}
          </Row>
        </Section>
      )}
    </Form.List>
  );

  const conflictDetails = conflict?.details;

  return (
    <div>
      {conflict && conflictDetails && (
        <Alert
          type="warning"
          showIcon
          className="page-card"
          style={{ marginBottom: 16 }}
          data-testid="conflict-notice"
          title="该记录已被他人修改：重新加载 或 对比差异"
          description={
            <div>
              <div>{conflict.message}</div>
              {conflictDetails.differingFields.length > 0 && <div>与您的修改不同的字段：{conflictDetails.differingFields.map((f) => fieldLabel(f)).join('、')}</div>}
              <Space style={{ marginTop: 8 }}>
                <Button type="primary" onClick={reloadCurrent} data-testid="conflict-reload">
                  重新加载
                </Button>
                <Button onClick={() => setCompareOpen(true)} data-testid="conflict-compare">
                  对比差异
                </Button>
              </Space>
            </div>
          }
        />
      )}
      {errors && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="form-errors"
          title={errors.message}
          description={
            errors.list.length > 1 ? (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {errors.list.map((e) => (
                  <li key={e.field + e.message}>
                    {fieldLabel(e.field)}：{e.message}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Form form={form} layout="vertical" disabled={saving} data-testid="person-form">
        <Section title="基本信息">
          <Row gutter={16}>
            <Col span={6}>
              <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="gender" label="性别" rules={[{ required: true, message: '请选择性别' }]}>
                {codeSelect('gender', { allowClear: false })}
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="ethnicity" label="民族" rules={[{ required: true, message: '请选择民族' }]}>
                {codeSelect('ethnicity', { allowClear: false })}
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="birthDate" label="出生日期" rules={[{ required: true, message: '请选择出生日期' }]}>
                <IsoDatePicker />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="idNumber" label="身份证号码" extra={isNew ? undefined : '保持掩码表示不修改'}>
                <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="nativePlace" label="籍贯">
                <Input placeholder="如：四川成都" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="birthplace" label="出生地">
                <Input />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="growthPlace" label="成长地（行政区划代码）">
                <Input maxLength={6} placeholder="6 位代码，如 513334" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="politicalStatus" label="政治面貌" rules={[{ required: true, message: '请选择政治面貌' }]}>
                {codeSelect('political_status', { allowClear: false })}
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="partyJoinDate" label="入党时间">
                <IsoDatePicker />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="partyNote" label="党派说明">
                <Input placeholder="民主党派名称等" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="workStartDate" label="参加工作时间">
                <IsoDatePicker />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="category" label="人员类别" rules={[{ required: true, message: '请选择人员类别' }]}>
                {codeSelect('category', { allowClear: false })}
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="health" label="健康状况">
                {codeSelect('health')}
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="healthNote" label="健康说明">
                <Input />
              </Form.Item>
            </Col>
          </Row>
        </Section>
        <Section title="现任职务">
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="unitId" label="所在单位">
                <TreeSelect treeData={unitData} showSearch treeNodeFilterProp="title" allowClear placeholder="请选择单位" listHeight={360} loading={units.isLoading} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="post" label="现任职务">
                <Input placeholder="如：县委副书记" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="postKind" label="岗位类别">
                {codeSelect('post_kind')}
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="rank" label="职务级别">
                {codeSelect('rank')}
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="grade" label="职级">
                {codeSelect('grade')}
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="rankStartDate" label="任现职级时间">
                <IsoDatePicker />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="postStartDate" label="任现职时间">
                <IsoDatePicker />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="unitStartDate" label="进入现单位时间">
                <IsoDatePicker />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="isReserve" label="后备干部" valuePropName="checked">
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="poolTier" label="优秀年轻干部库">
                {codeSelect('pool_tier', { placeholder: '未入库' })}
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="specialities" label="专长">
                <Select mode="tags" tokenSeparators={[',', '，', '、']} placeholder="输入后回车，可填多项" open={false} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="tags" label="标签">
                <Select mode="tags" tokenSeparators={[',', '，', '、']} placeholder="如：援藏、双向挂职" open={false} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="serviceIntention" label="服务意向">
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
          </Row>
        </Section>
        {listCard('appointments', '任职经历', { unitId: null, unitName: '', post: '', postKind: null, rank: null, startDate: null, endDate: null }, (f) => (
          <Row gutter={8}>
            <Form.Item name={[f.name, 'unitId']} hidden>
              <Input />
            </Form.Item>
            <Col span={6}>
              <Form.Item name={[f.name, 'unitName']} label="任职单位" rules={[{ required: true, message: '请填写任职单位' }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name={[f.name, 'post']} label="职务" rules={[{ required: true, message: '请填写职务' }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name={[f.name, 'postKind']} label="岗位类别">
                {codeSelect('post_kind')}
              </Form.Item>
            </Col>
            <Col span={3}>
              <Form.Item name={[f.name, 'rank']} label="职务级别">
                {codeSelect('rank')}
              </Form.Item>
            </Col>
            <Col span={3}>
              <Form.Item name={[f.name, 'startDate']} label="任职时间" rules={[{ required: true, message: '请选择' }]}>
                <IsoDatePicker />
              </Form.Item>
            </Col>
            <Col span={3}>
              <Form.Item name={[f.name, 'endDate']} label="免职时间">
                <IsoDatePicker placeholder="至今" />
              </Form.Item>
            </Col>
          </Row>
        ))}
        {listCard(
          'appraisals',
          '年度考核',
          { year: new Date().getFullYear() - 1, grade: 'competent' },
          (f) => (
            <Row gutter={8}>
              <Col span={10}>
                <Form.Item name={[f.name, 'year']} label="考核年度" rules={[{ required: true, message: '请填写年度' }]}>
                  <InputNumber min={1950} max={2100} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={14}>
                <Form.Item name={[f.name, 'grade']} label="考核结果" rules={[{ required: true, message: '请选择' }]}>
                  {codeSelect('appraisal', { allowClear: false })}
                </Form.Item>
              </Col>
            </Row>
          ),
          3,
        )}
        {listCard('education', '学历学位', { mode: 'fulltime', level: null, degree: null, school: null, major: null, startDate: null, endDate: null }, (f) => (
          <Row gutter={8}>
            <Col span={3}>
              <Form.Item name={[f.name, 'mode']} label="教育类别" rules={[{ required: true, message: '请选择' }]}>
                <Select options={[{ value: 'fulltime', label: '全日制' }, { value: 'inservice', label: '在职' }]} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name={[f.name, 'level']} label="学历" rules={[{ required: true, message: '请选择学历' }]}>
                {codeSelect('education', { allowClear: false })}
              </Form.Item>
            </Col>
            <Col span={3}>
              <Form.Item name={[f.name, 'degree']} label="学位">
                <Input placeholder="如：法学学士" />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name={[f.name, 'school']} label="毕业院校">
                <Input />
              </Form.Item>
            </Col>
            <Col span={3}>
              <Form.Item name={[f.name, 'major']} label="所学专业">
                <Input />
              </Form.Item>
            </Col>
            <Col span={3}>
              <Form.Item name={[f.name, 'startDate']} label="入学时间">
                <IsoDatePicker />
              </Form.Item>
            </Col>
            <Col span={3}>
              <Form.Item name={[f.name, 'endDate']} label="毕业时间">
                <IsoDatePicker />
              </Form.Item>
            </Col>
          </Row>
        ))}
        {listCard('titles', '专业技术职务', { series: null, level: null, name: null, obtainedDate: null }, (f) => (
          <Row gutter={8}>
            <Col span={5}>
              <Form.Item name={[f.name, 'series']} label="职称系列" rules={[{ required: true, message: '请选择' }]}>
                {codeSelect('title_series', { allowClear: false })}
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name={[f.name, 'level']} label="等级" rules={[{ required: true, message: '请选择' }]}>
                {codeSelect('title_level', { allowClear: false })}
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name={[f.name, 'name']} label="职称名称">
                <Input placeholder="如：主治医师" />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name={[f.name, 'obtainedDate']} label="取得时间">
                <IsoDatePicker />
              </Form.Item>
            </Col>
          </Row>
        ))}
        {listCard('family', '家庭成员', { relation: null, name: null, birthDate: null, politicalStatus: null, workUnit: null, divisionCode: null }, (f) => (
          <Row gutter={8}>
            <Form.Item name={[f.name, 'divisionCode']} hidden>
              <Input />
            </Form.Item>
            <Col span={3}>
              <Form.Item name={[f.name, 'relation']} label="称谓" rules={[{ required: true, message: '请选择' }]}>
                <Select options={codes.options('relation')} showSearch />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name={[f.name, 'name']} label="姓名" rules={[{ required: true, message: '请填写' }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name={[f.name, 'birthDate']} label="出生日期">
                <IsoDatePicker />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name={[f.name, 'politicalStatus']} label="政治面貌">
                {codeSelect('political_status')}
              </Form.Item>
            </Col>
            <Col span={9}>
              <Form.Item name={[f.name, 'workUnit']} label="工作单位及职务">
                <Input />
              </Form.Item>
            </Col>
          </Row>
        ))}
      </Form>
      <Affix offsetBottom={0}>
        <Card size="small" style={{ marginTop: 16, boxShadow: '0 -2px 8px rgba(0,0,0,0.06)' }}>
          <Space>
            <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()} data-testid="save-person">
              保存
            </Button>
            <Button onClick={() => navigate(isNew ? '/people' : `/people/${id}`)}>取消</Button>
            {!isNew && version != null && <Typography.Text type="secondary">正在编辑版本 {version}</Typography.Text>}
          </Space>
        </Card>
      </Affix>
      <Modal
        open={compareOpen && !!conflictDetails}
        title="对比差异"
        width={900}
        onCancel={() => setCompareOpen(false)}
        footer={
          <Space>
            <Button onClick={() => setCompareOpen(false)}>关闭</Button>
            <Button onClick={keepMine}>保留我的修改</Button>
            <Button type="primary" onClick={reloadCurrent}>
              重新加载最新版本
            </Button>
          </Space>
        }
      >
        {conflictDetails && conflict && (
          <>
            <Typography.Paragraph type="secondary">
              当前版本 {conflictDetails.currentVersion}
              {conflictDetails.changedBy ? `，由“${conflictDetails.changedBy}”修改` : ''}
              {conflictDetails.changedAt ? `（${new Date(conflictDetails.changedAt).toLocaleString('zh-CN')}）` : ''}；您编辑的是版本 {conflictDetails.yourVersion}。
            </Typography.Paragraph>
            <JsonDiff
              before={recordOf(conflictDetails.current)}
              after={conflict.mine}
              beforeTitle="当前库中的内容"
              afterTitle="您的修改"
              onlyKeys={conflictDetails.differingFields.length ? conflictDetails.differingFields : undefined}
            />
          </>
        )}
      </Modal>
    </div>
  );
}
