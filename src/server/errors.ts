// One map from error code to HTTP status, and the error body every failure carries:
// { code, message, fieldErrors?, details? } — the code is stable, the message is Chinese.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../services/app-error.js';
import { fieldLabel } from '../domain/registry/field-labels.js';

export const STATUS_OF: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  PASSWORD_POLICY: 400,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  OUT_OF_SCOPE: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  VERSION_CONFLICT: 409,
  DUPLICATE: 409,
  IN_USE: 409,
  IMPORT_REJECTED: 422,
  BAD_FILE: 400,
  INVALID_TRANSITION: 409,
  INTERNAL: 500,
};

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fieldErrors?: Array<{ field: string; message: string }>;
  details?: Record<string, unknown>;
}


export function errorHandler(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof AppError) {
    const { fieldErrors, ...details } = error.details ?? {};
    const body: ErrorBody = { code: error.code, message: error.message };
    if (fieldErrors) body.fieldErrors = fieldErrors;
    if (Object.keys(details).length) body.details = details;
    void reply.status(STATUS_OF[error.code]).send(body);
    return;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fieldErrors = error.validation.map((v) => {
      const field = v.instancePath.replace(/^\//, '').replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.') || String(v.params?.issue?.path?.join('.') ?? '');
      return { field, message: `${field ? `「${fieldLabel(field)}」` : ''}${v.message ?? '格式不正确'}` };
    });
    void reply.status(400).send({ code: 'VALIDATION_FAILED', message: fieldErrors.map((f) => f.message).join('；'), fieldErrors } satisfies ErrorBody);
    return;
  }
  const fe = error as FastifyError;
  if (fe.statusCode && fe.statusCode < 500) {
    const code: ErrorCode = fe.statusCode === 404 ? 'NOT_FOUND' : fe.statusCode === 413 ? 'BAD_FILE' : 'VALIDATION_FAILED';
    const message = fe.statusCode === 413 ? '上传文件过大' : fe.statusCode === 404 ? '请求的资源不存在' : `请求格式不正确：${fe.message}`;
    void reply.status(fe.statusCode).send({ code, message } satisfies ErrorBody);
    return;
  }
  request.log.error({ err: error }, 'unhandled error');
  void reply.status(500).send({ code: 'INTERNAL', message: '服务器内部错误，请稍后重试或联系管理员' } satisfies ErrorBody);
}
