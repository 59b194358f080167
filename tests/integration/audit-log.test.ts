import { describe, expect, it } from "vitest";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db";
import { createUser } from "./factories";

async function recordSample(actorId: string, active: boolean) {
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      type: "user.activeChanged",
      actorId,
      entityType: "User",
      entityId: actorId,
      payload: { username: "sample", active },
    }),
  );
}

describe("the audit log", () => {
  it("chains each event to the one before", async () => {
    const admin = await createUser(["ADMIN"]);
    await recordSample(admin.id, false);
    await recordSample(admin.id, true);
    const [latest, previous] = await db.auditEvent.findMany({ orderBy: { id: "desc" }, take: 2 });
    expect(latest.prevHash).toBe(previous.hash);
    expect(latest.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAuditChain(admin)).toMatchObject({ isIntact: true, firstBrokenId: null });
  });

  it("lets only those who may see the audit log check it", async () => {
    const staff = await createUser(["STAFF"]);
    await expect(verifyAuditChain(staff)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    const admin = await createUser(["ADMIN"]);
    await recordSample(admin.id, true);
    const before = await db.auditEvent.count();
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "type" = 'forged'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent"`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("rolls back with the change it records", async () => {
    const admin = await createUser(["ADMIN"]);
    const before = await db.auditEvent.count();
    await expect(
      db.$transaction(async (tx) => {
        await recordAuditEvent(tx, {
          type: "user.activeChanged",
          actorId: admin.id,
          entityType: "User",
          entityId: admin.id,
          payload: { username: admin.username, active: false },
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("detects a tampered row", async () => {
    const admin = await createUser(["ADMIN"]);
    await recordSample(admin.id, true);
    // Tampering needs the trigger out of the way: only a database owner could do this.
    await db.$transaction([
      db.$executeRaw`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update`,
      db.$executeRaw`UPDATE "AuditEvent" SET "payload" = '{"forged":true}' WHERE "id" = (SELECT max("id") FROM "AuditEvent")`,
      db.$executeRaw`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update`,
    ]);
    const report = await verifyAuditChain(admin);
    expect(report.isIntact).toBe(false);
    const latest = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(report.firstBrokenId).toBe(latest.id.toString());
  });
});
