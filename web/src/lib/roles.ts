// Roles, data scopes and what each role may do, for the account pages. A copy of
// src/domain/access/roles.ts (web shares no runtime code with the server);
// e2e/web-contract.test.ts fails when the two differ. The server decides; this only labels.
import type { Permission, Role, ScopeKind } from '../api/types.js';

export const ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditor', 'officer', 'unit_hr', 'cadre'];
export const ROLE_LABELS: Record<Role, string> = {
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
  officer: '组织部门干部',
  unit_hr: '单位人事干部',
  cadre: '干部本人',
};
export const ADMIN_ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

export const SCOPES: readonly ScopeKind[] = ['all', 'subtree', 'unit', 'self', 'none'];
export const SCOPE_LABELS: Record<ScopeKind, string> = {
  all: '全部',
  subtree: '本单位及下级单位',
  unit: '本单位',
  self: '本人',
  none: '无人员数据',
};

export const PERMISSIONS: readonly Permission[] = [
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
];

export const GRANTS: Record<Role, readonly Permission[]> = {
  sysadmin: ['unit.read', 'unit.write', 'code.write', 'user.create'],
  secadmin: ['user.assign_roles', 'user.unlock', 'unit.read'],
  auditor: ['audit.read'],
  officer: ['person.read', 'person.write', 'person.import', 'person.reveal_id', 'unit.read', 'stats.read'],
  unit_hr: ['person.read', 'person.write', 'person.import', 'person.reveal_id', 'unit.read', 'stats.read'],
  cadre: ['person.read', 'unit.read'],
};
