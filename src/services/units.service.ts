// Units: the organisation tree. Structure is visible to every business role; only the system
// administrator changes it. People counts follow the reader's data scope.
import { z } from 'zod';
import { UNIT_KINDS, UNIT_LEVELS, type Unit } from '../domain/registry/types.js';
import { can } from '../domain/access/roles.js';
import type { UnitRow } from '../db/schema.js';
import * as repo from '../db/units.repository.js';
import { AppError, forbidden, notFound, validationFailed } from './app-error.js';
import { appendAudit } from './audit.service.js';
import type { ServiceDeps, SessionUser } from './context.js';

export const unitInputSchema = z.object({
  parentId: z.number().int().positive().nullable(),
  name: z.string().trim().min(2, '单位名称至少 2 个字').max(100, '单位名称不超过 100 个字'),
  kind: z.enum(UNIT_KINDS, { message: '单位类型不正确' }),
  level: z.enum(UNIT_LEVELS, { message: '单位层级不正确' }),
  divisionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字').nullable(),
  isTibetanArea: z.boolean(),
  altitude: z.number().int().min(-200, '海拔不合理').max(6000, '海拔不合理').nullable(),
  hardshipClass: z.number().int().min(1, '艰苦边远地区类别为 1–6').max(6, '艰苦边远地区类别为 1–6').nullable(),
  leadershipSeats: z.number().int().min(0).max(60, '领导班子职数不超过 60').nullable(),
  sortOrder: z.number().int().default(0),
});
export type UnitInputBody = z.infer<typeof unitInputSchema>;

export interface UnitNode extends Unit {
  path: string;
  depth: number;
  /** People directly in this unit, within the reader's scope. */
  peopleCount: number;
  /** People in this unit and below, within the reader's scope. */
  subtreeCount: number;
}

export function toUnit(r: UnitRow): Unit & { path: string; depth: number } {
  return {
    id: r.id,
    parentId: r.parent_id,
    name: r.name,
    kind: r.kind as Unit['kind'],
    level: r.level as Unit['level'],
    divisionCode: r.division_code,
    isTibetanArea: r.is_tibetan_area,
    altitude: r.altitude,
    hardshipClass: r.hardship_class,
    leadershipSeats: r.leadership_seats,
    sortOrder: r.sort_order,
    version: r.version,
    path: r.path,
    depth: r.depth,
  };
}

const toValues = (b: UnitInputBody): repo.UnitValues => ({
  parent_id: b.parentId,
  name: b.name,
  kind: b.kind,
  level: b.level,
  division_code: b.divisionCode,
  is_tibetan_area: b.isTibetanArea,
  altitude: b.altitude,
  hardship_class: b.hardshipClass,
  leadership_seats: b.leadershipSeats,
  sort_order: b.sortOrder,
});

/** All units as a flat list in tree order, with people counts in the reader's scope. */
export async function listUnitNodes(deps: ServiceDeps, user: SessionUser): Promise<UnitNode[]> {
  if (!can(user.roles, 'unit.read')) throw forbidden();
  const rows = await repo.listUnits(deps.db);
  const s = user.scope;
  const counts = await repo.peopleCountByUnit(
    deps.db,
    s.kind === 'all' ? 'all' : s.kind === 'subtree' ? { unitPath: s.unitPath } : s.kind === 'unit' ? { unitId: s.unitId } : s.kind === 'self' ? { personId: s.personId } : 'none',
  );
  const nodes = rows.map((r) => ({ ...toUnit(r), peopleCount: counts.get(r.id) ?? 0, subtreeCount: counts.get(r.id) ?? 0 }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // Rows come ordered by depth, so walking backwards adds each child before its parent is read.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (n.parentId != null) {
      const parent = byId.get(n.parentId);
      if (parent) parent.subtreeCount += n.subtreeCount;
    }
  }
  return nodes;
}

export async function getUnitOrThrow(deps: ServiceDeps, id: number): Promise<UnitRow> {
  const u = await repo.getUnit(deps.db, id);
  if (!u) throw notFound('单位');
  return u;
}

export async function createUnit(deps: ServiceDeps, user: SessionUser, body: UnitInputBody): Promise<Unit> {
  if (!can(user.roles, 'unit.write')) throw forbidden('只有系统管理员可以维护单位');
  if (body.parentId != null) await getUnitOrThrow(deps, body.parentId).catch(() => {
    throw validationFailed([{ field: 'parentId', message: '上级单位不存在' }]);
  });
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.insertUnit(trx, toValues(body), now);
    const unit = toUnit(row);
    await appendAudit(trx, { userId: user.id, username: user.username, ip: user.ip }, { action: 'unit.create', objectType: 'unit', objectId: unit.id, summary: `新增单位 ${unit.name}`, after: unit }, now);
    return unit;
  });
}

export async function updateUnit(deps: ServiceDeps, user: SessionUser, id: number, version: number, body: UnitInputBody): Promise<Unit> {
  if (!can(user.roles, 'unit.write')) throw forbidden('只有系统管理员可以维护单位');
  const current = await getUnitOrThrow(deps, id);
  if (body.parentId !== current.parent_id) {
    throw validationFailed([{ field: 'parentId', message: '调整上级单位请使用“移动”操作' }]);
  }
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const { parent_id: _p, ...values } = toValues(body);
    const row = await repo.updateUnitAtVersion(trx, id, version, values, now);
    if (!row) throw conflict(toUnit((await repo.getUnit(trx, id)) ?? current), version);
    const unit = toUnit(row);
    await appendAudit(trx, { userId: user.id, username: user.username, ip: user.ip }, { action: 'unit.update', objectType: 'unit', objectId: id, summary: `修改单位 ${unit.name}`, before: toUnit(current), after: unit }, now);
    return unit;
  });
}

function conflict(current: Unit, yourVersion: number): AppError {
  return new AppError('VERSION_CONFLICT', '该单位已被他人修改，请刷新后再编辑', { current, yourVersion });
}

export async function moveUnitTo(deps: ServiceDeps, user: SessionUser, id: number, version: number, parentId: number | null): Promise<Unit> {
  if (!can(user.roles, 'unit.write')) throw forbidden('只有系统管理员可以维护单位');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const unit = await repo.getUnit(trx, id);
    if (!unit) throw notFound('单位');
    if (unit.version !== version) throw conflict(toUnit(unit), version);
    const parent = parentId == null ? null : ((await repo.getUnit(trx, parentId)) ?? null);
    if (parentId != null && !parent) throw validationFailed([{ field: 'parentId', message: '目标上级单位不存在' }]);
    if (parent && parent.path.startsWith(unit.path)) {
      throw validationFailed([{ field: 'parentId', message: '不能把单位移动到它自己或它的下级单位之下' }]);
    }
    const moved = await repo.moveUnit(trx, unit, parent, now);
    await appendAudit(
      trx,
      { userId: user.id, username: user.username, ip: user.ip },
      { action: 'unit.move', objectType: 'unit', objectId: id, summary: `移动单位 ${unit.name}`, before: { parentId: unit.parent_id }, after: { parentId } },
      now,
    );
    return toUnit(moved);
  });
}

export async function deleteUnit(deps: ServiceDeps, user: SessionUser, id: number, version: number): Promise<void> {
  if (!can(user.roles, 'unit.write')) throw forbidden('只有系统管理员可以维护单位');
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const unit = await repo.getUnit(trx, id);
    if (!unit) throw notFound('单位');
    if (unit.version !== version) throw conflict(toUnit(unit), version);
    const usage = await repo.unitUsage(trx, id);
    if (usage.children || usage.people || usage.users) {
      throw new AppError('IN_USE', `该单位下还有 ${usage.children} 个下级单位、${usage.people} 名人员、${usage.users} 个账号，不能删除`, usage);
    }
    await trx.deleteFrom('units').where('id', '=', id).execute();
    await appendAudit(trx, { userId: user.id, username: user.username, ip: user.ip }, { action: 'unit.delete', objectType: 'unit', objectId: id, summary: `删除单位 ${unit.name}`, before: toUnit(unit) }, now);
  });
}
