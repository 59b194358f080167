-- Writes without a global lock (docs/decisions/018-writes-without-a-global-lock.md).
-- An audit event is inserted unlinked, taking no lock; one writer at a time links committed events
-- into the hash chain after commit (audit_chain_pending), in a place of their own (chainSeq), so an
-- event that commits late is chained later rather than skipped. Posture events take their ids from
-- the sequence alone: the readers track gaps instead.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "chainSeq" BIGINT,
ALTER COLUMN "prevHash" DROP NOT NULL,
ALTER COLUMN "hash" DROP NOT NULL;

-- The events chained so far were chained in id order.
ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update;
UPDATE "AuditEvent" AS event SET "chainSeq" = numbered.seq
FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS seq FROM "AuditEvent") AS numbered
WHERE event."id" = numbered."id";
ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chainSeq_key" ON "AuditEvent"("chainSeq");
CREATE INDEX "AuditEvent_unchained" ON "AuditEvent"("id") WHERE "chainSeq" IS NULL;

-- A writer sets no link: whatever it sends, the event arrives unchained.
CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."chainSeq" := NULL;
  NEW."prevHash" := NULL;
  NEW."hash" := NULL;
  RETURN NEW;
END $$;

-- Still append-only: the one change allowed is linking an unchained event, its content untouched.
CREATE FUNCTION audit_event_refuse_change_but_chaining() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."chainSeq" IS NULL AND NEW."chainSeq" IS NOT NULL
     AND (NEW."id", NEW."occurredAt", NEW."actorId", NEW."type", NEW."entityType", NEW."entityId", NEW."payload")
         IS NOT DISTINCT FROM
         (OLD."id", OLD."occurredAt", OLD."actorId", OLD."type", OLD."entityType", OLD."entityId", OLD."payload") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER audit_event_no_update ON "AuditEvent";
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change_but_chaining();

-- The one chaining writer: links up to max_rows committed, unchained events in id order after the
-- chain's head, and answers how many (-1 if another writer is chaining now). SECURITY DEFINER: the
-- app's role may call it but may not update an audit event itself (prisma/app-role.sql).
CREATE FUNCTION audit_chain_pending(max_rows integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  seq bigint;
  link text;
  event record;
  chained integer := 0;
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('AuditEvent.chain')) THEN
    RETURN -1;
  END IF;
  SELECT "chainSeq", "hash" INTO seq, link FROM "AuditEvent"
    WHERE "chainSeq" IS NOT NULL ORDER BY "chainSeq" DESC LIMIT 1;
  seq := coalesce(seq, 0);
  link := coalesce(link, 'GENESIS');
  FOR event IN
    SELECT "id", "occurredAt", "actorId", "type", "entityType", "entityId", "payload" FROM "AuditEvent"
    WHERE "chainSeq" IS NULL ORDER BY "id" LIMIT max_rows
  LOOP
    seq := seq + 1;
    UPDATE "AuditEvent" SET "chainSeq" = seq, "prevHash" = link,
      "hash" = audit_event_hash(link, event."id", event."occurredAt", event."actorId", event."type",
        event."entityType", event."entityId", event."payload")
    WHERE "id" = event."id" RETURNING "hash" INTO link;
    chained := chained + 1;
  END LOOP;
  RETURN chained;
END $$;

-- Posture events: ids from the sequence, no lock (the event hub tracks ids that commit late).
DROP TRIGGER posture_event_order ON "PostureEvent";
DROP FUNCTION posture_event_order();
