import type { z } from 'zod';
import { AppError, type FieldErrors } from '@/lib/errors';

/** Parses input with a zod schema; failures become one INVALID error with field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_';
    (fields[key] ??= []).push(issue.message);
  }
  const first = result.error.issues[0];
  throw new AppError('INVALID', first ? first.message : 'Invalid input.', { fields });
}
