import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { chainPendingAuditEvents } from "@/lib/audit/chain-audit-events";
import { readCheckpoints, writeCheckpoint } from "@/lib/audit/checkpoints";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { sealAuditChain } from "@/lib/audit/seal-audit-chain";
import { verifyAuditTrail } from "@/lib/audit/verify-audit-trail";
import { verifyAuditIncrementally } from "@/lib/audit/verify-incrementally";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/cli/embedded-database";
import { binPath, runCommand } from "@/lib/cli/run-command";
import type { Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createServerDatabase } from "../support/server-database";

const run = promisify(execFile);
const KEY = "audit-trail-test-key-0123456789abcdef0123";

type Trail = { client: Db; url: string; file: string; close: () => Promise<void> };
let open: Trail | undefined;

// Tampering leaves a database broken for good: each case gets a fresh one of its own.
async function freshTrail(): Promise<Trail> {
  const database: EmbeddedDatabase = await startEmbeddedDatabase();
  await runCommand(binPath("prisma"), ["migrate", "deploy"], { ...process.env, DATABASE_URL: database.url }, "ignore");
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max: 1 }),
  }) as unknown as Db;
  const dir = mkdtempSync(path.join(tmpdir(), "audit-"));
  open = {
    client,
    url: database.url,
    file: path.join(dir, "checkpoints.jsonl"),
    close: async () => {
      await client.$disconnect();
      await database.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return open;
}

afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function record(client: Db, count: number) {
  for (let index = 0; index < count; index++) {
    await client.$transaction((tx) =>
      recordAuditEvent(tx, {
        type: "auth.unlocked",
        actorId: null,
        entityType: "User",
        entityId: `user-${index}`,
        payload: { username: `user-${index}` },
      }),
    );
  }
}

/** Records, seals and checkpoints 10 events, then 5 more sealed only in the database. */
async function sealedTrail() {
  const trail = await freshTrail();
  await record(trail.client, 10);
  writeCheckpoint((await sealAuditChain(trail.client, KEY))!, trail.file, KEY);
  await record(trail.client, 5);
  await sealAuditChain(trail.client, KEY);
  return trail;
}

const verify = (trail: Trail, key = KEY) =>
  verifyAuditTrail(trail.client, { key, checkpoints: readCheckpoints(trail.file, key) });

// What only the database's owner could do: switch the append-only triggers off and rewrite.
async function asOwner(client: Db, sql: string) {
  await client.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update`);
  await client.$executeRawUnsafe(`ALTER TABLE "AuditSeal" DISABLE TRIGGER audit_seal_no_update`);
  await client.$executeRawUnsafe(sql);
  await client.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update`);
  await client.$executeRawUnsafe(`ALTER TABLE "AuditSeal" ENABLE TRIGGER audit_seal_no_update`);
}

const REHASH_FROM = (id: string) => `DO $$ DECLARE r record; prev text; BEGIN
  SELECT "hash" INTO prev FROM "AuditEvent" WHERE "id" < ${id} ORDER BY "id" DESC LIMIT 1;
  prev := coalesce(prev, 'GENESIS');
  FOR r IN SELECT * FROM "AuditEvent" WHERE "id" >= ${id} ORDER BY "id" LOOP
    UPDATE "AuditEvent" SET "prevHash" = prev,
      "hash" = audit_event_hash(prev, r."id", r."occurredAt", r."actorId", r."type", r."entityType", r."entityId", r."payload")
      WHERE "id" = r."id" RETURNING "hash" INTO prev;
  END LOOP; END $$`;

describe("the keyed audit trail", () => {
  it("verifies an untouched trail: chain, seals and checkpoints", async () => {
    const trail = await sealedTrail();
    expect(await verify(trail)).toMatchObject({
      isIntact: true,
      events: 15,
      seals: 2,
      checkpoints: 1,
      unsealed: 0,
      problems: [],
    });
  });

  it("detects an edited event", async () => {
    const trail = await sealedTrail();
    await asOwner(
      trail.client,
      `UPDATE "AuditEvent" SET "payload" = '{"username":"forged"}' WHERE "id" = (SELECT "id" FROM "AuditEvent" ORDER BY "id" OFFSET 3 LIMIT 1)`,
    );
    const report = await verify(trail);
    expect(report.isIntact).toBe(false);
    expect(report.firstBrokenId).not.toBeNull();
  });

  it("detects an edit whose chain was re-hashed without the key", async () => {
    const trail = await sealedTrail();
    const [{ id }] = await trail.client.$queryRaw<
      { id: bigint }[]
    >`SELECT "id" FROM "AuditEvent" ORDER BY "id" OFFSET 3 LIMIT 1`;
    await asOwner(trail.client, `UPDATE "AuditEvent" SET "payload" = '{"username":"forged"}' WHERE "id" = ${id}`);
    await asOwner(trail.client, REHASH_FROM(id.toString()));
    const report = await verify(trail);
    expect(report.firstBrokenId).toBeNull(); // the plain hash chain alone is fooled
    expect(report.isIntact).toBe(false);
    expect(report.problems.map((problem) => problem.what).join("\n")).toMatch(/re-hashed/);
  });

  it("detects a seal forged with another key", async () => {
    const trail = await sealedTrail();
    await record(trail.client, 1);
    await sealAuditChain(trail.client, "not-the-audit-key-0123456789abcdef0123");
    const report = await verify(trail);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ what: expect.stringMatching(/MAC does not verify/) }),
    );
  });

  it("detects a cut-off tail even when its seals were deleted too, through the checkpoint", async () => {
    const trail = await sealedTrail();
    await asOwner(
      trail.client,
      `DELETE FROM "AuditEvent" WHERE "id" > (SELECT "id" FROM "AuditEvent" ORDER BY "id" OFFSET 6 LIMIT 1)`,
    );
    await asOwner(trail.client, `DELETE FROM "AuditSeal"`);
    const report = await verify(trail);
    expect(report.isIntact).toBe(false);
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        where: "checkpoint on line 1",
        what: expect.stringMatching(/missing: the log was cut/),
      }),
    );
  });

  it("`npm run audit:verify` exits 0 on an intact trail and 1 with where the break is", async () => {
    const trail = await sealedTrail();
    const env = { ...process.env, DATABASE_URL: trail.url, AUDIT_HMAC_KEY: KEY, AUDIT_CHECKPOINT_FILE: trail.file };
    const cli = ["--conditions=react-server", "lib/cli/audit-verify.ts"];
    const intact = await run(binPath("tsx"), cli, { env });
    expect(intact.stdout).toMatch(/Intact\./);
    await trail.client.$disconnect();
    const tamper = new PrismaClient({
      adapter: new PrismaPg({ connectionString: trail.url, max: 1 }),
    }) as unknown as Db;
    await asOwner(tamper, `DELETE FROM "AuditEvent" WHERE "id" = (SELECT max("id") FROM "AuditEvent")`);
    await tamper.$disconnect();
    const broken = await run(binPath("tsx"), cli, { env }).catch((error) => error);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/BROKEN at seal \d+: event \d+, the head it vouches for, is missing/);
  });
});

describe("the audit page's incremental check", () => {
  const incremental = (trail: Trail) => verifyAuditIncrementally(trail.client, { key: KEY });
  const idAt = async (client: Db, offset: number) =>
    (await client.$queryRaw<{ id: bigint }[]>`SELECT "id" FROM "AuditEvent" ORDER BY "id" OFFSET ${offset} LIMIT 1`)[0]
      .id;

  it("resumes where it stopped: the events and seals recorded since are verified, the rest not re-read", async () => {
    const trail = await sealedTrail();
    expect(await incremental(trail)).toMatchObject({ isIntact: true, count: 15, problems: [] });
    await record(trail.client, 4);
    await sealAuditChain(trail.client, KEY);
    const state = await incremental(trail);
    expect(state).toMatchObject({ isIntact: true, count: 19, headId: (await idAt(trail.client, 18)).toString() });
    // An edit to an event verified before is left to the full check, by design: this one reads only what is new.
    expect((await incremental(trail)).count).toBe(19);
    await asOwner(trail.client, `DELETE FROM "AuditEvent" WHERE "id" = ${await idAt(trail.client, 18)}`);
    expect((await incremental(trail)).problems).toContainEqual(
      expect.objectContaining({ what: expect.stringMatching(/missing: the log was cut/) }),
    );
  });

  it("catches an edit to an event chained since the last check, and stays failed", async () => {
    const trail = await sealedTrail();
    await incremental(trail);
    await record(trail.client, 3);
    await chainPendingAuditEvents(trail.client);
    const edited = await idAt(trail.client, 16);
    await asOwner(trail.client, `UPDATE "AuditEvent" SET "payload" = '{"username":"forged"}' WHERE "id" = ${edited}`);
    expect(await incremental(trail)).toMatchObject({ isIntact: false, firstBrokenId: edited.toString() });
    await record(trail.client, 1);
    expect((await incremental(trail)).isIntact).toBe(false);
  });

  it("catches a re-hash through the last verified event, and a seal forged with another key", async () => {
    const rehashed = await sealedTrail();
    await incremental(rehashed);
    const from = await idAt(rehashed.client, 3);
    await asOwner(rehashed.client, `UPDATE "AuditEvent" SET "payload" = '{"username":"forged"}' WHERE "id" = ${from}`);
    await asOwner(rehashed.client, REHASH_FROM(from.toString()));
    expect((await incremental(rehashed)).problems).toContainEqual(
      expect.objectContaining({ what: expect.stringMatching(/no longer has its hash/) }),
    );
    await rehashed.close();

    const forged = await sealedTrail();
    await incremental(forged);
    await record(forged.client, 1);
    await sealAuditChain(forged.client, "not-the-audit-key-0123456789abcdef0123");
    expect((await incremental(forged)).problems).toContainEqual(
      expect.objectContaining({ what: expect.stringMatching(/MAC does not verify/) }),
    );
  });
});

// Writers take no lock: an event may commit after one with a higher id, and is chained after it.
describe.runIf(process.env.TEST_DATABASE_URL)("audit events chained after commit, on a PostgreSQL server", () => {
  it("chains an event that commits late after those before it, and the trail verifies", async () => {
    const database = await createServerDatabase(process.env.TEST_DATABASE_URL!, "audit_late");
    await runCommand(
      binPath("prisma"),
      ["migrate", "deploy"],
      { ...process.env, DATABASE_URL: database.url },
      "ignore",
    );
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) }) as unknown as Db;
    const slowWriter = new pg.Client({ connectionString: database.url });
    await slowWriter.connect();
    try {
      await slowWriter.query("BEGIN");
      const {
        rows: [slow],
      } = await slowWriter.query<{ id: string }>(
        `INSERT INTO "AuditEvent" ("type", "entityType", "entityId", "payload", "prevHash", "hash")
         VALUES ('auth.unlocked', 'User', 'slow', '{"username":"slow"}', 'forged', 'forged') RETURNING "id"`,
      );
      await record(client, 2);
      expect(await chainPendingAuditEvents(client)).toBe(2);
      await slowWriter.query("COMMIT");
      expect(await chainPendingAuditEvents(client)).toBe(1);
      const chain = await client.$queryRaw<{ id: bigint; chainSeq: bigint; prevHash: string }[]>`
        SELECT "id", "chainSeq", "prevHash" FROM "AuditEvent" ORDER BY "chainSeq"`;
      expect(chain.map((event) => event.id.toString()).at(-1)).toBe(slow.id);
      expect(chain.map((event) => event.chainSeq)).toEqual([1n, 2n, 3n]);
      expect(chain[0].prevHash).toBe("GENESIS");
      await sealAuditChain(client, KEY);
      expect(await verifyAuditTrail(client, { key: KEY })).toMatchObject({ isIntact: true, events: 3, unsealed: 0 });
      expect(await verifyAuditIncrementally(client, { key: KEY })).toMatchObject({ isIntact: true, count: 3 });
    } finally {
      await slowWriter.end();
      await client.$disconnect();
      await database.stop();
    }
  });
});
