// Excel template, staged import (preview → commit/cancel, error report) and list export.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cancelPeopleImport, commitPeopleImport, exportPeopleList, importErrorReport, peopleTemplate, previewPeopleImport } from '../../services/people-io.service.js';
import { AppError } from '../../services/app-error.js';
import { requirePermission } from '../auth-plugin.js';
import type { RouteContext } from '../app.js';
import { peopleQuerySchema } from './people.routes.js';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Content-Disposition with a UTF-8 file name (RFC 5987) and an ASCII fallback. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const peopleIoRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps }) => {
  app.get('/template', { schema: { tags: ['导入导出'], summary: '下载人员导入模板（.xlsx）' } }, async (request, reply) => {
    const buf = await peopleTemplate(deps, requirePermission(request, 'person.import'));
    return reply.type(XLSX).header('content-disposition', attachment('人员信息导入模板.xlsx')).send(buf);
  });
  app.post('/import/preview', { schema: { tags: ['导入导出'], summary: '上传 Excel 并预览（不写入数据库）；multipart 字段 file' } }, async (request) => {
    const user = requirePermission(request, 'person.import');
    const file = await request.file();
    if (!file) throw new AppError('BAD_FILE', '请选择要上传的 Excel 文件');
    if (!/\.xlsx$/i.test(file.filename)) throw new AppError('BAD_FILE', `“${file.filename}”不是 .xlsx 文件，请使用模板填写后上传`);
    return previewPeopleImport(deps, user, await file.toBuffer(), file.filename);
  });
  app.post('/import/commit', { schema: { tags: ['导入导出'], summary: '确认导入（全部成功或全部不导入）', body: z.object({ token: z.string().min(1) }) } }, async (request) =>
    commitPeopleImport(deps, requirePermission(request, 'person.import'), request.body.token),
  );
  app.post('/import/cancel', { schema: { tags: ['导入导出'], summary: '取消导入', body: z.object({ token: z.string().min(1) }) } }, async (request) => {
    await cancelPeopleImport(deps, requirePermission(request, 'person.import'), request.body.token);
    return { ok: true };
  });
  app.get('/import/:token/errors', { schema: { tags: ['导入导出'], summary: '下载导入错误报告（.xlsx）', params: z.object({ token: z.string() }) } }, async (request, reply) => {
    const buf = await importErrorReport(deps, requirePermission(request, 'person.import'), request.params.token);
    return reply.type(XLSX).header('content-disposition', attachment('导入错误报告.xlsx')).send(buf);
  });
  app.get('/export', { schema: { tags: ['导入导出'], summary: '按当前筛选条件导出人员名册（.xlsx）', querystring: peopleQuerySchema.omit({ page: true, pageSize: true }) } }, async (request, reply) => {
    const user = requirePermission(request, 'person.read');
    const { buffer, count } = await exportPeopleList(deps, user, request.query);
    return reply.type(XLSX).header('content-disposition', attachment(`人员名册_${count}人.xlsx`)).header('x-row-count', String(count)).send(buffer);
  });
};
