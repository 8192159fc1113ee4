// Units: a tree kept with a materialised path ('/1/5/23/') so subtree reads are one prefix match.
import { sql, type Kysely } from 'kysely';
import type { DB, UnitRow } from './schema.js';

export type UnitValues = {
  parent_id: number | null;
  name: string;
  kind: string;
  level: string;
  division_code: string | null;
  is_tibetan_area: boolean;
  altitude: number | null;
  hardship_class: number | null;
  leadership_seats: number | null;
  sort_order: number;
};

export async function listUnits(db: Kysely<DB>): Promise<UnitRow[]> {
  return db.selectFrom('units').selectAll().orderBy('depth').orderBy('sort_order').orderBy('id').execute();
}

export async function getUnit(db: Kysely<DB>, id: number): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUnit(trx: Kysely<DB>, v: UnitValues, now: Date): Promise<UnitRow> {
  const parent = v.parent_id == null ? undefined : await getUnit(trx, v.parent_id);
  const { id } = await trx.insertInto('units').values({ ...v, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  const path = `${parent?.path ?? '/'}${id}/`;
  return trx
    .updateTable('units')
    .set({ path, depth: (parent?.depth ?? -1) + 1 })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateUnitAtVersion(trx: Kysely<DB>, id: number, version: number, v: Omit<UnitValues, 'parent_id'>, now: Date): Promise<UnitRow | undefined> {
  return trx
    .updateTable('units')
    .set({ ...v, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Moves a unit (and its subtree, and the people in it) under a new parent. */
export async function moveUnit(trx: Kysely<DB>, unit: UnitRow, newParent: UnitRow | null, now: Date): Promise<UnitRow> {
  const oldPrefix = unit.path;
  const newPrefix = `${newParent?.path ?? '/'}${unit.id}/`;
  const depthDelta = (newParent ? newParent.depth + 1 : 0) - unit.depth;
  await sql`update units set path = ${newPrefix} || substr(path, ${oldPrefix.length + 1}), depth = depth + ${depthDelta}
            where path like ${oldPrefix + '%'}`.execute(trx);
  await sql`update people set unit_path = ${newPrefix} || substr(unit_path, ${oldPrefix.length + 1})
            where unit_path like ${oldPrefix + '%'}`.execute(trx);
  return trx
    .updateTable('units')
    .set({ parent_id: newParent?.id ?? null, version: unit.version + 1, updated_at: now })
    .where('id', '=', unit.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function unitUsage(db: Kysely<DB>, id: number): Promise<{ children: number; people: number; users: number }> {
  const [c, p, u] = await Promise.all([
    db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).where('parent_id', '=', id).executeTakeFirstOrThrow(),
    db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).where('unit_id', '=', id).executeTakeFirstOrThrow(),
    db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('unit_id', '=', id).executeTakeFirstOrThrow(),
  ]);
  return { children: Number(c.n), people: Number(p.n), users: Number(u.n) };
}

/** People per unit (directly in the unit), restricted by an optional path prefix. */
export async function peopleCountByUnit(db: Kysely<DB>, where: { unitPath?: string; unitId?: number; personId?: number } | 'all' | 'none'): Promise<Map<number, number>> {
  if (where === 'none') return new Map();
  // Whole register or a subtree: read the per-unit counters kept by a trigger.
  if (where === 'all' || (where.unitPath !== undefined && where.unitId === undefined && where.personId === undefined)) {
    let c = db.selectFrom('unit_people_counts as c').innerJoin('units as u', 'u.id', 'c.unit_key').select(['c.unit_key', 'c.n']);
    if (typeof where === 'object') c = c.where('u.path', 'like', `${where.unitPath ?? ''}%`);
    const rows = await c.execute();
    return new Map(rows.map((r) => [r.unit_key, r.n]));
  }
  let q = db.selectFrom('people').select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')]).where('unit_id', 'is not', null).groupBy('unit_id');
  {
    if (where.unitPath) q = q.where('unit_path', 'like', `${where.unitPath}%`);
    if (where.unitId != null) q = q.where('unit_id', '=', where.unitId);
    if (where.personId != null) q = q.where('id', '=', where.personId);
  }
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.unit_id as number, Number(r.n)]));
}
