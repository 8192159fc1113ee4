// The one error type of the product. Services throw it; the HTTP layer maps code → status.
import type { FieldError } from '../domain/registry/types.js';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'PASSWORD_POLICY',
  'CSRF_INVALID',
  'FORBIDDEN',
  'OUT_OF_SCOPE',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'VERSION_CONFLICT',
  'DUPLICATE',
  'IN_USE',
  'IMPORT_REJECTED',
  'BAD_FILE',
  'INVALID_TRANSITION',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { fieldErrors?: FieldError[]; [k: string]: unknown },
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what}不存在或已被删除`);
export const forbidden = (message = '当前账号无权执行此操作'): AppError => new AppError('FORBIDDEN', message);
export const validationFailed = (fieldErrors: FieldError[]): AppError =>
  new AppError('VALIDATION_FAILED', fieldErrors.map((e) => e.message).join('；') || '数据校验未通过', { fieldErrors });
