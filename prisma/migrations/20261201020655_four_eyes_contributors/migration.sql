-- AlterTable
ALTER TABLE "Setting" ADD COLUMN     "minSourcesForApproval" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ClaimContributor" (
    "claimId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "parts" TEXT[],
    "firstAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimContributor_pkey" PRIMARY KEY ("claimId","userId")
);

-- AddForeignKey
ALTER TABLE "ClaimContributor" ADD CONSTRAINT "ClaimContributor_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimContributor" ADD CONSTRAINT "ClaimContributor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill, so the four-eyes rule holds for claims already under review: each claim's recorded
-- reviewer, and everyone the audit log shows changing its verdict, rationale, claim text or sources
-- (or sending it to second review) since its last approval or correction.
WITH last_reset AS (
  SELECT "entityId" AS "claimId", max("createdAt") AS at
  FROM "AuditEvent"
  WHERE "entityType" = 'claim' AND "action" IN ('claim.approve', 'claim.correct')
  GROUP BY "entityId"
), changes AS (
  SELECT c."id" AS "claimId", c."reviewerId" AS "userId", coalesce(c."reviewedAt", c."updatedAt") AS at
  FROM "Claim" c
  WHERE c."reviewerId" IS NOT NULL
  UNION ALL
  SELECT e."entityId", e."actorId", e."createdAt"
  FROM "AuditEvent" e
  WHERE e."entityType" = 'claim' AND e."actorId" IS NOT NULL
    AND e."action" IN ('claim.update', 'claim.split', 'claim.merge')
    AND (e."before" -> 'verdict' IS DISTINCT FROM e."after" -> 'verdict'
      OR e."before" -> 'rationale' IS DISTINCT FROM e."after" -> 'rationale'
      OR e."before" -> 'claimText' IS DISTINCT FROM e."after" -> 'claimText'
      OR (e."after" ->> 'status' = 'needs_review' AND e."before" ->> 'status' IS DISTINCT FROM 'needs_review'))
  UNION ALL
  SELECT coalesce(e."after" ->> 'claimId', e."before" ->> 'claimId'), e."actorId", e."createdAt"
  FROM "AuditEvent" e
  WHERE e."entityType" = 'source' AND e."actorId" IS NOT NULL AND e."action" IN ('source.add', 'source.remove')
)
INSERT INTO "ClaimContributor" ("claimId", "userId", "parts", "firstAt", "lastAt")
SELECT ch."claimId", ch."userId", ARRAY[]::TEXT[], min(ch.at), max(ch.at)
FROM changes ch
JOIN "Claim" c ON c."id" = ch."claimId"
JOIN "User" u ON u."id" = ch."userId"
LEFT JOIN last_reset r ON r."claimId" = ch."claimId"
WHERE ch."userId" = c."reviewerId" OR ch.at > coalesce(r.at, '-infinity')
GROUP BY ch."claimId", ch."userId";
