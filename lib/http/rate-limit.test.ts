import { describe, expect, it } from 'vitest';
import { RateLimiter, rateLimitConfigFromEnv } from './rate-limit';

describe('RateLimiter', () => {
  it('allows a burst, then refuses with the seconds until the next request fits', () => {
    const limiter = new RateLimiter({ perMinute: 60, burst: 3 });
    const t = 1_000_000;
    expect(limiter.take('a', t)).toEqual({ allowed: true, remaining: 2 });
    expect(limiter.take('a', t)).toEqual({ allowed: true, remaining: 1 });
    expect(limiter.take('a', t)).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take('a', t)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('a', t + 500)).toMatchObject({ allowed: false });
    expect(limiter.take('a', t + 1000)).toMatchObject({ allowed: true });
  });

  it('keeps one bucket per key', () => {
    const limiter = new RateLimiter({ perMinute: 6, burst: 1 });
    expect(limiter.take('token:1', 0).allowed).toBe(true);
    expect(limiter.take('token:1', 0)).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(limiter.take('token:2', 0).allowed).toBe(true);
  });

  it('refills at the configured rate but never above the burst', () => {
    const limiter = new RateLimiter({ perMinute: 120, burst: 2 });
    limiter.take('k', 0);
    limiter.take('k', 0);
    expect(limiter.take('k', 60_000)).toEqual({ allowed: true, remaining: 1 });
  });
});

describe('rateLimitConfigFromEnv', () => {
  it('reads the environment and falls back on nonsense', () => {
    expect(rateLimitConfigFromEnv({})).toEqual({ perMinute: 120, burst: 60 });
    expect(rateLimitConfigFromEnv({ CLAIMDESK_API_RATE_PER_MINUTE: '30', CLAIMDESK_API_RATE_BURST: '5' })).toEqual({ perMinute: 30, burst: 5 });
    expect(rateLimitConfigFromEnv({ CLAIMDESK_API_RATE_PER_MINUTE: '-1', CLAIMDESK_API_RATE_BURST: 'x' })).toEqual({ perMinute: 120, burst: 60 });
  });
});
