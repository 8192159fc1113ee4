import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadCodeTables, updateCodeItem } from '../../services/codes.service.js';
import { requirePermission, requireUser } from '../auth-plugin.js';
import type { RouteContext } from '../app.js';

export const codeRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps }) => {
  app.get('/', { schema: { tags: ['代码表'], summary: '全部代码表' } }, async (request) => {
    requireUser(request);
    return { tables: await loadCodeTables(deps.db) };
  });
  app.put(
    '/:table/:code',
    {
      schema: {
        tags: ['代码表'],
        summary: '修改代码项名称与顺序（代码本身不可改）',
        params: z.object({ table: z.string(), code: z.string() }),
        body: z.object({ label: z.string().trim().min(1, '名称不能为空').max(50), sortOrder: z.number().int(), version: z.number().int() }),
      },
    },
    async (request) => updateCodeItem(deps, requirePermission(request, 'code.write'), request.params.table, request.params.code, request.body),
  );
};
