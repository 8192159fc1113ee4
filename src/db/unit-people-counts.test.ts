import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DB_TARGETS } from '../../test/db.js';
import { createFixture, type Fixture } from '../../test/app-fixture.js';
import { buildPerson } from '../../test/factories.js';
import { createPerson, deletePerson, updatePerson } from '../services/people.service.js';
import { moveUnitTo } from '../services/units.service.js';
import { listPeople } from './people.repository.js';
import type { SessionUser } from '../services/context.js';

const officer = { id: 0, username: 't', displayName: 't', roles: ['officer', 'sysadmin'], scopeKind: 'all', unitId: null, unitName: null, personId: null, scope: { kind: 'all' }, mustChangePassword: false, ip: null } as unknown as SessionUser;

describe.each(DB_TARGETS)('per-unit people counters on %s', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target, { accounts: [] });
  });
  afterAll(async () => f.close());

  /** The counters' total for a subtree must equal a real count(*) after every change. */
  const check = async () => {
    for (const unit of Object.values(f.units)) {
      const path = (await f.database.db.selectFrom('units').select('path').where('id', '=', unit).executeTakeFirstOrThrow()).path;
      const real = await sql<{ n: number }>`select count(*)::int as n from people where unit_path like ${path + '%'}`.execute(f.database.db);
      const listed = await listPeople(f.database.db, { scope: { kind: 'all' }, today: '2026-06-01', unitPath: path, page: 1, pageSize: 1 });
      expect(listed.total, `unit ${unit}`).toBe(real.rows[0]!.n);
    }
    const all = await listPeople(f.database.db, { scope: { kind: 'all' }, today: '2026-06-01', page: 1, pageSize: 1 });
    const real = await sql<{ n: number }>`select count(*)::int as n from people`.execute(f.database.db);
    expect(all.total).toBe(real.rows[0]!.n);
  };

  it('stay equal to count(*) through creates, moves between units, deletes and unit moves', async () => {
    const a = await createPerson(f.deps, officer, buildPerson({ unitId: f.units.litangTown }));
    const b = await createPerson(f.deps, officer, buildPerson({ unitId: f.units.daochengTown }));
    await createPerson(f.deps, officer, buildPerson({ unitId: null }));
    await check();
    const { id, version, unitName: _u, age: _a, idNumberMasked: _m, ...rest } = a;
    await updatePerson(f.deps, officer, id, version, { ...rest, idNumber: null, unitId: f.units.daocheng });
    await check();
    await deletePerson(f.deps, officer, b.id, b.version);
    await check();
    const town = await f.database.db.selectFrom('units').select('version').where('id', '=', f.units.litangTown).executeTakeFirstOrThrow();
    await moveUnitTo(f.deps, officer, f.units.litangTown, town.version, f.units.daocheng);
    await check();
  });
});
