import { AppError } from '@/lib/errors';

/** A page of a list and the cursor of the next page (null on the last page). */
export type Page<T> = { data: T[]; nextCursor: string | null };

/** Opaque cursors: the sort key of the last row, base64url-encoded JSON. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor with the given key types, or throws BAD_REQUEST. */
export function decodeCursor<const T extends readonly ('string' | 'number')[]>(cursor: string, types: T): { [K in keyof T]: T[K] extends 'number' ? number : string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === types.length && value.every((v, i) => typeof v === types[i])) {
      return value as { [K in keyof T]: T[K] extends 'number' ? number : string };
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
