import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePassword, login, logout } from '../../services/auth.service.js';
import { permissionsOf, ROLE_LABELS, SCOPE_LABELS } from '../../domain/access/roles.js';
import type { SessionUser } from '../../services/context.js';
import { clearSessionCookie, requireUser, setSessionCookie } from '../auth-plugin.js';
import type { RouteContext } from '../app.js';

const loginBody = z.object({ username: z.string().trim().min(1, '请输入用户名'), password: z.string().min(1, '请输入密码') });

export function presentUser(u: SessionUser) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    roleLabels: u.roles.map((r) => ROLE_LABELS[r]),
    scope: u.scopeKind,
    scopeLabel: SCOPE_LABELS[u.scopeKind],
    unitId: u.unitId,
    unitName: u.unitName,
    personId: u.personId,
    permissions: permissionsOf(u.roles),
    mustChangePassword: u.mustChangePassword,
  };
}

export const authRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, cookieSecure }) => {
  app.post('/login', { schema: { tags: ['账号'], summary: '登录', body: loginBody } }, async (request, reply) => {
    const res = await login(deps, { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
    setSessionCookie(reply, res.token, cookieSecure);
    return { user: presentUser(res.user), csrfToken: res.csrfToken };
  });
  app.get('/me', { schema: { tags: ['账号'], summary: '当前登录用户' } }, async (request) => {
    const user = requireUser(request);
    return { user: presentUser(user), csrfToken: request.csrfToken };
  });
  app.post('/logout', { schema: { tags: ['账号'], summary: '退出登录' } }, async (request, reply) => {
    const user = requireUser(request);
    if (request.sessionToken) await logout(deps, request.sessionToken, user);
    clearSessionCookie(reply);
    return { ok: true };
  });
  app.post(
    '/password',
    { schema: { tags: ['账号'], summary: '修改密码', body: z.object({ oldPassword: z.string().min(1), newPassword: z.string().min(1) }) } },
    async (request) => {
      await changePassword(deps, requireUser(request), request.body.oldPassword, request.body.newPassword);
      return { ok: true };
    },
  );
};
