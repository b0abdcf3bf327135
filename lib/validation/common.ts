import { z } from 'zod';

/**
 * Shared building blocks for every input schema. PostgreSQL refuses a NUL character in text and
 * jsonb, and jsonb refuses an unpaired UTF-16 surrogate; dates before year 1000 or after 9999 and
 * numbers beyond 32 bits do not fit their columns. Each block refuses such input up front with a
 * message a person can act on, so it never reaches the database as a 500.
 */

export const NUL_MESSAGE = 'Remove the NUL character (\\u0000): text cannot contain it.';
export const SURROGATE_MESSAGE = 'Remove the broken character (an unpaired UTF-16 surrogate): the text is not valid Unicode.';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as text, or null when it can. */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(value)) return SURROGATE_MESSAGE;
  return null;
}

/** How deep an input object may nest: no form or API body of Claimdesk comes close. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Looks through any input (objects, arrays, strings) for a string that cannot be stored, or for
 * nesting deeper than MAX_INPUT_DEPTH. Returns the path and the problem of the first one found.
 */
export function findInputProblem(value: unknown, path: (string | number)[] = [], depth = 0): { path: (string | number)[]; message: string } | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { path, message: problem } : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (depth >= MAX_INPUT_DEPTH) return { path, message: `The input nests deeper than ${MAX_INPUT_DEPTH} levels.` };
  if (typeof File !== 'undefined' && value instanceof File) return null;
  const entries: [string | number, unknown][] =
    typeof FormData !== 'undefined' && value instanceof FormData
      ? [...value.entries()]
      : Array.isArray(value)
        ? value.map((v, i) => [i, v])
        : Object.entries(value);
  for (const [key, child] of entries) {
    if (typeof key === 'string') {
      const keyProblem = textProblem(key);
      if (keyProblem) return { path: [...path, key], message: keyProblem };
    }
    const found = findInputProblem(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** A string that PostgreSQL can store: no NUL, no unpaired surrogate. Chain .trim(), .max() etc. */
export function safeText(message?: string) {
  return z.string(message === undefined ? undefined : { error: message }).check((ctx) => {
    const problem = textProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: false });
  });
}

/** Ids as Claimdesk gives them out (cuids), or the few words some filters accept (`me`, `none`). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const idSchema = z.string('Expected an id.').regex(ID_PATTERN, 'Not an id Claimdesk gave out.');

/** Whether a value is shaped like an id Claimdesk gives out. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

export const MAX_INT32 = 2_147_483_647;

/**
 * A whole number as a number or a string of digits (form fields), within [min, max] and 32 bits.
 * Unlike z.coerce.number(), null, '', true and [] are refused rather than read as 0 or 1.
 */
export function wholeNumber(opts: { min?: number; max?: number; message?: string } = {}) {
  const min = Math.max(opts.min ?? -MAX_INT32 - 1, -MAX_INT32 - 1);
  const max = Math.min(opts.max ?? MAX_INT32, MAX_INT32);
  const message = opts.message ?? `A whole number from ${min} to ${max}.`;
  return z
    .union([z.number(message), z.string(message).trim().regex(/^[+-]?\d{1,12}$/, message)], message)
    .transform((v, ctx) => {
      const n = typeof v === 'number' ? v : Number(v);
      if (!Number.isSafeInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return n;
    });
}

/** A record's version for the optimistic check: 1 … 2^31 − 1, as the Int column holds. */
export const versionSchema = wholeNumber({ min: 1, message: 'version must be a whole number from 1 to 2147483647 (the version you read).' });

/** A finite number (or numeric string) in [min, max]; null and '' are refused, never read as 0. */
export function boundedNumber(min: number, max: number, message = `A number from ${min} to ${max}.`) {
  return z
    .union([z.number(message), z.string(message).trim().min(1, message)], message)
    .transform((v, ctx) => {
      const n = typeof v === 'number' ? v : Number(v);
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return n;
    });
}

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/** Whether `YYYY-MM-DD` names a real day with a year from 1000 to 9999. */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A day `YYYY-MM-DD` between the years 1000 and 9999 (year 0000 or 2025-02-30 are refused). */
export function daySchema(message = 'Use a real date like 2025-03-02 (years 1000 to 9999).') {
  return safeText().trim().refine(isCalendarDay, message);
}

/** An optional day: empty or missing becomes undefined. */
export function optionalDaySchema(message?: string) {
  return safeText()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || isCalendarDay(v), message ?? 'Use a real date like 2025-03-02 (years 1000 to 9999).');
}

/** Whether an ISO 8601 timestamp is one PostgreSQL can store (year 1000 to 9999). */
export function isStorableTime(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value)) return false;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return false;
  const year = at.getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR;
}
