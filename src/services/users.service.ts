// Accounts. The system administrator creates and edits accounts; the security administrator
// assigns roles and data scopes and unlocks accounts (三员分立). No account holds two of the
// three administrator roles (checked here and by a database constraint).
import { randomBytes } from 'node:crypto';
import type { UserRow } from '../db/schema.js';
import { can, checkPasswordPolicy, checkRoleAssignment, ROLE_LABELS, SCOPE_LABELS, type Role, type ScopeKind } from '../domain/access/roles.js';
import { AppError, forbidden, notFound, validationFailed } from './app-error.js';
import { appendAudit, type Actor } from './audit.service.js';
import { hashPassword } from './auth.service.js';
import type { ServiceDeps, SessionUser } from './context.js';

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  roleLabels: string[];
  scope: ScopeKind;
  scopeLabel: string;
  unitId: number | null;
  unitName: string | null;
  personId: number | null;
  isActive: boolean;
  isLocked: boolean;
  lockedUntil: string | null;
  failedLogins: number;
  lastLoginAt: string | null;
  mustChangePassword: boolean;
  version: number;
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  scope: ScopeKind;
  unitId: number | null;
  personId: number | null;
  mustChangePassword?: boolean;
}

const present = (u: UserRow & { unit_name: string | null }, now: Date): UserView => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  roles: u.roles as Role[],
  roleLabels: (u.roles as Role[]).map((r) => ROLE_LABELS[r] ?? r),
  scope: u.scope as ScopeKind,
  scopeLabel: SCOPE_LABELS[u.scope as ScopeKind] ?? u.scope,
  unitId: u.unit_id,
  unitName: u.unit_name,
  personId: u.person_id,
  isActive: u.is_active,
  isLocked: u.locked_until != null && u.locked_until.getTime() > now.getTime(),
  lockedUntil: u.locked_until ? u.locked_until.toISOString() : null,
  failedLogins: u.failed_logins,
  lastLoginAt: u.last_login_at ? u.last_login_at.toISOString() : null,
  mustChangePassword: u.must_change_password,
  version: u.version,
});

const actorOf = (u: SessionUser): Actor => ({ userId: u.id, username: u.username, ip: u.ip });
const canManage = (u: SessionUser) => can(u.roles, 'user.create') || can(u.roles, 'user.assign_roles') || can(u.roles, 'user.unlock');

async function loadUser(deps: ServiceDeps, id: number) {
  const row = await deps.db.selectFrom('users').leftJoin('units', 'units.id', 'users.unit_id').selectAll('users').select('units.name as unit_name').where('users.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('账号');
  return row;
}

export async function listUsers(deps: ServiceDeps, user: SessionUser): Promise<UserView[]> {
  if (!canManage(user)) throw forbidden();
  const rows = await deps.db.selectFrom('users').leftJoin('units', 'units.id', 'users.unit_id').selectAll('users').select('units.name as unit_name').orderBy('users.id').execute();
  const now = deps.clock();
  return rows.map((r) => present(r, now));
}

function checkAssignment(roles: Role[], scope: ScopeKind, unitId: number | null, personId: number | null): void {
  const problems = checkRoleAssignment(roles, scope, unitId, personId);
  if (problems.length) throw validationFailed(problems.map((p) => ({ field: p.code.startsWith('SCOPE') ? 'scope' : 'roles', message: p.message })));
}

/** Creates an account; `actor` null means the command line (a local administrator). */
export async function createUser(deps: ServiceDeps, actor: SessionUser | null, input: NewUser): Promise<UserView> {
  if (actor && !can(actor.roles, 'user.create')) throw forbidden('只有系统管理员可以新增账号');
  if (!/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/.test(input.username)) {
    throw validationFailed([{ field: 'username', message: '用户名为 3–32 位字母、数字、下划线、点或短横线，以字母开头' }]);
  }
  const pw = checkPasswordPolicy(input.password, input.username);
  if (pw.length) throw new AppError('PASSWORD_POLICY', pw.join('；'), { fieldErrors: pw.map((m) => ({ field: 'password', message: m })) });
  checkAssignment(input.roles, input.scope, input.unitId, input.personId);
  const exists = await deps.db.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
  if (exists) throw new AppError('DUPLICATE', `用户名“${input.username}”已存在`, { fieldErrors: [{ field: 'username', message: '用户名已存在' }] });
  const hash = await hashPassword(input.password);
  const now = deps.clock();
  const id = await deps.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('users')
      .values({
        username: input.username,
        display_name: input.displayName,
        password_hash: hash,
        roles: input.roles,
        scope: input.scope,
        unit_id: input.unitId,
        person_id: input.personId,
        must_change_password: input.mustChangePassword ?? false,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(
      trx,
      actor ? actorOf(actor) : { userId: null, username: 'cli' },
      { action: 'user.create', objectType: 'user', objectId: id, summary: `新增账号 ${input.username}`, after: { username: input.username, displayName: input.displayName, roles: input.roles, scope: input.scope, unitId: input.unitId, personId: input.personId } },
      now,
    );
    return id;
  });
  return present(await loadUser(deps, id), now);
}

function staleUser(current: UserRow & { unit_name: string | null }, now: Date): AppError {
  return new AppError('VERSION_CONFLICT', '该账号已被他人修改，请刷新后再操作', { current: present(current, now) });
}

export async function updateUserProfile(deps: ServiceDeps, actor: SessionUser, id: number, body: { displayName: string; unitId: number | null; isActive: boolean; version: number }): Promise<UserView> {
  if (!can(actor.roles, 'user.create')) throw forbidden('只有系统管理员可以修改账号信息');
  const current = await loadUser(deps, id);
  const now = deps.clock();
  if (current.version !== body.version) throw staleUser(current, now);
  if (id === actor.id && !body.isActive) throw validationFailed([{ field: 'isActive', message: '不能停用自己的账号' }]);
  checkAssignment(current.roles as Role[], current.scope as ScopeKind, body.unitId, current.person_id);
  await deps.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('users')
      .set({ display_name: body.displayName, unit_id: body.unitId, is_active: body.isActive, version: body.version + 1, updated_at: now })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw staleUser(current, now);
    if (!body.isActive) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await appendAudit(trx, actorOf(actor), { action: 'user.update', objectType: 'user', objectId: id, summary: `修改账号 ${current.username}`, before: { displayName: current.display_name, unitId: current.unit_id, isActive: current.is_active }, after: { displayName: body.displayName, unitId: body.unitId, isActive: body.isActive } }, now);
  });
  return present(await loadUser(deps, id), now);
}

export async function assignRoles(deps: ServiceDeps, actor: SessionUser, id: number, body: { roles: Role[]; scope: ScopeKind; unitId: number | null; personId: number | null; version: number }): Promise<UserView> {
  if (!can(actor.roles, 'user.assign_roles')) throw forbidden('只有安全管理员可以分配角色和数据范围');
  const current = await loadUser(deps, id);
  const now = deps.clock();
  if (current.version !== body.version) throw staleUser(current, now);
  if (id === actor.id) throw validationFailed([{ field: 'roles', message: '不能修改自己的角色' }]);
  checkAssignment(body.roles, body.scope, body.unitId, body.personId);
  await deps.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('users')
      .set({ roles: body.roles, scope: body.scope, unit_id: body.unitId, person_id: body.personId, version: body.version + 1, updated_at: now })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw staleUser(current, now);
    // New rights take effect at the next sign-in.
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await appendAudit(
      trx,
      actorOf(actor),
      { action: 'user.assign_roles', objectType: 'user', objectId: id, summary: `为 ${current.username} 分配角色`, before: { roles: current.roles, scope: current.scope, unitId: current.unit_id, personId: current.person_id }, after: { roles: body.roles, scope: body.scope, unitId: body.unitId, personId: body.personId } },
      now,
    );
  });
  return present(await loadUser(deps, id), now);
}

export async function unlockUser(deps: ServiceDeps, actor: SessionUser, id: number): Promise<UserView> {
  if (!can(actor.roles, 'user.unlock')) throw forbidden('只有安全管理员可以解锁账号');
  const current = await loadUser(deps, id);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ locked_until: null, failed_logins: 0, version: current.version + 1, updated_at: now }).where('id', '=', id).execute();
    await appendAudit(trx, actorOf(actor), { action: 'user.unlock', objectType: 'user', objectId: id, summary: `解锁账号 ${current.username}` }, now);
  });
  return present(await loadUser(deps, id), now);
}

/** Sets a random temporary password that must be changed at the next sign-in. */
export async function resetPassword(deps: ServiceDeps, actor: SessionUser, id: number): Promise<{ temporaryPassword: string }> {
  if (!can(actor.roles, 'user.unlock')) throw forbidden('只有安全管理员可以重置密码');
  const current = await loadUser(deps, id);
  const temporaryPassword = `Tmp-${randomBytes(6).toString('base64url')}9a`;
  const hash = await hashPassword(temporaryPassword);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, must_change_password: true, locked_until: null, failed_logins: 0, version: current.version + 1, updated_at: now }).where('id', '=', id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await appendAudit(trx, actorOf(actor), { action: 'user.reset_password', objectType: 'user', objectId: id, summary: `重置 ${current.username} 的密码` }, now);
  });
  return { temporaryPassword };
}
