// Loads the generated Sichuan demo data and one demo account per role.
import { sql } from 'kysely';
import { generateDemo, pickDemoAccountsHints } from '../domain/demo/index.js';
import type { Unit } from '../domain/registry/types.js';
import type { DemoAccountHints } from '../domain/demo/index.js';
import { bulkInsertPeople } from '../db/people.repository.js';
import type { Role, ScopeKind } from '../domain/access/roles.js';
import { recordToRow, recordToSubRows } from './people.service.js';
import { createUser } from './users.service.js';
import { appendAudit } from './audit.service.js';
import { todayIso, type ServiceDeps } from './context.js';

export const DEMO_PASSWORD = 'Demo#2026sc';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  scope: ScopeKind;
  unitName: string | null;
}

export interface DemoLoadReport {
  units: number;
  people: number;
  accounts: DemoAccount[];
  seconds: { generate: number; load: number };
}

/** Paths '/1/5/23/' for units listed parents first. */
export function unitPaths(units: readonly Unit[]): Map<number, string> {
  const paths = new Map<number, string>();
  for (const u of units) {
    const parent = u.parentId == null ? '/' : paths.get(u.parentId);
    if (parent === undefined) throw new Error(`Unit ${u.id} comes before its parent ${u.parentId}`);
    paths.set(u.id, `${parent}${u.id}/`);
  }
  return paths;
}

export async function loadDemo(
  deps: ServiceDeps,
  opts: { people: number; seed: number; withAccounts: boolean; onProgress?: (msg: string) => void },
): Promise<DemoLoadReport> {
  const log = opts.onProgress ?? (() => undefined);
  const t0 = performance.now();
  const demo = generateDemo({ people: opts.people, seed: opts.seed, today: todayIso(deps.clock) });
  const t1 = performance.now();
  log(`已生成 ${demo.units.length} 个单位、${demo.people.length} 名人员（${((t1 - t0) / 1000).toFixed(1)} 秒），正在写入数据库…`);
  const paths = unitPaths(demo.units);
  const now = deps.clock();
  let lastLogged = 0;
  await deps.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(existing.n) > 0) throw new Error('数据库中已有单位数据，演示数据只能载入空库');
    for (let i = 0; i < demo.units.length; i += 2000) {
      await trx
        .insertInto('units')
        .values(
          demo.units.slice(i, i + 2000).map((u) => ({
            id: u.id,
            parent_id: u.parentId,
            name: u.name,
            kind: u.kind,
            level: u.level,
            division_code: u.divisionCode,
            is_tibetan_area: u.isTibetanArea,
            altitude: u.altitude,
            hardship_class: u.hardshipClass,
            leadership_seats: u.leadershipSeats,
            sort_order: u.sortOrder,
            path: paths.get(u.id)!,
            depth: paths.get(u.id)!.split('/').length - 3,
          })),
        )
        .execute();
    }
    await sql`select setval(pg_get_serial_sequence('units', 'id'), (select max(id) from units))`.execute(trx);
    await bulkInsertPeople(
      trx,
      demo.people.map((p) => ({ row: recordToRow(p, deps.cipher, p.unitId == null ? '' : (paths.get(p.unitId) ?? '')), sub: recordToSubRows(p, deps.cipher) })),
      (done) => {
        if (Math.floor(done / 5000) > Math.floor(lastLogged / 5000) || done === demo.people.length) log(`  已写入 ${done} / ${demo.people.length} 人`);
        lastLogged = done;
      },
    );
    await appendAudit(trx, { userId: null, username: 'system' }, { action: 'demo.load', objectType: 'system', summary: `载入演示数据：${demo.units.length} 个单位、${demo.people.length} 名人员（种子 ${opts.seed}）` }, now);
    await trx.insertInto('settings').values({ key: 'demo', value: JSON.stringify({ seed: opts.seed, people: demo.people.length, loadedAt: now.toISOString() }) }).onConflict((oc) => oc.column('key').doNothing()).execute();
  });
  // PGlite runs no autovacuum: refresh statistics and the visibility map so plans use the indexes.
  await sql`vacuum analyze`.execute(deps.db);
  const t2 = performance.now();
  const accounts = opts.withAccounts ? await createDemoAccounts(deps, demo.units, pickDemoAccountsHints(demo)) : [];
  return { units: demo.units.length, people: demo.people.length, accounts, seconds: { generate: (t1 - t0) / 1000, load: (t2 - t1) / 1000 } };
}

/** One account per role, scoped to believable units of the demo tree. */
export async function createDemoAccounts(deps: ServiceDeps, units: readonly Unit[], hints: DemoAccountHints): Promise<DemoAccount[]> {
  const orgDept = units.find((u) => u.id === hints.provincialOrgDeptUnitId);
  const litang = units.find((u) => u.id === hints.countyUnitId);
  // People were inserted in generation order into an empty table, so the n-th person has id n + 1.
  const cadre = hints.cadrePersonIndex == null ? undefined : await deps.db.selectFrom('people').select(['id', 'name']).orderBy('id').offset(hints.cadrePersonIndex).limit(1).executeTakeFirst();
  const specs: Array<Omit<DemoAccount, 'unitName'> & { unitId: number | null; personId: number | null }> = [
    { username: 'admin', displayName: '系统管理员', role: 'sysadmin', scope: 'none', unitId: null, personId: null },
    { username: 'security', displayName: '安全管理员', role: 'secadmin', scope: 'none', unitId: null, personId: null },
    { username: 'auditor', displayName: '审计管理员', role: 'auditor', scope: 'none', unitId: null, personId: null },
    { username: 'zzb', displayName: '省委组织部干部处', role: 'officer', scope: 'all', unitId: orgDept?.id ?? null, personId: null },
    { username: 'litang', displayName: '理塘县委组织部人事干部', role: 'unit_hr', scope: 'subtree', unitId: litang?.id ?? null, personId: null },
  ];
  if (cadre) specs.push({ username: 'cadre', displayName: cadre.name, role: 'cadre', scope: 'self', unitId: litang?.id ?? null, personId: cadre.id });
  const out: DemoAccount[] = [];
  for (const s of specs) {
    await createUser(deps, null, { username: s.username, displayName: s.displayName, password: DEMO_PASSWORD, roles: [s.role], scope: s.scope, unitId: s.unitId, personId: s.personId, mustChangePassword: false });
    out.push({ username: s.username, displayName: s.displayName, role: s.role, scope: s.scope, unitName: units.find((u) => u.id === s.unitId)?.name ?? null });
  }
  return out;
}
