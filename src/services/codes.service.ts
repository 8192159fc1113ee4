// Code tables: seeded from the national standards; the system administrator may relabel and
// reorder items, never change a code.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { CODE_TABLES, CODE_TABLE_TITLES, type CodeItem, type CodeTableName } from '../domain/codes/tables.js';
import { can } from '../domain/access/roles.js';
import { AppError, forbidden, notFound } from './app-error.js';
import { appendAudit } from './audit.service.js';
import type { ServiceDeps, SessionUser } from './context.js';

export interface CodeTableView {
  name: CodeTableName;
  title: string;
  items: Array<CodeItem & { sortOrder: number; version: number }>;
}

/** Inserts any code-table item the database lacks (first start and after upgrades). */
export async function seedCodeTables(db: Kysely<DB>): Promise<number> {
  const rows = Object.entries(CODE_TABLES).flatMap(([table, items]) =>
    items.map((i, idx) => ({ table_name: table, code: i.code, label: i.label, sort_order: idx * 10 })),
  );
  const res = await db.insertInto('code_items').values(rows).onConflict((oc) => oc.columns(['table_name', 'code']).doNothing()).executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0);
}

export async function loadCodeTables(db: Kysely<DB>): Promise<CodeTableView[]> {
  const rows = await db.selectFrom('code_items').selectAll().orderBy('table_name').orderBy('sort_order').orderBy('code').execute();
  return (Object.keys(CODE_TABLES) as CodeTableName[]).map((name) => ({
    name,
    title: CODE_TABLE_TITLES[name],
    items: rows.filter((r) => r.table_name === name).map((r) => ({ code: r.code, label: r.label, sortOrder: r.sort_order, version: r.version })),
  }));
}

/** The tables as plain code → label lists (for importers and exporters). */
export async function codeTableMap(db: Kysely<DB>): Promise<Record<CodeTableName, CodeItem[]>> {
  const tables = await loadCodeTables(db);
  return Object.fromEntries(tables.map((t) => [t.name, t.items.map((i) => ({ code: i.code, label: i.label }))])) as Record<CodeTableName, CodeItem[]>;
}

export async function updateCodeItem(
  deps: ServiceDeps,
  user: SessionUser,
  table: string,
  code: string,
  body: { label: string; sortOrder: number; version: number },
): Promise<CodeItem & { sortOrder: number; version: number }> {
  if (!can(user.roles, 'code.write')) throw forbidden('只有系统管理员可以维护代码表');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('code_items').selectAll().where('table_name', '=', table).where('code', '=', code).executeTakeFirst();
    if (!current) throw notFound('代码项');
    if (current.version !== body.version) {
      throw new AppError('VERSION_CONFLICT', '该代码项已被他人修改，请刷新后再编辑', { current: { code, label: current.label, sortOrder: current.sort_order, version: current.version } });
    }
    const row = await trx
      .updateTable('code_items')
      .set({ label: body.label, sort_order: body.sortOrder, version: current.version + 1 })
      .where('table_name', '=', table)
      .where('code', '=', code)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(
      trx,
      { userId: user.id, username: user.username, ip: user.ip },
      { action: 'code.update', objectType: 'code_item', objectId: `${table}:${code}`, summary: `修改代码 ${table}/${code}`, before: { label: current.label, sortOrder: current.sort_order }, after: { label: row.label, sortOrder: row.sort_order } },
      now,
    );
    return { code: row.code, label: row.label, sortOrder: row.sort_order, version: row.version };
  });
}
