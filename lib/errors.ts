/** Expected failures, each with a code the UI and the API understand. */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID'
  | 'TOO_LARGE'
  | 'RATE_LIMITED';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  /** Extra data for the caller, e.g. the newer value on a CONFLICT. */
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, extra: { fields?: FieldErrors; details?: unknown } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = extra.fields;
    this.details = extra.details;
  }
}

export type ErrorBody = { error: { code: ErrorCode | 'INTERNAL'; message: string; fields?: FieldErrors; details?: unknown } };

/** Turns any thrown value into the one error shape, logging what was not expected. */
export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return {
      status: HTTP_STATUS[error.code],
      body: { error: { code: error.code, message: error.message, fields: error.fields, details: error.details } },
    };
  }
  console.error(error);
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong on our side. Nothing was saved.' } } };
}
