// 角色与数据范围: what each role may do and what each data scope covers (read-only reference
// for the security administrator, taken from the same rules the server applies).
import { Card, Table, Tag, Typography } from 'antd';
import type { Permission, ScopeKind } from '../../api/types';
import { ADMIN_ROLES, GRANTS, PERMISSIONS, ROLE_LABELS, ROLES, SCOPE_LABELS, SCOPES } from '../../lib/roles';

const PERMISSION_LABELS: Record<Permission, string> = {
  'person.read': '查看人员',
  'person.write': '维护人员',
  'person.import': '导入人员',
  'person.reveal_id': '查看完整身份证号',
  'unit.read': '查看单位',
  'unit.write': '维护单位',
  'code.write': '维护代码表',
  'user.create': '新增/编辑账号',
  'user.assign_roles': '分配角色与数据范围',
  'user.unlock': '解锁账号、重置密码',
  'audit.read': '查阅审计日志',
  'stats.read': '查看统计',
};

const SCOPE_TEXT: Record<ScopeKind, string> = {
  all: '全部单位的人员',
  subtree: '账号所在单位及其全部下级单位的人员',
  unit: '仅账号所在单位本级的人员',
  self: '仅本人档案',
  none: '不接触人员数据（三员账号）',
};

export default function RolesPage() {
  return (
    <>
      <Card title="角色与权限" className="page-card">
        <Typography.Paragraph type="secondary">
          依据等保 2.0 三员分立要求：系统管理员、安全管理员、审计管理员互斥，且不得拥有业务角色；审计管理员只能查阅审计日志。
        </Typography.Paragraph>
        <Table
          size="small"
          rowKey="role"
          pagination={false}
          dataSource={ROLES.map((r) => ({ role: r }))}
          columns={[
            { title: '角色', key: 'r', width: 160, render: (_, x) => <>{ROLE_LABELS[x.role]}{ADMIN_ROLES.includes(x.role) && <Tag color="red" style={{ marginLeft: 6 }}>三员</Tag>}</> },
            { title: '权限', key: 'p', render: (_, x) => PERMISSIONS.filter((p) => GRANTS[x.role].includes(p)).map((p) => <Tag key={p}>{PERMISSION_LABELS[p]}</Tag>) },
          ]}
        />
      </Card>
      <Card title="数据范围" className="page-card">
        <Table
          size="small"
          rowKey="scope"
          pagination={false}
          dataSource={SCOPES.map((s) => ({ scope: s }))}
          columns={[
            { title: '数据范围', key: 's', width: 180, render: (_, x) => SCOPE_LABELS[x.scope] },
            { title: '可见人员', key: 't', render: (_, x) => SCOPE_TEXT[x.scope] },
          ]}
        />
      </Card>
    </>
  );
}
