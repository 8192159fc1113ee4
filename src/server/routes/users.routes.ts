import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROLES, SCOPES } from '../../domain/access/roles.js';
import { assignRoles, createUser, listUsers, resetPassword, unlockUser, updateUserProfile } from '../../services/users.service.js';
import { requireUser } from '../auth-plugin.js';
import type { RouteContext } from '../app.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const assignment = {
  roles: z.array(z.enum(ROLES)).min(1, '至少选择一个角色'),
  scope: z.enum(SCOPES),
  unitId: z.number().int().positive().nullable(),
  personId: z.number().int().positive().nullable(),
};

export const userRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps }) => {
  app.get('/', { schema: { tags: ['账号'], summary: '账号列表（系统管理员、安全管理员）' } }, async (request) => ({ items: await listUsers(deps, requireUser(request)) }));
  app.post(
    '/',
    {
      schema: {
        tags: ['账号'],
        summary: '新增账号（系统管理员）',
        body: z.object({ username: z.string().trim(), displayName: z.string().trim().min(1, '请填写姓名'), password: z.string(), mustChangePassword: z.boolean().default(true), ...assignment }),
      },
    },
    async (request, reply) => {
      void reply.status(201);
      return createUser(deps, requireUser(request), request.body);
    },
  );
  app.put(
    '/:id',
    { schema: { tags: ['账号'], summary: '修改账号信息（系统管理员）', params: idParams, body: z.object({ displayName: z.string().trim().min(1), unitId: z.number().int().positive().nullable(), isActive: z.boolean(), version: z.number().int() }) } },
    async (request) => updateUserProfile(deps, requireUser(request), request.params.id, request.body),
  );
  app.put(
    '/:id/roles',
    { schema: { tags: ['账号'], summary: '分配角色和数据范围（安全管理员）', params: idParams, body: z.object({ ...assignment, version: z.number().int() }) } },
    async (request) => assignRoles(deps, requireUser(request), request.params.id, request.body),
  );
  app.post('/:id/unlock', { schema: { tags: ['账号'], summary: '解锁账号（安全管理员）', params: idParams } }, async (request) => unlockUser(deps, requireUser(request), request.params.id));
  app.post('/:id/reset-password', { schema: { tags: ['账号'], summary: '重置密码（安全管理员）', params: idParams } }, async (request) => resetPassword(deps, requireUser(request), request.params.id));
};
