import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { sealAuditChain } from "@/lib/audit/seal-audit-chain";
import { binPath, runCommand } from "@/lib/cli/run-command";
import type { Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createServerDatabase } from "../support/server-database";

const run = promisify(execFile);

// The README's SQL for the app's own role, applied with psql as written, on the PostgreSQL server.
describe.runIf(process.env.TEST_DATABASE_URL)("the app's database role, on a PostgreSQL server", () => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? "";
  const role = `estate_app_${randomUUID().slice(0, 8)}`;
  const password = randomUUID();
  let database: Awaited<ReturnType<typeof createServerDatabase>>;
  let app: Db;
  let appClient: pg.Client;

  beforeAll(async () => {
    database = await createServerDatabase(serverUrl, "estate_role");
    await runCommand(
      binPath("prisma"),
      ["migrate", "deploy"],
      { ...process.env, DATABASE_URL: database.url },
      "ignore",
    );
    await run("psql", [
      database.url,
      "-v",
      "ON_ERROR_STOP=1",
      "-v",
      `app_role=${role}`,
      "-v",
      `app_password='${password}'`,
      "-f",
      "prisma/app-role.sql",
    ]);
    const asApp = new URL(database.url);
    asApp.username = role;
    asApp.password = password;
    app = new PrismaClient({ adapter: new PrismaPg({ connectionString: asApp.toString(), max: 2 }) });
    appClient = new pg.Client({ connectionString: asApp.toString() });
    await appClient.connect();
  });

  afterAll(async () => {
    await appClient?.end();
    await app?.$disconnect();
    await database?.stop();
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS "${role}"`);
    await admin.end();
  });

  it("lets the app write its tables and append to the audit trail", async () => {
    const site = await app.site.create({
      data: { code: "ROLE1", name: "Role test", type: "POLICE_STATION", district: "Test", address: "1 Test Street" },
    });
    await app.site.update({ where: { id: site.id }, data: { name: "Role test, renamed" } });
    await app.$transaction((tx) =>
      recordAuditEvent(tx, {
        type: "auth.unlocked",
        actorId: null,
        entityType: "User",
        entityId: "someone",
        payload: { username: "someone" },
      }),
    );
    expect(await sealAuditChain(app, "role-test-key-0123456789abcdef0123456789")).toMatchObject({ count: 1n });
  });

  it("refuses the app any change to audit events and seals, even with the triggers in the way", async () => {
    for (const table of ["AuditEvent", "AuditSeal"]) {
      await expect(appClient.query(`UPDATE "${table}" SET "id" = "id"`)).rejects.toThrow(/permission denied/);
      await expect(appClient.query(`DELETE FROM "${table}"`)).rejects.toThrow(/permission denied/);
      await expect(appClient.query(`TRUNCATE "${table}"`)).rejects.toThrow(/permission denied/);
      await expect(appClient.query(`ALTER TABLE "${table}" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    }
    await expect(appClient.query(`DROP FUNCTION audit_event_hash`)).rejects.toThrow(/must be owner/);
  });
});
