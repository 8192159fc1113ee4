// Excel exchange of people: template download, import with a staged preview and an
// all-or-nothing commit, and export of any filtered list.
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { bulkInsertPeople } from '../db/people.repository.js';
import { listUnits } from '../db/units.repository.js';
import { can, type DataScope } from '../domain/access/roles.js';
import type { PersonRecord } from '../domain/registry/types.js';
import { normalizeIdNumber } from '../domain/registry/id-number.js';
import { labelOf } from '../domain/codes/tables.js';
import { buildPeopleTemplate } from '../io/excel/people-template.js';
import { parsePeopleWorkbook, type ImportCellError } from '../io/excel/people-import.js';
import { writeImportErrorReport, writeListWorkbook } from '../io/excel/list-export.js';
import { AppError, forbidden, notFound } from './app-error.js';
import { appendAuditMany, recordAudit, type Actor } from './audit.service.js';
import { codeTableMap } from './codes.service.js';
import { auditSnapshot, listPeople, recordToRow, recordToSubRows, type PeopleFilters } from './people.service.js';
import { todayIso, type ServiceDeps, type SessionUser } from './context.js';

const actorOf = (u: SessionUser) => ({ userId: u.id, username: u.username, ip: u.ip });

interface ScopedUnit {
  id: number;
  name: string;
  path: string;
  pathLabel: string;
}

/** Units the user may put people in, with their full names ('四川省/甘孜藏族自治州/理塘县'). */
async function writableUnits(db: Kysely<DB>, scope: DataScope): Promise<ScopedUnit[]> {
  const rows = await listUnits(db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const label = (id: number): string => {
    const parts: string[] = [];
    for (let u = byId.get(id); u; u = u.parent_id == null ? undefined : byId.get(u.parent_id)) parts.unshift(u.name);
    return parts.join('/');
  };
  return rows
    .filter((r) => scope.kind === 'all' || (scope.kind === 'subtree' && r.path.startsWith(scope.unitPath)) || (scope.kind === 'unit' && r.id === scope.unitId))
    .map((r) => ({ id: r.id, name: r.name, path: r.path, pathLabel: label(r.id) }));
}

export async function peopleTemplate(deps: ServiceDeps, user: SessionUser): Promise<Buffer> {
  if (!can(user.roles, 'person.import')) throw forbidden();
  const units = await writableUnits(deps.db, user.scope);
  return buildPeopleTemplate(await codeTableMap(deps.db), units.map((u) => ({ id: u.id, name: u.name, pathLabel: u.pathLabel })), { today: todayIso(deps.clock) });
}

export interface ImportPreview {
  token: string | null;
  fileName: string | null;
  total: number;
  valid: number;
  invalid: number;
  headerErrors: string[];
  /** Recognised column labels in file order. */
  headers: string[];
  rows: Array<{ row: number; name: string; errors: ImportCellError[]; values: Record<string, string> }>;
  /** The first rows that will be created, for a look before committing. */
  sample: Array<{ row: number; name: string; unit: string; birthDate: string }>;
}

interface StagedPayload {
  records: Array<{ row: number; record: PersonRecord }>;
  /** The preview as shown, kept for the error-report download. */
  preview?: ImportPreview;
}

/**
 * Parses and checks a workbook without changing any person. Rows with problems are listed
 * with the Excel row, column and a Chinese message. A file with no problems is staged and
 * gets a token for the commit.
 */
export async function previewPeopleImport(deps: ServiceDeps, user: SessionUser, file: Buffer, fileName: string | null): Promise<ImportPreview> {
  if (!can(user.roles, 'person.import')) throw forbidden();
  const { preview, records } = await checkPeopleWorkbook(deps, user.scope, file, fileName);
  // Every preview is staged: a clean one can be committed, a faulty one gives its error report.
  const token = randomBytes(16).toString('hex');
  preview.token = token;
  const payload: StagedPayload = { records, preview };
  await deps.db
    .insertInto('import_batches')
    .values({ id: token, user_id: user.id, kind: 'people.xlsx', file_name: fileName, created_at: deps.clock(), summary: JSON.stringify({ total: preview.total, valid: preview.valid, invalid: preview.invalid, committable: records.length > 0 }), payload: JSON.stringify(payload) })
    .execute();
  return preview;
}

/** Parses and checks a workbook against the code tables, the scope and the register. */
export async function checkPeopleWorkbook(
  deps: ServiceDeps,
  scope: DataScope,
  file: Buffer,
  fileName: string | null,
): Promise<{ preview: ImportPreview; records: Array<{ row: number; record: PersonRecord }> }> {
  const user = { scope };
  const today = todayIso(deps.clock);
  const units = await writableUnits(deps.db, user.scope);
  const byLabel = new Map<string, number[]>();
  const add = (k: string, id: number) => byLabel.set(k, [...(byLabel.get(k) ?? []), id]);
  for (const u of units) {
    add(u.pathLabel, u.id);
    add(u.name, u.id);
    add(String(u.id), u.id);
  }
  let parsed;
  try {
    parsed = await parsePeopleWorkbook(file, {
      codeTables: await codeTableMap(deps.db),
      today,
      resolveUnit: (text) => {
        const t = text.trim().replace(/\s*\/\s*/g, '/');
        const ids = [...new Set(byLabel.get(t) ?? [])];
        return ids.length === 1 ? ids[0]! : ids.length > 1 ? 'ambiguous' : null;
      },
    });
  } catch (err) {
    throw new AppError('BAD_FILE', `无法读取文件${fileName ? `“${fileName}”` : ''}：请上传由模板填写的 .xlsx 文件`, { cause: err instanceof Error ? err.message : String(err) });
  }
  // Database-wide check: an ID number already registered cannot be imported again.
  const hashes = new Map<string, number>();
  for (const r of parsed.rows) if (r.record?.idNumber) hashes.set(deps.cipher.lookupHash(normalizeIdNumber(r.record.idNumber)), r.row);
  const existing = new Map<string, string>();
  const hashList = [...hashes.keys()];
  for (let i = 0; i < hashList.length; i += 5000) {
    const found = await deps.db.selectFrom('people').select(['id_number_hmac', 'name']).where('id_number_hmac', 'in', hashList.slice(i, i + 5000)).execute();
    for (const f of found) if (f.id_number_hmac) existing.set(f.id_number_hmac, f.name);
  }
  for (const r of parsed.rows) {
    if (!r.record?.idNumber) continue;
    const other = existing.get(deps.cipher.lookupHash(normalizeIdNumber(r.record.idNumber)));
    if (other) {
      r.errors.push({ field: 'idNumber', column: '身份证号码', message: `第 ${r.row} 行「身份证号码」：系统中已有此身份证号码的人员“${other}”，如需修改请在系统中编辑` });
      delete r.record;
    }
  }
  const bad = parsed.rows.filter((r) => r.errors.length > 0);
  const good = parsed.rows.filter((r) => r.errors.length === 0 && r.record);
  const unitName = new Map(units.map((u) => [u.id, u.pathLabel]));
  const preview: ImportPreview = {
    token: null,
    fileName,
    total: parsed.rows.length,
    valid: good.length,
    invalid: bad.length,
    headerErrors: parsed.headerErrors,
    headers: parsed.headers,
    rows: bad.map((r) => ({ row: r.row, name: r.values['姓名'] ?? '', errors: r.errors, values: r.values })),
    sample: good.slice(0, 20).map((r) => ({ row: r.row, name: r.record!.name, unit: r.record!.unitId == null ? '' : (unitName.get(r.record!.unitId) ?? ''), birthDate: r.record!.birthDate })),
  };
  const committable = bad.length === 0 && parsed.headerErrors.length === 0 && good.length > 0;
  return { preview, records: committable ? good.map((r) => ({ row: r.row, record: r.record! })) : [] };
}

/** Creates every staged person in one transaction: all land, or none. */
export async function commitPeopleImport(deps: ServiceDeps, user: SessionUser, token: string): Promise<{ created: number; ids: number[] }> {
  if (!can(user.roles, 'person.import')) throw forbidden();
  const now = deps.clock();
  const result = await deps.db.transaction().execute(async (trx) => {
    const batch = await trx.selectFrom('import_batches').selectAll().where('id', '=', token).where('user_id', '=', user.id).forUpdate().executeTakeFirst();
    if (!batch) throw notFound('导入批次');
    if (batch.status !== 'previewed') throw new AppError('INVALID_TRANSITION', batch.status === 'committed' ? '该批次已经导入，不能重复提交' : '该批次已取消');
    const payload = batch.payload as StagedPayload;
    if (payload.records.length === 0) {
      throw new AppError('IMPORT_REJECTED', `文件中有 ${payload.preview?.invalid ?? 0} 行错误，整批未导入，数据库未做任何修改。请按错误报告修改后重新上传`);
    }
    const ids = await writeImportedPeople(trx, deps, actorOf(user), user.scope, payload.records, batch.file_name, now);
    await trx.updateTable('import_batches').set({ status: 'committed', payload: JSON.stringify({ records: [] }), summary: JSON.stringify({ total: ids.length, committedAt: now.toISOString() }) }).where('id', '=', token).execute();
    return { created: ids.length, ids };
  });
  // Large imports change the statistics the planner relies on (PGlite has no autovacuum).
  if (result.created >= 1000) await sql`analyze people`.execute(deps.db);
  return result;
}

/** Re-checks scope and uniqueness, then writes every record with its audit entry; throws to roll back. */
export async function writeImportedPeople(
  trx: Kysely<DB>,
  deps: ServiceDeps,
  actor: Actor,
  scope: DataScope,
  records: Array<{ row: number; record: PersonRecord }>,
  fileName: string | null,
  now: Date,
): Promise<number[]> {
  const units = await writableUnits(trx, scope);
  const paths = new Map(units.map((u) => [u.id, u.path]));
  const problems: string[] = [];
  for (const { row, record } of records) {
    if (record.unitId != null && !paths.has(record.unitId)) problems.push(`第 ${row} 行：所在单位已不在您的数据范围内`);
  }
  const hashes = records.filter((r) => r.record.idNumber).map((r) => deps.cipher.lookupHash(normalizeIdNumber(r.record.idNumber!)));
  for (let i = 0; i < hashes.length; i += 5000) {
    const taken = await trx.selectFrom('people').select('name').where('id_number_hmac', 'in', hashes.slice(i, i + 5000)).execute();
    for (const t of taken) problems.push(`身份证号码与已有人员“${t.name}”重复（预览后有人录入了同一人）`);
  }
  if (problems.length) throw new AppError('IMPORT_REJECTED', `导入未执行，数据库未做任何修改：${problems.slice(0, 5).join('；')}${problems.length > 5 ? ` 等 ${problems.length} 处` : ''}`, { problems });
  const ids = await bulkInsertPeople(
    trx,
    records.map(({ record }) => ({ row: recordToRow(record, deps.cipher, record.unitId == null ? '' : paths.get(record.unitId)!), sub: recordToSubRows(record, deps.cipher) })),
  );
  await appendAuditMany(
    trx,
    actor,
    records.map(({ row, record }, i) => ({ action: 'person.import', objectType: 'person', objectId: ids[i]!, summary: `导入人员 ${record.name}（${fileName ?? ''} 第 ${row} 行）`, after: auditSnapshot(record) })),
    now,
  );
  return ids;
}

export async function cancelPeopleImport(deps: ServiceDeps, user: SessionUser, token: string): Promise<void> {
  const res = await deps.db.updateTable('import_batches').set({ status: 'cancelled', payload: JSON.stringify({ records: [] }) }).where('id', '=', token).where('user_id', '=', user.id).where('status', '=', 'previewed').executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw notFound('导入批次');
}

/** The rejected rows of a staged preview as a workbook with an 错误说明 column. */
export async function importErrorReport(deps: ServiceDeps, user: SessionUser, token: string): Promise<Buffer> {
  const batch = await deps.db.selectFrom('import_batches').select(['payload']).where('id', '=', token).where('user_id', '=', user.id).executeTakeFirst();
  const preview = (batch?.payload as StagedPayload | undefined)?.preview;
  if (!preview) throw notFound('导入批次');
  // The report keeps the original columns with bad cells marked, so it can be corrected and uploaded again.
  return writeImportErrorReport(preview.rows, { headers: preview.headers });
}

export const PEOPLE_EXPORT_LIMIT = 100_000;

/** The current filtered list as .xlsx, with the columns the list shows and code labels. */
export async function exportPeopleList(deps: ServiceDeps, user: SessionUser, filters: Omit<PeopleFilters, 'page' | 'pageSize'>): Promise<{ buffer: Buffer; count: number }> {
  const first = await listPeople(deps, user, { ...filters, page: 1, pageSize: 1 });
  if (first.total > PEOPLE_EXPORT_LIMIT) throw new AppError('VALIDATION_FAILED', `导出人数 ${first.total} 超过上限 ${PEOPLE_EXPORT_LIMIT}，请先缩小筛选范围`);
  const items = [];
  for (let page = 1; (page - 1) * 1000 < first.total; page++) items.push(...(await listPeople(deps, user, { ...filters, page, pageSize: 1000 })).items);
  const buffer = await writeListWorkbook({
    sheetName: '人员名册',
    title: `人员名册（共 ${items.length} 人，导出时间 ${todayIso(deps.clock)}）`,
    columns: [
      { header: '序号', key: 'seq', width: 6, type: 'number' },
      { header: '姓名', key: 'name', width: 10 },
      { header: '性别', key: 'gender', width: 6 },
      { header: '民族', key: 'ethnicity', width: 8 },
      { header: '出生日期', key: 'birthDate', width: 12, type: 'date' },
      { header: '年龄', key: 'age', width: 6, type: 'number' },
      { header: '身份证号码', key: 'idNumberMasked', width: 20 },
      { header: '籍贯', key: 'nativePlace', width: 12 },
      { header: '政治面貌', key: 'politicalStatus', width: 12 },
      { header: '入党时间', key: 'partyJoinDate', width: 12, type: 'date' },
      { header: '参加工作时间', key: 'workStartDate', width: 12, type: 'date' },
      { header: '所在单位', key: 'unitName', width: 24 },
      { header: '现任职务', key: 'post', width: 20 },
      { header: '职务级别', key: 'rank', width: 12 },
      { header: '职级', key: 'grade', width: 12 },
      { header: '全日制学历', key: 'eduFulltime', width: 12 },
      { header: '最高学历', key: 'eduAny', width: 12 },
      { header: '专业技术职务', key: 'titleLevel', width: 12 },
      { header: '人员类别', key: 'category', width: 14 },
      { header: '后备干部', key: 'isReserve', width: 8 },
      { header: '标签', key: 'tags', width: 16 },
    ],
    rows: items.map((p, i) => ({
      seq: i + 1,
      name: p.name,
      gender: labelOf('gender', p.gender),
      ethnicity: labelOf('ethnicity', p.ethnicity),
      birthDate: p.birthDate,
      age: p.age,
      idNumberMasked: p.idNumberMasked ?? '',
      nativePlace: p.nativePlace ?? '',
      politicalStatus: labelOf('political_status', p.politicalStatus),
      partyJoinDate: p.partyJoinDate,
      workStartDate: p.workStartDate,
      unitName: p.unitName ?? '',
      post: p.post ?? '',
      rank: labelOf('rank', p.rank),
      grade: labelOf('grade', p.grade),
      eduFulltime: labelOf('education', p.eduFulltime),
      eduAny: labelOf('education', p.eduAny),
      titleLevel: labelOf('title_level', p.titleLevel),
      category: labelOf('category', p.category),
      isReserve: p.isReserve ? '是' : '否',
      tags: p.tags.join('；'),
    })),
  });
  await recordAudit(deps.db, actorOf(user), { action: 'person.export', objectType: 'person', summary: `导出人员名册 ${items.length} 人`, after: { filters } }, deps.clock());
  return { buffer, count: items.length };
}

