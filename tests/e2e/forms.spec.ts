import { expect, login, test } from "./fixtures";

// GOV.UK's error pattern, shared by every form: all errors at once in a summary that takes focus,
// each a link to its field, "Error: " before the page title, and each field marked.
test("a refused form shows one error summary that takes focus and links to each field", async ({ page, cast }) => {
  await login(page, cast.officer.username);
  await page.goto("/alarms/new");
  const title = await page.title();
  await page.getByLabel("Safe phone number").fill("not a phone");
  await page.getByRole("button", { name: "Submit the request" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(`Error: ${title}`);
  await expect(summary).toHaveCount(1);
  const links = summary.getByRole("link");
  expect(await links.count()).toBeGreaterThanOrEqual(5);
  await expect(summary).not.toContainText("Some fields are not valid");

  const postcode = summary.getByRole("link", { name: /postcode/i });
  await postcode.click();
  await expect(page.getByLabel("Postcode")).toBeFocused();
  await expect(page.getByLabel("Postcode")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Safe phone number")).toHaveAttribute("aria-describedby", /contactPhone-error/);
});

test("the summary links to the field by its id on a page of several forms, and success restores the title", async ({
  page,
  cast,
}) => {
  await login(page, cast.commander.username);
  await page.goto("/levels");
  const title = await page.title();
  await page.locator("summary", { hasText: "Record a new threat level" }).click();
  await page.getByRole("button", { name: "Record threat level" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: /Give a reason/ })).toHaveAttribute("href", "#threat-reason");
  await expect(page).toHaveTitle(`Error: ${title}`);

  await page.locator("#threat-reason").fill("JTAC raised the national threat level");
  await page.getByRole("button", { name: "Record threat level" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Threat level recorded" })).toBeVisible();
  await expect(page).toHaveTitle(title);
});
