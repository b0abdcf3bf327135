import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { daySchema, findInputProblem, idSchema, isStorableTime, optionalDaySchema, safeText, versionSchema, wholeNumber, NUL_MESSAGE, SURROGATE_MESSAGE } from './common';
import { parseInput } from './parse';
import { thresholdSchema } from './settings';
import { userCreateSchema } from './user';
import { exportQuerySchema } from './export';
import { claimUpdateSchema, sourceCreateSchema } from './claim';
import { articleInputSchema } from './article';
import { commentCreateSchema } from './collab';
import { tokenCreateSchema } from './token';

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('safeText', () => {
  const title = safeText('Give it a title.').trim().min(1).max(10, 'At most 10.');
  it('keeps ordinary text, emoji and markup as they are', () => {
    expect(title.parse(' </script> ')).toBe('</script>');
    expect(title.parse('👩🏽‍🔬 ok')).toBe('👩🏽‍🔬 ok');
  });
  it('refuses NUL and unpaired surrogates with one clear message, before length checks', () => {
    expect(messages(title, 'a\u0000'.repeat(20))).toEqual([NUL_MESSAGE]);
    expect(messages(title, '\uD800x')).toEqual([SURROGATE_MESSAGE]);
    expect(messages(title, 'x\uDC00')).toEqual([SURROGATE_MESSAGE]);
    expect(messages(title, '\uDC00\uD800')).toEqual([SURROGATE_MESSAGE]);
  });
  it('says what it wanted for wrong types', () => {
    expect(messages(title, null)).toEqual(['Give it a title.']);
    expect(messages(title, { a: 1 })).toEqual(['Give it a title.']);
  });
});

describe('days and times', () => {
  it('accepts real days in years 1000..9999 only', () => {
    expect(daySchema().parse('2025-03-02')).toBe('2025-03-02');
    for (const bad of ['0000-01-01', '0999-12-31', '2025-02-30', '2025-13-01', '+02025-01-01', '10000-01-01', '2025-1-1']) expect(daySchema().safeParse(bad).success, bad).toBe(false);
    expect(optionalDaySchema().parse('')).toBeUndefined();
    expect(optionalDaySchema().safeParse('0000-01-01').success).toBe(false);
  });
  it('accepts storable ISO times only', () => {
    expect(isStorableTime('2026-01-01T10:00:00.000Z')).toBe(true);
    expect(isStorableTime('0000-01-01T00:00:00.000Z')).toBe(false);
    expect(isStorableTime('not a time')).toBe(false);
  });
});

describe('numbers', () => {
  it('keeps versions within 32 bits and never reads null, "" or true as a number', () => {
    expect(versionSchema.parse(3)).toBe(3);
    expect(versionSchema.parse('3')).toBe(3);
    for (const bad of [0, -1, 1.5, 2 ** 31, 2 ** 53, 1e300, Number.NaN, Infinity, null, '', true, [], '1e3', '0x10']) expect(versionSchema.safeParse(bad).success, String(bad)).toBe(false);
    expect(wholeNumber({ min: 0 }).safeParse(-1).success).toBe(false);
  });
  it('saves no null threshold as 0', () => {
    expect(parseInput(thresholdSchema, { threshold: '0.4' })).toEqual({ threshold: 0.4 });
    expect(parseInput(thresholdSchema, { threshold: 0 })).toEqual({ threshold: 0 });
    for (const bad of [null, '', '  ', undefined, 'abc', 1.5, -0.1, true]) {
      expect(() => parseInput(thresholdSchema, { threshold: bad }), String(bad)).toThrow(AppError);
    }
  });
});

describe('ids', () => {
  it('accepts cuids and filter words, and nothing with odd characters', () => {
    expect(idSchema.parse('clx1abc0000a1b2c3d4e5f6g7')).toBe('clx1abc0000a1b2c3d4e5f6g7');
    expect(idSchema.parse('none')).toBe('none');
    for (const bad of ['', 'a\u0000b', 'a/b', '../x', 'x'.repeat(65), '%00', 'a b', 1]) expect(idSchema.safeParse(bad).success, String(bad)).toBe(false);
  });
});

describe('findInputProblem', () => {
  it('finds a bad string at any depth and in keys, and refuses absurd nesting', () => {
    expect(findInputProblem({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toEqual({ path: ['a', 1, 'c'], message: NUL_MESSAGE });
    expect(findInputProblem({ ['k\uD800']: 1 })?.path).toEqual(['k\uD800']);
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(findInputProblem(deep)?.message).toMatch(/deeper than/);
    expect(findInputProblem({ title: '</script>', n: 1e300, b: null })).toBeNull();
  });
});

describe('every schema refuses hostile text with a field error (through parseInput)', () => {
  const fieldOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('INVALID');
      return Object.keys((error as AppError).fields ?? {});
    }
    throw new Error('expected a refusal');
  };
  it('names the field', () => {
    expect(fieldOf(() => parseInput(articleInputSchema, { title: 'T\u0000', body: 'Body.' }))).toEqual(['title']);
    expect(fieldOf(() => parseInput(articleInputSchema, { title: 'T', outlet: '\uD800', body: 'Body.' }))).toEqual(['outlet']);
    expect(fieldOf(() => parseInput(articleInputSchema, { title: 'T', body: 'Body.', publishedAt: '0000-01-01' }))).toEqual(['publishedAt']);
    expect(fieldOf(() => parseInput(commentCreateSchema, { articleId: 'a', claimId: 'c', body: 'hi \uDC00' }))).toEqual(['body']);
    expect(fieldOf(() => parseInput(claimUpdateSchema, { articleId: 'a', claimId: 'c', version: 2 ** 32 }))).toEqual(['version']);
    expect(fieldOf(() => parseInput(claimUpdateSchema, { articleId: 'a', claimId: 'c', version: 1, speaker: 'x\u0000' }))).toEqual(['speaker']);
    expect(fieldOf(() => parseInput(sourceCreateSchema, { articleId: 'a', claimId: 'c', url: 'https://x.example', title: 'S', accessedAt: '0000-01-01' }))).toEqual(['accessedAt']);
    expect(fieldOf(() => parseInput(exportQuerySchema, { format: 'csv', from: '0000-01-01' }))).toEqual(['from']);
    expect(fieldOf(() => parseInput(tokenCreateSchema, { name: 'n', scope: 'read', expiresAt: '0000-01-01' }))).toEqual(['expiresAt']);
    expect(fieldOf(() => parseInput(userCreateSchema, { email: 'a@b.example', name: 'A', role: 'admin', password: ' '.repeat(10) }))).toEqual(['password']);
    expect(fieldOf(() => parseInput(userCreateSchema, { email: 'a@b.example', name: 'A', role: 'admin', password: '  short   ' }))).toEqual(['password']);
  });
  it('still accepts good input', () => {
    expect(parseInput(userCreateSchema, { email: 'a@b.example', name: 'A', role: 'admin', password: 'a long passphrase' }).password).toBe('a long passphrase');
    expect(parseInput(articleInputSchema, { title: '</script>', body: 'Body.', publishedAt: '2025-03-02' }).publishedAt).toBe('2025-03-02');
  });
});
