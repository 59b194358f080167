import AxeBuilder from "@axe-core/playwright";
import type { Role } from "./cast";
import { expect, login, test } from "./fixtures";

// Automated WCAG 2.2 AA checks (axe-core) of each role's main pages. They find what a machine can
// (names, labels, contrast, structure); keyboard journeys are covered by the feature specs.
const PAGES: [Role, string[]][] = [
  ["staff", ["/posture", "/estate"]],
  ["commander", ["/levels"]],
  ["sitelead", ["/checklist"]],
  ["officer", ["/alarms", "/alarms/new", "/alarms/hazards"]],
  ["approver", ["/alarms", "/alarms/reports"]],
  ["installer", ["/alarms/units"]],
  ["admin", ["/admin/policy"]],
];

test("the sign-in page has no WCAG 2.2 AA violations axe can find", async ({ page }) => {
  await page.goto("/login");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

for (const [role, paths] of PAGES) {
  test(`${role}'s pages have no WCAG 2.2 AA violations axe can find`, async ({ page, cast }) => {
    await login(page, cast[role].username);
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState("networkidle").catch(() => {});
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      const found = results.violations.map(
        (violation) =>
          `${path} ${violation.id}: ${violation.help} (${violation.nodes
            .map((node) => node.target.join(" "))
            .slice(0, 3)
            .join(" | ")})`,
      );
      expect(found).toEqual([]);
    }
  });
}
