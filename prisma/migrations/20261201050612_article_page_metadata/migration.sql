-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "language" TEXT,
ADD COLUMN     "modifiedAt" TIMESTAMP(3);
