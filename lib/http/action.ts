import { toErrorBody, type ErrorBody } from '@/lib/errors';
import { requireActor } from '@/lib/auth/session';
import type { Actor } from '@/lib/auth/permissions';
import { rateLimited, takeActionCall } from './rate-limit';

export type ActionResult<T> = { ok: true; data: T } | ({ ok: false } & ErrorBody);

/**
 * Runs a server action body with the signed-in actor, within the per-user action rate limit
 * (shared by every app instance); errors come back as data, never thrown.
 */
export async function runAction<T>(body: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const actor = await requireActor();
    const decision = await takeActionCall(actor.id);
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
    return { ok: true, data: await body(actor) };
  } catch (error) {
    return { ok: false, ...toErrorBody(error).body };
  }
}
