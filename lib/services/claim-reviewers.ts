import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/auth/permissions';
import type { ContributionPart } from '@/lib/review/four-eyes';

/**
 * The four-eyes record (ClaimContributor): who set or changed a claim's verdict, rationale, claim
 * text or sources since its last approval. Every write happens in the transaction of the change.
 */

/**
 * Locks the claim's row until the transaction ends, so its sources, reviewers and status cannot
 * change between a check and the write that relies on it (approval, source edits).
 */
export async function lockClaim(tx: Tx, articleId: string, claimId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Claim" WHERE id = ${claimId} AND "articleId" = ${articleId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'This claim does not exist or was deleted.');
}

/**
 * Records that `actor` changed `parts` of the claim: they become (or stay) one of its reviewers.
 * One upsert: a new reviewer gets a row, a known one gains the parts it did not have yet (first
 * seen first) and a new `lastAt`.
 */
export async function recordContribution(tx: Tx, claimId: string, actor: Pick<Actor, 'id'>, parts: readonly ContributionPart[]): Promise<void> {
  if (parts.length === 0) return;
  // timestamp(3) without zone holds UTC; the zone of an ISO string is ignored by the cast.
  const now = new Date().toISOString();
  await tx.$executeRaw`
    INSERT INTO "ClaimContributor" AS cc ("claimId", "userId", "parts", "firstAt", "lastAt")
    VALUES (${claimId}, ${actor.id}, ${[...new Set(parts)]}::text[], ${now}::timestamp(3), ${now}::timestamp(3))
    ON CONFLICT ("claimId", "userId") DO UPDATE SET
      "parts" = ARRAY(SELECT p FROM unnest(cc."parts" || EXCLUDED."parts") WITH ORDINALITY AS x(p, i) GROUP BY p ORDER BY min(i)),
      "lastAt" = EXCLUDED."lastAt"`;
}

/** Gives `intoId` every reviewer of `fromId` too (a merge keeps the work of both claims' reviewers). */
export async function copyContributors(tx: Tx, fromId: string, intoId: string): Promise<void> {
  const rows = await tx.claimContributor.findMany({ where: { claimId: fromId } });
  for (const row of rows) {
    const existing = await tx.claimContributor.findUnique({ where: { claimId_userId: { claimId: intoId, userId: row.userId } } });
    if (!existing) {
      await tx.claimContributor.create({ data: { claimId: intoId, userId: row.userId, parts: row.parts, firstAt: row.firstAt, lastAt: row.lastAt } });
      continue;
    }
    await tx.claimContributor.update({
      where: { claimId_userId: { claimId: intoId, userId: row.userId } },
      data: {
        parts: [...new Set([...existing.parts, ...row.parts])],
        firstAt: row.firstAt < existing.firstAt ? row.firstAt : existing.firstAt,
        lastAt: row.lastAt > existing.lastAt ? row.lastAt : existing.lastAt,
      },
    });
  }
}

/** A correction opens a new round of review: nobody has reviewed the corrected verdict yet. */
export async function clearContributors(tx: Tx, claimId: string): Promise<void> {
  await tx.claimContributor.deleteMany({ where: { claimId } });
}
