import { apiAs, expect, login, test } from "./fixtures";

test("a stocktake finds a missing unit, which the installer then reports lost", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  const installer = await apiAs(playwright, baseURL!, cast.installer.username);
  const tag = (n: number) => `ST-${String(parseInt(cast.tag, 16) % 100_000).padStart(5, "0")}${n}`;
  const [present, missing] = [tag(1), tag(2)];
  for (const assetTag of [present, missing]) {
    const response = await installer.post("/api/alarm-units", { data: { assetTag, type: "INTRUDER" } });
    expect(response.status()).toBe(201);
  }

  await login(page, cast.installer.username);
  await page.goto("/alarms/units");
  await page.getByRole("button", { name: "Start a stocktake" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Stocktake of/ })).toBeVisible();
  // A scanner types the tag and presses Enter; the box is ready for the next at once.
  for (const scanned of [present.toLowerCase(), "ZZ-99999"]) {
    await page.getByRole("textbox", { name: "Asset tag" }).fill(scanned);
    await page.getByRole("textbox", { name: "Asset tag" }).press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "counted." })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Asset tag" })).toHaveValue("");
  }
  await expect(page.getByTestId("stocktake-missing")).toContainText(missing);
  await expect(page.getByTestId("stocktake-missing")).not.toContainText(present);
  await expect(page.getByTestId("stocktake-unexpected")).toContainText("ZZ-99999");
  await expect(page.getByTestId("stocktake-unexpected")).toContainText("Not in the inventory");
  await page.getByRole("button", { name: "Finish the stocktake" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stocktake finished" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Asset tag" })).toHaveCount(0);

  await page.getByTestId("stocktake-missing").getByRole("link", { name: missing }).click();
  await page.getByLabel("Record the unit as").selectOption({ label: "Lost" });
  await page.getByRole("button", { name: "Record the move" }).click();
  await expect(page.getByText("Say when and where the unit was last seen").first()).toBeVisible();
  await page.getByLabel("Note").fill("Not found at the stocktake; last issued to the north team");
  await page.getByRole("button", { name: "Record the move" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${missing} is now lost.` })).toBeVisible();
  await expect(page.getByTestId("unit-status")).toHaveText("Lost");
  await expect(page.getByTestId("custody-history")).toContainText("Reported lost");
  await expect(page.getByTestId("custody-history")).toContainText("last issued to the north team");
  // Lost can only be found again: the form offers nothing else.
  await expect(page.getByLabel("Record the unit as").locator("option")).toHaveText([
    "Choose",
    "Back in stock (repaired or found)",
  ]);
});

test("the unit moves API answers 409 to a move not in the table and 403 to anyone but an installer", async ({
  playwright,
  baseURL,
  cast,
}) => {
  const installer = await apiAs(playwright, baseURL!, cast.installer.username);
  const approver = await apiAs(playwright, baseURL!, cast.approver.username);
  const path = `/api/alarm-units/${cast.unit.id}/moves`;
  expect((await installer.post(path, { data: { to: "IN_REPAIR" } })).status()).toBe(409);
  expect((await installer.post(path, { data: { to: "LOST" } })).status()).toBe(422);
  expect((await approver.post(path, { data: { to: "FAULTY" } })).status()).toBe(403);
  const moved = await installer.post(path, { data: { to: "FAULTY", note: "Cracked case" } });
  expect(moved.status()).toBe(201);
  expect(await moved.json()).toMatchObject({ assetTag: cast.unit.assetTag, status: "FAULTY" });
});
