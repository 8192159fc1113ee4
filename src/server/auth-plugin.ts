// Session cookie (HttpOnly, SameSite=Strict) → request.user; CSRF token required on writes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { authenticate } from '../services/auth.service.js';
import { AppError } from '../services/app-error.js';
import type { ServiceDeps, SessionUser } from '../services/context.js';
import { can, type Permission } from '../domain/access/roles.js';

export const SESSION_COOKIE = 'cadre_sid';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    sessionUser: SessionUser | null;
    sessionToken: string | null;
    csrfToken: string | null;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export const authPlugin = fp(async (app: FastifyInstance, opts: { deps: ServiceDeps; publicPaths: string[] }) => {
  app.decorateRequest('sessionUser', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const path = request.url.split('?')[0] ?? '';
    const token = request.cookies[SESSION_COOKIE];
    const isPublic = opts.publicPaths.includes(path) || path.startsWith('/api/docs');
    if (!token) {
      if (isPublic) return;
      throw new AppError('UNAUTHENTICATED', '请先登录');
    }
    try {
      const s = await authenticate(opts.deps, token, request.ip);
      request.sessionUser = s.user;
      request.sessionToken = token;
      request.csrfToken = s.csrfToken;
    } catch (err) {
      if (isPublic) return;
      throw err;
    }
    if (!SAFE.has(request.method) && request.headers[CSRF_HEADER] !== request.csrfToken) {
      throw new AppError('CSRF_INVALID', '请求校验失败（CSRF），请刷新页面后重试');
    }
  });
});

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.sessionUser) throw new AppError('UNAUTHENTICATED', '请先登录');
  return request.sessionUser;
}

export function requirePermission(request: FastifyRequest, permission: Permission): SessionUser {
  const user = requireUser(request);
  if (!can(user.roles, permission)) throw new AppError('FORBIDDEN', '当前账号无权执行此操作');
  return user;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', secure });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
