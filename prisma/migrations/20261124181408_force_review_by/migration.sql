-- A force raise above NORMAL carries a review-by time: the level does not drop by itself, a
-- commander reviews it (issue 15, decision 015).
ALTER TYPE "LevelChangeKind" ADD VALUE 'REVIEW_MAINTAINED';

ALTER TABLE "ForceLevel" ADD COLUMN "reviewBy" TIMESTAMPTZ(3);

-- A force raised before review-by times existed is due for review now.
UPDATE "ForceLevel" SET "reviewBy" = now() WHERE "level" <> 'NORMAL';
