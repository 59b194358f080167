import { statSync } from "node:fs";
import path from "node:path";
import { ROLES, type Role } from "./cast";
import { apiAs, expect, login, requestAlarm, setForceLevel, test } from "./fixtures";

const WIDTHS = [
  { name: "desk", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

/** Each role's main pages: where they land and the pages their work takes them to. */
const mainPages = (ids: { site: string; request: string; stocktake: string }): Record<Role, string[]> => ({
  commander: ["/", "/levels", `/sites/${ids.site}`, "/posture", "/coverage", "/debriefs", "/reports/policy-review"],
  sitelead: ["/", `/sites/${ids.site}?show=pending`, "/posture", "/coverage", "/my-sites"],
  staff: ["/", `/notice/${ids.site}`, "/estate"],
  officer: ["/", "/alarms/new", "/alarms/hazards"],
  officer2: ["/"],
  approver: ["/", `/alarms/${ids.request}`, "/alarms/reports", "/alarms/units", "/alarms/records-review"],
  installer: ["/", "/alarms/units", `/alarms/units/stocktakes/${ids.stocktake}`],
  controlroom: ["/", "/alarms"],
  admin: [
    "/",
    "/admin/policy",
    "/admin/audit",
    "/admin/notifications",
    "/reports/policy-review",
    "/admin/sites",
    "/admin/users/new",
    "/admin/api-tokens",
    "/api-docs",
    "/account/password",
  ],
});

const slug = (page: string) =>
  page
    .replace(/[?=]/g, "-")
    .replace(/\/[0-9a-f-]{36}/g, "")
    .replace(/^\/|\/$/g, "")
    .replace(/\//g, "_") || "landing";

// Every role's main pages at a desk's width and a phone's, saved under test-results/screenshots
// as artefacts of the run for people to look at; each shows its heading and no error page.
test.describe.configure({ mode: "parallel" });
for (const role of ROLES) {
  test(`screenshots of the ${role}'s main pages at 1366 and 390 px`, async ({
    browser,
    baseURL,
    playwright,
    cast,
  }, testInfo) => {
    test.setTimeout(90_000);
    await setForceLevel(await apiAs(playwright, baseURL!, cast.commander.username), "HEIGHTENED");
    const request = await requestAlarm(await apiAs(playwright, baseURL!, cast.officer.username));
    const folder = path.join(testInfo.project.outputDir, "screenshots", role);
    for (const viewport of WIDTHS) {
      const context = await browser.newContext({ baseURL, viewport });
      const page = await context.newPage();
      await login(page, cast[role].username);
      for (const address of mainPages({ site: cast.site.id, request: request.id, stocktake: cast.stocktake.id })[
        role
      ]) {
        await page.goto(address);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.getByRole("heading", { name: /not found|went wrong|permission/i })).toHaveCount(0);
        const file = path.join(folder, `${slug(address)}-${viewport.name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size).toBeGreaterThan(10_000);
      }
      await context.close();
    }
  });
}
