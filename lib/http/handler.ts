import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { AppError, toErrorBody } from '@/lib/errors';
import { requireActor } from '@/lib/auth/session';
import type { Actor } from '@/lib/auth/permissions';
import { authenticateTokenCached } from '@/lib/services/tokens';
import { pendingApiRequest, rateLimited, takeInvalidTokenRequest, type PendingRateLimit } from './rate-limit';
import { clientAddress } from '@/lib/auth/sign-in-client';
import { sessionWriteRefusal } from './same-origin';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who is calling: a bearer token (which names its scope) or the session of the app itself. */
async function resolveCaller(request: Request): Promise<{ actor: Actor; limitKey: string }> {
  const header = request.headers.get('authorization');
  if (header !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new AppError('UNAUTHENTICATED', 'Send the API token as "Authorization: Bearer <token>".');
    const { actor, tokenId, scope } = await authenticateTokenCached(match[1]).catch(async (error: unknown) => {
      // Wrong, expired or revoked tokens are limited per client address (shared by every instance).
      if (!(error instanceof AppError) || error.code !== 'UNAUTHENTICATED') throw error;
      const decision = await takeInvalidTokenRequest(clientAddress(request.headers));
      throw decision.allowed ? error : rateLimited(decision.retryAfterSeconds);
    });
    if (scope === 'read' && !READ_METHODS.has(request.method.toUpperCase())) {
      throw new AppError('FORBIDDEN', 'This API token is read-only; use a token with the write scope to change data.');
    }
    return { actor, limitKey: `token:${tokenId}` };
  }
  const actor = await requireActor();
  // The cookie rides along on requests from any page; writes must come from the app itself.
  const refusal = sessionWriteRefusal(request);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  return { actor, limitKey: `user:${actor.id}` };
}

/** Turns any error into the one error shape; a 429 also says when to retry. */
export function errorResponse(error: unknown): Response {
  const { status, body } = toErrorBody(error);
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (error instanceof AppError && error.code === 'RATE_LIMITED') {
    const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (retry) headers['Retry-After'] = String(retry);
  }
  return NextResponse.json(body, { status, headers });
}

type ActorOptions = {
  /**
   * The handler takes the request from the rate limit itself, in the statement of its first read
   * (PendingRateLimit.withRead, e.g. updateClaim's read of the claim), before it writes anything:
   * one round trip less per request. A request it failed before taking is taken on the way out, so
   * a request over the limit is refused (429) whatever else was wrong with it, as when the limit
   * comes first.
   */
  rateLimitWithFirstRead?: boolean;
};

/**
 * Wraps a route handler: requires a bearer token (`Authorization: Bearer cd_…`) or a session,
 * refuses writes with a read-only token, applies the per-client rate limit, and turns errors into
 * the one error shape. A bad, expired or revoked token is 401 even when a session cookie is present.
 */
export function withActor<C>(
  handler: (actor: Actor, request: Request, context: C, limit: PendingRateLimit) => Promise<Response>,
  options: ActorOptions = {},
) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const { actor, limitKey } = await resolveCaller(request);
      const limit = pendingApiRequest(limitKey);
      if (!options.rateLimitWithFirstRead) await limit.take();
      let response: Response;
      try {
        response = await handler(actor, request, context, limit);
      } catch (error) {
        await limit.take();
        throw error;
      }
      // Decided already (above, or by the handler's read): no statement.
      const decision = await limit.take();
      try {
        response.headers.set('X-RateLimit-Remaining', String(decision.remaining));
      } catch {
        // Some responses have immutable headers; the header is only a courtesy.
      }
      return response;
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads a JSON body with a size limit, as an INVALID/TOO_LARGE error when it is not. */
export async function readJson(request: Request, maxBytes = 1_200_000): Promise<unknown> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > maxBytes) throw new AppError('TOO_LARGE', `The request body is larger than ${maxBytes} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError('TOO_LARGE', `The request body is larger than ${maxBytes} bytes.`);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

/** Reads a JSON object body: anything else (an array, a string) is a malformed request. */
export async function readJsonObject(request: Request, maxBytes?: number): Promise<Record<string, unknown>> {
  const value = await readJson(request, maxBytes);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AppError('BAD_REQUEST', 'The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

/**
 * Checks the query string against a zod schema and returns it as plain strings for the service,
 * which parses it again with the same schema: a bad query is a 400 naming the offending parameters
 * here, where a service would call bad input 422.
 */
export function checkedQuery(schema: z.ZodType, request: Request): Record<string, string> {
  const input: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) input[key] = value;
  const result = schema.safeParse(input);
  if (result.success) return input;
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) (fields[issue.path.join('.') || '_'] ??= []).push(issue.message);
  throw new AppError('BAD_REQUEST', `Bad query parameter: ${result.error.issues[0]?.message ?? 'invalid'}`, { fields });
}
