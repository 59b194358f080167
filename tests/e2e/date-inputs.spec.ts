import { apiAs, expect, inThreeDays, login, setForceLevel, test } from "./fixtures";

// GOV.UK's date input: separate day, month and year boxes and a 24-hour time, so the format is
// en-GB whatever the browser's locale; a date that does not exist is named in the error summary.
test("a date and time is typed as day, month, year and a 24-hour time, and read as London time", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  await setForceLevel(await apiAs(playwright, baseURL!, cast.commander.username), "NORMAL");
  await login(page, cast.commander.username);
  await page.goto(`/sites/${cast.otherSite.id}`);
  await page.locator("summary", { hasText: "Raise this site" }).click();
  await expect(page.locator("input[type=datetime-local], input[type=date], input[type=time]")).toHaveCount(0);

  const expiry = page.getByRole("group", { name: "Expires or must be reviewed at (UK time)" });
  await expect(expiry).toContainText("For example, 27 3 2026 and 14:30");
  await expiry.getByLabel("Day").fill("31");
  await expiry.getByLabel("Month").fill("2");
  await expiry.getByLabel("Year").fill("2027");
  await expiry.getByLabel("Time (24-hour)").fill("18:30");
  await page.getByLabel("Reason", { exact: true }).fill("Demonstration expected at the front office");
  await page.getByRole("button", { name: "Preview change" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await summary.getByRole("link", { name: "The expiry must be a real date and time" }).click();
  await expect(expiry.getByLabel("Day")).toBeFocused();
  await expect(expiry.getByLabel("Day")).toHaveAttribute("aria-invalid", "true");

  const { day, month, year, shown } = inThreeDays();
  await expiry.getByLabel("Day").fill(day);
  await expiry.getByLabel("Month").fill(month);
  await expiry.getByLabel("Year").fill(year);
  await page.getByRole("button", { name: "Preview change" }).click();
  await page.getByRole("button", { name: "Confirm change" }).click();
  await expect(page.getByText("Raised above the force level to HEIGHTENED until")).toContainText(`${shown}, 18:30`);
});
