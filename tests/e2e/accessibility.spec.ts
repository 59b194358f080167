import AxeBuilder from "@axe-core/playwright";
import type { Role } from "./cast";
import { apiAs, expect, login, setForceLevel, test } from "./fixtures";

// Automated WCAG 2.2 AA checks (axe-core) of each role's main pages. They find what a machine can
// (names, labels, contrast, structure); keyboard journeys are covered by the feature specs.
const PAGES: [Role, string[]][] = [
  ["staff", ["/posture", "/estate"]],
  ["commander", ["/levels", "/levels?sort=level&order=desc"]],
  ["sitelead", ["/checklist", "/checklist?pending"]],
  ["officer", ["/alarms", "/alarms/new", "/alarms/hazards"]],
  ["approver", ["/alarms", "/alarms/reports", "/alarms/records-review"]],
  ["installer", ["/alarms/units"]],
  ["controlroom", ["/alarms/control-room", "/alarms"]],
  ["admin", ["/admin/policy", "/admin/users", "/admin/audit", "/admin/audit?from-day=31&from-month=2&from-year=2026"]],
  ["admin", ["/admin/users/new", "/admin/api-tokens", "/admin/sites", "/api-docs", "/account/password"]],
];

test("the sign-in page has no WCAG 2.2 AA violations axe can find", async ({ page }) => {
  await page.goto("/login");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

for (const [role, paths] of PAGES) {
  test(`${role}'s pages from ${paths[0]} have no WCAG 2.2 AA violations axe can find`, async ({
    page,
    cast,
    playwright,
    baseURL,
  }) => {
    // axe takes seconds a page on these 2-core machines, more while the other worker is busy.
    test.setTimeout(90_000);
    // Raised, so the checklist pages show their tags, filters and bulk form.
    if (role === "sitelead")
      await setForceLevel(await apiAs(playwright, baseURL!, cast.commander.username), "HEIGHTENED");
    await login(page, cast[role].username);
    for (const path of paths) {
      // The checklist redirects to the lead's own site; "?pending" asks for its pending view there.
      await page.goto(path === "/checklist?pending" ? `/sites/${cast.site.id}?show=pending` : path);
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
