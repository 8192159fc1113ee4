import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_TARGETS } from '../../../test/db.js';
import { createFixture, loginAs, PASSWORD, type Fixture } from '../../../test/app-fixture.js';

describe.each(DB_TARGETS)('accounts and sessions on %s', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(async () => f.close());

  const login = (username: string, password: string) => f.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  it('signs in with an HttpOnly, SameSite=Strict session cookie and returns a CSRF token', async () => {
    const res = await login('officer', PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'cadre_sid');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const body = res.json();
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.user.roleLabels).toEqual(['组织部门干部']);
  });

  it('answers 401 UNAUTHENTICATED without a session', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/api/people' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('refuses a write without the CSRF header', async () => {
    const c = await loginAs(f.app, 'officer');
    const res = await f.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: `cadre_sid=${c.cookie}` } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
  });

  it('locks an account after 5 failed logins for 15 minutes, and the security administrator can unlock it', async () => {
    for (let i = 1; i <= 4; i++) {
      const r = await login('daochenghr', 'wrong-password');
      expect(r.statusCode).toBe(401);
      expect(r.json().message).toContain(`再错 ${5 - i} 次`);
    }
    const fifth = await login('daochenghr', 'wrong-password');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    // Even the right password is refused while locked.
    const locked = await login('daochenghr', PASSWORD);
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');
    const sec = await loginAs(f.app, 'secadm');
    const users = (await sec.get('/api/users')).json().items as Array<{ id: number; username: string; isLocked: boolean }>;
    const target = users.find((u) => u.username === 'daochenghr')!;
    expect(target.isLocked).toBe(true);
    expect((await sec.post(`/api/users/${target.id}/unlock`)).statusCode).toBe(200);
    expect((await login('daochenghr', PASSWORD)).statusCode).toBe(200);
  });

  it('lets a lock expire after 15 minutes', async () => {
    for (let i = 0; i < 5; i++) await login('towncadre', 'nope');
    expect((await login('towncadre', PASSWORD)).json().code).toBe('ACCOUNT_LOCKED');
    const before = f.clock.now;
    f.clock.now = new Date(before.getTime() + 15 * 60000 + 1000);
    try {
      expect((await login('towncadre', PASSWORD)).statusCode).toBe(200);
    } finally {
      f.clock.now = before;
    }
  });

  it('ends a session idle for more than 30 minutes with SESSION_EXPIRED', async () => {
    const c = await loginAs(f.app, 'litanghr');
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    const before = f.clock.now;
    f.clock.now = new Date(before.getTime() + 31 * 60000);
    try {
      const res = await c.get('/api/people');
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('SESSION_EXPIRED');
    } finally {
      f.clock.now = before;
    }
  });

  it('enforces the password policy on change', async () => {
    const c = await loginAs(f.app, 'litanghr');
    const weak = await c.post('/api/auth/password', { oldPassword: PASSWORD, newPassword: 'abc' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('PASSWORD_POLICY');
    const wrongOld = await c.post('/api/auth/password', { oldPassword: 'x', newPassword: 'Stronger#2026x' });
    expect(wrongOld.json().fieldErrors[0].field).toBe('oldPassword');
  });

  it('refuses to give one account two of the three administrator roles', async () => {
    const sec = await loginAs(f.app, 'secadm');
    const users = (await sec.get('/api/users')).json().items as Array<{ id: number; username: string; version: number }>;
    const admin = users.find((u) => u.username === 'admin')!;
    const res = await sec.put(`/api/users/${admin.id}/roles`, { roles: ['sysadmin', 'auditor'], scope: 'none', unitId: null, personId: null, version: admin.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('不得由同一账号兼任');
  });

  it('keeps the administrators to their own duties (403)', async () => {
    const admin = await loginAs(f.app, 'admin');
    expect((await admin.get('/api/people')).statusCode).toBe(403);
    expect((await admin.get('/api/audit')).statusCode).toBe(403);
    const auditor = await loginAs(f.app, 'audit');
    expect((await auditor.get('/api/people')).statusCode).toBe(403);
    expect((await auditor.get('/api/users')).statusCode).toBe(403);
    expect((await auditor.get('/api/audit')).statusCode).toBe(200);
    const officer = await loginAs(f.app, 'officer');
    expect((await officer.get('/api/audit')).json().code).toBe('FORBIDDEN');
  });
});
