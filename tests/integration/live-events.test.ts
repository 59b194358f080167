import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { eventHub, type LiveEvent } from "@/lib/live/event-hub";
import { recordThreatLevel } from "@/lib/levels/record-threat-level";
import { createUser } from "./factories";

// Another app server on the same database is simulated by a second connection of its own: the
// hub must learn of its commits through the database, not through an in-process emitter.
describe("live posture events", () => {
  let otherServer: pg.Client;

  beforeAll(async () => {
    await eventHub().start();
    otherServer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    if (!process.env.EMBEDDED_DATABASE) await otherServer.connect();
  });
  afterAll(async () => {
    if (!process.env.EMBEDDED_DATABASE) await otherServer.end();
  });

  function nextEvents(): Promise<LiveEvent[]> {
    return new Promise((resolve) => {
      const unsubscribe = eventHub().subscribe((events) => {
        unsubscribe();
        resolve(events);
      });
    });
  }

  it("delivers a change committed by this server within a second", async () => {
    const commander = await createUser(["COMMANDER"]);
    const received = nextEvents();
    const started = Date.now();
    await recordThreatLevel(commander, {
      scope: "POLICE_SECTOR",
      level: "SEVERE",
      reason: "Live test",
      source: "JTAC",
    });
    const events = await received;
    expect(events.map((event) => event.type)).toContain("threat");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it.runIf(!process.env.EMBEDDED_DATABASE)(
    "delivers a change committed by another server, woken by NOTIFY",
    async () => {
      const received = nextEvents();
      await otherServer.query(`INSERT INTO "PostureEvent" ("type") VALUES ('force')`);
      const events = await received;
      expect(events.at(-1)?.type).toBe("force");
    },
  );

  it("never delivers an uncommitted change, and lets a reconnecting client catch up by id", async () => {
    const before = eventHub().lastSeenId ?? "0";
    const seen: LiveEvent[] = [];
    const unsubscribe = eventHub().subscribe((events) => seen.push(...events));
    await expect(
      db.$transaction(async (tx) => {
        await tx.postureEvent.create({ data: { type: "site" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await db.postureEvent.create({ data: { type: "checklist" } });
    await expect.poll(() => seen.length, { timeout: 2_000 }).toBeGreaterThan(0);
    unsubscribe();
    expect(seen.map((event) => event.type)).toEqual(["checklist"]);
    const missed = await eventHub().eventsAfter(before);
    expect(missed.map((event) => event.type)).toEqual(["checklist"]);
  });

  it.runIf(!process.env.EMBEDDED_DATABASE)(
    "delivers an event that commits after one with a higher id: ids are taken without a lock",
    async () => {
      const seen: LiveEvent[] = [];
      const unsubscribe = eventHub().subscribe((events) => seen.push(...events));
      await otherServer.query("BEGIN");
      const {
        rows: [slow],
      } = await otherServer.query<{ id: string }>(`INSERT INTO "PostureEvent" ("type") VALUES ('site') RETURNING "id"`);
      const fast = await db.postureEvent.create({ data: { type: "checklist" } });
      expect(fast.id).toBeGreaterThan(BigInt(slow.id));
      await expect.poll(() => seen.map((event) => event.id), { timeout: 2_000 }).toContain(fast.id.toString());
      await otherServer.query("COMMIT");
      await expect.poll(() => seen.map((event) => event.id), { timeout: 6_000 }).toContain(slow.id);
      unsubscribe();
      expect(seen.filter((event) => event.id === slow.id)).toHaveLength(1);
    },
  );

  it("keeps a site's cached staff posture through checklist work and other sites' changes", async () => {
    const hub = eventHub();
    const [home, elsewhere] = [randomUUID(), randomUUID()];
    const versionAfter = async (type: string, siteId: string | null) => {
      await db.postureEvent.create({ data: { type, siteId } });
      await hub.catchUp();
      return hub.versionFor(home);
    };
    const start = hub.versionFor(home);
    expect(await versionAfter("checklist", home)).toBe(start);
    expect(await versionAfter("site", elsewhere)).toBe(start);
    expect(await versionAfter("measures", elsewhere)).toBe(start);
    const afterMeasures = await versionAfter("measures", home);
    expect(afterMeasures).not.toBe(start);
    const afterSite = await versionAfter("site", home);
    expect(afterSite).not.toBe(afterMeasures);
    expect(await versionAfter("force", null)).not.toBe(afterSite);
  });
});
