/** Expected failures, each with a code the UI and the API understand. */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID'
  | 'TOO_LARGE'
  | 'RATE_LIMITED'
  /** A page Claimdesk was asked to fetch could not be fetched or read (unreachable, refused address, not an article). */
  | 'FETCH_FAILED';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  FETCH_FAILED: 502,
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

const INVALID_STORED = 'This input cannot be stored (a value is out of range, malformed or refers to nothing). Nothing was saved.';

/** PostgreSQL SQLSTATE codes that mean the data sent was at fault (class 22: data exception; 23: integrity). */
function clientSqlState(code: string): ErrorCode | null {
  if (code === '23505') return 'CONFLICT';
  if (code.startsWith('22') || code === '23502' || code === '23503' || code === '23514') return 'INVALID';
  return null;
}

/** Driver adapter error kinds (Prisma's mapping of a PostgreSQL error) that mean the data was at fault. */
const CLIENT_KINDS: Record<string, ErrorCode> = {
  LengthMismatch: 'INVALID',
  ValueOutOfRange: 'INVALID',
  InvalidInputValue: 'INVALID',
  NullConstraintViolation: 'INVALID',
  ForeignKeyConstraintViolation: 'INVALID',
  UniqueConstraintViolation: 'CONFLICT',
};

/** Prisma request error codes caused by the data a client sent. */
const CLIENT_PRISMA_CODES: Record<string, ErrorCode> = {
  P2000: 'INVALID', // value too long for the column
  P2002: 'CONFLICT', // unique constraint
  P2003: 'INVALID', // foreign key: refers to nothing
  P2005: 'INVALID',
  P2006: 'INVALID',
  P2007: 'INVALID', // data validation
  P2011: 'INVALID', // null constraint
  P2019: 'INVALID',
  P2020: 'INVALID', // value out of range
  P2023: 'INVALID',
  P2025: 'NOT_FOUND', // the record to change is gone
};

type Cause = { kind?: unknown; code?: unknown; originalCode?: unknown };

/**
 * A database error the client caused (a value PostgreSQL refuses, a reference to nothing, a
 * duplicate) as the matching 4xx AppError; null for anything else. Validation should catch these
 * first: this is the safety net, so a missed case is a clear 4xx, not a 500.
 */
export function clientDatabaseError(error: unknown): AppError | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { name?: unknown; code?: unknown; meta?: { driverAdapterError?: { cause?: Cause } }; cause?: Cause };
  let code: ErrorCode | null = null;
  if (e.name === 'PrismaClientKnownRequestError' && typeof e.code === 'string') {
    code = CLIENT_PRISMA_CODES[e.code] ?? null;
    const cause = e.meta?.driverAdapterError?.cause;
    if (!code && cause) code = causeCode(cause);
  } else if (e.name === 'DriverAdapterError' && e.cause) {
    code = causeCode(e.cause);
  } else if (typeof e.code === 'string' && typeof (e as { severity?: unknown }).severity === 'string') {
    // A PostgreSQL error straight from pg (lib/db.ts hotQuery, the stream pool): its SQLSTATE.
    code = clientSqlState(e.code);
  } else if (e.name === 'PrismaClientValidationError') {
    // A value of the wrong shape reached a query (e.g. an invalid date): the input's fault.
    code = 'INVALID';
  }
  if (!code) return null;
  if (code === 'CONFLICT') return new AppError('CONFLICT', 'Something with the same value already exists. Nothing was saved.');
  if (code === 'NOT_FOUND') return new AppError('NOT_FOUND', 'What you are changing does not exist any more.');
  return new AppError(code, INVALID_STORED);
}

function causeCode(cause: Cause): ErrorCode | null {
  if (typeof cause.kind === 'string' && CLIENT_KINDS[cause.kind]) return CLIENT_KINDS[cause.kind];
  const sqlState = typeof cause.originalCode === 'string' ? cause.originalCode : typeof cause.code === 'string' ? cause.code : null;
  return sqlState ? clientSqlState(sqlState) : null;
}

/** Turns any thrown value into the one error shape, logging what was not expected. */
export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  const fromDatabase = error instanceof AppError ? null : clientDatabaseError(error);
  if (fromDatabase) {
    // Still logged: it means a schema let through something the database refused.
    console.warn('Refused by the database:', error instanceof Error ? error.message : error);
    error = fromDatabase;
  }
  if (error instanceof AppError) {
    return {
      status: HTTP_STATUS[error.code],
      body: { error: { code: error.code, message: error.message, fields: error.fields, details: error.details } },
    };
  }
  console.error(error);
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong on our side. Nothing was saved.' } } };
}
