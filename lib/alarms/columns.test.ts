import { describe, expect, it } from "vitest";
import { ALARM_REQUEST_COLUMNS, PERSONAL_COLUMNS } from "@/lib/alarms/columns";
import { Prisma } from "@/lib/generated/prisma/client";

describe("alarm request columns", () => {
  it("are each classified as personal data or a fact, and none is left out", () => {
    const schemaColumns = Object.values(Prisma.AlarmRequestScalarFieldEnum).sort();
    expect(Object.keys(ALARM_REQUEST_COLUMNS).sort()).toEqual(schemaColumns);
  });

  it("count the victim's address, contact, risk and references as personal", () => {
    expect(PERSONAL_COLUMNS).toEqual(
      expect.arrayContaining(["addressLine1", "postcode", "personName", "contactPhone", "riskSummary", "hazards"]),
    );
    expect(PERSONAL_COLUMNS).not.toContain("district");
  });
});
