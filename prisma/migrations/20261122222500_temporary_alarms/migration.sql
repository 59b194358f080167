-- CreateEnum
CREATE TYPE "AlarmStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'INSTALLED', 'REMOVAL_ORDERED', 'REMOVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "AlarmType" AS ENUM ('PERSONAL_ATTACK', 'INTRUDER');

-- CreateEnum
CREATE TYPE "AlarmReason" AS ENUM ('DOMESTIC_ABUSE', 'WITNESS', 'REPEAT_VICTIM', 'HATE_CRIME', 'OTHER');

-- CreateEnum
CREATE TYPE "UnitStatus" AS ENUM ('IN_STOCK', 'INSTALLED', 'FAULTY', 'RETIRED');

-- CreateEnum
CREATE TYPE "UnitMovementKind" AS ENUM ('RECEIVED', 'INSTALLED', 'RETURNED', 'MARKED_FAULTY');

-- CreateEnum
CREATE TYPE "ActivationOutcome" AS ENUM ('GENUINE_EMERGENCY', 'NO_EVIDENCE_OF_CRIME', 'FALSE_ALARM', 'TEST');

-- CreateTable
CREATE TABLE "AlarmRequest" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "status" "AlarmStatus" NOT NULL DEFAULT 'REQUESTED',
    "addressLine1" TEXT,
    "addressLine2" TEXT,
    "town" TEXT,
    "postcode" TEXT,
    "postcodeKey" TEXT,
    "personName" TEXT,
    "contactPhone" TEXT,
    "contactNotes" TEXT,
    "riskSummary" TEXT,
    "hazards" TEXT,
    "crimeReference" TEXT,
    "controlRoomRef" TEXT,
    "district" TEXT NOT NULL,
    "reasonCategory" "AlarmReason" NOT NULL,
    "alarmType" "AlarmType" NOT NULL,
    "periodDays" INTEGER NOT NULL,
    "estimatedCost" INTEGER NOT NULL,
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),
    "installedAt" TIMESTAMPTZ(3),
    "tested" BOOLEAN,
    "reviewDueAt" TIMESTAMPTZ(3),
    "removedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "erasedAt" TIMESTAMPTZ(3),
    "unitId" UUID,

    CONSTRAINT "AlarmRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlarmTransition" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "AlarmStatus",
    "toStatus" "AlarmStatus" NOT NULL,
    "note" TEXT,
    "actorId" UUID,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlarmTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlarmUnit" (
    "id" UUID NOT NULL,
    "assetTag" TEXT NOT NULL,
    "type" "AlarmType" NOT NULL,
    "status" "UnitStatus" NOT NULL DEFAULT 'IN_STOCK',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlarmUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitMovement" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "kind" "UnitMovementKind" NOT NULL,
    "requestId" UUID,
    "actorId" UUID,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlarmActivation" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "outcome" "ActivationOutcome" NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlarmActivation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlarmAccess" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "justification" TEXT NOT NULL,
    "accessedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlarmAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AlarmRequest_number_key" ON "AlarmRequest"("number");

-- CreateIndex
CREATE INDEX "AlarmRequest_status_requestedAt_idx" ON "AlarmRequest"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "AlarmRequest_postcodeKey_idx" ON "AlarmRequest"("postcodeKey");

-- CreateIndex
CREATE INDEX "AlarmRequest_requestedById_idx" ON "AlarmRequest"("requestedById");

-- CreateIndex
CREATE INDEX "AlarmTransition_requestId_occurredAt_idx" ON "AlarmTransition"("requestId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlarmUnit_assetTag_key" ON "AlarmUnit"("assetTag");

-- CreateIndex
CREATE INDEX "UnitMovement_unitId_occurredAt_idx" ON "UnitMovement"("unitId", "occurredAt");

-- CreateIndex
CREATE INDEX "AlarmActivation_requestId_occurredAt_idx" ON "AlarmActivation"("requestId", "occurredAt");

-- CreateIndex
CREATE INDEX "AlarmAccess_requestId_accessedAt_idx" ON "AlarmAccess"("requestId", "accessedAt");

-- AddForeignKey
ALTER TABLE "AlarmRequest" ADD CONSTRAINT "AlarmRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlarmRequest" ADD CONSTRAINT "AlarmRequest_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AlarmUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlarmTransition" ADD CONSTRAINT "AlarmTransition_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AlarmRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlarmTransition" ADD CONSTRAINT "AlarmTransition_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitMovement" ADD CONSTRAINT "UnitMovement_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AlarmUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitMovement" ADD CONSTRAINT "UnitMovement_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AlarmRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitMovement" ADD CONSTRAINT "UnitMovement_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlarmActivation" ADD CONSTRAINT "AlarmActivation_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AlarmRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlarmActivation" ADD CONSTRAINT "AlarmActivation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlarmAccess" ADD CONSTRAINT "AlarmAccess_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AlarmRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlarmAccess" ADD CONSTRAINT "AlarmAccess_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A unit is never installed at two addresses: at most one live request holds a given unit.
CREATE UNIQUE INDEX "AlarmRequest_one_live_request_per_unit" ON "AlarmRequest"("unitId")
  WHERE "status" IN ('INSTALLED', 'REMOVAL_ORDERED');
-- A live request always has its unit, and the reference the control room needs.
ALTER TABLE "AlarmRequest" ADD CONSTRAINT "AlarmRequest_live_has_unit"
  CHECK ("status" NOT IN ('INSTALLED', 'REMOVAL_ORDERED') OR ("unitId" IS NOT NULL AND "installedAt" IS NOT NULL));
ALTER TABLE "AlarmRequest" ADD CONSTRAINT "AlarmRequest_period_positive" CHECK ("periodDays" > 0 AND "estimatedCost" >= 0);

-- Request numbers: TPA-<year>-<n>.
CREATE SEQUENCE "AlarmRequest_number_seq";
