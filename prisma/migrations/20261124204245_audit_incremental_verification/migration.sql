-- How far the audit trail has been verified: the audit page's check resumes from here (decision 016).

-- CreateTable
CREATE TABLE "AuditVerification" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "headId" BIGINT NOT NULL DEFAULT 0,
    "headHash" TEXT NOT NULL DEFAULT 'GENESIS',
    "count" BIGINT NOT NULL DEFAULT 0,
    "sealId" BIGINT NOT NULL DEFAULT 0,
    "sealMac" TEXT NOT NULL DEFAULT 'GENESIS',
    "isIntact" BOOLEAN NOT NULL DEFAULT true,
    "firstBrokenId" BIGINT,
    "problems" JSONB NOT NULL DEFAULT '[]',
    "verifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditVerification_pkey" PRIMARY KEY ("id")
);


INSERT INTO "AuditVerification" ("id") VALUES (1);
