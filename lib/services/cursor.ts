import { AppError } from '@/lib/errors';
import { ID_PATTERN, isStorableTime, MAX_INT32, textProblem } from '@/lib/validation/common';

/** A page of a list and the cursor of the next page (null on the last page). */
export type Page<T> = { data: T[]; nextCursor: string | null };

/**
 * What one part of a cursor holds: an ISO time, an id Claimdesk gave out, a 32-bit whole number, or
 * a sort text such as a title (at most 300 characters, storable by PostgreSQL).
 */
export type CursorPart = 'date' | 'id' | 'int' | 'text';
type Decoded<T extends readonly CursorPart[]> = { [K in keyof T]: T[K] extends 'int' ? number : string };

/** Opaque cursors: the sort key of the last row, base64url-encoded JSON. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

const PART_CHECKS: Record<CursorPart, (v: unknown) => boolean> = {
  date: (v) => typeof v === 'string' && isStorableTime(v),
  id: (v) => typeof v === 'string' && ID_PATTERN.test(v),
  int: (v) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_INT32,
  text: (v) => typeof v === 'string' && v.length <= 300 && textProblem(v) === null,
};

/** The longest cursor accepted: a 300-character title of 4-byte characters, JSON and base64url. */
export const MAX_CURSOR_LENGTH = 1700;

/**
 * Decodes a cursor made by encodeCursor with the given key parts, or throws BAD_REQUEST. Each part
 * is checked for what the query will use it as, so a forged cursor (a date that is not one, a NUL
 * in an id, a number beyond 32 bits) is a 400 and never reaches the database.
 */
export function decodeCursor<const T extends readonly CursorPart[]>(cursor: string, parts: T): Decoded<T> {
  try {
    if (cursor.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(cursor)) {
      const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (Array.isArray(value) && value.length === parts.length && value.every((v, i) => PART_CHECKS[parts[i]](v))) {
        return value as Decoded<T>;
      }
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('BAD_REQUEST', 'cursor is not one this API gave out.', { fields: { cursor: ['Unknown cursor.'] } });
}

/** Splits `limit + 1` fetched rows into a page and the cursor after its last row. */
export function toPage<R, T>(rows: R[], limit: number, key: (row: R) => (string | number)[], map: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  return { data: pageRows.map(map), nextCursor: more ? encodeCursor(key(pageRows[pageRows.length - 1])) : null };
}
