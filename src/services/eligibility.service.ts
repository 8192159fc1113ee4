// Eligibility: rule sets as data (built-in ones shipped read-only, stored ones versioned),
// one person's evaluation with reasons, whole-register screening in SQL with a funnel,
// what-if before saving, and exports. Screening respects the reader's data scope.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { BUILTIN_RULE_SETS, findBuiltinRuleSet } from '../domain/eligibility/builtin-rule-sets.js';
import { RuleSetSchema, type RuleSet } from '../domain/eligibility/rule-schema.js';
import { evaluatePerson, type Evaluation } from '../domain/eligibility/evaluate.js';
import type { Funnel } from '../domain/eligibility/funnel.js';
import { can, type DataScope } from '../domain/access/roles.js';
import { funnelInDatabase, loadPersonFacts, screenInDatabase, whatIfInDatabase } from '../db/eligibility-sql.js';
import { getUnit } from '../db/units.repository.js';
import { personExists } from '../db/people.repository.js';
import { labelOf } from '../domain/codes/tables.js';
import { writeListWorkbook } from '../io/excel/list-export.js';
import { AppError, forbidden, notFound, validationFailed } from './app-error.js';
import { appendAudit, recordAudit } from './audit.service.js';
import { listPeople, type PersonListItem } from './people.service.js';
import type { ServiceDeps, SessionUser } from './context.js';

export interface RuleSetSummary {
  id: string;
  name: string;
  description: string;
  note: string;
  version: number;
  builtin: boolean;
  basedOn: string | null;
  updatedAt: string | null;
}

const actorOf = (u: SessionUser) => ({ userId: u.id, username: u.username, ip: u.ip });

function requireScreen(user: SessionUser): void {
  if (!can(user.roles, 'person.read') || user.scope.kind === 'self' || user.scope.kind === 'none') throw forbidden('当前账号无权进行资格审查');
}

export function parseRuleSet(input: unknown): RuleSet {
  const res = RuleSetSchema.safeParse(input);
  if (!res.success) {
    throw validationFailed(res.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  }
  return res.data as RuleSet;
}

export async function listRuleSets(deps: ServiceDeps, user: SessionUser): Promise<RuleSetSummary[]> {
  requireScreen(user);
  const stored = await deps.db.selectFrom('rule_sets').selectAll().orderBy('updated_at', 'desc').execute();
  return [
    ...BUILTIN_RULE_SETS.map((r) => ({ id: r.id, name: r.name, description: r.description, note: r.note, version: r.version, builtin: true, basedOn: null, updatedAt: null })),
    ...stored.map((r) => {
      const d = r.definition as RuleSet;
      return { id: r.id, name: r.name, description: d.description, note: d.note, version: r.version, builtin: false, basedOn: r.based_on, updatedAt: new Date(r.updated_at).toISOString() };
    }),
  ];
}

export async function getRuleSet(db: Kysely<DB>, id: string): Promise<RuleSet & { builtin: boolean }> {
  const builtin = findBuiltinRuleSet(id);
  if (builtin) return { ...builtin, builtin: true };
  const row = await db.selectFrom('rule_sets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('规则集');
  return { ...(row.definition as RuleSet), version: row.version, builtin: false };
}

export async function ruleSetHistory(deps: ServiceDeps, user: SessionUser, id: string) {
  requireScreen(user);
  const rows = await deps.db.selectFrom('rule_set_versions').selectAll().where('rule_set_id', '=', id).orderBy('version', 'desc').execute();
  return rows.map((r) => ({ version: r.version, savedBy: r.saved_by, savedAt: new Date(r.saved_at).toISOString(), definition: r.definition as RuleSet }));
}

/** Saves a new rule set (often a copy of a built-in one with changed thresholds). */
export async function createRuleSet(deps: ServiceDeps, user: SessionUser, input: unknown, basedOn: string | null): Promise<RuleSet> {
  requireScreen(user);
  if (!can(user.roles, 'person.write')) throw forbidden('当前账号无权维护规则集');
  const rs = parseRuleSet(input);
  if (findBuiltinRuleSet(rs.id) || (await deps.db.selectFrom('rule_sets').select('id').where('id', '=', rs.id).executeTakeFirst())) {
    throw new AppError('DUPLICATE', `规则集编号“${rs.id}”已存在，请换一个编号`, { fieldErrors: [{ field: 'id', message: '编号已存在' }] });
  }
  const now = deps.clock();
  const definition = { ...rs, version: 1 };
  await deps.db.transaction().execute(async (trx) => {
    await trx.insertInto('rule_sets').values({ id: rs.id, name: rs.name, definition: JSON.stringify(definition), based_on: basedOn, version: 1, created_by: user.username, created_at: now, updated_at: now }).execute();
    await trx.insertInto('rule_set_versions').values({ rule_set_id: rs.id, version: 1, definition: JSON.stringify(definition), saved_by: user.username, saved_at: now }).execute();
    await appendAudit(trx, actorOf(user), { action: 'ruleset.create', objectType: 'rule_set', objectId: rs.id, summary: `新建规则集 ${rs.name}${basedOn ? `（基于 ${basedOn}）` : ''}`, after: definition }, now);
  });
  return definition;
}

export async function updateRuleSet(deps: ServiceDeps, user: SessionUser, id: string, version: number, input: unknown): Promise<RuleSet> {
  requireScreen(user);
  if (!can(user.roles, 'person.write')) throw forbidden('当前账号无权维护规则集');
  if (findBuiltinRuleSet(id)) throw forbidden('内置规则集不能修改，请先“复制为新规则集”');
  const rs = parseRuleSet({ ...(input as object), id });
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('rule_sets').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!current) throw notFound('规则集');
    if (current.version !== version) {
      throw new AppError('VERSION_CONFLICT', `规则集已被“${current.created_by ?? '他人'}”修改为第 ${current.version} 版，请刷新后再编辑`, { currentVersion: current.version, current: current.definition });
    }
    const definition = { ...rs, version: version + 1 };
    await trx.updateTable('rule_sets').set({ name: rs.name, definition: JSON.stringify(definition), version: version + 1, updated_at: now }).where('id', '=', id).execute();
    await trx.insertInto('rule_set_versions').values({ rule_set_id: id, version: version + 1, definition: JSON.stringify(definition), saved_by: user.username, saved_at: now }).execute();
    await appendAudit(trx, actorOf(user), { action: 'ruleset.update', objectType: 'rule_set', objectId: id, summary: `修改规则集 ${rs.name}（第 ${version + 1} 版）`, before: current.definition, after: definition }, now);
    return definition;
  });
}

/** The subtree a screening runs over: the chosen unit within the reader's scope. */
async function screeningPath(db: Kysely<DB>, scope: DataScope, unitId: number | undefined): Promise<{ unitPath: string | undefined; unitOnly: number | undefined }> {
  const unit = unitId == null ? undefined : await getUnit(db, unitId);
  if (unitId != null && !unit) throw notFound('单位');
  if (scope.kind === 'all') return { unitPath: unit?.path, unitOnly: undefined };
  if (scope.kind === 'subtree') {
    if (unit && !unit.path.startsWith(scope.unitPath)) throw new AppError('OUT_OF_SCOPE', `单位“${unit.name}”不在您的数据范围内`);
    return { unitPath: unit?.path ?? scope.unitPath, unitOnly: undefined };
  }
  if (scope.kind === 'unit') {
    const own = await getUnit(db, scope.unitId);
    return { unitPath: own?.path ?? '/none/', unitOnly: scope.unitId };
  }
  throw forbidden('当前账号无权进行资格审查');
}

const decryptHealthWith = (deps: ServiceDeps) => (enc: string) => deps.cipher.decrypt(enc);

export interface ScreeningResult {
  ruleSet: { id: string; name: string; version: number };
  asOf: string;
  total: number;
  eligible: number;
  funnel: Funnel;
  page: number;
  pageSize: number;
  items: Array<PersonListItem>;
}

export async function screen(
  deps: ServiceDeps,
  user: SessionUser,
  q: { ruleSet: RuleSet; asOf: string; unitId?: number | undefined; page: number; pageSize: number },
): Promise<ScreeningResult> {
  requireScreen(user);
  const { unitPath, unitOnly } = await screeningPath(deps.db, user.scope, q.unitId);
  const opts = { unitPath, decryptHealth: decryptHealthWith(deps) };
  const funnel = await funnelInDatabase(deps.db, q.ruleSet, q.asOf, opts);
  let ids: number[];
  let total: number;
  if (unitOnly != null) {
    // A unit-only scope: screen the unit's subtree, keep the people of the unit itself.
    const all = await screenInDatabase(deps.db, q.ruleSet, q.asOf, opts);
    const inUnit = new Set((await deps.db.selectFrom('people').select('id').where('unit_id', '=', unitOnly).execute()).map((r) => r.id));
    const kept = all.ids.filter((id) => inUnit.has(id));
    total = kept.length;
    ids = kept.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  } else {
    const res = await screenInDatabase(deps.db, q.ruleSet, q.asOf, { ...opts, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    ids = res.ids;
    total = res.total;
  }
  const items = await peopleByIds(deps, user, ids);
  await recordAudit(deps.db, actorOf(user), { action: 'eligibility.screen', objectType: 'rule_set', objectId: q.ruleSet.id, summary: `资格审查：${q.ruleSet.name}（${q.asOf}），符合条件 ${total} 人` }, deps.clock());
  return { ruleSet: { id: q.ruleSet.id, name: q.ruleSet.name, version: q.ruleSet.version }, asOf: q.asOf, total: funnel.total, eligible: total, funnel, page: q.page, pageSize: q.pageSize, items };
}

async function peopleByIds(deps: ServiceDeps, user: SessionUser, ids: number[]): Promise<PersonListItem[]> {
  if (ids.length === 0) return [];
  // The list query applies the reader's scope again, so nothing outside it can leak.
  const out: PersonListItem[] = [];
  for (let i = 0; i < ids.length; i += 200) {
    const chunk = ids.slice(i, i + 200);
    const page = await listPeople(deps, user, { ids: chunk, page: 1, pageSize: chunk.length, sort: 'id' });
    out.push(...page.items);
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  return out.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

export async function evaluateOne(deps: ServiceDeps, user: SessionUser, personId: number, ruleSet: RuleSet, asOf: string): Promise<Evaluation & { personName: string }> {
  requireScreen(user);
  const [item] = await peopleByIds(deps, user, [personId]);
  if (!item) {
    if (await personExists(deps.db, personId)) throw new AppError('OUT_OF_SCOPE', '该人员不在您的数据范围内');
    throw notFound('人员');
  }
  const [facts] = await loadPersonFacts(deps.db, [personId], asOf, { decryptHealth: decryptHealthWith(deps) });
  if (!facts) throw notFound('人员');
  return { ...evaluatePerson(ruleSet, facts, asOf), personName: item.name };
}

export async function whatIf(
  deps: ServiceDeps,
  user: SessionUser,
  q: { before: RuleSet; after: RuleSet; asOf: string; unitId?: number | undefined },
): Promise<{ gained: PersonListItem[]; lost: PersonListItem[]; gainedCount: number; lostCount: number; before: number; after: number }> {
  requireScreen(user);
  const { unitPath, unitOnly } = await screeningPath(deps.db, user.scope, q.unitId);
  const diff = await whatIfInDatabase(deps.db, q.before, q.after, q.asOf, { unitPath, decryptHealth: decryptHealthWith(deps) });
  let gained = diff.gained;
  let lost = diff.lost;
  if (unitOnly != null) {
    const inUnit = new Set((await deps.db.selectFrom('people').select('id').where('unit_id', '=', unitOnly).execute()).map((r) => r.id));
    gained = gained.filter((id) => inUnit.has(id));
    lost = lost.filter((id) => inUnit.has(id));
  }
  return {
    gainedCount: gained.length,
    lostCount: lost.length,
    before: diff.before,
    after: diff.after,
    gained: await peopleByIds(deps, user, gained.slice(0, 200)),
    lost: await peopleByIds(deps, user, lost.slice(0, 200)),
  };
}

export const SCREEN_EXPORT_LIMIT = 50_000;

/** The eligible people with their path and the reasons for each rule, as .xlsx. */
export async function exportScreening(deps: ServiceDeps, user: SessionUser, q: { ruleSet: RuleSet; asOf: string; unitId?: number | undefined }): Promise<{ buffer: Buffer; count: number }> {
  const res = await screen(deps, user, { ...q, page: 1, pageSize: SCREEN_EXPORT_LIMIT });
  const facts = await loadPersonFacts(deps.db, res.items.map((i) => i.id), q.asOf, { decryptHealth: decryptHealthWith(deps) });
  const byId = new Map(facts.map((f) => [f.id, f]));
  const rows = res.items.map((p, i) => {
    const f = byId.get(p.id);
    const ev = f ? evaluatePerson(q.ruleSet, f, q.asOf) : undefined;
    return {
      seq: i + 1,
      name: p.name,
      gender: labelOf('gender', p.gender),
      age: p.age,
      unitName: p.unitName ?? '',
      post: p.post ?? '',
      rank: labelOf('rank', p.rank),
      path: ev?.paths.filter((x) => x.passed).map((x) => x.label).join('、') ?? '',
      reasons: ev?.outcomes.map((o) => `${o.passed ? '✓' : '✗'} ${o.message}`).join('\n') ?? '',
    };
  });
  const buffer = await writeListWorkbook({
    sheetName: '资格审查结果',
    title: `资格审查结果：${q.ruleSet.name}（计算日期 ${q.asOf}，符合条件 ${res.eligible} 人 / 参审 ${res.total} 人）`,
    columns: [
      { header: '序号', key: 'seq', width: 6, type: 'number' },
      { header: '姓名', key: 'name', width: 10 },
      { header: '性别', key: 'gender', width: 6 },
      { header: '年龄', key: 'age', width: 6, type: 'number' },
      { header: '所在单位', key: 'unitName', width: 24 },
      { header: '现任职务', key: 'post', width: 20 },
      { header: '职务级别', key: 'rank', width: 12 },
      { header: '符合路径', key: 'path', width: 18 },
      { header: '各项条件', key: 'reasons', width: 70 },
    ],
    rows,
  });
  return { buffer, count: rows.length };
}

