import { hotQuery, prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * Token buckets in PostgreSQL, shared by every app process: each bucket holds up to `burst`
 * requests and refills at `perMinute / 60` per second. One SQL statement refills, decides and takes
 * under the row's lock, so parallel requests on any number of instances count exactly once each.
 */
export type RateLimitConfig = { perMinute: number; burst: number };
export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

type Row = { tokens: number; allowed: boolean };

/** Takes one request from `key`'s bucket, or says how long to wait. */
export async function takeToken(key: string, config: RateLimitConfig): Promise<RateDecision> {
  const perSecond = config.perMinute / 60;
  const burst = Math.max(1, config.burst);
  // The timestamp columns hold UTC without a zone, as Prisma writes them.
  const now = Prisma.sql`timezone('UTC', now())`;
  // The bucket topped up for the time since its last use: never above the burst, and never less
  // than it was when a concurrent statement that started a moment earlier got the row first.
  const refilled = Prisma.sql`LEAST(${burst}::float8, r."tokens" + GREATEST(0, EXTRACT(EPOCH FROM (${now} - r."updatedAt")))::float8 * ${perSecond}::float8)`;
  const rows = await hotQuery<Row>(Prisma.sql`/* prepared */
    INSERT INTO "RateLimit" AS r ("key", "tokens", "allowed", "updatedAt")
    VALUES (${key}, ${burst - 1}::float8, true, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "tokens" = ${refilled} - CASE WHEN ${refilled} >= 1 THEN 1 ELSE 0 END,
      "allowed" = ${refilled} >= 1,
      "updatedAt" = GREATEST(r."updatedAt", ${now})
    RETURNING "tokens", "allowed"`);
  const row = rows[0];
  if (!row) throw new Error(`Rate limit bucket ${key} was not written.`);
  // Now and then, forget buckets untouched for a day so the table stays small.
  if (Math.random() < 0.001) void sweepRateLimits().catch(() => undefined);
  const tokens = Number(row.tokens);
  if (row.allowed) return { allowed: true, remaining: Math.max(0, Math.floor(tokens)) };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perSecond)) };
}

/** Forgets every bucket that has refilled completely (they behave exactly like a missing one). */
export async function sweepRateLimits(olderThanSeconds = 24 * 60 * 60): Promise<number> {
  return prisma.$executeRaw`DELETE FROM "RateLimit" WHERE "updatedAt" < timezone('UTC', now()) - make_interval(secs => ${olderThanSeconds}::float8)`;
}
