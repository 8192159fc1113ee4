// Roles, permissions and data scopes. Pure rules: who may do what, and over which people.

export const ROLES = ['sysadmin', 'secadmin', 'auditor', 'officer', 'unit_hr', 'cadre'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
  officer: '组织部门干部',
  unit_hr: '单位人事干部',
  cadre: '干部本人',
};

/** 三员分立: the three administrator roles exclude each other and personal-data roles. */
export const ADMIN_ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

export const SCOPES = ['all', 'subtree', 'unit', 'self', 'none'] as const;
export type ScopeKind = (typeof SCOPES)[number];
export const SCOPE_LABELS: Record<ScopeKind, string> = {
  all: '全部',
  subtree: '本单位及下级单位',
  unit: '本单位',
  self: '本人',
  none: '无人员数据',
};

export const PERMISSIONS = [
  'person.read',
  'person.write',
  'person.import',
  'person.reveal_id',
  'unit.read',
  'unit.write',
  'code.write',
  'user.create',
  'user.assign_roles',
  'user.unlock',
  'audit.read',
  'stats.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const GRANTS: Record<Role, readonly Permission[]> = {
  sysadmin: ['unit.read', 'unit.write', 'code.write', 'user.create'],
  // The security administrator picks units when assigning data scopes: unit structure only.
  secadmin: ['user.assign_roles', 'user.unlock', 'unit.read'],
  auditor: ['audit.read'],
  officer: ['person.read', 'person.write', 'person.import', 'person.reveal_id', 'unit.read', 'stats.read'],
  unit_hr: ['person.read', 'person.write', 'person.import', 'person.reveal_id', 'unit.read', 'stats.read'],
  cadre: ['person.read', 'unit.read'],
};

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => GRANTS[r].includes(permission));
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSIONS.filter((p) => can(roles, p));
}

export interface RoleProblem {
  code: 'ROLES_EMPTY' | 'ROLES_SEPARATION' | 'ROLES_ADMIN_WITH_DATA' | 'SCOPE_MISMATCH' | 'SCOPE_NEEDS_UNIT' | 'SCOPE_NEEDS_PERSON';
  message: string;
}

/** Checks a role/scope assignment; returns the problems (empty when acceptable). */
export function checkRoleAssignment(
  roles: readonly Role[],
  scope: ScopeKind,
  unitId: number | null,
  personId: number | null,
): RoleProblem[] {
  const problems: RoleProblem[] = [];
  if (roles.length === 0) problems.push({ code: 'ROLES_EMPTY', message: '至少需要一个角色' });
  const admins = roles.filter((r) => ADMIN_ROLES.includes(r));
  if (admins.length > 1) {
    problems.push({
      code: 'ROLES_SEPARATION',
      message: `系统管理员、安全管理员、审计管理员不得由同一账号兼任（当前：${admins.map((r) => ROLE_LABELS[r]).join('、')}）`,
    });
  }
  if (admins.length > 0 && roles.length > admins.length) {
    problems.push({ code: 'ROLES_ADMIN_WITH_DATA', message: '管理员账号不得同时拥有业务角色' });
  }
  if (admins.length > 0 && scope !== 'none') {
    problems.push({ code: 'SCOPE_MISMATCH', message: '管理员账号的数据范围只能是“无人员数据”' });
  }
  if (admins.length === 0 && roles.length > 0 && scope === 'none') {
    problems.push({ code: 'SCOPE_MISMATCH', message: '业务账号需要数据范围' });
  }
  if (roles.includes('cadre') && roles.length === 1 && scope !== 'self') {
    problems.push({ code: 'SCOPE_MISMATCH', message: '干部本人账号的数据范围只能是“本人”' });
  }
  if ((scope === 'subtree' || scope === 'unit') && unitId == null) {
    problems.push({ code: 'SCOPE_NEEDS_UNIT', message: '数据范围为本单位时必须指定所在单位' });
  }
  if (scope === 'self' && personId == null) {
    problems.push({ code: 'SCOPE_NEEDS_PERSON', message: '数据范围为本人时必须关联人员档案' });
  }
  return problems;
}

/** A resolved data scope, as the query layer applies it. */
export type DataScope =
  | { kind: 'all' }
  | { kind: 'subtree'; unitPath: string }
  | { kind: 'unit'; unitId: number }
  | { kind: 'self'; personId: number }
  | { kind: 'none' };

/** Password policy (等保 2.0): length ≥ 10, three of four classes, not containing the username. */
export function checkPasswordPolicy(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('密码长度至少 10 位');
  if (password.length > 128) problems.push('密码长度不得超过 128 位');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3) problems.push('密码须包含大写字母、小写字母、数字、特殊字符中的至少三类');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('密码不得包含用户名');
  return problems;
}
