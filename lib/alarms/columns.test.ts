import { describe, expect, it } from "vitest";
import { ALARM_REQUEST_COLUMNS, PERSONAL_COLUMNS, personalColumnsFor } from "@/lib/alarms/columns";
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

describe("need to know by view", () => {
  it("gives installers access and keyholders, never the risk narrative, hazards or codeword", () => {
    const installer = personalColumnsFor("installer");
    expect(installer).toEqual(expect.arrayContaining(["addressLine1", "accessNotes", "keyholders", "safeContact"]));
    for (const column of ["riskSummary", "hazards", "codeword", "crimeReference", "dependants"])
      expect(installer).not.toContain(column);
  });

  it("gives the control room what a call handler needs, and never the risk narrative", () => {
    const control = personalColumnsFor("control");
    expect(control).toEqual(expect.arrayContaining(["personName", "codeword", "hazards", "keyholders", "dependants"]));
    expect(control).not.toContain("riskSummary");
  });

  it("shows no view the search keys, and erases them with the rest", () => {
    for (const view of ["full", "installer", "control"] as const) {
      expect(personalColumnsFor(view)).not.toContain("postcodeKey");
      expect(personalColumnsFor(view)).not.toContain("phoneKey");
    }
    expect(PERSONAL_COLUMNS).toEqual(expect.arrayContaining(["postcodeKey", "phoneKey", "codeword", "keyholders"]));
  });
});
