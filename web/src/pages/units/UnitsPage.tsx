// 单位管理: the tree with each unit's attributes and people count; the system administrator
// creates, edits, moves and deletes units (with versions: a stale edit gets the API's notice).
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Descriptions, Empty, Form, Input, InputNumber, Modal, Row, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { api, ApiError, messageOf } from '../../api/client';
import type { Unit, UnitNode } from '../../api/types';
import { can, useUser } from '../../auth/auth';
import { UnitTree } from '../../components/UnitTree';
import { useCodes } from '../../lib/codes';
import { applyFieldErrors } from '../../lib/form-errors';
import { useUnits, type UnitIndex, type UnitTreeNode } from '../../lib/units';

type UnitForm = Omit<Unit, 'id' | 'version'>;

interface TreeSelectNode {
  value: number;
  title: string;
  disabled?: boolean;
  children?: TreeSelectNode[];
}

/** Move targets: every unit but the moved one and its descendants. */
function moveTargets(index: UnitIndex, movingId: number): TreeSelectNode[] {
  const convert = (n: UnitTreeNode): TreeSelectNode | null => {
    if (n.unit.id === movingId) return null;
    const children = n.children.map(convert).filter((c): c is TreeSelectNode => c !== null);
    return { value: n.unit.id, title: n.unit.name, ...(children.length ? { children } : {}) };
  };
  return index.roots.map(convert).filter((c): c is TreeSelectNode => c !== null);
}

export default function UnitsPage() {
  const user = useUser();
  const codes = useCodes();
  const units = useUnits();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [editing, setEditing] = useState<{ mode: 'create' | 'edit'; unit: UnitNode | null; parentId: number | null } | null>(null);
  const [moving, setMoving] = useState<UnitNode | null>(null);
  const [moveTarget, setMoveTarget] = useState<number | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<UnitForm>();
  const writable = can(user, 'unit.write');

  const index = units.index;
  // People counts follow the reader's data scope; accounts without person data see none.
  const showCounts = can(user, 'person.read');
  useEffect(() => {
    if (selectedId == null && index?.roots[0]) setSelectedId(index.roots[0].unit.id);
  }, [index, selectedId]);
  const selected = selectedId != null ? (index?.byId.get(selectedId) ?? null) : null;
  const children = useMemo(() => (index && selected ? (index.nodeById.get(selected.id)?.children.map((c) => c.unit) ?? []) : (index?.roots.map((r) => r.unit) ?? [])), [index, selected]);

  const refresh = () => qc.invalidateQueries({ queryKey: ['units'] });

  const openCreate = (parentId: number | null) => {
    const parent = parentId != null ? index?.byId.get(parentId) : undefined;
    setFormError(null);
    setEditing({ mode: 'create', unit: null, parentId });
    form.resetFields();
    form.setFieldsValue({
      parentId,
      name: '',
      kind: 'government_department',
      level: parent?.level ?? 'province',
      divisionCode: parent?.divisionCode ?? null,
      isTibetanArea: parent?.isTibetanArea ?? false,
      altitude: parent?.altitude ?? null,
      hardshipClass: parent?.hardshipClass ?? null,
      leadershipSeats: null,
      sortOrder: 0,
    });
  };

  const openEdit = (u: UnitNode) => {
    setFormError(null);
    setEditing({ mode: 'edit', unit: u, parentId: u.parentId });
    form.resetFields();
    form.setFieldsValue({
      parentId: u.parentId,
      name: u.name,
      kind: u.kind,
      level: u.level,
      divisionCode: u.divisionCode,
      isTibetanArea: u.isTibetanArea,
      altitude: u.altitude,
      hardshipClass: u.hardshipClass,
      leadershipSeats: u.leadershipSeats,
      sortOrder: u.sortOrder,
    });
  };

  const save = async () => {
    if (!editing) return;
    const v = await form.validateFields();
    const body: UnitForm = {
      parentId: editing.parentId,
      name: v.name.trim(),
      kind: v.kind,
      level: v.level,
      divisionCode: v.divisionCode || null,
      isTibetanArea: !!v.isTibetanArea,
      altitude: v.altitude ?? null,
      hardshipClass: v.hardshipClass ?? null,
      leadershipSeats: v.leadershipSeats ?? null,
      sortOrder: v.sortOrder ?? 0,
    };
    setSaving(true);
    setFormError(null);
    try {
      const saved =
        editing.mode === 'create'
          ? await api<Unit>('/units', { method: 'POST', body })
          : await api<Unit>(`/units/${editing.unit!.id}`, { method: 'PUT', body: { ...body, version: editing.unit!.version } });
      message.success(editing.mode === 'create' ? `已新增单位 ${saved.name}` : `已保存 ${saved.name}`);
      setEditing(null);
      await refresh();
      setSelectedId(saved.id);
    } catch (err) {
      setFormError(messageOf(err));
      if (err instanceof ApiError) {
        applyFieldErrors(form, err.fieldErrors);
        if (err.code === 'VERSION_CONFLICT') void refresh();
      }
    } finally {
      setSaving(false);
    }
  };

  const move = async () => {
    if (!moving) return;
    setSaving(true);
    try {
      await api(`/units/${moving.id}/move`, { method: 'POST', body: { parentId: moveTarget, version: moving.version } });
      message.success(`已移动 ${moving.name}`);
      setMoving(null);
      await refresh();
      await qc.invalidateQueries({ queryKey: ['people'] });
    } catch (err) {
      modal.error({ title: '移动失败', content: messageOf(err) });
      void refresh();
    } finally {
      setSaving(false);
    }
  };

  const remove = (u: UnitNode) =>
    modal.confirm({
      title: `确认删除单位“${u.name}”？`,
      content: '只有没有下级单位、人员和账号的单位才能删除。删除将记入审计日志。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api(`/units/${u.id}`, { method: 'DELETE', query: { version: u.version } });
          message.success(`已删除 ${u.name}`);
          setSelectedId(u.parentId);
          await refresh();
        } catch (err) {
          modal.error({ title: '删除失败', content: messageOf(err) });
          void refresh();
        }
      },
    });

  const attrs = (u: UnitNode) => (
    <Descriptions bordered size="small" column={2} styles={{ label: { width: 150, whiteSpace: 'nowrap' } }} data-testid="unit-attrs">
      <Descriptions.Item label="单位名称" span={2}>
        {u.name}
      </Descriptions.Item>
      <Descriptions.Item label="上级单位" span={2}>
        {u.parentId != null ? index?.pathName(u.parentId) : '（顶级单位）'}
      </Descriptions.Item>
      <Descriptions.Item label="单位类型">{codes.label('unit_kind', u.kind)}</Descriptions.Item>
      <Descriptions.Item label="单位层级">{codes.label('unit_level', u.level)}</Descriptions.Item>
      <Descriptions.Item label="行政区划代码">{u.divisionCode ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="藏区">{u.isTibetanArea ? <Tag color="volcano">藏区</Tag> : '否'}</Descriptions.Item>
      <Descriptions.Item label="海拔">{u.altitude != null ? `${u.altitude} 米` : '—'}</Descriptions.Item>
      <Descriptions.Item label="艰苦边远地区类别">{u.hardshipClass != null ? `${u.hardshipClass} 类` : '—'}</Descriptions.Item>
      <Descriptions.Item label="领导班子职数">{u.leadershipSeats ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="排序号">{u.sortOrder}</Descriptions.Item>
      {showCounts && <Descriptions.Item label="本级人数">{u.peopleCount} 人</Descriptions.Item>}
      {showCounts && <Descriptions.Item label="含下级人数">{u.subtreeCount} 人</Descriptions.Item>}
    </Descriptions>
  );

  return (
    <div className="people-layout">
      <Card className="people-tree" size="small" title="组织机构" styles={{ body: { padding: 8 } }}
        extra={writable && <Button size="small" type="link" icon={<PlusOutlined />} onClick={() => openCreate(null)}>顶级单位</Button>}
      >
        <UnitTree index={index} loading={units.isLoading} selectedId={selectedId} onSelect={setSelectedId} height={Math.max(360, window.innerHeight - 240)} count={showCounts ? 'subtree' : 'none'} />
        {units.error && <Alert type="error" showIcon title={units.error.message} />}
      </Card>
      <div className="people-main">
        <Card
          size="small"
          className="page-card"
          title={selected ? selected.name : '单位信息'}
          extra={
            selected && (
              <Space>
                {can(user, 'person.read') && (
                  <Link to={`/people?unitId=${selected.id}`}>
                    <Button icon={<TeamOutlined />}>查看人员</Button>
                  </Link>
                )}
                {writable && (
                  <>
                    <Button icon={<PlusOutlined />} onClick={() => openCreate(selected.id)} data-testid="unit-add-child">
                      新增下级
                    </Button>
                    <Button icon={<EditOutlined />} onClick={() => openEdit(selected)} data-testid="unit-edit">
                      编辑
                    </Button>
                    <Button
                      icon={<DragOutlined />}
                      onClick={() => {
                        setMoving(selected);
                        setMoveTarget(selected.parentId);
                      }}
                    >
                      移动
                    </Button>
                    <Button danger icon={<DeleteOutlined />} onClick={() => remove(selected)}>
                      删除
                    </Button>
                  </>
                )}
              </Space>
            )
          }
        >
          {selected ? attrs(selected) : <Empty description="请在左侧选择单位" image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        </Card>
        <Card size="small" className="page-card" title={selected ? `下级单位（${children.length}）` : `顶级单位（${children.length}）`}>
          <Table<UnitNode>
            size="small"
            rowKey="id"
            dataSource={children}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            onRow={(u) => ({ onClick: () => setSelectedId(u.id), style: { cursor: 'pointer' } })}
            columns={[
              { title: '单位名称', dataIndex: 'name' },
              { title: '类型', key: 'kind', width: 120, render: (_, u) => codes.label('unit_kind', u.kind) },
              { title: '层级', key: 'level', width: 90, render: (_, u) => codes.label('unit_level', u.level) },
              { title: '区划代码', dataIndex: 'divisionCode', width: 100 },
              { title: '藏区', key: 'tib', width: 70, render: (_, u) => (u.isTibetanArea ? <Tag color="volcano">是</Tag> : '') },
              { title: '海拔(米)', dataIndex: 'altitude', width: 90 },
              { title: '艰苦类别', key: 'h', width: 90, render: (_, u) => (u.hardshipClass ? `${u.hardshipClass} 类` : '') },
              { title: '班子职数', dataIndex: 'leadershipSeats', width: 90 },
              ...(showCounts ? [{ title: '人数(含下级)', dataIndex: 'subtreeCount', width: 110 }] : []),
            ]}
          />
        </Card>
      </div>
      <Modal
        open={!!editing}
        title={editing?.mode === 'create' ? `新增单位${editing.parentId != null ? `（上级：${index?.byId.get(editing.parentId)?.name ?? ''}）` : '（顶级）'}` : `编辑单位：${editing?.unit?.name ?? ''}`}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        confirmLoading={saving}
        okText="保存"
        width={720}
        destroyOnHidden
      >
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} data-testid="unit-form-error" />}
        <Form form={form} layout="vertical">
          <Form.Item name="parentId" hidden>
            <Input />
          </Form.Item>
          <Row gutter={12}>
            <Col span={16}>
              <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="sortOrder" label="排序号">
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="kind" label="单位类型" rules={[{ required: true, message: '请选择' }]}>
                <Select options={codes.options('unit_kind')} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="level" label="单位层级" rules={[{ required: true, message: '请选择' }]}>
                <Select options={codes.options('unit_level')} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="divisionCode" label="行政区划代码" rules={[{ pattern: /^\d{6}$/, message: '应为 6 位数字' }]}>
                <Input maxLength={6} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="isTibetanArea" label="藏区" valuePropName="checked">
                <Checkbox>属于藏区</Checkbox>
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="altitude" label="海拔（米）">
                <InputNumber style={{ width: '100%' }} min={-200} max={6000} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="hardshipClass" label="艰苦边远地区类别">
                <Select allowClear placeholder="非艰苦地区" options={[1, 2, 3, 4, 5, 6].map((n) => ({ value: n, label: `${n} 类` }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="leadershipSeats" label="领导班子职数">
                <InputNumber style={{ width: '100%' }} min={0} max={60} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Modal>
      <Modal open={!!moving} title={`移动单位：${moving?.name ?? ''}`} onCancel={() => setMoving(null)} onOk={() => void move()} confirmLoading={saving} okText="移动">
        <Typography.Paragraph type="secondary">选择新的上级单位（不能移动到自身或其下级单位之下）。单位下的人员随单位一并移动。</Typography.Paragraph>
        <TreeSelect
          style={{ width: '100%' }}
          showSearch
          treeNodeFilterProp="title"
          allowClear
          placeholder="不选择表示设为顶级单位"
          value={moveTarget ?? undefined}
          onChange={(v) => setMoveTarget(v == null ? null : Number(v))}
          treeData={index && moving ? moveTargets(index, moving.id) : []}
          listHeight={360}
        />
      </Modal>
    </div>
  );
}
