-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "lastRemindedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AuthorResponse" ADD COLUMN     "submittedAt" TIMESTAMP(3);
