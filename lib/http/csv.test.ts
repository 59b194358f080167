import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/http/csv";

describe("CSV export", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x, y", 'say "hi"'],
          ["line\nbreak", null],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it("neutralises spreadsheet formulas", () => {
    expect(toCsv(["cell"], [["=HYPERLINK(1)"], ["-2"]])).toBe("cell\r\n'=HYPERLINK(1)\r\n'-2\r\n");
  });

  it("writes dates as ISO 8601", () => {
    expect(toCsv(["when"], [[new Date("2026-11-22T10:00:00Z")]])).toBe("when\r\n2026-11-22T10:00:00.000Z\r\n");
  });
});
