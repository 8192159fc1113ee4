import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ACTION_LABELS, exportAudit, searchAudit, verifyAudit } from '../../services/audit-query.service.js';
import { XLSX, attachment } from './people-io.routes.js';
import { requirePermission } from '../auth-plugin.js';
import type { RouteContext } from '../app.js';

export const auditRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps }) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['审计'],
        summary: '检索审计日志（审计管理员）',
        querystring: z.object({
          username: z.string().optional(),
          action: z.string().optional(),
          objectType: z.string().optional(),
          objectId: z.string().optional(),
          from: z.string().optional(),
          to: z.string().optional(),
          q: z.string().optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
      },
    },
    async (request) => searchAudit(deps, requirePermission(request, 'audit.read'), request.query),
  );
  app.get(
    '/export',
    {
      schema: {
        tags: ['审计'],
        summary: '导出审计日志（.xlsx，记入审计）',
        querystring: z.object({ username: z.string().optional(), action: z.string().optional(), objectType: z.string().optional(), objectId: z.string().optional(), from: z.string().optional(), to: z.string().optional(), q: z.string().optional() }),
      },
    },
    async (request, reply) => {
      const { buffer, count } = await exportAudit(deps, requirePermission(request, 'audit.read'), request.query);
      return reply.type(XLSX).header('content-disposition', attachment(`审计日志_${count}条.xlsx`)).header('x-row-count', String(count)).send(buffer);
    },
  );
  app.get('/actions', { schema: { tags: ['审计'], summary: '操作类型' } }, async (request) => {
    requirePermission(request, 'audit.read');
    return { items: Object.entries(ACTION_LABELS).map(([code, label]) => ({ code, label })) };
  });
  app.get('/verify', { schema: { tags: ['审计'], summary: '校验审计日志哈希链' } }, async (request) => verifyAudit(deps, requirePermission(request, 'audit.read')));
};
