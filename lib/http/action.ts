import { AppError, toErrorBody, type ErrorBody } from '@/lib/errors';
import { requireActor } from '@/lib/auth/session';
import type { Actor } from '@/lib/auth/permissions';
import { findInputProblem } from '@/lib/validation/common';
import { rateLimited, takeActionCall } from './rate-limit';

export type ActionResult<T> = { ok: true; data: T } | ({ ok: false } & ErrorBody);

/** What a server action was called with: an input object, or the FormData of a form. */
export type ActionInput = { input: unknown } | { form: unknown };

/**
 * Refuses what no page of the app sends: a missing or null input, a non-object, a form that is not
 * FormData, text PostgreSQL cannot store, absurd nesting. Anyone can call a server action with any
 * body, so this runs before the service sees the input.
 */
export function checkActionInput(received: ActionInput): void {
  const value = 'form' in received ? received.form : received.input;
  if ('form' in received) {
    if (!(value instanceof FormData)) throw new AppError('INVALID', 'This action expects a submitted form.', { fields: { _: ['Expected form data.'] } });
  } else if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : value === undefined ? 'nothing' : `a ${typeof value}`;
    throw new AppError('INVALID', `This action expects its input as an object, and got ${got}.`, { fields: { _: ['Expected an object.'] } });
  }
  const problem = findInputProblem(value);
  if (problem) throw new AppError('INVALID', problem.message, { fields: { [problem.path.join('.') || '_']: [problem.message] } });
}

/** A form field as text: '' when missing, a file, or when the form is not FormData at all. */
export function formText(form: unknown, key: string, fallback = ''): string {
  if (!(form instanceof FormData)) return fallback;
  const value = form.get(key);
  return typeof value === 'string' ? value : fallback;
}

/**
 * Runs a server action body with the signed-in actor, within the per-user action rate limit
 * (shared by every app instance); errors come back as data, never thrown.
 * Pass what the action was called with (`{ input }` or `{ form }`) to have it checked first.
 */
export async function runAction<T>(body: (actor: Actor) => Promise<T>, received?: ActionInput): Promise<ActionResult<T>> {
  try {
    const actor = await requireActor();
    const decision = await takeActionCall(actor.id);
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
    if (received) checkActionInput(received);
    return { ok: true, data: await body(actor) };
  } catch (error) {
    return { ok: false, ...toErrorBody(error).body };
  }
}
