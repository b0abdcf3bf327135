import { hotQuery, prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * Token buckets in PostgreSQL, shared by every app process: each bucket holds up to `burst`
 * requests and refills at `perMinute / 60` per second. One SQL statement refills, decides and takes
 * under the row's lock, so parallel requests on any number of instances count exactly once each.
 */
export type RateLimitConfig = { perMinute: number; burst: number };
export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

type Row = { tokens: number; allowed: boolean };

/**
 * The statement that takes one request from `key`'s bucket: refills, decides and takes under the
 * row's lock, returning "tokens" and "allowed". On its own, or in the WITH of a read (PendingRateLimit).
 */
function takeStatement(key: string, config: RateLimitConfig): Prisma.Sql {
  const perSecond = config.perMinute / 60;
  const burst = Math.max(1, config.burst);
  // The timestamp columns hold UTC without a zone, as Prisma writes them.
  const now = Prisma.sql`timezone('UTC', now())`;
  // The bucket topped up for the time since its last use: never above the burst, and never less
  // than it was when a concurrent statement that started a moment earlier got the row first.
  const refilled = Prisma.sql`LEAST(${burst}::float8, r."tokens" + GREATEST(0, EXTRACT(EPOCH FROM (${now} - r."updatedAt")))::float8 * ${perSecond}::float8)`;
  return Prisma.sql`INSERT INTO "RateLimit" AS r ("key", "tokens", "allowed", "updatedAt")
    VALUES (${key}, ${burst - 1}::float8, true, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "tokens" = ${refilled} - CASE WHEN ${refilled} >= 1 THEN 1 ELSE 0 END,
      "allowed" = ${refilled} >= 1,
      "updatedAt" = GREATEST(r."updatedAt", ${now})
    RETURNING "tokens", "allowed"`;
}

function decisionOf(row: Row | undefined, key: string, config: RateLimitConfig): RateDecision {
  if (!row) throw new Error(`Rate limit bucket ${key} was not written.`);
  // Now and then, forget buckets untouched for a day so the table stays small.
  if (Math.random() < 0.001) void sweepRateLimits().catch(() => undefined);
  const tokens = Number(row.tokens);
  if (row.allowed) return { allowed: true, remaining: Math.max(0, Math.floor(tokens)) };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / (config.perMinute / 60))) };
}

/** Takes one request from `key`'s bucket, or says how long to wait. */
export async function takeToken(key: string, config: RateLimitConfig): Promise<RateDecision> {
  const rows = await hotQuery<Row>(Prisma.sql`/* prepared */ ${takeStatement(key, config)}`);
  return decisionOf(rows[0], key, config);
}

/** The one error for a refused request: 429 with the seconds to wait (also sent as Retry-After). */
export function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError('RATE_LIMITED', `Too many requests; try again in ${retryAfterSeconds} s.`, { details: { retryAfterSeconds } });
}

/**
 * A request's take from its bucket that may ride along with the request's first read instead of
 * costing a round trip of its own (a verdict save: the claim's read; lib/http/handler.ts). Whoever
 * holds it must settle it before writing anything: `withRead` puts the take in the read's statement
 * (the read's row only counts when the take was allowed), `take` takes it on its own; both refuse a
 * request over the limit with RATE_LIMITED, and after the first decision they only repeat it.
 */
export class PendingRateLimit {
  private decided: RateDecision | null = null;

  constructor(readonly key: string, readonly config: RateLimitConfig) {}

  /** The decision, once taken. */
  get decision(): RateDecision | null {
    return this.decided;
  }

  private settle(decision: RateDecision): RateDecision & { allowed: true } {
    this.decided = decision;
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
    return decision;
  }

  /** Takes the request from the bucket now, unless that was decided already. */
  async take(): Promise<RateDecision & { allowed: true }> {
    return this.settle(this.decided ?? (await takeToken(this.key, this.config)));
  }

  /**
   * Runs `read` (a SELECT) with the take in the same statement: the read's rows when allowed;
   * RATE_LIMITED when not. The read runs first and the take last, so the bucket's row stays locked
   * only from the take to the commit at the end of the statement, and concurrent requests of one
   * client (one bucket) do not queue behind each other's reads.
   */
  async withRead<R>(read: Prisma.Sql): Promise<R[]> {
    if (this.decided) {
      this.settle(this.decided);
      return hotQuery<R>(read);
    }
    // `rate` is read only by the uncorrelated subqueries of the SELECT list (init plans), which
    // PostgreSQL runs when the first row is projected: after the read. The outer one-row join keeps a
    // row (with rate_read null) when the read finds nothing.
    type Joined = Record<string, unknown> & { rate_tokens: number; rate_allowed: boolean; rate_read: boolean | null };
    const rows = await hotQuery<Joined>(Prisma.sql`/* prepared */
      WITH rate AS (${takeStatement(this.key, this.config)})
      SELECT (SELECT "tokens" FROM rate) AS rate_tokens, (SELECT "allowed" FROM rate) AS rate_allowed, read.*
      FROM (VALUES (true)) AS one(x) LEFT JOIN LATERAL (SELECT true AS rate_read, q.* FROM (${read}) AS q) AS read ON true`);
    this.settle(decisionOf(rows[0] && { tokens: rows[0].rate_tokens, allowed: rows[0].rate_allowed }, this.key, this.config));
    return rows.filter((r) => r.rate_read === true).map((r) => {
      const row: Record<string, unknown> = { ...r };
      for (const key of ['rate_tokens', 'rate_allowed', 'rate_read']) delete row[key];
      return row as R;
    });
  }
}

/** Forgets every bucket that has refilled completely (they behave exactly like a missing one). */
export async function sweepRateLimits(olderThanSeconds = 24 * 60 * 60): Promise<number> {
  return prisma.$executeRaw`DELETE FROM "RateLimit" WHERE "updatedAt" < timezone('UTC', now()) - make_interval(secs => ${olderThanSeconds}::float8)`;
}
