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
  await otherPage.getByRole("button", { name: "Sign in", exact: true }).click();
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
  await expect(page.getByTestId("users-count")).toHaveText("1 user matches the filter.");
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

test("an admin adds a local user, who chooses their own password before anything else", async ({
  page,
  browser,
  baseURL,
  cast,
}) => {
  const username = `new-${cast.tag}`;
  await login(page, cast.admin.username);
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "Add a user" }).click();
  await page.getByRole("button", { name: "Add the user" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Give the username" }).first()).toBeVisible();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Name", { exact: true }).fill("PC Jo Newcomer");
  await page.getByLabel("Home site").selectOption({ label: `${cast.site.code} ${cast.site.name}` });
  await page.getByRole("button", { name: "Add the user" }).click();
  const firstPassword = (await page.getByTestId("first-password").locator("code").textContent())!;
  expect(firstPassword).toMatch(/^[a-z2-9-]{23}$/);

  const theirs = await browser.newContext({ baseURL });
  const them = await theirs.newPage();
  await login(them, username, firstPassword);
  await expect(them).toHaveURL(/\/account\/password$/);
  await expect(them.getByRole("heading", { name: "Choose your own password" })).toBeVisible();
  await expect(them.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await them.goto("/posture");
  await expect(them).toHaveURL(/\/account\/password$/);
  await them.getByLabel("Current password").fill(firstPassword);
  await them.getByLabel("New password", { exact: true }).fill("three random words");
  await them.getByLabel("New password again").fill("three random words");
  await them.getByRole("button", { name: "Change password" }).click();
  await expect(them).toHaveURL(/\/posture$/);
  await expect(them.getByTestId("site-posture")).toContainText(cast.site.name);
  await theirs.close();

  await page.goto(`/admin/users?q=${username}`);
  await expect(page.getByRole("row", { name: new RegExp(username, "i") })).toContainText("With password");
});

test("a site lead given a second site works both checklists and sees each site's posture", async ({
  page,
  browser,
  baseURL,
  cast,
}) => {
  await login(page, cast.admin.username);
  await page.goto(`/admin/users/${cast.sitelead.id}`);
  await page.getByText("Further sites they lead").click();
  await page.getByRole("checkbox", { name: `${cast.otherSite.code} ${cast.otherSite.name}` }).check();
  await page.getByRole("button", { name: "Save the user" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved ${cast.sitelead.username}` })).toBeVisible();

  const leads = await browser.newContext({ baseURL });
  const lead = await leads.newPage();
  await login(lead, cast.sitelead.username);
  await expect(lead).toHaveURL(/\/my-sites$/);
  const table = lead.getByTestId("sites");
  await expect(table.getByRole("row")).toHaveCount(3);
  await table.getByRole("link", { name: `${cast.otherSite.code} ${cast.otherSite.name}` }).click();
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText(`${cast.otherSite.code} ${cast.otherSite.name}`);
  await lead.goto("/posture");
  await expect(lead.getByTestId(`other-site-${cast.otherSite.code}`)).toContainText(cast.otherSite.name);
  await lead.goto("/coverage");
  await expect(
    lead.getByRole("heading", { name: `${cast.otherSite.code} ${cast.otherSite.name}: your people` }),
  ).toBeVisible();
  await expect(lead.getByRole("heading", { name: `${cast.site.code} ${cast.site.name}: your people` })).toBeVisible();
  await leads.close();
});

test("an admin closes a site: it leaves the live posture and keeps its history", async ({ page, cast }) => {
  await login(page, cast.admin.username);
  await page.goto(`/admin/sites/${cast.hq.id}`);
  await page.getByRole("button", { name: `Close ${cast.hq.code}` }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Give the reason for closing the site" }).first(),
  ).toBeVisible();
  await page.getByLabel("Why is the site closing?").fill("Moved into the new district headquarters");
  await page.getByRole("button", { name: `Close ${cast.hq.code}` }).click();
  await expect(page.getByTestId("site-closed")).toContainText("it keeps its history and has left the live posture");
  await page.goto("/estate");
  await expect(page.getByText(cast.hq.name)).toHaveCount(0);
  await page.goto("/admin/audit");
  await expect(
    page.getByText(
      `${cast.admin.displayName} closed the site ${cast.hq.code}: Moved into the new district headquarters`,
    ),
  ).toBeVisible();
});
