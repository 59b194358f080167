import { beforeAll, describe, expect, it } from "vitest";
import { countAlarmWork, listAlarmRequests, QUEUE_PAGE_SIZE, readAlarmQueues } from "@/lib/alarms/list-alarms";
import { requestAlarm } from "@/lib/alarms/request-alarm";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createSite, createUser, VALID_ALARM_REQUEST } from "./factories";

const OLD_CLOSED_REQUESTS = 510;

let officer: CurrentUser;
let approver: CurrentUser;
let newest: { id: string; number: string };

// Queues used to read the 500 oldest requests and filter them in memory: once 500 closed
// requests had piled up, a new request vanished from the approver's queue.
beforeAll(async () => {
  const site = await createSite();
  officer = await createUser(["OFFICER"], { homeSiteId: site.id });
  approver = await createUser(["APPROVER"]);
  const longAgo = Date.UTC(2020, 0, 1);
  await db.alarmRequest.createMany({
    data: Array.from({ length: OLD_CLOSED_REQUESTS }, (_, index) => ({
      number: `OLD-${officer.id.slice(0, 8)}-${index}`,
      status: "CLOSED" as const,
      district: "Test",
      reasonCategory: "OTHER" as const,
      alarmType: "PERSONAL_ATTACK" as const,
      periodDays: 28,
      estimatedCost: 112,
      requestedById: officer.id,
      requestedAt: new Date(longAgo + index * 60_000),
      closedAt: new Date(longAgo + index * 60_000 + 86_400_000),
    })),
  });
  newest = await requestAlarm(officer, VALID_ALARM_REQUEST);
});

async function allPages(read: (page: number) => Promise<{ items: { id: string }[]; total: number; pageSize: number }>) {
  const first = await read(1);
  const pages = Math.ceil(first.total / first.pageSize);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, index) => read(index + 2)));
  return [first, ...rest].flatMap((page) => page.items);
}

describe("alarm queues, with more than 500 older requests", () => {
  it("show a new request at the top of its officer's own queue", async () => {
    const queues = await readAlarmQueues(officer);
    expect(queues.own?.items[0].id).toBe(newest.id);
    expect(queues.own?.total).toBeGreaterThan(OLD_CLOSED_REQUESTS);
    expect(queues.own?.items).toHaveLength(QUEUE_PAGE_SIZE);
  });

  it("put the new request in the approver's queue, which the navigation counts", async () => {
    const queues = await readAlarmQueues(approver);
    const awaiting = await allPages(
      async (page) => (await readAlarmQueues(approver, { awaitingDecision: String(page) })).awaitingDecision!,
    );
    expect(awaiting.map((request) => request.id)).toContain(newest.id);
    expect(awaiting).toHaveLength(await db.alarmRequest.count({ where: { status: "REQUESTED" } }));
    // Each request waiting on the approver once, though it may sit in two queues (due, and brought forward).
    const waiting = new Set<string>();
    for (const queue of ["awaitingDecision", "reviewsDue", "toClose", "attention", "reviewNow"] as const) {
      const items = await allPages(
        async (page) => (await readAlarmQueues(approver, { [queue]: String(page) }))[queue]!,
      );
      for (const item of items) waiting.add(item.id);
    }
    expect(await countAlarmWork(approver)).toBe(waiting.size);
    expect(queues.toInstall).toBeUndefined();
    // An officer's own requests wait on others: nothing is counted as their work.
    expect(await countAlarmWork(officer)).toBeNull();
  });

  it("page the API list in the database: pages do not overlap, and together hold every request", async () => {
    const total = await db.alarmRequest.count({ where: { requestedById: officer.id } });
    const pages = await Promise.all([1, 2, 3].map((page) => listAlarmRequests(officer, { page, pageSize: 200 })));
    expect(pages.map((page) => page.total)).toEqual([total, total, total]);
    expect(pages.map((page) => page.items.length)).toEqual([200, 200, total - 400]);
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(total);
    expect(ids.at(-1)).toBe(newest.id);
  });

  it("refuse a page or page size that is not one, naming the field", async () => {
    await expect(listAlarmRequests(officer, { page: 0 })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(listAlarmRequests(officer, { pageSize: 500 })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { pageSize: [expect.stringContaining("1 to 200")] },
    });
  });

  it("show a queue's first page for a page number in the address that is not one", async () => {
    const queues = await readAlarmQueues(officer, { own: "x" });
    expect(queues.own?.page).toBe(1);
  });
});

describe("what each queue shows and how it sorts", () => {
  it("gives the officer their requests' addresses and a status filter, and approvers no address", async () => {
    const own = (await readAlarmQueues(officer)).own!;
    expect(own.items[0]).toMatchObject({ id: newest.id, addressLine1: "12 Example Terrace", town: "Kingsbridge" });
    const requested = (await readAlarmQueues(officer, { ownStatus: "REQUESTED" })).own!;
    expect(requested.items.map((item) => item.id)).toEqual([newest.id]);
    expect((await readAlarmQueues(officer, { ownStatus: "CLOSED" })).own!.total).toBe(OLD_CLOSED_REQUESTS);
    expect((await readAlarmQueues(officer, { ownStatus: "MADE_UP" })).own!.total).toBe(OLD_CLOSED_REQUESTS + 1);
    const decision = (await readAlarmQueues(approver)).awaitingDecision!;
    expect(decision.items.length).toBeGreaterThan(0);
    for (const item of decision.items) {
      expect(item).not.toHaveProperty("addressLine1");
      expect(item).not.toHaveProperty("postcode");
    }
  });

  it("gives installers the town and postcode, not the street, and sorts by a column", async () => {
    const installer = await createUser(["INSTALLER"]);
    const second = await requestAlarm(officer, { ...VALID_ALARM_REQUEST, town: "Abbotsford", postcode: "AB1 2CD" });
    await db.alarmRequest.updateMany({ where: { id: { in: [newest.id, second.id] } }, data: { status: "APPROVED" } });
    const toInstall = (await readAlarmQueues(installer)).toInstall!;
    const fitted = toInstall.items.find((item) => item.id === newest.id)!;
    expect(fitted).toMatchObject({ town: "Kingsbridge", postcode: "KB1 9ZZ" });
    expect(fitted).not.toHaveProperty("addressLine1");
    const byTown = (await readAlarmQueues(installer, { toInstallSort: "town", toInstallOrder: "asc" })).toInstall!;
    const towns = byTown.items.map((item) => item.town ?? "");
    expect(towns).toEqual([...towns].sort());
    expect(byTown.sort).toEqual({ key: "town", direction: "asc" });
    const byTownDesc = (await readAlarmQueues(installer, { toInstallSort: "town", toInstallOrder: "desc" })).toInstall!;
    expect(byTownDesc.items[0].town).toBe([...towns].sort().reverse()[0]);
  });
});
