import { expect, login, test } from "./fixtures";

test("staff get a 403 page for administration", async ({ page, cast }) => {
  await login(page, cast.staff.username);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});

test("an admin deactivates a user, who can then no longer sign in, and the audit log records it", async ({
  page,
  browser,
  baseURL,
  cast,
}) => {
  const installer = cast.installer.username;
  await login(page, cast.admin.username);
  await page.goto(`/admin/users?q=${installer}`);
  const row = page.getByRole("row", { name: new RegExp(installer) });
  await row.getByRole("button", { name: `Deactivate ${installer}` }).click();
  await expect(row.getByRole("alert")).toContainText(`Deactivate ${installer}? They are signed out everywhere`);
  await row.getByRole("button", { name: `Yes, deactivate ${installer}` }).click();
  await expect(row.getByRole("cell", { name: "Deactivated", exact: true })).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: `Deactivated ${installer}: they are signed out` }),
  ).toBeVisible();

  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await otherPage.goto("/login");
  await otherPage.getByLabel("Username").fill(installer);
  await otherPage.getByLabel("Password").fill("estate-demo");
  await otherPage.getByRole("button", { name: "Sign in" }).click();
  await expect(otherPage.getByRole("alert").filter({ hasText: /not right/ })).toBeVisible();
  await other.close();

  await page.goto("/admin/audit");
  await expect(page.getByRole("status")).toHaveText(/Integrity check passed/);
  await expect(page.getByText(`${cast.admin.displayName} deactivated the account ${installer}`)).toBeVisible();

  await page.goto(`/admin/users?q=${installer}`);
  await page
    .getByRole("row", { name: new RegExp(installer) })
    .getByRole("button", { name: `Reactivate ${installer}` })
    .click();
  await expect(
    page.getByRole("row", { name: new RegExp(installer) }).getByRole("cell", { name: "Active", exact: true }),
  ).toBeVisible();
});

test("an admin finds users by name, role and status, sorts by a column and pages through", async ({ page, cast }) => {
  await login(page, cast.admin.username);
  await page.goto("/admin/users");
  await page.getByLabel("Name or username").fill(cast.sitelead.displayName);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("users-count")).toHaveText("1 user match the filter.");
  await expect(page.getByTestId("users").getByRole("row")).toHaveCount(2);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await page.getByLabel("Name or username").fill("Sitelead");
  await page.getByLabel("Role").selectOption({ label: "Site lead" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/role=SITE_LEAD/);
  const header = page.getByRole("columnheader", { name: /Name/ }).first();
  await expect(header).toHaveAttribute("aria-sort", "none");
  await header.getByRole("link").click();
  await expect(page).toHaveURL(/role=SITE_LEAD.*sort=name&order=asc/);
  await expect(page.getByRole("columnheader", { name: /Name/ }).first()).toHaveAttribute("aria-sort", "ascending");
  await page.getByRole("columnheader", { name: /Name/ }).first().getByRole("link").click();
  await expect(page.getByRole("columnheader", { name: /Name/ }).first()).toHaveAttribute("aria-sort", "descending");
  const names = await page.getByTestId("users").getByRole("rowheader").allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names).toEqual([...names].sort().reverse());
  const roles = await page
    .getByTestId("users")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => row.children[2].textContent ?? ""));
  expect(roles.every((cell) => cell.includes("Site lead"))).toBe(true);
  await expect(page.getByTestId("users").getByRole("row")).toHaveCount(names.length + 1);
});

test("an admin adds a site, which joins the force level with its checklist, and edits it", async ({ page, cast }) => {
  const code = `E2E${cast.site.code.slice(-5)}`.toUpperCase();
  await login(page, cast.admin.username);
  await page.goto("/admin/sites");
  await page.getByText("Add a site").click();
  const form = page.getByRole("form", { name: "Add a site" });
  await form.getByRole("button", { name: "Add the site" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary.getByRole("link", { name: /site code/ })).toBeVisible();
  await form.getByLabel("Code").fill(code);
  await form.getByLabel("Type").selectOption("CUSTODY_SUITE");
  await form.getByLabel("Name").fill("Riverside Custody Suite");
  await form.getByLabel("District").fill("Central");
  await form.getByLabel("Address").fill("2 River Walk, Kingsbridge");
  await form.getByRole("button", { name: "Add the site" }).click();
  await expect(page.getByText(`Added ${code} Riverside Custody Suite, at the force level`)).toBeVisible();

  await page.getByLabel("Code, name or district").fill(code);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("sites-count")).toHaveText("1 site matches the search.");
  await page.getByRole("link", { name: `${code} Riverside Custody Suite` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${code} Riverside Custody Suite`);
  await page.getByLabel("Name", { exact: true }).fill("Riverside Custody Centre");
  await page.getByRole("button", { name: "Save the site" }).click();
  await expect(page.getByText(`Saved ${code} Riverside Custody Centre.`)).toBeVisible();
});
