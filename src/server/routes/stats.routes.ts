import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dashboard } from '../../services/stats.service.js';
import { requirePermission } from '../auth-plugin.js';
import type { RouteContext } from '../app.js';
import { optionalInt } from './query-params.js';

export const statsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps }) => {
  app.get('/dashboard', { schema: { tags: ['统计'], summary: '首页统计（数据范围内）', querystring: z.object({ unitId: optionalInt }) } }, async (request) =>
    dashboard(deps, requirePermission(request, 'stats.read'), request.query.unitId),
  );
};
