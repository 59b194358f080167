import { describe, expect, it } from "vitest";
import { AUDIT_EVENT_TYPES, describeAuditEvent, EVENT_TYPE_LABEL, siteIdOf } from "@/lib/audit/describe-audit-event";

const who = "Ch Supt Alex Morgan";

describe("audit events in plain words", () => {
  it("says who raised or lowered the force, and how many sites moved", () => {
    const payload = { from: "NORMAL", to: "HEIGHTENED", reason: "JTAC", sitesMoved: 12, itemsOpened: 200 };
    expect(describeAuditEvent({ type: "level.forceChanged", payload, actorName: who })).toBe(
      "Ch Supt Alex Morgan raised the force to HEIGHTENED from NORMAL (12 sites changed level)",
    );
    expect(
      describeAuditEvent({
        type: "level.forceChanged",
        payload: { ...payload, from: "EXCEPTIONAL", sitesMoved: 1 },
        actorName: who,
      }),
    ).toBe("Ch Supt Alex Morgan lowered the force to HEIGHTENED from EXCEPTIONAL (1 site changed level)");
  });

  it("names the site, the option and a moved due time with its reason", () => {
    const payload = {
      siteId: "s",
      optionCode: "ACC-01",
      from: "PENDING",
      to: "NOT_APPLICABLE",
      rationale: null,
      assigneeId: null,
      dueAt: "2026-11-24T15:00:00.000Z",
    };
    expect(
      describeAuditEvent({ type: "checklist.itemChanged", payload, actorName: "Sgt Lee", siteName: "CEN01 Central" }),
    ).toBe("Sgt Lee marked ACC-01 not applicable at CEN01 Central");
    expect(
      describeAuditEvent({
        type: "checklist.itemChanged",
        payload: {
          ...payload,
          to: "PENDING",
          previousDueAt: "2026-11-24T13:00:00.000Z",
          dueChangeReason: "Contractor late",
        },
        actorName: "Sgt Lee",
        siteName: "CEN01 Central",
      }),
    ).toBe("Sgt Lee updated ACC-01 at CEN01 Central and moved it to 24 Nov 2026, 15:00 (Contractor late)");
  });

  it("reads alarm decisions as their confirmations do", () => {
    const payload = { number: "TPA-2026-00013", action: "approve", from: "REQUESTED", to: "APPROVED", unitId: null };
    expect(describeAuditEvent({ type: "alarm.transitioned", payload, actorName: "Insp Kay" })).toBe(
      "Insp Kay approved TPA-2026-00013",
    );
  });

  it("falls back to the type's name for a payload it cannot read, and the raw type for one it does not know", () => {
    expect(describeAuditEvent({ type: "level.forceChanged", payload: { odd: true }, actorName: who })).toBe(
      "Ch Supt Alex Morgan: Force level changed",
    );
    expect(describeAuditEvent({ type: "something.new", payload: {}, actorName: "System" })).toBe(
      "System: something.new",
    );
  });

  it("has a label for every event type", () => {
    for (const type of AUDIT_EVENT_TYPES) expect(EVENT_TYPE_LABEL[type]).toBeTruthy();
  });

  it("finds the site an event is about", () => {
    expect(siteIdOf({ entityType: "Site", entityId: "a", payload: {} })).toBe("a");
    expect(siteIdOf({ entityType: "ChecklistItem", entityId: "i", payload: { siteId: "b" } })).toBe("b");
    expect(siteIdOf({ entityType: "User", entityId: "u", payload: { username: "x" } })).toBeUndefined();
  });
});
