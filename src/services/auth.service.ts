// Sign-in, sessions, lock-out and passwords (等保 2.0: login-failure handling, idle timeout,
// password policy). Sessions live in the database so any number of processes can serve.
import { createHash, randomBytes } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { DB, UserRow } from '../db/schema.js';
import { checkPasswordPolicy, type DataScope, type Role, type ScopeKind } from '../domain/access/roles.js';
import { AppError } from './app-error.js';
import { appendAudit, recordAudit } from './audit.service.js';
import type { ServiceDeps, SessionUser } from './context.js';

const ARGON_OPTS = { algorithm: 2 as const }; // argon2id with the library's default cost

export const hashPassword = (password: string): Promise<string> => argonHash(password, ARGON_OPTS);

const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface LoginResult {
  token: string;
  csrfToken: string;
  user: SessionUser;
}

function minutesText(ms: number): string {
  return `${Math.max(1, Math.ceil(ms / 60000))} 分钟`;
}

export async function login(
  deps: ServiceDeps,
  input: { username: string; password: string; ip: string | null; userAgent: string | null },
): Promise<LoginResult> {
  const { db, clock, security } = deps;
  const now = clock();
  const user = await db.selectFrom('users').selectAll().where('username', '=', input.username).executeTakeFirst();
  const logAttempt = async (result: string, userId: number | null): Promise<void> => {
    await db.insertInto('login_log').values({ username: input.username, user_id: userId, ip: input.ip, result, at: now }).execute();
  };
  if (!user) {
    // Same cost and message as a wrong password, so user names cannot be probed.
    await argonVerify('$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$dW5rbm93bnVua25vd251bmtub3du', input.password).catch(
      () => false,
    );
    await logAttempt('unknown_user', null);
    throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
  }
  if (!user.is_active) {
    await logAttempt('disabled', user.id);
    throw new AppError('ACCOUNT_DISABLED', '该账号已停用，请联系系统管理员');
  }
  if (user.locked_until && user.locked_until.getTime() > now.getTime()) {
    await logAttempt('locked', user.id);
    throw new AppError('ACCOUNT_LOCKED', `账号已锁定，请 ${minutesText(user.locked_until.getTime() - now.getTime())}后再试或联系安全管理员解锁`, {
      lockedUntil: user.locked_until.toISOString(),
    });
  }
  const ok = await argonVerify(user.password_hash, input.password).catch(() => false);
  if (!ok) {
    const failures = user.failed_logins + 1;
    const lock = failures >= security.lockoutThreshold;
    const lockedUntil = lock ? new Date(now.getTime() + security.lockoutMinutes * 60000) : null;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ failed_logins: lock ? 0 : failures, locked_until: lockedUntil })
        .where('id', '=', user.id)
        .execute();
      await trx.insertInto('login_log').values({ username: input.username, user_id: user.id, ip: input.ip, result: lock ? 'locked_now' : 'bad_password', at: now }).execute();
      if (lock) {
        await appendAudit(
          trx,
          { userId: user.id, username: user.username, ip: input.ip },
          { action: 'user.lock', objectType: 'user', objectId: user.id, summary: `连续 ${failures} 次登录失败，账号锁定 ${security.lockoutMinutes} 分钟` },
          now,
        );
      }
    });
    if (lock) {
      throw new AppError('ACCOUNT_LOCKED', `连续 ${failures} 次密码错误，账号已锁定 ${security.lockoutMinutes} 分钟`, {
        lockedUntil: lockedUntil?.toISOString(),
      });
    }
    const left = security.lockoutThreshold - failures;
    throw new AppError('INVALID_CREDENTIALS', `用户名或密码错误，再错 ${left} 次账号将被锁定`, { attemptsLeft: left });
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null, last_login_at: now }).where('id', '=', user.id).execute();
    await trx
      .insertInto('sessions')
      .values({ token_hash: tokenHash(token), user_id: user.id, csrf_token: csrfToken, ip: input.ip, user_agent: input.userAgent, created_at: now, last_seen_at: now })
      .execute();
    await trx.insertInto('login_log').values({ username: user.username, user_id: user.id, ip: input.ip, result: 'ok', at: now }).execute();
    await appendAudit(trx, { userId: user.id, username: user.username, ip: input.ip }, { action: 'auth.login', objectType: 'user', objectId: user.id, summary: '登录' }, now);
  });
  return { token, csrfToken, user: await toSessionUser(db, user, input.ip) };
}

async function toSessionUser(db: Kysely<DB>, user: UserRow, ip: string | null): Promise<SessionUser> {
  const unit = user.unit_id == null ? undefined : await db.selectFrom('units').select(['name', 'path']).where('id', '=', user.unit_id).executeTakeFirst();
  const scopeKind = user.scope as ScopeKind;
  let scope: DataScope;
  if (scopeKind === 'all') scope = { kind: 'all' };
  else if (scopeKind === 'subtree' && unit) scope = { kind: 'subtree', unitPath: unit.path };
  else if (scopeKind === 'unit' && user.unit_id != null) scope = { kind: 'unit', unitId: user.unit_id };
  else if (scopeKind === 'self' && user.person_id != null) scope = { kind: 'self', personId: user.person_id };
  else scope = { kind: 'none' };
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    roles: user.roles as Role[],
    scopeKind,
    unitId: user.unit_id,
    unitName: unit?.name ?? null,
    personId: user.person_id,
    scope,
    mustChangePassword: user.must_change_password,
    ip,
  };
}

export interface AuthenticatedSession {
  user: SessionUser;
  csrfToken: string;
}

/** Resolves a session cookie; an idle session past the limit is ended and reported as expired. */
export async function authenticate(deps: ServiceDeps, token: string, ip: string | null): Promise<AuthenticatedSession> {
  const { db, clock, security } = deps;
  const now = clock();
  const h = tokenHash(token);
  const session = await db.selectFrom('sessions').selectAll().where('token_hash', '=', h).executeTakeFirst();
  if (!session) throw new AppError('UNAUTHENTICATED', '请先登录');
  if (now.getTime() - session.last_seen_at.getTime() > security.idleMinutes * 60000) {
    await db.deleteFrom('sessions').where('token_hash', '=', h).execute();
    throw new AppError('SESSION_EXPIRED', `已超过 ${security.idleMinutes} 分钟未操作，请重新登录`);
  }
  const user = await db.selectFrom('users').selectAll().where('id', '=', session.user_id).executeTakeFirst();
  if (!user || !user.is_active) {
    await db.deleteFrom('sessions').where('token_hash', '=', h).execute();
    throw new AppError('UNAUTHENTICATED', '账号已停用，请重新登录');
  }
  // Touch at most once a minute: enough for a 30-minute idle limit, far fewer writes.
  if (now.getTime() - session.last_seen_at.getTime() > 60000) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', h).execute();
  }
  return { user: await toSessionUser(db, user, ip), csrfToken: session.csrf_token };
}

export async function logout(deps: ServiceDeps, token: string, user: SessionUser): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
    await appendAudit(trx, { userId: user.id, username: user.username, ip: user.ip }, { action: 'auth.logout', objectType: 'user', objectId: user.id, summary: '退出登录' }, deps.clock());
  });
}

export async function changePassword(deps: ServiceDeps, user: SessionUser, oldPassword: string, newPassword: string): Promise<void> {
  const row = await deps.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
  if (!(await argonVerify(row.password_hash, oldPassword).catch(() => false))) {
    throw new AppError('VALIDATION_FAILED', '原密码不正确', { fieldErrors: [{ field: 'oldPassword', message: '原密码不正确' }] });
  }
  const problems = checkPasswordPolicy(newPassword, row.username);
  if (oldPassword === newPassword) problems.push('新密码不得与原密码相同');
  if (problems.length) {
    throw new AppError('PASSWORD_POLICY', problems.join('；'), { fieldErrors: problems.map((m) => ({ field: 'newPassword', message: m })) });
  }
  const hashed = await hashPassword(newPassword);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hashed, password_changed_at: now, must_change_password: false, version: (eb) => eb('version', '+', 1), updated_at: now })
      .where('id', '=', user.id)
      .execute();
    await appendAudit(trx, { userId: user.id, username: user.username, ip: user.ip }, { action: 'user.change_password', objectType: 'user', objectId: user.id, summary: '修改密码' }, now);
  });
}

export { recordAudit };
