import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/http/callback-path";

describe("the page to return to after sign-in", () => {
  it.each(["/levels", "/alarms/123?done=approve", "/sites/abc#checklist"])("keeps the app's own path %s", (path) => {
    expect(safeCallbackPath(path)).toBe(path);
  });

  it.each([
    "/\\evil.example/steal",
    "//evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "",
    undefined,
  ])("falls back to the home page for %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });
});
