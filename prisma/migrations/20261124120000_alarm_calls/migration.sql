-- "Activation" meant both a checklist activation and an alarm going off: the alarm's is now an
-- alarm call. Renames keep every row, grant and foreign key.
ALTER TYPE "ActivationOutcome" RENAME TO "AlarmCallOutcome";

ALTER TABLE "AlarmActivation" RENAME TO "AlarmCall";
ALTER TABLE "AlarmCall" RENAME CONSTRAINT "AlarmActivation_pkey" TO "AlarmCall_pkey";
ALTER TABLE "AlarmCall" RENAME CONSTRAINT "AlarmActivation_requestId_fkey" TO "AlarmCall_requestId_fkey";
ALTER TABLE "AlarmCall" RENAME CONSTRAINT "AlarmActivation_recordedById_fkey" TO "AlarmCall_recordedById_fkey";
ALTER INDEX "AlarmActivation_requestId_occurredAt_idx" RENAME TO "AlarmCall_requestId_occurredAt_idx";
