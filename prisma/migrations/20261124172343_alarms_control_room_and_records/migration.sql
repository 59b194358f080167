-- Temporary alarms as the control room and MoPI need them: the full risk record, live only once
-- the control room confirms, units that are lost and repaired, stocktakes, evidence-led reviews,
-- records review instead of silent erasure, and the disclosure log (decision 014).

-- CreateEnum
CREATE TYPE "RiskGrade" AS ENUM ('STANDARD', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "RecordReviewDecision" AS ENUM ('RETAIN', 'DISPOSE');

-- AlterEnum
ALTER TYPE "AlarmReason" ADD VALUE 'CHILD_PROTECTION';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'CONTROL_ROOM';

-- AlterEnum


ALTER TYPE "UnitMovementKind" ADD VALUE 'SENT_FOR_REPAIR';
ALTER TYPE "UnitMovementKind" ADD VALUE 'REPAIRED';
ALTER TYPE "UnitMovementKind" ADD VALUE 'REPORTED_LOST';
ALTER TYPE "UnitMovementKind" ADD VALUE 'FOUND';
ALTER TYPE "UnitMovementKind" ADD VALUE 'RETIRED';

-- AlterEnum


ALTER TYPE "UnitStatus" ADD VALUE 'IN_REPAIR';
ALTER TYPE "UnitStatus" ADD VALUE 'LOST';

-- AlterTable
ALTER TABLE "AlarmAccess" ADD COLUMN     "searchTerm" TEXT;

-- AlterTable
ALTER TABLE "AlarmRequest" ADD COLUMN     "accessNotes" TEXT,
ADD COLUMN     "attentionSince" TIMESTAMPTZ(3),
ADD COLUMN     "codeword" TEXT,
ADD COLUMN     "dependants" TEXT,
ADD COLUMN     "keyholders" TEXT,
ADD COLUMN     "landlordConsent" BOOLEAN,
ADD COLUMN     "liveConfirmedAt" TIMESTAMPTZ(3),
ADD COLUMN     "maracDate" DATE,
ADD COLUMN     "maracHeard" BOOLEAN,
ADD COLUMN     "occupierConsent" BOOLEAN,
ADD COLUMN     "phoneKey" TEXT,
ADD COLUMN     "recordReviewDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "recordReviewQueuedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reviewNowSince" TIMESTAMPTZ(3),
ADD COLUMN     "riskAssessedOn" DATE,
ADD COLUMN     "riskGrade" "RiskGrade",
ADD COLUMN     "safeContact" TEXT,
ADD COLUMN     "setUnsetBy" TEXT;

-- AlterTable
ALTER TABLE "AlarmTransition" ADD COLUMN     "evidence" JSONB;

-- AlterTable
ALTER TABLE "UnitMovement" ADD COLUMN     "note" TEXT;

-- CreateTable
CREATE TABLE "AlarmDisclosure" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "recipient" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "lawfulBasis" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "disclosedAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlarmDisclosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlarmRecordReview" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "decision" "RecordReviewDecision" NOT NULL,
    "reason" TEXT,
    "nextReviewAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlarmRecordReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Stocktake" (
    "id" UUID NOT NULL,
    "startedById" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Stocktake_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StocktakeScan" (
    "id" UUID NOT NULL,
    "stocktakeId" UUID NOT NULL,
    "assetTag" TEXT NOT NULL,
    "scannedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StocktakeScan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AlarmDisclosure_requestId_disclosedAt_idx" ON "AlarmDisclosure"("requestId", "disclosedAt");

-- CreateIndex
CREATE INDEX "AlarmRecordReview_requestId_decidedAt_idx" ON "AlarmRecordReview"("requestId", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "StocktakeScan_stocktakeId_assetTag_key" ON "StocktakeScan"("stocktakeId", "assetTag");

-- CreateIndex
CREATE INDEX "AlarmRequest_phoneKey_idx" ON "AlarmRequest"("phoneKey");

-- CreateIndex
CREATE INDEX "AlarmRequest_controlRoomRef_idx" ON "AlarmRequest"("controlRoomRef");

-- CreateIndex
CREATE INDEX "AlarmRequest_recordReviewQueuedAt_idx" ON "AlarmRequest"("recordReviewQueuedAt");

-- AddForeignKey
ALTER TABLE "AlarmDisclosure" ADD CONSTRAINT "AlarmDisclosure_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AlarmRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlarmDisclosure" ADD CONSTRAINT "AlarmDisclosure_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlarmRecordReview" ADD CONSTRAINT "AlarmRecordReview_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AlarmRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlarmRecordReview" ADD CONSTRAINT "AlarmRecordReview_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stocktake" ADD CONSTRAINT "Stocktake_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StocktakeScan" ADD CONSTRAINT "StocktakeScan_stocktakeId_fkey" FOREIGN KEY ("stocktakeId") REFERENCES "Stocktake"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Alarms fitted before the control room confirmed links were live under the rules of the day.
UPDATE "AlarmRequest" SET "liveConfirmedAt" = "installedAt"
  WHERE "status" IN ('INSTALLED', 'REMOVAL_ORDERED') AND "liveConfirmedAt" IS NULL;
UPDATE "AlarmRequest" SET "phoneKey" = regexp_replace("contactPhone", '[^0-9]', '', 'g')
  WHERE "contactPhone" IS NOT NULL;
-- Finished records come up for review six years after they finished (MoPI), unless already erased.
UPDATE "AlarmRequest" r SET "recordReviewDueAt" = COALESCE(r."closedAt", (
    SELECT max(t."occurredAt") FROM "AlarmTransition" t WHERE t."requestId" = r."id"
  ), r."requestedAt") + interval '6 years'
  WHERE r."status" IN ('CLOSED', 'REJECTED', 'WITHDRAWN') AND r."erasedAt" IS NULL;
