import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportLrmx, importLrmxFiles } from '../../services/lrmx.service.js';
import { AppError } from '../../services/app-error.js';
import { requirePermission } from '../auth-plugin.js';
import type { RouteContext } from '../app.js';
import { optionalBool } from './query-params.js';
import { attachment } from './people-io.routes.js';

export const lrmxImportRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps }) => {
  app.post(
    '/import',
    { schema: { tags: ['导入导出'], summary: '导入干部任免审批表（.lrmx，可多个文件，multipart 字段 files）', querystring: z.object({ dryRun: optionalBool }) } },
    async (request) => {
      const user = requirePermission(request, 'person.import');
      const files: Array<{ name: string; data: Buffer }> = [];
      for await (const part of request.files()) files.push({ name: part.filename, data: await part.toBuffer() });
      if (files.length === 0) throw new AppError('BAD_FILE', '请选择要上传的 .lrmx 文件');
      return importLrmxFiles(deps, user, files, { dryRun: request.query.dryRun ?? false });
    },
  );
};

export const lrmxExportRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps }) => {
  app.get(
    '/:id/lrmx',
    {
      schema: {
        tags: ['导入导出'],
        summary: '下载干部任免审批表（.lrmx）',
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: z.object({ proposedPost: z.string().max(200).optional(), proposedRemoval: z.string().max(200).optional() }),
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'person.read');
      const { xml, fileName } = await exportLrmx(deps, user, request.params.id, { proposedPost: request.query.proposedPost ?? null, proposedRemoval: request.query.proposedRemoval ?? null });
      return reply.type('application/xml; charset=utf-8').header('content-disposition', attachment(fileName)).send(xml);
    },
  );
};
