-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "publicUrl" TEXT;

-- AlterTable
ALTER TABLE "Setting" ADD COLUMN     "factCheckUrlPattern" TEXT;
