// 账号管理. 三员分立: the system administrator creates and edits accounts; the security
// administrator assigns roles and data scopes, unlocks accounts and resets passwords.
import { useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag, TreeSelect, Typography } from 'antd';
import { EditOutlined, KeyOutlined, PlusOutlined, SafetyOutlined, UnlockOutlined } from '@ant-design/icons';
import { api, ApiError, messageOf } from '../../api/client';
import type { Role, ScopeKind, UserView } from '../../api/types';
import { can, useUser } from '../../auth/auth';
import { unitTreeSelectData } from '../../components/unit-select';
import { applyFieldErrors } from '../../lib/form-errors';
import { formatTime } from '../../lib/format';
import { useUnits } from '../../lib/units';
import { ROLE_LABELS, ROLES, SCOPE_LABELS, SCOPES } from '../../lib/roles';

interface AccountForm {
  username: string;
  displayName: string;
  password: string;
  mustChangePassword: boolean;
  roles: Role[];
  scope: ScopeKind;
  unitId: number | null;
  personId: number | null;
  isActive: boolean;
}

type Mode = { kind: 'create' } | { kind: 'profile'; user: UserView } | { kind: 'roles'; user: UserView };

const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const scopeOptions = SCOPES.map((s) => ({ value: s, label: SCOPE_LABELS[s] }));

export default function UsersPage() {
  const me = useUser();
  const units = useUnits();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const [mode, setMode] = useState<Mode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [search, setSearch] = useState('');
  const [onlyLocked, setOnlyLocked] = useState(false);
  const [form] = Form.useForm<AccountForm>();
  const scope = Form.useWatch('scope', form);

  const q = useQuery({ queryKey: ['users'], queryFn: () => api<{ items: UserView[] }>('/users') });
  const unitData = useMemo(() => (units.index ? unitTreeSelectData(units.index) : []), [units.index]);
  const rows = (q.data?.items ?? []).filter(
    (u) => (!search || u.username.includes(search) || u.displayName.includes(search)) && (!onlyLocked || u.isLocked),
  );

  const open = (m: Mode) => {
    setError(null);
    setMode(m);
    form.resetFields();
    if (m.kind === 'create') form.setFieldsValue({ username: '', displayName: '', password: '', mustChangePassword: true, roles: ['officer'], scope: 'all', unitId: null, personId: null });
    else form.setFieldsValue({ displayName: m.user.displayName, unitId: m.user.unitId, isActive: m.user.isActive, roles: m.user.roles, scope: m.user.scope, personId: m.user.personId });
  };

  const save = async () => {
    if (!mode) return;
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      if (mode.kind === 'create') {
        await api('/users', { method: 'POST', body: { username: v.username, displayName: v.displayName, password: v.password, mustChangePassword: v.mustChangePassword, roles: v.roles, scope: v.scope, unitId: v.unitId ?? null, personId: v.personId ?? null } });
        message.success(`已新增账号 ${v.username}`);
      } else if (mode.kind === 'profile') {
        await api(`/users/${mode.user.id}`, { method: 'PUT', body: { displayName: v.displayName, unitId: v.unitId ?? null, isActive: v.isActive, version: mode.user.version } });
        message.success(`已保存账号 ${mode.user.username}`);
      } else {
        await api(`/users/${mode.user.id}/roles`, { method: 'PUT', body: { roles: v.roles, scope: v.scope, unitId: v.unitId ?? null, personId: v.personId ?? null, version: mode.user.version } });
        message.success(`已为 ${mode.user.username} 分配角色，下次登录生效`);
      }
      setMode(null);
      await qc.invalidateQueries({ queryKey: ['users'] });
    } catch (err) {
      setError(messageOf(err));
      if (err instanceof ApiError) {
        applyFieldErrors(form, err.fieldErrors);
        if (err.code === 'VERSION_CONFLICT') void qc.invalidateQueries({ queryKey: ['users'] });
      }
    } finally {
      setSaving(false);
    }
  };

  const unlock = async (u: UserView) => {
    try {
      await api(`/users/${u.id}/unlock`, { method: 'POST' });
      message.success(`已解锁账号 ${u.username}`);
      await qc.invalidateQueries({ queryKey: ['users'] });
    } catch (err) {
      message.error(messageOf(err));
    }
  };

  const resetPassword = (u: UserView) =>
    modal.confirm({
      title: `重置账号“${u.username}”的密码？`,
      content: '将生成一个临时密码，该账号下次登录时必须修改密码；其现有登录会话将失效。',
      okText: '重置',
      cancelText: '取消',
      onOk: async () => {
        try {
          const r = await api<{ temporaryPassword: string }>(`/users/${u.id}/reset-password`, { method: 'POST' });
          modal.success({
            title: '密码已重置',
            content: (
              <div>
                <p>临时密码（仅显示一次，请通过安全渠道告知本人）：</p>
                <Typography.Text code copyable style={{ fontSize: 16 }}>
                  {r.temporaryPassword}
                </Typography.Text>
              </div>
            ),
          });
          await qc.invalidateQueries({ queryKey: ['users'] });
        } catch (err) {
          modal.error({ title: '重置失败', content: messageOf(err) });
        }
      },
    });

  const showRoles = mode?.kind === 'create' || mode?.kind === 'roles';
  const showProfile = mode?.kind === 'create' || mode?.kind === 'profile';

  return (
    <Card
      title="账号管理"
      extra={
        <Space>
          <Input.Search allowClear placeholder="用户名或姓名" onSearch={setSearch} style={{ width: 200 }} />
          <Checkbox checked={onlyLocked} onChange={(e) => setOnlyLocked(e.target.checked)}>
            只看已锁定
          </Checkbox>
          {can(me, 'user.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open({ kind: 'create' })}>
              新增账号
            </Button>
          )}
        </Space>
      }
    >
      {q.error && <Alert type="error" showIcon title={q.error.message} style={{ marginBottom: 12 }} />}
      <Table<UserView>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 个账号` }}
        data-testid="users-table"
        columns={[
          { title: '用户名', dataIndex: 'username', width: 120 },
          { title: '姓名', dataIndex: 'displayName', width: 140 },
          { title: '角色', key: 'roles', width: 200, render: (_, u) => u.roleLabels.map((r) => <Tag key={r} color="blue">{r}</Tag>) },
          {
            title: '数据范围',
            key: 'scope',
            width: 220,
            render: (_, u) => (
              <div>
                <div>{u.scopeLabel}</div>
                {(u.unitName || u.personId) && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {u.unitName ?? ''}
                    {u.personId ? ` · 人员档案 #${u.personId}` : ''}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          {
            title: '状态',
            key: 'state',
            width: 170,
            render: (_, u) => (
              <Space size={4} wrap>
                {u.isActive ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>}
                {u.isLocked && <Tag color="red">已锁定至 {formatTime(u.lockedUntil).slice(5, 16)}</Tag>}
                {u.mustChangePassword && <Tag color="orange">待改密码</Tag>}
              </Space>
            ),
          },
          { title: '失败次数', dataIndex: 'failedLogins', width: 90 },
          { title: '最近登录', key: 'last', width: 170, render: (_, u) => <span style={{ whiteSpace: 'nowrap' }}>{formatTime(u.lastLoginAt)}</span> },
          {
            title: '操作',
            key: 'ops',
            width: 260,
            render: (_, u) => (
              <Space size={0} wrap>
                {can(me, 'user.create') && (
                  <Button type="link" size="small" icon={<EditOutlined />} onClick={() => open({ kind: 'profile', user: u })}>
                    编辑
                  </Button>
                )}
                {can(me, 'user.assign_roles') && u.id !== me.id && (
                  <Button type="link" size="small" icon={<SafetyOutlined />} onClick={() => open({ kind: 'roles', user: u })}>
                    分配角色
                  </Button>
                )}
                {can(me, 'user.unlock') && u.isLocked && (
                  <Button type="link" size="small" icon={<UnlockOutlined />} onClick={() => void unlock(u)} data-testid={`unlock-${u.username}`}>
                    解锁
                  </Button>
                )}
                {can(me, 'user.unlock') && u.id !== me.id && (
                  <Button type="link" size="small" icon={<KeyOutlined />} onClick={() => resetPassword(u)}>
                    重置密码
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={!!mode}
        title={mode?.kind === 'create' ? '新增账号' : mode?.kind === 'profile' ? `编辑账号：${mode.user.username}` : mode?.kind === 'roles' ? `分配角色和数据范围：${mode.user.username}` : ''}
        onCancel={() => setMode(null)}
        onOk={() => void save()}
        confirmLoading={saving}
        okText="保存"
        width={620}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {mode?.kind === 'roles' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="系统管理员、安全管理员、审计管理员三员分立，不得兼任，且不得拥有业务角色。新角色在该账号下次登录时生效。" />}
        <Form form={form} layout="vertical">
          {mode?.kind === 'create' && (
            <>
              <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请填写用户名' }]} extra="3–32 位字母、数字、下划线、点或短横线，以字母开头">
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="password" label="初始密码" rules={[{ required: true, message: '请填写初始密码' }]} extra="至少 10 位，包含大写字母、小写字母、数字、特殊字符中的至少三类">
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Form.Item name="mustChangePassword" valuePropName="checked">
                <Checkbox>首次登录须修改密码</Checkbox>
              </Form.Item>
            </>
          )}
          {showProfile && (
            <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
              <Input />
            </Form.Item>
          )}
          {showRoles && (
            <>
              <Form.Item name="roles" label="角色" rules={[{ required: true, message: '至少选择一个角色' }]}>
                <Select mode="multiple" options={roleOptions} />
              </Form.Item>
              <Form.Item name="scope" label="数据范围" rules={[{ required: true, message: '请选择数据范围' }]}>
                <Select options={scopeOptions} />
              </Form.Item>
            </>
          )}
          {units.error ? (
            // The security administrator may not read the unit tree (三员分立): enter the unit number.
            <Form.Item name="unitId" label="所在单位编号" extra={`无法读取单位列表（${units.error.message}），请填写单位编号${mode && mode.kind !== 'create' && mode.user.unitName ? `；当前：${mode.user.unitName}` : ''}`}>
              <InputNumber style={{ width: '100%' }} min={1} />
            </Form.Item>
          ) : (
            <Form.Item name="unitId" label="所在单位" extra={scope === 'subtree' || scope === 'unit' ? '数据范围为本单位时必须指定' : undefined}>
              <TreeSelect treeData={unitData} showSearch treeNodeFilterProp="title" allowClear listHeight={320} placeholder="选择单位" />
            </Form.Item>
          )}
          {showRoles && scope === 'self' && (
            <Form.Item name="personId" label="关联人员档案编号" rules={[{ required: true, message: '数据范围为本人时必须关联人员档案' }]}>
              <InputNumber style={{ width: '100%' }} min={1} />
            </Form.Item>
          )}
          {mode?.kind === 'profile' && (
            <Form.Item name="isActive" label="账号状态" valuePropName="checked">
              <Switch checkedChildren="启用" unCheckedChildren="停用" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
