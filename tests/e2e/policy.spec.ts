import { expect, login, test } from "./fixtures";

// The Menu of Options is the force's reference data, seeded with the fresh database: the one
// test that edits it checks the version it starts from rather than assume it.
test("an admin drafts the next Menu of Options, is told which field is wrong, and publishes", async ({
  page,
  cast,
}) => {
  await login(page, cast.admin.username);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Menu of Options" }).click();
  const inForce = await page.getByRole("heading", { name: /^In force: version \d+$/ }).textContent();
  const current = Number(/\d+$/.exec(inForce!)![0]);
  await page.getByRole("button", { name: "Start a new draft version" }).click();
  await expect(page.getByRole("heading", { name: `Draft version ${current + 1}` })).toBeVisible();

  const code = `ACC-${String(current + 5).padStart(2, "0")}`;
  await page.locator("summary", { hasText: "Add an option" }).click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add option" }) });
  await form.getByLabel("Code").fill("bad code");
  await form.getByLabel("Title").fill("Check roof access hatches");
  await form.getByLabel("Guidance").fill("Confirm every roof hatch is locked at the start of each shift.");
  await form.getByLabel("Category").fill("Access control");
  await form.getByRole("button", { name: "Add option" }).click();
  await expect(form.getByRole("alert").getByRole("link", { name: /Use a code like ACC-01/ })).toBeVisible();
  await expect(form.getByText(/Error: Use a code like ACC-01/)).toBeVisible();
  await expect(form.getByLabel("Code")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Title")).toHaveValue("Check roof access hatches");

  await form.getByLabel("Code").fill(code);
  await form.getByRole("button", { name: "Add option" }).click();
  await expect(page.getByText("Option saved in the draft.")).toBeVisible();
  // Publishing shows what changes against the version in force, and is an approval to confirm.
  await expect(page.getByTestId("policy-changes")).toContainText(`Added (1)`);
  await expect(page.getByTestId("policy-changes")).toContainText(`${code} Check roof access hatches`);
  const publish = page.getByRole("form", { name: "Publish the draft" });
  await publish.getByRole("button", { name: "Publish the draft" }).click();
  await expect(publish.getByText(/Confirm that you have reviewed the changes/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: `Draft version ${current + 1}` })).toBeVisible();
  await publish.getByLabel(/I have reviewed these changes/).check();
  await publish.getByRole("button", { name: "Publish the draft" }).click();
  await expect(page.getByRole("heading", { name: `In force: version ${current + 1}` })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`${code} Check roof access hatches`) })).toBeVisible();
  await expect(page.getByTestId("policy-reminder")).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(`v${current + 1} Published`) })).toContainText(
    `${cast.admin.displayName} (Admin)`,
  );
});
