import type { z } from 'zod';
import { AppError, type FieldErrors } from '@/lib/errors';
import { findInputProblem } from './common';

/**
 * Parses input with a zod schema; failures become one INVALID error with field messages. Before the
 * schema runs, the whole input is checked for text PostgreSQL cannot store (NUL, unpaired surrogates)
 * and for absurd nesting, so a field a schema forgot, or a free-form JSON field, cannot reach the
 * database with it.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const problem = findInputProblem(input);
  if (problem) {
    throw new AppError('INVALID', problem.message, { fields: { [problem.path.join('.') || '_']: [problem.message] } });
  }
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
