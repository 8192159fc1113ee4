// An app on a real test database with a small unit tree, one account per role and a clock
// the test controls. Requests go through app.inject().
import type { LightMyRequestResponse } from 'fastify';
import { randomBytes } from 'node:crypto';
import { buildApp, type App } from '../src/server/app.js';
import { createFieldCipher } from '../src/services/field-cipher.js';
import { seedCodeTables } from '../src/services/codes.service.js';
import { createUser } from '../src/services/users.service.js';
import { createUnit } from '../src/services/units.service.js';
import { DEFAULT_SECURITY, type ServiceDeps, type SessionUser } from '../src/services/context.js';
import type { DatabaseKind } from '../src/db/connect.js';
import type { Role, ScopeKind } from '../src/domain/access/roles.js';
import { openTestDb, type TestDatabase } from './db.js';

export const PASSWORD = 'Test#2026pass';

export interface Fixture {
  database: TestDatabase;
  deps: ServiceDeps;
  app: App;
  clock: { now: Date };
  units: { province: number; ganzi: number; litang: number; litangTown: number; daocheng: number; daochengTown: number; orgDept: number };
  close(): Promise<void>;
}

const SYSTEM: SessionUser = {
  id: 0,
  username: 'fixture',
  displayName: 'fixture',
  roles: ['sysadmin'],
  scopeKind: 'none',
  unitId: null,
  unitName: null,
  personId: null,
  scope: { kind: 'none' },
  mustChangePassword: false,
  ip: null,
};

export async function createFixture(target: DatabaseKind, opts: { accounts?: Array<{ username: string; role: Role; scope: ScopeKind; unit?: keyof Fixture['units'] }> } = {}): Promise<Fixture> {
  const database = await openTestDb(target);
  const clock = { now: new Date('2026-06-01T08:00:00Z') };
  const deps: ServiceDeps = { db: database.db, cipher: createFieldCipher(randomBytes(32)), clock: () => clock.now, security: DEFAULT_SECURITY };
  await seedCodeTables(database.db);
  const mk = async (name: string, parentId: number | null, kind: string, level: string, divisionCode: string | null) =>
    (
      await createUnit(deps, SYSTEM, {
        parentId,
        name,
        kind: kind as never,
        level: level as never,
        divisionCode,
        isTibetanArea: divisionCode?.startsWith('5133') ?? false,
        altitude: null,
        hardshipClass: null,
        leadershipSeats: null,
        sortOrder: 0,
      })
    ).id;
  const province = await mk('四川省', null, 'province', 'province', '510000');
  const orgDept = await mk('省委组织部', province, 'party_committee', 'province', '510000');
  const ganzi = await mk('甘孜藏族自治州', province, 'prefecture', 'prefecture', '513300');
  const litang = await mk('理塘县', ganzi, 'county', 'county', '513334');
  const litangTown = await mk('高城镇', litang, 'township', 'township', '513334');
  const daocheng = await mk('稻城县', ganzi, 'county', 'county', '513337');
  const daochengTown = await mk('金珠镇', daocheng, 'township', 'township', '513337');
  const units = { province, ganzi, litang, litangTown, daocheng, daochengTown, orgDept };
  const accounts = opts.accounts ?? [
    { username: 'admin', role: 'sysadmin' as Role, scope: 'none' as ScopeKind },
    { username: 'secadm', role: 'secadmin' as Role, scope: 'none' as ScopeKind },
    { username: 'audit', role: 'auditor' as Role, scope: 'none' as ScopeKind },
    { username: 'officer', role: 'officer' as Role, scope: 'all' as ScopeKind, unit: 'orgDept' as const },
    { username: 'litanghr', role: 'unit_hr' as Role, scope: 'subtree' as ScopeKind, unit: 'litang' as const },
    { username: 'daochenghr', role: 'unit_hr' as Role, scope: 'subtree' as ScopeKind, unit: 'daocheng' as const },
    { username: 'towncadre', role: 'unit_hr' as Role, scope: 'unit' as ScopeKind, unit: 'litangTown' as const },
  ];
  for (const a of accounts) {
    await createUser(deps, null, { username: a.username, displayName: a.username, password: PASSWORD, roles: [a.role], scope: a.scope, unitId: a.unit ? units[a.unit] : null, personId: null, mustChangePassword: false });
  }
  const app = await buildApp({ deps });
  return {
    database,
    deps,
    app,
    clock,
    units,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}

export interface Client {
  username: string;
  csrf: string;
  cookie: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  del(url: string): Promise<LightMyRequestResponse>;
}

export async function loginAs(app: App, username: string, password = PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'cadre_sid');
  if (!cookie) throw new Error('no session cookie');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  const headers = { cookie: `cadre_sid=${cookie.value}`, 'x-csrf-token': csrf };
  return {
    username,
    csrf,
    cookie: cookie.value,
    get: (url) => app.inject({ method: 'GET', url, headers }),
    post: (url, body) => app.inject({ method: 'POST', url, headers, ...(body === undefined ? {} : { payload: body as object }) }),
    put: (url, body) => app.inject({ method: 'PUT', url, headers, payload: body as object }),
    del: (url) => app.inject({ method: 'DELETE', url, headers }),
  };
}

/** A multipart/form-data body with files under one field name. */
export function multipart(field: string, files: Array<{ name: string; data: Buffer; type?: string }>): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----cadre${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${encodeURIComponent(f.name)}"; filename*=UTF-8''${encodeURIComponent(f.name)}\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function upload(app: App, c: Client, url: string, field: string, files: Array<{ name: string; data: Buffer }>): Promise<LightMyRequestResponse> {
  const m = multipart(field, files);
  return app.inject({ method: 'POST', url, payload: m.payload, headers: { ...m.headers, cookie: `cadre_sid=${c.cookie}`, 'x-csrf-token': c.csrf } });
}
