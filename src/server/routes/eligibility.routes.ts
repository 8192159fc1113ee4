import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createRuleSet, evaluateOne, exportScreening, getRuleSet, listRuleSets, parseRuleSet, ruleSetHistory, screen, updateRuleSet, whatIf } from '../../services/eligibility.service.js';
import { todayIso } from '../../services/context.js';
import { requirePermission } from '../auth-plugin.js';
import type { RouteContext } from '../app.js';
import { XLSX, attachment } from './people-io.routes.js';
import { optionalInt } from './query-params.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
/** Either a stored/built-in rule set by id, or an unsaved definition (what-if, editor preview). */
const ruleSetRef = z.object({ ruleSetId: z.string().optional(), ruleSet: z.unknown().optional() });

export const ruleSetRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps }) => {
  app.get('/', { schema: { tags: ['资格审查'], summary: '规则集列表（内置与自定义）' } }, async (request) => ({ items: await listRuleSets(deps, requirePermission(request, 'person.read')) }));
  app.get('/:id', { schema: { tags: ['资格审查'], summary: '规则集定义', params: z.object({ id: z.string() }) } }, async (request) => {
    requirePermission(request, 'person.read');
    return getRuleSet(deps.db, request.params.id);
  });
  app.get('/:id/versions', { schema: { tags: ['资格审查'], summary: '规则集历史版本', params: z.object({ id: z.string() }) } }, async (request) => ({
    items: await ruleSetHistory(deps, requirePermission(request, 'person.read'), request.params.id),
  }));
  app.post('/', { schema: { tags: ['资格审查'], summary: '保存新规则集', body: z.object({ ruleSet: z.unknown(), basedOn: z.string().nullable().default(null) }) } }, async (request, reply) => {
    void reply.status(201);
    return createRuleSet(deps, requirePermission(request, 'person.write'), request.body.ruleSet, request.body.basedOn);
  });
  app.put('/:id', { schema: { tags: ['资格审查'], summary: '修改规则集（需携带 version）', params: z.object({ id: z.string() }), body: z.object({ ruleSet: z.unknown(), version: z.number().int() }) } }, async (request) =>
    updateRuleSet(deps, requirePermission(request, 'person.write'), request.params.id, request.body.version, request.body.ruleSet),
  );
};

export const eligibilityRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps }) => {
  const resolve = async (ref: { ruleSetId?: string | undefined; ruleSet?: unknown }) => {
    if (ref.ruleSet !== undefined) return parseRuleSet(ref.ruleSet);
    return getRuleSet(deps.db, ref.ruleSetId ?? '');
  };
  app.post(
    '/screen',
    { schema: { tags: ['资格审查'], summary: '按规则集审查（数据库内执行），返回漏斗与符合条件人员', body: ruleSetRef.extend({ asOf: isoDate.optional(), unitId: z.number().int().optional(), page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(200).default(20) }) } },
    async (request) => {
      const user = requirePermission(request, 'person.read');
      return screen(deps, user, { ruleSet: await resolve(request.body), asOf: request.body.asOf ?? todayIso(deps.clock), unitId: request.body.unitId, page: request.body.page, pageSize: request.body.pageSize });
    },
  );
  app.post(
    '/what-if',
    { schema: { tags: ['资格审查'], summary: '假设分析：修改规则前后谁增谁减', body: z.object({ before: ruleSetRef, after: z.unknown(), asOf: isoDate.optional(), unitId: z.number().int().optional() }) } },
    async (request) => {
      const user = requirePermission(request, 'person.read');
      return whatIf(deps, user, { before: await resolve(request.body.before), after: parseRuleSet(request.body.after), asOf: request.body.asOf ?? todayIso(deps.clock), unitId: request.body.unitId });
    },
  );
  app.post(
    '/evaluate/:id',
    { schema: { tags: ['资格审查'], summary: '单人资格审查（逐条说明）', params: z.object({ id: z.coerce.number().int().positive() }), body: ruleSetRef.extend({ asOf: isoDate.optional() }) } },
    async (request) => {
      const user = requirePermission(request, 'person.read');
      return evaluateOne(deps, user, request.params.id, await resolve(request.body), request.body.asOf ?? todayIso(deps.clock));
    },
  );
  app.get(
    '/export',
    { schema: { tags: ['资格审查'], summary: '导出审查结果（.xlsx）', querystring: z.object({ ruleSetId: z.string(), asOf: isoDate.optional(), unitId: optionalInt }) } },
    async (request, reply) => {
      const user = requirePermission(request, 'person.read');
      const ruleSet = await getRuleSet(deps.db, request.query.ruleSetId);
      const { buffer, count } = await exportScreening(deps, user, { ruleSet, asOf: request.query.asOf ?? todayIso(deps.clock), unitId: request.query.unitId });
      return reply.type(XLSX).header('content-disposition', attachment(`资格审查_${ruleSet.name}_${count}人.xlsx`)).header('x-row-count', String(count)).send(buffer);
    },
  );
};
