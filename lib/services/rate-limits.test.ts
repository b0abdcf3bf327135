import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { Prisma } from '../generated/prisma/client';
import { PendingRateLimit, sweepRateLimits, takeToken } from './rate-limits';

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

describe('PendingRateLimit (the take riding on a read)', () => {
  const read = Prisma.sql`SELECT x, x::text || ${'!'} AS label FROM (VALUES (1), (2), (NULL)) AS v(x) WHERE x IS NULL OR x > ${0}`;

  it('returns what the read alone returns, takes exactly once, and repeats its decision without a statement', async () => {
    const k = key();
    const pending = new PendingRateLimit(k, { perMinute: 6, burst: 2 });
    expect(pending.decision).toBeNull();
    const alone = [{ x: 1, label: '1!' }, { x: 2, label: '2!' }, { x: null, label: null }];
    expect(await pending.withRead(read)).toEqual(alone);
    expect(pending.decision).toEqual({ allowed: true, remaining: 1 });
    // Taken: the read runs alone and the bucket is not touched again.
    expect(await pending.withRead(read)).toEqual(alone);
    expect(await pending.take()).toEqual({ allowed: true, remaining: 1 });
    expect((await prisma.rateLimit.findUniqueOrThrow({ where: { key: k } })).tokens).toBeCloseTo(1, 1);
    // A read that finds nothing still takes the request.
    const other = new PendingRateLimit(k, { perMinute: 6, burst: 2 });
    expect(await other.withRead(Prisma.sql`SELECT x FROM (VALUES (1)) AS v(x) WHERE x > ${5}`)).toEqual([]);
    expect(other.decision).toEqual({ allowed: true, remaining: 0 });
  });

  it('takes after the read, so the bucket is not locked while the read runs', async () => {
    const k = key();
    await takeToken(k, { perMinute: 60, burst: 10 });
    const pending = new PendingRateLimit(k, { perMinute: 60, burst: 10 });
    const slow = pending.withRead(Prisma.sql`SELECT pg_sleep(${0.6}::float8)::text AS slept`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    // Another request of the same client, meanwhile: the bucket's row is free.
    const locked = await prisma.$transaction(async (tx) => tx.$queryRaw<{ key: string }[]>`SELECT "key" FROM "RateLimit" WHERE "key" = ${k} FOR UPDATE NOWAIT`);
    expect(locked).toHaveLength(1);
    expect(await slow).toEqual([{ slept: '' }]);
    expect(pending.decision).toEqual({ allowed: true, remaining: 8 });
  });

  it('refuses over the limit with RATE_LIMITED and the seconds to wait, and keeps refusing', async () => {
    const k = key();
    await takeToken(k, { perMinute: 6, burst: 1 });
    const pending = new PendingRateLimit(k, { perMinute: 6, burst: 1 });
    await expect(pending.withRead(read)).rejects.toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 10 } });
    await expect(pending.take()).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    // The refused request was counted once, as takeToken counts one.
    expect((await takeToken(k, { perMinute: 6, burst: 1 })).allowed).toBe(false);
  });
});
