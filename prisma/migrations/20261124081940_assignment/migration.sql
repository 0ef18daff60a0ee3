-- CreateEnum
CREATE TYPE "VenueJobKind" AS ENUM ('CONFLICTS', 'AFFINITY');

-- CreateTable
CREATE TABLE "VenueJob" (
    "id" TEXT NOT NULL,
    "venueId" TEXT NOT NULL,
    "kind" "VenueJobKind" NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "message" TEXT NOT NULL DEFAULT '',
    "result" JSONB,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "VenueJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VenueJob_venueId_kind_createdAt_idx" ON "VenueJob"("venueId", "kind", "createdAt");

-- AddForeignKey
ALTER TABLE "VenueJob" ADD CONSTRAINT "VenueJob_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

