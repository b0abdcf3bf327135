import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * Sign-in throttles in PostgreSQL (table LoginThrottle), shared by every app process. An attempt is
 * counted *before* the password is checked, in one SQL statement under the row's lock, so parallel
 * guesses each count and at most `free` of them are ever checked before the lock applies.
 *
 * A key allows `free` attempts; the attempt that reaches `free` failures locks the key for `base`
 * seconds, each later one for twice as long, up to `max`. Attempts during a lock are refused and
 * still counted (they do not extend the lock). After `quiet` seconds without attempts and no lock,
 * the count starts again.
 */
export type ThrottlePolicy = { free: number; baseSeconds: number; maxSeconds: number; quietSeconds: number };
export type AttemptDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Row = { failures: number; lockedUntil: Date | null; lastAllowed: boolean };

/** Counts one attempt on `key` and says whether it may be checked. */
export async function countAttempt(key: string, policy: ThrottlePolicy): Promise<AttemptDecision> {
  const now = Prisma.sql`timezone('UTC', now())`;
  const locked = Prisma.sql`(t."lockedUntil" IS NOT NULL AND t."lockedUntil" > ${now})`;
  const count = Prisma.sql`(CASE WHEN NOT ${locked} AND t."updatedAt" < ${now} - make_interval(secs => ${policy.quietSeconds}::float8) THEN 1 ELSE t."failures" + 1 END)`;
  const lockFor = (n: Prisma.Sql) =>
    Prisma.sql`${now} + make_interval(secs => LEAST(${policy.maxSeconds}::float8, ${policy.baseSeconds}::float8 * power(2::float8, (${n} - ${policy.free})::float8)))`;
  const rows = await prisma.$queryRaw<Row[]>`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "lockedUntil", "lastAllowed", "updatedAt")
    VALUES (${key}, 1, CASE WHEN ${policy.free} <= 1 THEN ${lockFor(Prisma.sql`1`)} END, true, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = ${count},
      "lockedUntil" = CASE WHEN ${locked} THEN t."lockedUntil" WHEN ${count} >= ${policy.free} THEN ${lockFor(count)} ELSE NULL END,
      "lastAllowed" = NOT ${locked},
      "updatedAt" = ${now}
    RETURNING "failures", "lockedUntil", "lastAllowed"`;
  const row = rows[0];
  if (!row) throw new Error(`Sign-in throttle ${key} was not written.`);
  if (Math.random() < 0.01) void sweepAttempts().catch(() => undefined);
  if (row.lastAllowed) return { allowed: true };
  const until = row.lockedUntil ? row.lockedUntil.getTime() : Date.now();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - Date.now()) / 1000)) };
}

/** After a successful sign-in: the client's own key starts over. */
export async function clearAttempts(key: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key } });
}

/** After a successful sign-in: the attempt counted on a shared key (account, address) was not a failure. */
export async function uncountAttempt(key: string): Promise<void> {
  await prisma.$executeRaw`UPDATE "LoginThrottle" SET "failures" = GREATEST(0, "failures" - 1) WHERE "key" = ${key}`;
}

/** Forgets keys without attempts for a day and no lock (they would start over anyway). */
export async function sweepAttempts(): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM "LoginThrottle"
    WHERE "updatedAt" < timezone('UTC', now()) - interval '1 day'
      AND ("lockedUntil" IS NULL OR "lockedUntil" < timezone('UTC', now()))`;
}

/** Current failures on a key (for tests and the admin's view). */
export async function failuresOf(key: string): Promise<number> {
  return (await prisma.loginThrottle.findUnique({ where: { key } }))?.failures ?? 0;
}
