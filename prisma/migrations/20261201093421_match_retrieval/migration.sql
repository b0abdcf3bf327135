-- Word-level retrieval of earlier checks ("checked before", lib/services/match-retrieval.ts).
-- A stored matchKey is already words: stems with synonyms and aliases folded, numbers as digits,
-- function words left out. Its words, as a tsvector ('simple': no stemming, no stop words), are
-- indexed with GIN; a claim looks up only its RAREST words (document frequencies in
-- "MatchTermStat"), and trigram similarity ranks that short list. The trigram GIN index on
-- matchKey stays (the benchmark's baseline retrieval, and older code during a rolling deploy).

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "match_terms" tsvector
  GENERATED ALWAYS AS (to_tsvector('pg_catalog.simple'::regconfig, coalesce("matchKey", ''))) STORED;

-- AlterTable
ALTER TABLE "EarlierFactCheck" ADD COLUMN "match_terms" tsvector
  GENERATED ALWAYS AS (to_tsvector('pg_catalog.simple'::regconfig, coalesce("matchKey", ''))) STORED;

-- CreateTable
CREATE TABLE "MatchTermStat" (
    "kind" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "df" INTEGER NOT NULL,

    CONSTRAINT "MatchTermStat_pkey" PRIMARY KEY ("kind","term")
);

-- CreateIndex
CREATE INDEX "Claim_match_terms_idx" ON "Claim" USING GIN ("match_terms");

-- CreateIndex
CREATE INDEX "EarlierFactCheck_match_terms_idx" ON "EarlierFactCheck" USING GIN ("match_terms");
