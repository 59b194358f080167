import { describe, expect, it } from "vitest";
import { fromLondonLocal, toLondonLocal } from "@/lib/london-time";

describe("London wall-clock times in forms", () => {
  it("reads winter times as GMT and summer times as BST", () => {
    expect(fromLondonLocal("2026-11-23T09:30")?.toISOString()).toBe("2026-11-23T09:30:00.000Z");
    expect(fromLondonLocal("2026-07-01T09:30")?.toISOString()).toBe("2026-07-01T08:30:00.000Z");
  });

  it("writes a Date back as the same London time", () => {
    expect(toLondonLocal(new Date("2026-07-01T08:30:00Z"))).toBe("2026-07-01T09:30");
    expect(toLondonLocal(new Date("2026-11-23T09:30:00Z"))).toBe("2026-11-23T09:30");
  });

  it("refuses anything that is not a datetime-local value", () => {
    expect(fromLondonLocal("")).toBeUndefined();
    expect(fromLondonLocal("tomorrow")).toBeUndefined();
  });
});
