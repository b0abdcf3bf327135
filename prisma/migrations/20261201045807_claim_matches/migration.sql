-- Trigram retrieval of earlier checks ("checked before"); the search migration may create it too.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "matchKey" TEXT,
ADD COLUMN     "matchedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "EarlierFactCheck" ADD COLUMN     "matchKey" TEXT;

-- CreateTable
CREATE TABLE "ClaimMatch" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "earlierClaimId" TEXT,
    "factCheckId" TEXT,
    "kind" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,
    "differences" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dismissedAt" TIMESTAMP(3),
    "dismissedById" TEXT,
    "linkedAt" TIMESTAMP(3),
    "linkedById" TEXT,

    CONSTRAINT "ClaimMatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimMatch_earlierClaimId_idx" ON "ClaimMatch"("earlierClaimId");

-- CreateIndex
CREATE INDEX "ClaimMatch_factCheckId_idx" ON "ClaimMatch"("factCheckId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimMatch_claimId_earlierClaimId_key" ON "ClaimMatch"("claimId", "earlierClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimMatch_claimId_factCheckId_key" ON "ClaimMatch"("claimId", "factCheckId");

-- CreateIndex
CREATE INDEX "Claim_approvedAt_idx" ON "Claim"("approvedAt");

-- CreateIndex
CREATE INDEX "Claim_matchKey_trgm_idx" ON "Claim" USING GIN ("matchKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "EarlierFactCheck_matchKey_trgm_idx" ON "EarlierFactCheck" USING GIN ("matchKey" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_earlierClaimId_fkey" FOREIGN KEY ("earlierClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_factCheckId_fkey" FOREIGN KEY ("factCheckId") REFERENCES "EarlierFactCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A match points at exactly one earlier check: an approved claim or an imported ClaimReview.
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_one_earlier_check" CHECK (("earlierClaimId" IS NULL) <> ("factCheckId" IS NULL));

-- A claim's matchKey is computed in TypeScript (lib/matching); whatever path changes the claim text
-- without setting a new key leaves it NULL, and lib/services/match-keys.ts fills it again.
CREATE FUNCTION claim_match_key_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."claimText" IS DISTINCT FROM OLD."claimText" AND NEW."matchKey" IS NOT DISTINCT FROM OLD."matchKey" THEN
    NEW."matchKey" := NULL;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Claim_matchKey_stale" BEFORE UPDATE OF "claimText" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION claim_match_key_stale();
