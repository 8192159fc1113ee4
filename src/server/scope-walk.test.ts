// Walks every API route with every business account and proves that nobody sees or changes a
// person outside their data scope. A route the walk does not know fails the test, so each new
// route must be classified here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_TARGETS } from '../../test/db.js';
import { createFixture, loginAs, type Client, type Fixture } from '../../test/app-fixture.js';
import { buildPerson } from '../../test/factories.js';
import { createPerson } from '../services/people.service.js';
import type { SessionUser } from '../services/context.js';

/** How each route relates to people. */
const ROUTES: Record<string, 'person-id' | 'person-list' | 'no-person-data'> = {
  'GET /api/health': 'no-person-data',
  'POST /api/auth/login': 'no-person-data',
  'GET /api/auth/me': 'no-person-data',
  'POST /api/auth/logout': 'no-person-data',
  'POST /api/auth/password': 'no-person-data',
  'GET /api/codes': 'no-person-data',
  'PUT /api/codes/:table/:code': 'no-person-data',
  'GET /api/units': 'person-list',
  'GET /api/units/:id': 'no-person-data',
  'POST /api/units': 'no-person-data',
  'PUT /api/units/:id': 'no-person-data',
  'POST /api/units/:id/move': 'no-person-data',
  'DELETE /api/units/:id': 'no-person-data',
  'GET /api/people': 'person-list',
  'GET /api/people/:id': 'person-id',
  'POST /api/people/:id/reveal-id': 'person-id',
  'GET /api/people/:id/audit': 'person-id',
  'POST /api/people': 'no-person-data',
  'PUT /api/people/:id': 'person-id',
  'DELETE /api/people/:id': 'person-id',
  'GET /api/people/template': 'no-person-data',
  'POST /api/people/import/preview': 'no-person-data',
  'POST /api/people/import/commit': 'no-person-data',
  'POST /api/people/import/cancel': 'no-person-data',
  'GET /api/people/import/:token/errors': 'no-person-data',
  'GET /api/people/export': 'person-list',
  'GET /api/people/:id/lrmx': 'person-id',
  'POST /api/lrmx/import': 'no-person-data',
  'GET /api/rule-sets': 'no-person-data',
  'GET /api/rule-sets/:id': 'no-person-data',
  'GET /api/rule-sets/:id/versions': 'no-person-data',
  'POST /api/rule-sets': 'no-person-data',
  'PUT /api/rule-sets/:id': 'no-person-data',
  'POST /api/eligibility/screen': 'person-list',
  'POST /api/eligibility/what-if': 'person-list',
  'POST /api/eligibility/evaluate/:id': 'person-id',
  'GET /api/eligibility/export': 'person-list',
  'GET /api/users': 'no-person-data',
  'POST /api/users': 'no-person-data',
  'PUT /api/users/:id': 'no-person-data',
  'PUT /api/users/:id/roles': 'no-person-data',
  'POST /api/users/:id/unlock': 'no-person-data',
  'POST /api/users/:id/reset-password': 'no-person-data',
  'GET /api/audit': 'no-person-data',
  'GET /api/audit/actions': 'no-person-data',
  'GET /api/audit/export': 'no-person-data',
  'GET /api/audit/verify': 'no-person-data',
  'GET /api/stats/dashboard': 'person-list',
};

/** A rule set everybody passes: screening then lists exactly the people in scope. */
const EVERYONE = { id: 'everyone', name: '全部人员', description: '', note: '', version: 1, root: { id: 'age', rule: { fact: 'age', max: 150 } } };

/** Fastify serves '/api/people' and '/api/people/' alike; compare without the trailing slash. */
const key = (r: { method: string; url: string }): string => `${r.method} ${r.url.replace(/\/$/, '')}`;

const ACCOUNTS = ['officer', 'litanghr', 'daochenghr', 'towncadre', 'admin', 'secadm', 'audit'] as const;

describe.each(DB_TARGETS)('data-scope walk on %s', (target) => {
  let f: Fixture;
  const clients = new Map<string, Client>();
  /** person id → unit key */
  const people: Array<{ id: number; version: number; unit: keyof Fixture['units']; name: string }> = [];
  const visible: Record<(typeof ACCOUNTS)[number], Array<keyof Fixture['units']>> = {
    officer: ['province', 'orgDept', 'ganzi', 'litang', 'litangTown', 'daocheng', 'daochengTown'],
    litanghr: ['litang', 'litangTown'],
    daochenghr: ['daocheng', 'daochengTown'],
    towncadre: ['litangTown'],
    admin: [],
    secadm: [],
    audit: [],
  };

  beforeAll(async () => {
    f = await createFixture(target);
    const system = { id: 0, username: 'seed', displayName: 'seed', roles: ['officer'], scopeKind: 'all', unitId: null, unitName: null, personId: null, scope: { kind: 'all' }, mustChangePassword: false, ip: null } as SessionUser;
    const names = ['赵一鸣', '钱二宝', '孙三强', '李四海', '周五洲'];
    for (const unit of ['orgDept', 'litang', 'litangTown', 'daocheng', 'daochengTown'] as const) {
      const p = await createPerson(f.deps, system, buildPerson({ name: names[people.length]!, unitId: f.units[unit] }));
      people.push({ id: p.id, version: p.version, unit, name: p.name });
    }
    for (const a of ACCOUNTS) clients.set(a, await loginAs(f.app, a));
  });
  afterAll(async () => f.close());

  it('knows every route the app serves', () => {
    const served = f.app.routeList.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs')).map(key);
    const unknown = served.filter((r) => !(r in ROUTES));
    expect(unknown).toEqual([]);
  });

  it('refuses every person-id route for a person outside the scope, and serves it inside', async () => {
    const routes = f.app.routeList.filter((r) => ROUTES[key(r)] === 'person-id');
    expect(routes.length).toBeGreaterThanOrEqual(5);
    for (const account of ACCOUNTS) {
      const c = clients.get(account)!;
      for (const p of people) {
        const inScope = visible[account].includes(p.unit);
        for (const r of routes) {
          if (r.method === 'DELETE' || r.method === 'PUT') {
            if (inScope) continue; // writes in scope are covered by the people API tests
            const url = r.url.replace(':id', String(p.id)) + (r.method === 'DELETE' ? `?version=${p.version}` : '');
            const res = r.method === 'PUT' ? await c.put(url, { ...buildPerson({ unitId: f.units[p.unit] }), version: p.version }) : await c.del(url);
            expect([403, 404], `${account} ${r.method} ${url}`).toContain(res.statusCode);
            continue;
          }
          const url = r.url.replace(':id', String(p.id));
          const res = r.method === 'GET' ? await c.get(url) : await c.post(url, { ruleSet: EVERYONE });
          if (inScope) expect(res.statusCode, `${account} ${r.method} ${url}`).toBe(200);
          else {
            expect([403, 404], `${account} ${r.method} ${url}`).toContain(res.statusCode);
            expect(res.body).not.toContain(p.name);
          }
        }
      }
    }
    // Nothing was changed by the refused writes.
    const rows = await f.database.db.selectFrom('people').select(['id', 'version']).orderBy('id').execute();
    expect(rows).toEqual(people.map((p) => ({ id: p.id, version: p.version })));
  });

  it('lists and counts only people in scope', async () => {
    for (const account of ACCOUNTS) {
      const c = clients.get(account)!;
      const expected = people.filter((p) => visible[account].includes(p.unit)).map((p) => p.id).sort((a, b) => a - b);
      const list = await c.get('/api/people?pageSize=200&sort=id');
      if (expected.length === 0) {
        expect(list.statusCode, account).toBe(403);
        continue;
      }
      expect(list.json().items.map((i: { id: number }) => i.id), account).toEqual(expected);
      // Filtering on a unit outside the scope gives nothing, not the unit's people.
      const other = await c.get(`/api/people?unitId=${f.units.province}&pageSize=200`);
      expect(other.json().total).toBe(expected.length);
      const screened = (await c.post('/api/eligibility/screen', { ruleSet: EVERYONE, pageSize: 200 })).json();
      expect(screened.items.map((i: { id: number }) => i.id).sort((a: number, b: number) => a - b), account).toEqual(expected);
      expect(screened.funnel.total, account).toBe(expected.length);
      const exported = await c.get('/api/people/export');
      expect(exported.headers['x-row-count'], account).toBe(String(expected.length));
      const dash = (await c.get('/api/stats/dashboard')).json();
      expect(dash.total, account).toBe(expected.length);
      const units = (await c.get('/api/units')).json().items as Array<{ id: number; subtreeCount: number }>;
      expect(units.find((u) => u.id === f.units.province)?.subtreeCount, account).toBe(expected.length);
    }
  });

  it('refuses to create a person in a unit outside the scope', async () => {
    const res = await clients.get('litanghr')!.post('/api/people', buildPerson({ unitId: f.units.daochengTown }));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('OUT_OF_SCOPE');
  });
});
