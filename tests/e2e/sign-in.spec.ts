import type { Role } from "./cast";
import { withDatabase } from "./database";
import { expect, login, test } from "./fixtures";

const NAVIGATION: Partial<Record<Role, string[]>> = {
  commander: ["Posture", "Response levels", "Coverage", "Debriefs", "Estate", "Policy review"],
  sitelead: ["Posture", "Checklist", "Coverage", "Debriefs", "Estate"],
  staff: ["Posture", "Estate"],
  officer: ["Posture", "Alarms", "Hazard check", "Estate"],
  approver: ["Posture", "Alarms", "Alarm reports", "Records review", "Estate"],
  installer: ["Posture", "Alarms", "Alarm units", "Estate"],
  controlroom: ["Posture", "Alarm lookup", "Alarms", "Hazard check", "Estate"],
  admin: [
    "Posture",
    "Estate",
    "Menu of Options",
    "Policy review",
    "Sites",
    "Users",
    "API tokens",
    "Notifications",
    "Audit log",
  ],
};

const ROLE_LABEL = {
  commander: "Commander",
  sitelead: "Site lead",
  staff: "Staff",
  officer: "Officer",
  approver: "Approver",
  installer: "Installer",
  controlroom: "Control room",
  admin: "Admin",
} as const;

test.describe("signing in", () => {
  for (const [role, links] of Object.entries(NAVIGATION) as [keyof typeof ROLE_LABEL, string[]][]) {
    test(`${role} sees their roles and only their navigation`, async ({ page, cast }) => {
      await login(page, cast[role].username);
      await expect(page.getByTestId("user-roles")).toHaveText(`(${ROLE_LABEL[role]})`);
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link")).toHaveText(links.map((link) => new RegExp(`^${link}`)));
    });
  }

  test("a commander sees the estate's sites from the database", async ({ page, server, cast }) => {
    await login(page, cast.commander.username);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Estate" }).click();
    await expect(page.getByRole("heading", { name: "The estate" })).toBeVisible();
    // Other tests on this worker add and close sites meanwhile: the page and the count are read again until they agree.
    await expect(async () => {
      const { sites, districts } = await withDatabase(server, async (client) => {
        const { rows } = await client.query<{ sites: string; districts: string }>(
          `SELECT count(*) AS sites, count(DISTINCT "district") AS districts FROM "Site" WHERE "closedAt" IS NULL`,
        );
        return rows[0];
      });
      await page.reload();
      await expect(page.getByText(`${sites} sites in ${districts} districts.`)).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByRole("rowheader", { name: cast.otherSite.name })).toBeVisible();
  });

  test("a wrong password shows an error and does not sign in", async ({ page, cast }) => {
    await page.goto("/login");
    await page.getByLabel("Username").fill(cast.commander.username);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: /username or password is not right/ })).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("empty fields are named", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter your username")).toBeVisible();
    await expect(page.getByText("Enter your password")).toBeVisible();
    await expect(page.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");
  });

  test("sign-out ends the session", async ({ page, cast }) => {
    await login(page, cast.staff.username);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2F/);
  });

  test("sign-in works with the keyboard alone", async ({ page, cast }) => {
    await page.goto("/login");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await page.getByLabel("Username").focus();
    await page.keyboard.type(cast.staff.username);
    await page.keyboard.press("Tab");
    await page.keyboard.type("estate-demo");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});

test.describe("without a session", () => {
  test("pages redirect to sign-in and come back after it", async ({ page, cast }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers/);
    await page.getByLabel("Username").fill(cast.admin.username);
    await page.getByLabel("Password").fill("estate-demo");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  });

  test("API routes answer 401 in the JSON error shape", async ({ request }) => {
    const response = await request.get("/api/anything");
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } });
  });

  test("health answers without a session", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });
});

test.describe("after signing in", () => {
  const LANDING = {
    commander: "/levels",
    staff: "/posture",
    officer: "/alarms",
    approver: "/alarms",
    installer: "/alarms",
    admin: "/admin/users",
  } as const;

  for (const [role, path] of Object.entries(LANDING) as [keyof typeof LANDING, string][]) {
    test(`${role} lands where their work is (${path})`, async ({ page, cast }) => {
      await login(page, cast[role].username);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
    });
  }

  test("a site lead lands on their own site's checklist", async ({ page, cast }) => {
    await login(page, cast.sitelead.username);
    await expect(page).toHaveURL(new RegExp(`/sites/${cast.site.id}$`));
  });
});
