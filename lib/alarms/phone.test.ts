import { describe, expect, it } from "vitest";
import { phoneKey } from "@/lib/alarms/phone";

describe("phone search key", () => {
  it("reads every way of writing a UK number as the same digits", () => {
    for (const written of ["07700 900101", "07700-900101", "+44 7700 900101", "(07700) 900 101", "447700900101"]) {
      expect(phoneKey(written)).toBe("07700900101");
    }
  });

  it("keeps a landline's digits", () => {
    expect(phoneKey("0113 496 0000")).toBe("01134960000");
  });
});
