import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { personRecordSchema } from '../../domain/registry/validate-person.js';
import { PEOPLE_SORTS } from '../../db/people.repository.js';
import { createPerson, deletePerson, getPerson, listPeople, revealIdNumber, updatePerson } from '../../services/people.service.js';
import { personAuditTrail } from '../../services/audit-query.service.js';
import { requirePermission } from '../auth-plugin.js';
import type { RouteContext } from '../app.js';
import { csvList, optionalBool, optionalInt } from './query-params.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });

export const peopleQuerySchema = z.object({
  unitId: optionalInt,
  includeSubunits: optionalBool,
  q: z.string().max(50).optional(),
  gender: z.string().max(2).optional(),
  ethnicity: csvList,
  rank: csvList,
  grade: csvList,
  ageMin: optionalInt,
  ageMax: optionalInt,
  eduAtLeast: z.string().max(2).optional(),
  eduMode: z.enum(['fulltime', 'any']).optional(),
  edu: csvList,
  unitLevel: csvList,
  politicalStatus: csvList,
  category: csvList,
  titleLevel: csvList,
  isReserve: optionalBool,
  poolTier: z.string().optional(),
  tag: z.string().max(50).optional(),
  postKind: csvList,
  sort: z.enum(PEOPLE_SORTS).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type PeopleQueryParams = z.infer<typeof peopleQuerySchema>;

export const peopleRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps }) => {
  app.get('/', { schema: { tags: ['人员'], summary: '人员列表（分页、排序、筛选；身份证号码仅显示掩码）', querystring: peopleQuerySchema } }, async (request) => {
    const user = requirePermission(request, 'person.read');
    return listPeople(deps, user, request.query);
  });
  app.get('/:id', { schema: { tags: ['人员'], summary: '人员详情（读取健康、家庭信息会记入审计）', params: idParams } }, async (request) => {
    const user = requirePermission(request, 'person.read');
    return getPerson(deps, user, request.params.id);
  });
  app.post('/:id/reveal-id', { schema: { tags: ['人员'], summary: '查看完整身份证号码（记入审计）', params: idParams } }, async (request) => {
    const user = requirePermission(request, 'person.reveal_id');
    return revealIdNumber(deps, user, request.params.id);
  });
  app.get('/:id/audit', { schema: { tags: ['人员'], summary: '人员操作记录', params: idParams } }, async (request) => {
    const user = requirePermission(request, 'person.read');
    return personAuditTrail(deps, user, request.params.id);
  });
  app.post('/', { schema: { tags: ['人员'], summary: '新增人员', body: personRecordSchema } }, async (request, reply) => {
    const user = requirePermission(request, 'person.write');
    void reply.status(201);
    return createPerson(deps, user, request.body);
  });
  app.put(
    '/:id',
    { schema: { tags: ['人员'], summary: '修改人员（需携带 version；版本过期返回 409）', params: idParams, body: personRecordSchema.extend({ version: z.number().int() }) } },
    async (request) => {
      const user = requirePermission(request, 'person.write');
      const { version, ...record } = request.body;
      return updatePerson(deps, user, request.params.id, version, record);
    },
  );
  app.delete(
    '/:id',
    { schema: { tags: ['人员'], summary: '删除人员', params: idParams, querystring: z.object({ version: z.coerce.number().int() }) } },
    async (request) => {
      const user = requirePermission(request, 'person.write');
      await deletePerson(deps, user, request.params.id, request.query.version);
      return { ok: true };
    },
  );
};
