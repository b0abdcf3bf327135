import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { sweepRateLimits, takeToken } from './rate-limits';

const key = () => `test:${randomUUID()}`;

describe('takeToken (PostgreSQL token bucket)', () => {
  it('allows a burst, then refuses with the seconds until the next request fits', async () => {
    const k = key();
    const config = { perMinute: 6, burst: 3 };
    expect(await takeToken(k, config)).toEqual({ allowed: true, remaining: 2 });
    expect(await takeToken(k, config)).toEqual({ allowed: true, remaining: 1 });
    expect(await takeToken(k, config)).toEqual({ allowed: true, remaining: 0 });
    const refused = await takeToken(k, config);
    expect(refused).toMatchObject({ allowed: false });
    // One request every 10 s: the next fits in at most 10 s.
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(9);
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(10);
  });

  it('keeps one bucket per key', async () => {
    const a = key();
    const b = key();
    expect((await takeToken(a, { perMinute: 1, burst: 1 })).allowed).toBe(true);
    expect((await takeToken(a, { perMinute: 1, burst: 1 })).allowed).toBe(false);
    expect((await takeToken(b, { perMinute: 1, burst: 1 })).allowed).toBe(true);
  });

  it('refills at the configured rate but never above the burst', async () => {
    const k = key();
    const config = { perMinute: 60, burst: 2 };
    await takeToken(k, config);
    await takeToken(k, config);
    expect((await takeToken(k, config)).allowed).toBe(false);
    // A minute passes (moved back in the table): 60 tokens' worth, capped at the burst of 2.
    await prisma.$executeRaw`UPDATE "RateLimit" SET "updatedAt" = "updatedAt" - interval '60 seconds' WHERE "key" = ${k}`;
    expect(await takeToken(k, config)).toEqual({ allowed: true, remaining: 1 });
    expect(await takeToken(k, config)).toEqual({ allowed: true, remaining: 0 });
    expect((await takeToken(k, config)).allowed).toBe(false);
  });

  it('counts parallel requests exactly: 40 at once against a burst of 10 let 10 through', async () => {
    const k = key();
    const decisions = await Promise.all(Array.from({ length: 40 }, () => takeToken(k, { perMinute: 1, burst: 10 })));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
  });

  it('forgets buckets untouched for a day', async () => {
    const old = key();
    const fresh = key();
    await takeToken(old, { perMinute: 1, burst: 1 });
    await takeToken(fresh, { perMinute: 1, burst: 1 });
    await prisma.$executeRaw`UPDATE "RateLimit" SET "updatedAt" = "updatedAt" - interval '2 days' WHERE "key" = ${old}`;
    await sweepRateLimits();
    expect(await prisma.rateLimit.findUnique({ where: { key: old } })).toBeNull();
    expect(await prisma.rateLimit.findUnique({ where: { key: fresh } })).not.toBeNull();
  });

  it('keeps its buckets in an unlogged table, so a busy client\'s updates do not queue behind each other\'s WAL flush', async () => {
    const rows = await prisma.$queryRaw<{ relpersistence: string }[]>`SELECT relpersistence::text AS relpersistence FROM pg_class WHERE relname = 'RateLimit'`;
    expect(rows).toEqual([{ relpersistence: 'u' }]);
  });
});
