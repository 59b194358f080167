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
  await page.goto("/admin/users");
  const row = page.getByRole("row", { name: new RegExp(installer) });
  await row.getByRole("button", { name: `Deactivate ${installer}` }).click();
  await expect(row.getByRole("cell", { name: "Deactivated" })).toBeVisible();

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
  await expect(page.getByRole("cell", { name: "user.activeChanged" }).first()).toBeVisible();

  await page.goto("/admin/users");
  await page
    .getByRole("row", { name: new RegExp(installer) })
    .getByRole("button", { name: `Reactivate ${installer}` })
    .click();
  await expect(
    page.getByRole("row", { name: new RegExp(installer) }).getByRole("cell", { name: "Active", exact: true }),
  ).toBeVisible();
});
