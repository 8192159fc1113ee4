// Reading the audit trail: the audit administrator searches all of it; a person's own change
// history (操作记录) is shown to those who may read that person.
import { can } from '../domain/access/roles.js';
import { getPersonRows, personExists } from '../db/people.repository.js';
import { AppError, forbidden } from './app-error.js';
import type { ServiceDeps, SessionUser } from './context.js';
import { recordAudit, verifyAuditChain, type VerifyReport } from './audit.service.js';
import { writeListWorkbook } from '../io/excel/list-export.js';

export const ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'user.lock': '账号锁定',
  'user.unlock': '账号解锁',
  'user.create': '新增账号',
  'user.update': '修改账号',
  'user.assign_roles': '分配角色',
  'user.reset_password': '重置密码',
  'user.change_password': '修改密码',
  'unit.create': '新增单位',
  'unit.update': '修改单位',
  'unit.move': '移动单位',
  'unit.delete': '删除单位',
  'person.create': '新增人员',
  'person.update': '修改人员',
  'person.delete': '删除人员',
  'person.view': '查看人员详情',
  'person.reveal_id': '查看完整身份证号',
  'person.export': '导出人员信息',
  'person.import': '导入人员',
  'code.update': '修改代码表',
  'audit.verify': '校验审计链',
  'audit.export': '导出审计日志',
  'ruleset.create': '新建规则集',
  'ruleset.update': '修改规则集',
  'eligibility.screen': '资格审查',
  'demo.load': '载入演示数据',
};

export interface AuditItem {
  id: number;
  at: string;
  username: string | null;
  action: string;
  actionLabel: string;
  objectType: string;
  objectId: string | null;
  summary: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  result: string;
}

export interface AuditSearch {
  username?: string | undefined;
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

function present(r: { id: number; at: Date; username: string | null; action: string; object_type: string; object_id: string | null; summary: string | null; before: unknown; after: unknown; ip: string | null; result: string }): AuditItem {
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    username: r.username,
    action: r.action,
    actionLabel: ACTION_LABELS[r.action] ?? r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    summary: r.summary,
    before: r.before,
    after: r.after,
    ip: r.ip,
    result: r.result,
  };
}

export async function searchAudit(deps: ServiceDeps, user: SessionUser, s: AuditSearch): Promise<{ items: AuditItem[]; total: number }> {
  if (!can(user.roles, 'audit.read')) throw forbidden('只有审计管理员可以查看审计日志');
  let q = deps.db.selectFrom('audit_log');
  if (s.username) q = q.where('username', '=', s.username);
  if (s.action) q = q.where('action', '=', s.action);
  if (s.objectType) q = q.where('object_type', '=', s.objectType);
  if (s.objectId) q = q.where('object_id', '=', s.objectId);
  if (s.from) q = q.where('at', '>=', new Date(s.from));
  if (s.to) q = q.where('at', '<', new Date(new Date(s.to).getTime() + (s.to.length === 10 ? 86400000 : 0)));
  if (s.q) q = q.where('summary', 'like', `%${s.q}%`);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').limit(s.pageSize).offset((s.page - 1) * s.pageSize).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(present), total: Number(count.n) };
}

export async function personAuditTrail(deps: ServiceDeps, user: SessionUser, personId: number): Promise<{ items: AuditItem[] }> {
  if (!can(user.roles, 'person.read')) throw forbidden();
  const rows = await getPersonRows(deps.db, personId, user.scope);
  if (!rows) {
    if (await personExists(deps.db, personId)) throw new AppError('OUT_OF_SCOPE', '该人员不在您的数据范围内');
    throw new AppError('NOT_FOUND', '人员不存在或已被删除');
  }
  const items = await deps.db
    .selectFrom('audit_log')
    .selectAll()
    .where('object_type', '=', 'person')
    .where('object_id', '=', String(personId))
    .where('action', 'in', ['person.create', 'person.update', 'person.import'])
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return { items: items.map(present) };
}

export async function verifyAudit(deps: ServiceDeps, user: SessionUser): Promise<VerifyReport> {
  if (!can(user.roles, 'audit.read')) throw forbidden('只有审计管理员可以校验审计链');
  return verifyAuditChain(deps.db);
}

export const AUDIT_EXPORT_LIMIT = 100_000;

/** The searched audit entries as .xlsx; the export itself is recorded in the trail. */
export async function exportAudit(deps: ServiceDeps, user: SessionUser, s: Omit<AuditSearch, 'page' | 'pageSize'>): Promise<{ buffer: Buffer; count: number }> {
  const { items, total } = await searchAudit(deps, user, { ...s, page: 1, pageSize: AUDIT_EXPORT_LIMIT });
  const buffer = await writeListWorkbook({
    sheetName: '审计日志',
    title: `审计日志（${items.length} 条${total > items.length ? `，共 ${total} 条，仅导出前 ${items.length} 条` : ''}）`,
    columns: [
      { header: '序号', key: 'id', width: 8, type: 'number' },
      { header: '时间', key: 'at', width: 22 },
      { header: '用户', key: 'username', width: 12 },
      { header: '操作', key: 'actionLabel', width: 16 },
      { header: '对象类型', key: 'objectType', width: 10 },
      { header: '对象', key: 'objectId', width: 10 },
      { header: '摘要', key: 'summary', width: 40 },
      { header: '修改前', key: 'before', width: 40 },
      { header: '修改后', key: 'after', width: 40 },
      { header: 'IP', key: 'ip', width: 16 },
      { header: '结果', key: 'result', width: 8 },
    ],
    rows: items.map((i) => ({ ...i, before: i.before == null ? '' : JSON.stringify(i.before), after: i.after == null ? '' : JSON.stringify(i.after) })),
  });
  await recordAudit(deps.db, { userId: user.id, username: user.username, ip: user.ip }, { action: 'audit.export', objectType: 'audit_log', summary: `导出审计日志 ${items.length} 条`, after: { filters: s } }, deps.clock());
  return { buffer, count: items.length };
}
