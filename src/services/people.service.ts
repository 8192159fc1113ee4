// People: read in scope, create/edit/delete with validation, versions and the audit trail.
// Sensitive facts (ID number, health, family) are encrypted at rest; lists show the masked
// ID only; reading a person's sensitive facts or revealing a full ID number is audited.
import type { Kysely } from 'kysely';
import type { DB, NewPersonRow } from '../db/schema.js';
import * as repo from '../db/people.repository.js';
import { getUnit } from '../db/units.repository.js';
import { can, type DataScope } from '../domain/access/roles.js';
import type { FamilyMember, Person, PersonRecord, AppraisalGrade, PersonCategory, TitleLevel } from '../domain/registry/types.js';
import { validatePersonRecord } from '../domain/registry/validate-person.js';
import { fieldLabel } from '../domain/registry/field-labels.js';
import { maskIdNumber, normalizeIdNumber } from '../domain/registry/id-number.js';
import { pinyinFull, pinyinInitials } from '../domain/registry/name-search.js';
import { ageAt } from '../domain/registry/derived-facts.js';
import { denormalise } from '../domain/registry/summaries.js';
import type { FieldCipher } from './field-cipher.js';
import { AppError, forbidden, notFound, validationFailed } from './app-error.js';
import { appendAudit, recordAudit } from './audit.service.js';
import { todayIso, type ServiceDeps, type SessionUser } from './context.js';

/** A person as the API shows it: the full ID number is never included, only its mask. */
export interface PersonView extends Omit<Person, 'idNumber'> {
  idNumberMasked: string | null;
  unitName: string | null;
  age: number;
}

const actorOf = (u: SessionUser) => ({ userId: u.id, username: u.username, ip: u.ip });

export function recordToRow(record: PersonRecord, cipher: FieldCipher, unitPath: string): Omit<NewPersonRow, 'id'> {
  const id = record.idNumber ? normalizeIdNumber(record.idNumber) : null;
  const d = denormalise(record);
  return {
    name: record.name,
    name_initials: pinyinInitials(record.name),
    name_pinyin: pinyinFull(record.name),
    gender: record.gender,
    ethnicity: record.ethnicity,
    birth_date: record.birthDate,
    id_number_enc: id ? cipher.encrypt(id) : null,
    id_number_hmac: id ? cipher.lookupHash(id) : null,
    id_number_masked: id ? maskIdNumber(id) : null,
    native_place: record.nativePlace,
    birthplace: record.birthplace,
    growth_place: record.growthPlace,
    political_status: record.politicalStatus,
    party_join_date: record.partyJoinDate,
    party_note: record.partyNote,
    work_start_date: record.workStartDate,
    category: record.category,
    unit_id: record.unitId,
    unit_path: unitPath,
    post: record.post,
    post_kind: record.postKind,
    rank: record.rank,
    grade: record.grade,
    rank_start_date: record.rankStartDate,
    post_start_date: record.postStartDate,
    unit_start_date: record.unitStartDate,
    is_reserve: record.isReserve,
    pool_tier: record.poolTier,
    specialities: record.specialities,
    tags: record.tags,
    health_enc: record.health ? cipher.encrypt(record.health) : null,
    health_note_enc: record.healthNote ? cipher.encrypt(record.healthNote) : null,
    service_intention: record.serviceIntention,
    edu_fulltime: d.eduFulltime,
    edu_any: d.eduAny,
    title_level: d.titleLevel,
    title_series: d.titleSeries,
  };
}

export function recordToSubRows(record: PersonRecord, cipher: FieldCipher): repo.SubRecordRows {
  return {
    education: record.education.map((e) => ({ mode: e.mode, level: e.level, degree: e.degree, school: e.school, major: e.major, start_date: e.startDate, end_date: e.endDate })),
    titles: record.titles.map((t) => ({ series: t.series, level: t.level, name: t.name, obtained_date: t.obtainedDate })),
    appointments: record.appointments.map((a) => ({ unit_id: a.unitId, unit_name: a.unitName, post: a.post, post_kind: a.postKind, rank: a.rank, start_date: a.startDate, end_date: a.endDate })),
    appraisals: record.appraisals.map((a) => ({ year: a.year, grade: a.grade })),
    family: record.family.map((f) => ({ data_enc: cipher.encrypt(JSON.stringify(f)) })),
  };
}

function rowsToPerson(rows: repo.PersonRows, cipher: FieldCipher): Person & { unitName: string | null } {
  const p = rows.person;
  return {
    id: p.id,
    version: p.version,
    name: p.name,
    gender: p.gender,
    ethnicity: p.ethnicity,
    birthDate: p.birth_date,
    idNumber: p.id_number_enc ? cipher.decrypt(p.id_number_enc) : null,
    nativePlace: p.native_place,
    birthplace: p.birthplace,
    growthPlace: p.growth_place,
    politicalStatus: p.political_status,
    partyJoinDate: p.party_join_date,
    partyNote: p.party_note,
    workStartDate: p.work_start_date,
    category: p.category as PersonCategory,
    unitId: p.unit_id,
    unitName: p.unit_name,
    post: p.post,
    postKind: p.post_kind,
    rank: p.rank,
    grade: p.grade,
    rankStartDate: p.rank_start_date,
    postStartDate: p.post_start_date,
    unitStartDate: p.unit_start_date,
    isReserve: p.is_reserve,
    poolTier: p.pool_tier,
    specialities: p.specialities,
    tags: p.tags,
    health: p.health_enc ? cipher.decrypt(p.health_enc) : null,
    healthNote: p.health_note_enc ? cipher.decrypt(p.health_note_enc) : null,
    serviceIntention: p.service_intention,
    education: rows.education.map((e) => ({
      mode: e.mode as 'fulltime' | 'inservice',
      level: e.level,
      degree: e.degree,
      school: e.school,
      major: e.major,
      startDate: e.start_date,
      endDate: e.end_date,
    })),
    titles: rows.titles.map((t) => ({ series: t.series, level: t.level as TitleLevel, name: t.name, obtainedDate: t.obtained_date })),
    appointments: rows.appointments.map((a) => ({
      unitId: a.unit_id,
      unitName: a.unit_name,
      post: a.post,
      postKind: a.post_kind,
      rank: a.rank,
      startDate: a.start_date,
      endDate: a.end_date,
    })),
    appraisals: rows.appraisals.map((a) => ({ year: a.year, grade: a.grade as AppraisalGrade })),
    family: rows.family.map((f) => JSON.parse(cipher.decrypt(f.data_enc)) as FamilyMember),
  };
}

function toView(p: Person & { unitName: string | null }, today: string): PersonView {
  const { idNumber, ...rest } = p;
  return { ...rest, idNumberMasked: idNumber ? maskIdNumber(idNumber) : null, age: ageAt(p.birthDate, today) };
}

/** Loads a person in the reader's scope: 404 when absent, 403 when outside the scope. */
async function loadInScope(db: Kysely<DB>, cipher: FieldCipher, id: number, scope: DataScope) {
  const rows = await repo.getPersonRows(db, id, scope);
  if (!rows) {
    if (await repo.personExists(db, id)) throw new AppError('OUT_OF_SCOPE', '该人员不在您的数据范围内');
    throw notFound('人员');
  }
  return rowsToPerson(rows, cipher);
}

export async function getPerson(deps: ServiceDeps, user: SessionUser, id: number): Promise<PersonView> {
  if (!can(user.roles, 'person.read')) throw forbidden();
  const person = await loadInScope(deps.db, deps.cipher, id, user.scope);
  // The detail carries health and family facts: sensitive personal information, so the read is audited.
  await recordAudit(deps.db, actorOf(user), { action: 'person.view', objectType: 'person', objectId: id, summary: `查看人员 ${person.name} 的详细信息（含健康、家庭成员）` }, deps.clock());
  return toView(person, todayIso(deps.clock));
}

export async function revealIdNumber(deps: ServiceDeps, user: SessionUser, id: number): Promise<{ idNumber: string | null }> {
  if (!can(user.roles, 'person.reveal_id')) throw forbidden('当前账号无权查看完整身份证号码');
  const person = await loadInScope(deps.db, deps.cipher, id, user.scope);
  await recordAudit(deps.db, actorOf(user), { action: 'person.reveal_id', objectType: 'person', objectId: id, summary: `查看 ${person.name} 的完整身份证号码` }, deps.clock());
  return { idNumber: person.idNumber };
}

/** Checks that the unit a person is put in lies in the writer's scope; returns its path. */
async function unitPathInScope(db: Kysely<DB>, unitId: number | null, scope: DataScope): Promise<string> {
  if (unitId == null) {
    if (scope.kind === 'all') return '';
    throw validationFailed([{ field: 'unitId', message: '请选择所在单位' }]);
  }
  const unit = await getUnit(db, unitId);
  if (!unit) throw validationFailed([{ field: 'unitId', message: '所在单位不存在' }]);
  const ok =
    scope.kind === 'all' ||
    (scope.kind === 'subtree' && unit.path.startsWith(scope.unitPath)) ||
    (scope.kind === 'unit' && unit.id === scope.unitId);
  if (!ok) throw new AppError('OUT_OF_SCOPE', `单位“${unit.name}”不在您的数据范围内`, { fieldErrors: [{ field: 'unitId', message: '所选单位不在您的数据范围内' }] });
  return unit.path;
}

async function checkIdUnique(db: Kysely<DB>, cipher: FieldCipher, record: PersonRecord, selfId: number | null): Promise<void> {
  if (!record.idNumber) return;
  const other = await repo.findByIdNumberHash(db, cipher.lookupHash(normalizeIdNumber(record.idNumber)));
  if (other && other.id !== selfId) {
    throw new AppError('DUPLICATE', `身份证号码与已有人员“${other.name}”重复`, { fieldErrors: [{ field: 'idNumber', message: `身份证号码与已有人员“${other.name}”重复` }], existingId: other.id });
  }
}

function validate(record: PersonRecord, today: string): void {
  const errors = validatePersonRecord(record, { today });
  if (errors.length) throw validationFailed(errors);
}

/** A copy fit for the audit trail: the ID number masked, health and family reduced to a marker. */
export function auditSnapshot(p: PersonRecord): Record<string, unknown> {
  const { idNumber, health, healthNote, family, ...rest } = p;
  return {
    ...rest,
    idNumber: idNumber ? maskIdNumber(idNumber) : null,
    health: health ? '（已加密）' : null,
    healthNote: healthNote ? '（已加密）' : null,
    family: family.map((f) => ({ relation: f.relation, name: f.name })),
  };
}

export async function createPerson(deps: ServiceDeps, user: SessionUser, record: PersonRecord): Promise<PersonView> {
  if (!can(user.roles, 'person.write')) throw forbidden();
  validate(record, todayIso(deps.clock));
  const now = deps.clock();
  const id = await deps.db.transaction().execute(async (trx) => {
    const unitPath = await unitPathInScope(trx, record.unitId, user.scope);
    await checkIdUnique(trx, deps.cipher, record, null);
    const newId = await repo.insertPerson(trx, recordToRow(record, deps.cipher, unitPath), recordToSubRows(record, deps.cipher));
    await appendAudit(trx, actorOf(user), { action: 'person.create', objectType: 'person', objectId: newId, summary: `新增人员 ${record.name}`, after: auditSnapshot(record) }, now);
    return newId;
  });
  const created = await loadInScope(deps.db, deps.cipher, id, { kind: 'all' });
  return toView(created, todayIso(deps.clock));
}

/** Names of the fields whose values differ between two records (for 409 answers and audit). */
export function changedFields(a: PersonRecord, b: PersonRecord): string[] {
  const keys = Object.keys(a) as Array<keyof PersonRecord>;
  return keys.filter((k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null));
}

function stripIds(p: Person & { unitName?: string | null }): PersonRecord {
  const { id: _id, version: _v, unitName: _u, ...record } = p;
  return record;
}

export async function updatePerson(deps: ServiceDeps, user: SessionUser, id: number, version: number, record: PersonRecord): Promise<PersonView> {
  if (!can(user.roles, 'person.write')) throw forbidden();
  const current = await loadInScope(deps.db, deps.cipher, id, user.scope);
  const today = todayIso(deps.clock);
  if (current.version !== version) throw await staleEdit(deps, current, version, record, today);
  // A masked or omitted ID number in an edit means "unchanged".
  const next: PersonRecord = { ...record, idNumber: record.idNumber == null || record.idNumber.includes('*') ? current.idNumber : record.idNumber };
  validate(next, today);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const unitPath = await unitPathInScope(trx, next.unitId, user.scope);
    await checkIdUnique(trx, deps.cipher, next, id);
    const ok = await repo.updatePersonAtVersion(trx, id, version, recordToRow(next, deps.cipher, unitPath), now);
    if (!ok) throw await staleEdit(deps, await loadInScope(trx, deps.cipher, id, { kind: 'all' }), version, record, today);
    await repo.deleteSubRecords(trx, id);
    await repo.insertSubRecords(trx, id, recordToSubRows(next, deps.cipher));
    const before = stripIds(current);
    const fields = changedFields(before, next);
    await appendAudit(
      trx,
      actorOf(user),
      { action: 'person.update', objectType: 'person', objectId: id, summary: `修改人员 ${next.name}：${fields.map((f) => fieldLabel(f)).join('、') || '无变化'}`, before: auditSnapshot(before), after: auditSnapshot(next) },
      now,
    );
  });
  return toView(await loadInScope(deps.db, deps.cipher, id, { kind: 'all' }), today);
}

async function staleEdit(deps: ServiceDeps, current: Person & { unitName: string | null }, yourVersion: number, yours: PersonRecord, today: string): Promise<AppError> {
  const last = await deps.db
    .selectFrom('audit_log')
    .select(['username', 'at'])
    .where('object_type', '=', 'person')
    .where('object_id', '=', String(current.id))
    .where('action', '=', 'person.update')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const mine = { ...yours, idNumber: current.idNumber };
  return new AppError('VERSION_CONFLICT', `该人员信息已被${last?.username ? `“${last.username}”` : '他人'}修改（当前版本 ${current.version}，您编辑的是版本 ${yourVersion}），请刷新后再编辑`, {
    currentVersion: current.version,
    yourVersion,
    changedBy: last?.username ?? null,
    changedAt: last?.at ?? null,
    differingFields: changedFields(stripIds(current), mine),
    current: toView(current, today),
  });
}

export async function deletePerson(deps: ServiceDeps, user: SessionUser, id: number, version: number): Promise<void> {
  if (!can(user.roles, 'person.write') || user.scope.kind === 'self') throw forbidden();
  const current = await loadInScope(deps.db, deps.cipher, id, user.scope);
  if (current.version !== version) throw await staleEdit(deps, current, version, stripIds(current), todayIso(deps.clock));
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const ok = await repo.deletePersonAtVersion(trx, id, version);
    if (!ok) throw new AppError('VERSION_CONFLICT', '该人员信息已被他人修改，请刷新后再操作');
    await appendAudit(trx, actorOf(user), { action: 'person.delete', objectType: 'person', objectId: id, summary: `删除人员 ${current.name}`, before: auditSnapshot(stripIds(current)) }, now);
  });
}

export interface PersonListItem {
  id: number;
  name: string;
  gender: string;
  ethnicity: string;
  birthDate: string;
  age: number;
  idNumberMasked: string | null;
  politicalStatus: string;
  category: string;
  unitId: number | null;
  unitName: string | null;
  post: string | null;
  postKind: string | null;
  rank: string | null;
  grade: string | null;
  eduFulltime: string | null;
  eduAny: string | null;
  titleLevel: string | null;
  isReserve: boolean;
  poolTier: string | null;
  tags: string[];
  nativePlace: string | null;
  workStartDate: string | null;
  partyJoinDate: string | null;
  version: number;
}

export type PeopleFilters = Omit<repo.PeopleQuery, 'scope' | 'today' | 'unitPath'> & { unitId?: number | undefined; includeSubunits?: boolean | undefined };

export async function listPeople(deps: ServiceDeps, user: SessionUser, f: PeopleFilters): Promise<{ items: PersonListItem[]; total: number; page: number; pageSize: number }> {
  if (!can(user.roles, 'person.read')) throw forbidden();
  const today = todayIso(deps.clock);
  let unitPath: string | undefined;
  if (f.unitId != null) {
    const unit = await getUnit(deps.db, f.unitId);
    if (!unit) throw notFound('单位');
    unitPath = unit.path;
  }
  const { items, total } = await repo.listPeople(deps.db, { ...f, scope: user.scope, today, unitPath, unitOnly: f.includeSubunits === false });
  return {
    total,
    page: f.page,
    pageSize: f.pageSize,
    items: items.map((r) => ({
      id: r.id,
      name: r.name,
      gender: r.gender,
      ethnicity: r.ethnicity,
      birthDate: r.birth_date,
      age: ageAt(r.birth_date, today),
      idNumberMasked: r.id_number_masked,
      politicalStatus: r.political_status,
      category: r.category,
      unitId: r.unit_id,
      unitName: r.unit_name,
      post: r.post,
      postKind: r.post_kind,
      rank: r.rank,
      grade: r.grade,
      eduFulltime: r.edu_fulltime,
      eduAny: r.edu_any,
      titleLevel: r.title_level,
      isReserve: r.is_reserve,
      poolTier: r.pool_tier,
      tags: r.tags,
      nativePlace: r.native_place,
      workStartDate: r.work_start_date,
      partyJoinDate: r.party_join_date,
      version: r.version,
    })),
  };
}

/** Full records of several people in the reader's scope (exports); audited as one read. */
export async function loadPeopleForExport(deps: ServiceDeps, user: SessionUser, ids: number[], purpose: string): Promise<Array<Person & { unitName: string | null }>> {
  if (!can(user.roles, 'person.read')) throw forbidden();
  const out: Array<Person & { unitName: string | null }> = [];
  for (const id of ids) {
    const rows = await repo.getPersonRows(deps.db, id, user.scope);
    if (rows) out.push(rowsToPerson(rows, deps.cipher));
  }
  await recordAudit(deps.db, actorOf(user), { action: 'person.export', objectType: 'person', objectId: ids.length === 1 ? ids[0] : null, summary: `${purpose}（${out.length} 人）` }, deps.clock());
  return out;
}

export { rowsToPerson };
