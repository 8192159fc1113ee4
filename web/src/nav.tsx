// Menu, access rules and breadcrumb titles in one table, so the menu never offers a page the
// route guard would refuse.
import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  NodeIndexOutlined,
  ProjectOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { CurrentUser } from './api/types';
import { can, hasRole } from './auth/auth';

export interface NavItem {
  path: string;
  title: string;
  icon?: ReactNode;
  access(user: CurrentUser): boolean;
  children?: NavItem[];
}

/** Pages of later issues: shown only to the roles that will use them. */
const businessRoles = (u: CurrentUser) => hasRole(u, 'officer', 'unit_hr');

export const NAV: NavItem[] = [
  { path: '/', title: '首页', icon: <DashboardOutlined />, access: (u) => can(u, 'stats.read') },
  { path: '/people', title: '人员信息', icon: <TeamOutlined />, access: (u) => can(u, 'person.read') },
  { path: '/units', title: '单位管理', icon: <ApartmentOutlined />, access: (u) => can(u, 'unit.read') },
  { path: '/programmes', title: '选派项目', icon: <ProjectOutlined />, access: businessRoles },
  { path: '/eligibility', title: '资格审查', icon: <FileSearchOutlined />, access: businessRoles },
  { path: '/matching', title: '人岗匹配', icon: <NodeIndexOutlined />, access: businessRoles },
  { path: '/statistics', title: '统计分析', icon: <BarChartOutlined />, access: (u) => businessRoles(u) && can(u, 'stats.read') },
  {
    path: '/system',
    title: '系统管理',
    icon: <SettingOutlined />,
    access: (u) => can(u, 'user.create') || can(u, 'user.assign_roles') || can(u, 'user.unlock') || can(u, 'code.write'),
    children: [
      { path: '/system/users', title: '账号管理', access: (u) => can(u, 'user.create') || can(u, 'user.assign_roles') || can(u, 'user.unlock') },
      { path: '/system/roles', title: '角色与数据范围', access: (u) => can(u, 'user.assign_roles') },
      { path: '/system/codes', title: '代码表', access: (u) => can(u, 'code.write') },
    ],
  },
  { path: '/audit', title: '审计日志', icon: <AuditOutlined />, access: (u) => can(u, 'audit.read') },
];

/** Titles of pages that are not menu entries (for breadcrumbs). */
export const EXTRA_TITLES: Array<{ pattern: RegExp; title: string; parent: string }> = [
  { pattern: /^\/people\/import$/, title: '批量导入', parent: '/people' },
  { pattern: /^\/people\/new$/, title: '新增人员', parent: '/people' },
  { pattern: /^\/people\/\d+$/, title: '人员详情', parent: '/people' },
  { pattern: /^\/people\/\d+\/edit$/, title: '编辑人员', parent: '/people' },
];

export function visibleNav(user: CurrentUser): NavItem[] {
  return NAV.filter((n) => n.access(user)).map((n) => (n.children ? { ...n, children: n.children.filter((c) => c.access(user)) } : n));
}

export function findNav(path: string): { item: NavItem; parent?: NavItem } | null {
  for (const n of NAV) {
    if (n.path === path) return { item: n };
    for (const c of n.children ?? []) if (c.path === path) return { item: c, parent: n };
  }
  return null;
}

/** The page a user lands on: the dashboard when allowed, else the first page they may use. */
export function homePathOf(user: CurrentUser): string {
  if (can(user, 'stats.read')) return '/';
  if (user.scope === 'self' && user.personId != null && can(user, 'person.read')) return `/people/${user.personId}`;
  for (const n of visibleNav(user)) {
    if (n.children?.length) return n.children[0]!.path;
    if (!n.children) return n.path;
  }
  return '/forbidden';
}
