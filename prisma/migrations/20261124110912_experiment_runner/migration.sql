-- AlterTable
ALTER TABLE "Experiment" ADD COLUMN     "claimedPoints" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "createdById" TEXT;

-- AlterTable
ALTER TABLE "ExperimentRun" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "cancelRequestedAt" TIMESTAMP(3),
ADD COLUMN     "evidenceAssumption" TEXT,
ADD COLUMN     "evidenceNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "evidenceTheoremId" TEXT,
ADD COLUMN     "heartbeatAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ExperimentBundle" (
    "hash" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "archiveBytes" INTEGER NOT NULL,
    "unpackedBytes" INTEGER NOT NULL,
    "files" JSONB NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExperimentBundle_pkey" PRIMARY KEY ("hash")
);

-- CreateIndex
CREATE INDEX "Experiment_submissionId_idx" ON "Experiment"("submissionId");

-- CreateIndex
CREATE INDEX "ExperimentRun_status_createdAt_idx" ON "ExperimentRun"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ExperimentRun_requestedById_idx" ON "ExperimentRun"("requestedById");

-- AddForeignKey
ALTER TABLE "Experiment" ADD CONSTRAINT "Experiment_bundleHash_fkey" FOREIGN KEY ("bundleHash") REFERENCES "ExperimentBundle"("hash") ON DELETE RESTRICT ON UPDATE CASCADE;
