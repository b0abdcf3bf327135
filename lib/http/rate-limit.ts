/**
 * The rate limits of the app, kept in PostgreSQL (lib/services/rate-limits.ts) so that any number of
 * app processes on one database behave as one: API clients (a token, or a signed-in user's session),
 * server actions (per user) and requests with an invalid API token (per client address).
 */
import { PendingRateLimit, takeToken, type RateDecision, type RateLimitConfig } from '@/lib/services/rate-limits';

export type { RateDecision, RateLimitConfig };
/** The one error for a refused request: 429 with the seconds to wait (also sent as Retry-After). */
export { PendingRateLimit, rateLimited } from '@/lib/services/rate-limits';

function positiveNumber(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function config(env: Record<string, string | undefined>, prefix: string, perMinute: number, burst: number): RateLimitConfig {
  return {
    perMinute: positiveNumber(env[`${prefix}_PER_MINUTE`], perMinute),
    burst: Math.max(1, Math.floor(positiveNumber(env[`${prefix}_BURST`], burst))),
  };
}

/** CLAIMDESK_API_RATE_PER_MINUTE (default 120) and CLAIMDESK_API_RATE_BURST (default 60). */
export function rateLimitConfigFromEnv(env: Record<string, string | undefined> = process.env): RateLimitConfig {
  return config(env, 'CLAIMDESK_API_RATE', 120, 60);
}

/** CLAIMDESK_ACTION_RATE_PER_MINUTE (default 120) and CLAIMDESK_ACTION_RATE_BURST (default 60), per user. */
export function actionRateConfigFromEnv(env: Record<string, string | undefined> = process.env): RateLimitConfig {
  return config(env, 'CLAIMDESK_ACTION_RATE', 120, 60);
}

/**
 * Requests with a wrong, expired or revoked API token, per client address:
 * CLAIMDESK_INVALID_TOKEN_RATE_PER_MINUTE (default 60) and CLAIMDESK_INVALID_TOKEN_RATE_BURST (default 100).
 */
export function invalidTokenRateConfigFromEnv(env: Record<string, string | undefined> = process.env): RateLimitConfig {
  return config(env, 'CLAIMDESK_INVALID_TOKEN_RATE', 60, 100);
}

/**
 * One request of an API client (`token:ID` or `user:ID`), taken by withActor before the handler, or
 * by the handler with its first read (PendingRateLimit).
 */
export function pendingApiRequest(clientKey: string): PendingRateLimit {
  return new PendingRateLimit(`api:${clientKey}`, rateLimitConfigFromEnv());
}

/** One server action call of a signed-in user. */
export function takeActionCall(userId: string): Promise<RateDecision> {
  return takeToken(`action:user:${userId}`, actionRateConfigFromEnv());
}

/** One request with an invalid API token from a client address. */
export function takeInvalidTokenRequest(address: string): Promise<RateDecision> {
  return takeToken(`invalid-token:${address}`, invalidTokenRateConfigFromEnv());
}


