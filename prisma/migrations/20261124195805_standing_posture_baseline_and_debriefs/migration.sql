-- Standing posture: each site's level over time, when an item was implemented, and the debrief
-- opened when a raised activation stands down (decision 015).

-- AlterTable
ALTER TABLE "ChecklistItem" ADD COLUMN     "implementedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "SiteLevelPeriod" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "level" "ResponseLevel" NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SiteLevelPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Debrief" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "whatWorked" TEXT,
    "whatDidNot" TEXT,
    "notImplemented" JSONB NOT NULL,
    "officerHours" DECIMAL(10,1),
    "cost" INTEGER,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Debrief_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SiteLevelPeriod_siteId_startedAt_idx" ON "SiteLevelPeriod"("siteId", "startedAt");

-- CreateIndex
CREATE INDEX "SiteLevelPeriod_startedAt_idx" ON "SiteLevelPeriod"("startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Debrief_activationId_key" ON "Debrief"("activationId");

-- CreateIndex
CREATE INDEX "Debrief_openedAt_idx" ON "Debrief"("openedAt");

-- AddForeignKey
ALTER TABLE "SiteLevelPeriod" ADD CONSTRAINT "SiteLevelPeriod_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Debrief" ADD CONSTRAINT "Debrief_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Debrief" ADD CONSTRAINT "Debrief_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


CREATE UNIQUE INDEX "SiteLevelPeriod_one_open_per_site" ON "SiteLevelPeriod"("siteId") WHERE "endedAt" IS NULL;

-- Every site's current stretch at its level, and items already implemented as of their last change.
INSERT INTO "SiteLevelPeriod" ("id", "siteId", "level", "startedAt")
SELECT gen_random_uuid(), "siteId", "effectiveLevel", "effectiveSince" FROM "SiteLevel";
UPDATE "ChecklistItem" SET "implementedAt" = "updatedAt" WHERE "status" = 'IMPLEMENTED';

-- A new site starts at NORMAL: its level row, its first period, and the baseline checklist of the
-- published Menu of Options (the items lib/levels/apply-effective-levels.ts opens at NORMAL), so a
-- site keeps the routine measures from the moment it exists.
CREATE OR REPLACE FUNCTION site_level_create() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  menu uuid;
  baseline uuid := gen_random_uuid();
BEGIN
  INSERT INTO "SiteLevel" ("siteId") VALUES (NEW."id");
  INSERT INTO "SiteLevelPeriod" ("id", "siteId", "level", "startedAt") VALUES (gen_random_uuid(), NEW."id", 'NORMAL', now());
  SELECT "id" INTO menu FROM "PolicyVersion" WHERE "status" = 'PUBLISHED' ORDER BY "version" DESC LIMIT 1;
  IF menu IS NOT NULL THEN
    INSERT INTO "Activation" ("id", "siteId", "policyVersionId", "level", "openedAt")
    VALUES (baseline, NEW."id", menu, 'NORMAL', now());
    INSERT INTO "ChecklistItem" ("id", "activationId", "optionId", "level", "dueAt", "updatedAt")
    SELECT gen_random_uuid(), baseline, o."id", o."minLevel", now() + interval '7 days', now()
    FROM "PolicyOption" o
    WHERE o."policyVersionId" = menu AND o."minLevel" = 'NORMAL' AND o."visibility" <> 'PERSONAL'
      AND NEW."type" = ANY(o."siteTypes");
  END IF;
  RETURN NULL;
END $$;
