import { expect, login, test } from "./fixtures";

const NAVIGATION = {
  commander: ["Posture", "Response levels", "Estate"],
  sitelead: ["Posture", "Checklist", "Estate"],
  staff: ["Posture", "Estate"],
  officer: ["Posture", "Alarms", "Hazard check", "Estate"],
  approver: ["Posture", "Alarms", "Alarm reports", "Estate"],
  installer: ["Posture", "Alarms", "Alarm units", "Estate"],
  admin: ["Posture", "Estate", "Menu of Options", "Users", "Audit log"],
} as const;

const ROLE_LABEL = {
  commander: "Commander",
  sitelead: "Site lead",
  staff: "Staff",
  officer: "Officer",
  approver: "Approver",
  installer: "Installer",
  admin: "Admin",
} as const;

test.describe("signing in", () => {
  for (const [username, links] of Object.entries(NAVIGATION)) {
    test(`${username} sees their roles and only their navigation`, async ({ page }) => {
      await login(page, username);
      await expect(page.getByTestId("user-roles")).toHaveText(`(${ROLE_LABEL[username as keyof typeof ROLE_LABEL]})`);
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link")).toHaveText(links.map((link) => new RegExp(`^${link}`)));
    });
  }

  test("a commander sees the estate's sites from the database", async ({ page }) => {
    await login(page, "commander");
    await expect(page.getByRole("heading", { name: "The estate" })).toBeVisible();
    await expect(page.getByText("25 sites in 4 districts.")).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Kingsbridge Custody Suite" })).toBeVisible();
  });

  test("a wrong password shows an error and does not sign in", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Username").fill("commander");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /username or password is not right/ })).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("empty fields are named", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your username")).toBeVisible();
    await expect(page.getByText("Enter your password")).toBeVisible();
    await expect(page.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");
  });

  test("sign-out ends the session", async ({ page }) => {
    await login(page, "staff");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2F/);
  });

  test("sign-in works with the keyboard alone", async ({ page }) => {
    await page.goto("/login");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await page.getByLabel("Username").focus();
    await page.keyboard.type("staff");
    await page.keyboard.press("Tab");
    await page.keyboard.type("estate-demo");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});

test.describe("without a session", () => {
  test("pages redirect to sign-in and come back after it", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers/);
    await page.getByLabel("Username").fill("admin");
    await page.getByLabel("Password").fill("estate-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
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
