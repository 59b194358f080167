import { apiAs, expect, login, setForceLevel, test } from "./fixtures";

// An administrator reads the audit log as sentences, narrows it down, and takes it away as CSV.
test("an administrator filters the audit log, reads events in plain words and downloads them", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  await setForceLevel(await apiAs(playwright, baseURL!, cast.commander.username), "HEIGHTENED", "JTAC assessment");
  await login(page, cast.admin.username);
  await page.goto("/admin/audit");
  await expect(page.locator("body")).not.toContainText('"from"');

  await page.getByLabel("Event").selectOption({ label: "Force level changed" });
  await page.getByLabel("Who").fill(cast.commander.displayName);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/type=level.forceChanged/);
  const events = page.getByTestId("audit-events");
  await expect(events.getByRole("row").nth(1)).toContainText(
    `${cast.commander.displayName} raised the force to HEIGHTENED from`,
  );
  await expect(page.getByTestId("audit-count")).toHaveText(/^\d+ events?$/);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download these events (CSV)" }).click();
  const csv = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text.split("\r\n")[0]).toBe("occurredAt,by,type,description,recordType,recordId,payload");
  expect(text).toContain(`raised the force to HEIGHTENED from`);
  expect(text).not.toContain("auth.signInFailed");

  const from = page.getByRole("group", { name: "From" });
  await from.getByLabel("Day").fill("31");
  await from.getByLabel("Month").fill("2");
  await from.getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Filter" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await summary.getByRole("link", { name: "The ‘from’ date must be a real date" }).click();
  await expect(from.getByLabel("Day")).toBeFocused();
});
