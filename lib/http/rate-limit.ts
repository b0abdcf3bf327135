/**
 * Token buckets in memory, one per API client (token or signed-in user). Each bucket holds up to
 * `burst` requests and refills at `perMinute / 60` per second. One app process, so memory is enough;
 * several processes would each allow the full rate.
 */
export type RateLimitConfig = { perMinute: number; burst: number };
export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

type Bucket = { tokens: number; updatedAt: number };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly config: RateLimitConfig) {}

  /** Takes one request from `key`'s bucket at time `now` (ms), or says how long to wait. */
  take(key: string, now = Date.now()): RateDecision {
    const { perMinute, burst } = this.config;
    const ratePerMs = perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: burst, updatedAt: now };
    bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.updatedAt) * ratePerMs);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.sweep(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000)) };
  }

  /** Drops buckets that have refilled completely: they behave exactly like a missing one. */
  private sweep(now: number): void {
    const ratePerMs = this.config.perMinute / 60_000;
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.updatedAt) * ratePerMs >= this.config.burst) this.buckets.delete(key);
    }
  }
}

function positiveNumber(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** CLAIMDESK_API_RATE_PER_MINUTE (default 120) and CLAIMDESK_API_RATE_BURST (default 60). */
export function rateLimitConfigFromEnv(env: Record<string, string | undefined> = process.env): RateLimitConfig {
  return {
    perMinute: positiveNumber(env.CLAIMDESK_API_RATE_PER_MINUTE, 120),
    burst: Math.max(1, Math.floor(positiveNumber(env.CLAIMDESK_API_RATE_BURST, 60))),
  };
}

const globalForLimiter = globalThis as unknown as { claimdeskApiLimiter?: RateLimiter };

/** The process-wide limiter for /api/v1 (kept on globalThis so module reloads share it). */
export function apiRateLimiter(): RateLimiter {
  globalForLimiter.claimdeskApiLimiter ??= new RateLimiter(rateLimitConfigFromEnv());
  return globalForLimiter.claimdeskApiLimiter;
}
