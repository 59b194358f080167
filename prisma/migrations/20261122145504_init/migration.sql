-- CreateEnum
CREATE TYPE "Role" AS ENUM ('STAFF', 'SITE_LEAD', 'COMMANDER', 'OFFICER', 'APPROVER', 'INSTALLER', 'ADMIN');

-- CreateEnum
CREATE TYPE "SiteType" AS ENUM ('HEADQUARTERS', 'POLICE_STATION', 'CUSTODY_SUITE', 'TRAINING_CENTRE', 'VEHICLE_DEPOT');

-- CreateTable
CREATE TABLE "Site" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "SiteType" NOT NULL,
    "district" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" "Role"[],
    "homeSiteId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "type" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Site_code_key" ON "Site"("code");

-- CreateIndex
CREATE INDEX "Site_district_idx" ON "Site"("district");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_homeSiteId_fkey" FOREIGN KEY ("homeSiteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Audit log: append-only and hash-chained (docs/decisions/004-audit-log.md).
-- The advisory lock serialises writers so that id order is chain order.
CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('AuditEvent.chain'));
  NEW."id" := nextval(pg_get_serial_sequence('"AuditEvent"', 'id'));
  SELECT "hash" INTO last_hash FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1;
  NEW."prevHash" := coalesce(last_hash, 'GENESIS');
  NEW."hash" := audit_event_hash(NEW."prevHash", NEW."id", NEW."occurredAt", NEW."actorId", NEW."type", NEW."entityType", NEW."entityId", NEW."payload");
  RETURN NEW;
END $$;

CREATE FUNCTION audit_event_hash(prev text, id bigint, at timestamptz, actor uuid, type text, entity_type text, entity_id text, payload jsonb)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|', prev, id::text, (extract(epoch FROM at) * 1000)::bigint::text,
    coalesce(actor::text, ''), type, entity_type, entity_id, payload::text), 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_event_chain BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
