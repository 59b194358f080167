import { expect, login, test } from "./fixtures";

test("an admin drafts the next Menu of Options, is told which field is wrong, and publishes", async ({ page }) => {
  await login(page, "admin");
  await expect(page.getByTestId("policy-reminder")).toContainText("is due for review");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Menu of Options" }).click();
  await page.getByRole("button", { name: "Start a new draft version" }).click();
  await expect(page.getByRole("heading", { name: "Draft version 2" })).toBeVisible();

  await page.locator("summary", { hasText: "Add an option" }).click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add option" }) });
  await form.getByLabel("Code").fill("bad code");
  await form.getByLabel("Title").fill("Check roof access hatches");
  await form.getByLabel("Guidance").fill("Confirm every roof hatch is locked at the start of each shift.");
  await form.getByLabel("Category").fill("Access control");
  await form.getByRole("button", { name: "Add option" }).click();
  await expect(form.getByText(/Use a code like ACC-01/)).toBeVisible();
  await expect(form.getByLabel("Code")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Title")).toHaveValue("Check roof access hatches");

  await form.getByLabel("Code").fill("ACC-06");
  await form.getByRole("button", { name: "Add option" }).click();
  await expect(page.getByText("Option saved in the draft.")).toBeVisible();
  await page.getByRole("button", { name: "Publish the draft" }).click();
  await expect(page.getByRole("heading", { name: "In force: version 2" })).toBeVisible();
  await expect(page.getByRole("row", { name: /ACC-06 Check roof access hatches/ })).toBeVisible();
  await expect(page.getByTestId("policy-reminder")).toHaveCount(0);
});
