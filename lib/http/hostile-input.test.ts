import { describe, expect, it } from 'vitest';
import { AppError, clientDatabaseError, toErrorBody } from '@/lib/errors';
import { decodeCursor, encodeCursor } from '@/lib/services/cursor';
import { checkActionInput, formText } from './action';
import { readIds } from './params';

const refusal = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a refusal');
};

describe('server action input', () => {
  it('refuses null, missing, non-object and hostile input as INVALID', () => {
    for (const input of [null, undefined, 'x', 1, [], [1]]) expect(refusal(() => checkActionInput({ input })).code).toBe('INVALID');
    expect(refusal(() => checkActionInput({ input: { articleId: 'a\u0000' } })).fields).toEqual({ articleId: [expect.stringMatching(/NUL/)] });
    expect(refusal(() => checkActionInput({ form: null })).code).toBe('INVALID');
    expect(refusal(() => checkActionInput({ form: { title: 'x' } })).code).toBe('INVALID');
    const form = new FormData();
    form.set('title', 'x\u0000'); // FormData itself turns lone surrogates into U+FFFD
    expect(refusal(() => checkActionInput({ form })).fields).toHaveProperty('title');
  });
  it('lets ordinary input through', () => {
    const form = new FormData();
    form.set('title', '</script>');
    expect(() => checkActionInput({ form })).not.toThrow();
    expect(() => checkActionInput({ input: { articleId: 'a', version: 1e300 } })).not.toThrow();
    expect(formText(form, 'title')).toBe('</script>');
    expect(formText(null, 'title', 'fallback')).toBe('fallback');
  });
});

describe('path ids', () => {
  it('answers 404 for anything that is not an id', async () => {
    for (const id of ['a\u0000', '%00', '\uD800', 'x'.repeat(65), '../etc', '']) {
      await expect(readIds(Promise.resolve({ id }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(readIds(Promise.reject(new URIError('URI malformed')))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readIds(Promise.resolve({ id: 'clx1', claimId: 'cly2' }))).resolves.toEqual({ id: 'clx1', claimId: 'cly2' });
  });
});

describe('cursors', () => {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  it('round-trips the cursors the API gives out', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', 'clx1']), ['date', 'id'])).toEqual(['2026-01-01T00:00:00.000Z', 'clx1']);
    expect(decodeCursor(encodeCursor([3, 9, 'clx1']), ['int', 'int', 'id'])).toEqual([3, 9, 'clx1']);
  });
  it('refuses forged cursors as BAD_REQUEST', () => {
    const forged = [
      b64(['not a date', 'x']),
      b64(['0000-01-01T00:00:00.000Z', 'x']),
      b64(['2026-01-01T00:00:00.000Z', 'a\u0000']),
      b64(['2026-01-01T00:00:00.000Z', 'x', 'extra']),
      b64([2 ** 40, 1, 'x']),
      b64([1.5, 1, 'x']),
      'not*base64',
      '%00',
      b64('x').repeat(200),
    ];
    for (const cursor of forged.slice(0, 4)) expect(refusal(() => decodeCursor(cursor, ['date', 'id'])).code).toBe('BAD_REQUEST');
    for (const cursor of forged.slice(4)) expect(refusal(() => decodeCursor(cursor, ['int', 'int', 'id'])).code).toBe('BAD_REQUEST');
  });
});

describe('database refusals the client caused', () => {
  it('become 4xx, and anything else stays a 500', () => {
    const known = (code: string, cause?: object) => Object.assign(new Error('db'), { name: 'PrismaClientKnownRequestError', code, meta: cause ? { driverAdapterError: { cause } } : undefined });
    expect(clientDatabaseError(known('P2002'))?.code).toBe('CONFLICT');
    expect(clientDatabaseError(known('P2003'))?.code).toBe('INVALID');
    expect(clientDatabaseError(known('P2025'))?.code).toBe('NOT_FOUND');
    expect(clientDatabaseError(known('P2010', { kind: 'postgres', code: '22021' }))?.code).toBe('INVALID');
    expect(clientDatabaseError(known('P2010', { kind: 'postgres', code: '22P05' }))?.code).toBe('INVALID');
    expect(clientDatabaseError(Object.assign(new Error('x'), { name: 'DriverAdapterError', cause: { kind: 'ValueOutOfRange' } }))?.code).toBe('INVALID');
    // The same SQLSTATEs straight from pg (the hot statements of lib/db.ts do not go through Prisma).
    const fromPg = (code: string) => Object.assign(new Error('db'), { name: 'error', code, severity: 'ERROR' });
    expect(clientDatabaseError(fromPg('23505'))?.code).toBe('CONFLICT');
    expect(clientDatabaseError(fromPg('22P02'))?.code).toBe('INVALID');
    expect(clientDatabaseError(fromPg('57P01'))).toBeNull();
    expect(clientDatabaseError(known('P1001'))).toBeNull();
    expect(clientDatabaseError(new TypeError('boom'))).toBeNull();
    const warn = console.warn;
    const error = console.error;
    console.warn = () => {};
    console.error = () => {};
    try {
      expect(toErrorBody(known('P2010', { kind: 'postgres', code: '22008' })).status).toBe(422);
      expect(toErrorBody(new TypeError('boom')).status).toBe(500);
    } finally {
      console.warn = warn;
      console.error = error;
    }
  });
});
