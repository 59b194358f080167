import { describe, expect, it } from "vitest";
import { isUkPostcode, normalisePostcode, postcodeKey } from "@/lib/alarms/postcode";

describe("UK postcodes", () => {
  it.each(["SW1A 1AA", "kb1 1aa", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A0AX", "EC1A 1BB", "GIR 0AA"])(
    "accepts %s",
    (value) => {
      expect(isUkPostcode(value)).toBe(true);
    },
  );

  it.each(["", "12345", "SW1A", "KB1 1A", "1AA 1AA", "KB1-1AA", "ABC1 1AA"])("refuses %s", (value) => {
    expect(isUkPostcode(value)).toBe(false);
  });

  it("normalises spacing and case, and gives a search key", () => {
    expect(normalisePostcode(" kb11aa ")).toBe("KB1 1AA");
    expect(postcodeKey("kb1 1aa")).toBe("KB11AA");
  });
});
