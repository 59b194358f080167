import { describe, expect, it } from "vitest";
import { alarmRequestSchema } from "@/lib/alarms/schemas";

const VALID = {
  addressLine1: "12 Example Terrace",
  town: "Kingsbridge",
  postcode: "kb1 9zz",
  personName: "Alex Example",
  contactPhone: "07700 900123",
  reasonCategory: "DOMESTIC_ABUSE",
  riskSummary: "Former partner has made repeated threats.",
  hazards: "Former partner known to carry a knife.",
  reference: "CR/2026/00123",
  alarmType: "PERSONAL_ATTACK",
  periodDays: 28,
  riskGrade: "HIGH",
  riskAssessedOn: "2026-11-01",
  maracHeard: true,
  maracDate: "2026-11-10",
  codeword: "bluebell",
  safeContact: "Mobile only, weekdays",
  occupierConsent: true,
};

const fieldsOf = (input: unknown) => {
  const result = alarmRequestSchema.safeParse(input);
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.path.join(".")))];
};

describe("the alarm request's risk record", () => {
  it("accepts a full record, from JSON or from a form's radios", () => {
    expect(fieldsOf(VALID)).toEqual([]);
    expect(fieldsOf({ ...VALID, maracHeard: "yes", occupierConsent: "yes", landlordConsent: "no" })).toEqual([]);
  });

  it("names a MARAC date that is not a date, without failing on it", () => {
    for (const maracDate of ["x".repeat(5000), 12345, true, "2026-02-30"])
      expect(fieldsOf({ ...VALID, maracDate })).toEqual(["maracDate"]);
  });

  it("asks for the MARAC date when the case was heard, and refuses one in the future", () => {
    expect(fieldsOf({ ...VALID, maracDate: undefined })).toEqual(["maracDate"]);
    expect(fieldsOf({ ...VALID, maracHeard: false, maracDate: undefined })).toEqual([]);
    expect(fieldsOf({ ...VALID, maracDate: "2099-01-01" })).toEqual(["maracDate"]);
  });

  it("refuses without the occupier's consent, and a risk assessment dated in the future", () => {
    expect(fieldsOf({ ...VALID, occupierConsent: false })).toEqual(["occupierConsent"]);
    expect(fieldsOf({ ...VALID, riskAssessedOn: "2099-01-01" })).toEqual(["riskAssessedOn"]);
  });
});
