-- A hazard search writes one access row naming every record it found, not one per record
-- (issue 17; the record's access log reads both kinds).

-- AlterTable
ALTER TABLE "AlarmAccess" ADD COLUMN     "requestIds" UUID[],
ALTER COLUMN "requestId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "AlarmAccess_requestIds_idx" ON "AlarmAccess" USING GIN ("requestIds");

-- Every row names what was consulted: one record, or the records a search found.
ALTER TABLE "AlarmAccess" ADD CONSTRAINT "AlarmAccess_names_what_was_consulted"
  CHECK ("requestId" IS NOT NULL OR coalesce(cardinality("requestIds"), 0) > 0);
