import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createUnit, deleteUnit, listUnitNodes, moveUnitTo, unitInputSchema, updateUnit, getUnitOrThrow, toUnit } from '../../services/units.service.js';
import { requirePermission } from '../auth-plugin.js';
import type { RouteContext } from '../app.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });

export const unitRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps }) => {
  app.get('/', { schema: { tags: ['单位'], summary: '单位列表（树序，含数据范围内人数）' } }, async (request) => {
    const user = requirePermission(request, 'unit.read');
    return { items: await listUnitNodes(deps, user) };
  });
  app.get('/:id', { schema: { tags: ['单位'], summary: '单位详情', params: idParams } }, async (request) => {
    requirePermission(request, 'unit.read');
    return toUnit(await getUnitOrThrow(deps, request.params.id));
  });
  app.post('/', { schema: { tags: ['单位'], summary: '新增单位', body: unitInputSchema } }, async (request, reply) => {
    const user = requirePermission(request, 'unit.write');
    void reply.status(201);
    return createUnit(deps, user, request.body);
  });
  app.put(
    '/:id',
    { schema: { tags: ['单位'], summary: '修改单位（需携带 version）', params: idParams, body: unitInputSchema.extend({ version: z.number().int() }) } },
    async (request) => {
      const user = requirePermission(request, 'unit.write');
      const { version, ...body } = request.body;
      return updateUnit(deps, user, request.params.id, version, body);
    },
  );
  app.post(
    '/:id/move',
    { schema: { tags: ['单位'], summary: '移动单位', params: idParams, body: z.object({ parentId: z.number().int().positive().nullable(), version: z.number().int() }) } },
    async (request) => {
      const user = requirePermission(request, 'unit.write');
      return moveUnitTo(deps, user, request.params.id, request.body.version, request.body.parentId);
    },
  );
  app.delete(
    '/:id',
    { schema: { tags: ['单位'], summary: '删除单位', params: idParams, querystring: z.object({ version: z.coerce.number().int() }) } },
    async (request) => {
      const user = requirePermission(request, 'unit.write');
      await deleteUnit(deps, user, request.params.id, request.query.version);
      return { ok: true };
    },
  );
};
