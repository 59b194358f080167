-- CreateEnum
CREATE TYPE "ThreatLevel" AS ENUM ('LOW', 'MODERATE', 'SUBSTANTIAL', 'SEVERE', 'CRITICAL');

-- CreateEnum
CREATE TYPE "ThreatScope" AS ENUM ('NATIONAL', 'POLICE_SECTOR');

-- CreateEnum
CREATE TYPE "ResponseLevel" AS ENUM ('NORMAL', 'HEIGHTENED', 'EXCEPTIONAL');

-- CreateEnum
CREATE TYPE "LevelScope" AS ENUM ('FORCE', 'SITE');

-- CreateEnum
CREATE TYPE "LevelChangeKind" AS ENUM ('FORCE_SET', 'OVERRIDE_SET', 'OVERRIDE_ENDED', 'OVERRIDE_EXPIRED');

-- CreateEnum
CREATE TYPE "OptionVisibility" AS ENUM ('ALL_STAFF', 'RESTRICTED');

-- CreateEnum
CREATE TYPE "PolicyStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "ChecklistStatus" AS ENUM ('PENDING', 'IMPLEMENTED', 'NOT_IMPLEMENTED', 'NOT_APPLICABLE');

-- CreateTable
CREATE TABLE "ThreatRecord" (
    "id" UUID NOT NULL,
    "scope" "ThreatScope" NOT NULL,
    "level" "ThreatLevel" NOT NULL,
    "reason" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID,

    CONSTRAINT "ThreatRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForceLevel" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "level" "ResponseLevel" NOT NULL DEFAULT 'NORMAL',
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL DEFAULT 'Initial level',
    "version" INTEGER NOT NULL DEFAULT 1,
    "changedById" UUID,

    CONSTRAINT "ForceLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SiteLevel" (
    "siteId" UUID NOT NULL,
    "overrideLevel" "ResponseLevel",
    "overrideReason" TEXT,
    "overrideExpiresAt" TIMESTAMPTZ(3),
    "effectiveLevel" "ResponseLevel" NOT NULL DEFAULT 'NORMAL',
    "effectiveSince" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SiteLevel_pkey" PRIMARY KEY ("siteId")
);

-- CreateTable
CREATE TABLE "LevelChange" (
    "id" UUID NOT NULL,
    "scope" "LevelScope" NOT NULL,
    "kind" "LevelChangeKind" NOT NULL,
    "siteId" UUID,
    "fromLevel" "ResponseLevel" NOT NULL,
    "toLevel" "ResponseLevel" NOT NULL,
    "reason" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3),
    "actorId" UUID,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "owner" TEXT NOT NULL,
    "status" "PolicyStatus" NOT NULL DEFAULT 'DRAFT',
    "approvedAt" TIMESTAMPTZ(3),
    "reviewDueAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyOption" (
    "id" UUID NOT NULL,
    "policyVersionId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "guidance" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "minLevel" "ResponseLevel" NOT NULL,
    "siteTypes" "SiteType"[],
    "ownerRole" "Role" NOT NULL,
    "officerHoursPerDay" DECIMAL(6,1) NOT NULL,
    "costPerDay" INTEGER NOT NULL,
    "visibility" "OptionVisibility" NOT NULL,

    CONSTRAINT "PolicyOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activation" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "policyVersionId" UUID NOT NULL,
    "level" "ResponseLevel" NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Activation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "optionId" UUID NOT NULL,
    "level" "ResponseLevel" NOT NULL,
    "status" "ChecklistStatus" NOT NULL DEFAULT 'PENDING',
    "rationale" TEXT,
    "assigneeId" UUID,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Acknowledgement" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "postureVersion" INTEGER NOT NULL,
    "acknowledgedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Acknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostureEvent" (
    "id" BIGSERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "siteId" UUID,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostureEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ThreatRecord_scope_recordedAt_idx" ON "ThreatRecord"("scope", "recordedAt");

-- CreateIndex
CREATE INDEX "SiteLevel_overrideExpiresAt_idx" ON "SiteLevel"("overrideExpiresAt");

-- CreateIndex
CREATE INDEX "LevelChange_siteId_occurredAt_idx" ON "LevelChange"("siteId", "occurredAt");

-- CreateIndex
CREATE INDEX "LevelChange_occurredAt_idx" ON "LevelChange"("occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyVersion_reference_version_key" ON "PolicyVersion"("reference", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyOption_policyVersionId_code_key" ON "PolicyOption"("policyVersionId", "code");

-- CreateIndex
CREATE INDEX "Activation_siteId_openedAt_idx" ON "Activation"("siteId", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_activationId_optionId_key" ON "ChecklistItem"("activationId", "optionId");

-- CreateIndex
CREATE UNIQUE INDEX "Acknowledgement_userId_siteId_postureVersion_key" ON "Acknowledgement"("userId", "siteId", "postureVersion");

-- AddForeignKey
ALTER TABLE "ThreatRecord" ADD CONSTRAINT "ThreatRecord_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteLevel" ADD CONSTRAINT "SiteLevel_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelChange" ADD CONSTRAINT "LevelChange_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelChange" ADD CONSTRAINT "LevelChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyOption" ADD CONSTRAINT "PolicyOption_policyVersionId_fkey" FOREIGN KEY ("policyVersionId") REFERENCES "PolicyVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activation" ADD CONSTRAINT "Activation_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activation" ADD CONSTRAINT "Activation_policyVersionId_fkey" FOREIGN KEY ("policyVersionId") REFERENCES "PolicyVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "PolicyOption"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acknowledgement" ADD CONSTRAINT "Acknowledgement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acknowledgement" ADD CONSTRAINT "Acknowledgement_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Live updates (docs/decisions/007-live-updates.md): posture events get their ids in commit order,
-- so a server that reads "id > last seen" never skips one committed late; NOTIFY wakes listeners
-- on a PostgreSQL server when the transaction commits.
CREATE FUNCTION posture_event_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('PostureEvent.order'));
  NEW."id" := nextval(pg_get_serial_sequence('"PostureEvent"', 'id'));
  RETURN NEW;
END $$;

CREATE FUNCTION posture_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('posture_events', NEW."id"::text);
  RETURN NULL;
END $$;

CREATE TRIGGER posture_event_order BEFORE INSERT ON "PostureEvent" FOR EACH ROW EXECUTE FUNCTION posture_event_order();
CREATE TRIGGER posture_event_notify AFTER INSERT ON "PostureEvent" FOR EACH ROW EXECUTE FUNCTION posture_event_notify();

-- Rules the database keeps even if code forgets them.
ALTER TABLE "ForceLevel" ADD CONSTRAINT "ForceLevel_single_row" CHECK ("id" = 1);
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_rationale_required"
  CHECK ("status" <> 'NOT_IMPLEMENTED' OR length(btrim(coalesce("rationale", ''))) > 0);
ALTER TABLE "SiteLevel" ADD CONSTRAINT "SiteLevel_override_complete"
  CHECK (("overrideLevel" IS NULL) = ("overrideExpiresAt" IS NULL));
CREATE UNIQUE INDEX "Activation_one_open_per_site" ON "Activation"("siteId") WHERE "closedAt" IS NULL;
CREATE UNIQUE INDEX "PolicyVersion_one_draft" ON "PolicyVersion"("reference") WHERE "status" = 'DRAFT';

-- Every site has a level row, and the force has its one row.
INSERT INTO "ForceLevel" ("id") VALUES (1);
INSERT INTO "SiteLevel" ("siteId") SELECT "id" FROM "Site";

-- A site always has its level row; a new site starts at NORMAL and joins the next change.
CREATE FUNCTION site_level_create() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SiteLevel" ("siteId") VALUES (NEW."id");
  RETURN NULL;
END $$;

CREATE TRIGGER site_level_create AFTER INSERT ON "Site" FOR EACH ROW EXECUTE FUNCTION site_level_create();
