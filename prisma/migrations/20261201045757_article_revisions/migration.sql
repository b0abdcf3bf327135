-- CreateEnum
CREATE TYPE "RevisionSource" AS ENUM ('original', 'edit', 'paste', 'refetch');

-- CreateEnum
CREATE TYPE "AnchorState" AS ENUM ('anchored', 'text_changed', 'orphan', 'new');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "revisionNumber" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "anchorState" "AnchorState" NOT NULL DEFAULT 'anchored',
ADD COLUMN     "quoteRevision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "author" TEXT,
    "publishedAt" TIMESTAMP(3),
    "body" TEXT NOT NULL,
    "format" TEXT NOT NULL DEFAULT 'text',
    "source" "RevisionSource" NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimAnchor" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "state" "AnchorState" NOT NULL,
    "similarity" DOUBLE PRECISION,

    CONSTRAINT "ClaimAnchor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleRevision_articleId_number_key" ON "ArticleRevision"("articleId", "number");

-- CreateIndex
CREATE INDEX "ClaimAnchor_revisionId_idx" ON "ClaimAnchor"("revisionId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimAnchor_claimId_revisionId_key" ON "ClaimAnchor"("claimId", "revisionId");

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAnchor" ADD CONSTRAINT "ClaimAnchor_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAnchor" ADD CONSTRAINT "ClaimAnchor_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: every existing article's text becomes its revision 1, and every claim is anchored in it.
INSERT INTO "ArticleRevision" ("id", "articleId", "number", "title", "outlet", "url", "author", "publishedAt", "body", "format", "source", "createdById", "createdAt")
SELECT 'rev1_' || a."id", a."id", 1, a."title", a."outlet", a."url", a."author", a."publishedAt", a."body", a."format", 'original', a."addedById", a."createdAt"
FROM "Article" a;

INSERT INTO "ClaimAnchor" ("id", "claimId", "revisionId", "start", "end", "quote", "prefix", "suffix", "state", "similarity")
SELECT 'anc1_' || c."id", c."id", 'rev1_' || c."articleId", c."start", c."end", c."quote", c."prefix", c."suffix", 'anchored', 1
FROM "Claim" c;
