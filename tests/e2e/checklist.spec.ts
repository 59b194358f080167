import { apiAs, expect, login, setForceLevel, test } from "./fixtures";

// A site lead works a long checklist in minutes: a filtered view kept in the address, many items
// decided at once, and a stale selection refused as a whole.
test("a site lead filters the checklist and marks several items at once", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  const commander = await apiAs(playwright, baseURL!, cast.commander.username);
  await setForceLevel(commander, "HEIGHTENED");
  await login(page, cast.sitelead.username);
  await page.goto(`/sites/${cast.site.id}`);
  const total = Number(/of (\d+) options/.exec((await page.getByTestId("checklist-progress").textContent())!)![1]);
  await expect(page.getByTestId("item-COM-01").getByTestId("item-status")).toHaveText("Pending");

  await page.getByLabel("Show", { exact: true }).selectOption({ label: "Pending" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/show=pending/);
  await expect(page.getByTestId("checklist-shown")).toHaveText(
    `Showing ${total} of ${total} items that match the filter.`,
  );

  await page.getByLabel("Select COM-01").check();
  await page.getByLabel("Select ACC-02").check();
  await page.getByRole("button", { name: "Mark selected as implemented" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked 2 items as implemented." })).toBeVisible();
  await expect(page.getByTestId("item-COM-01")).toHaveCount(0);
  await expect(page.getByTestId("checklist-shown")).toHaveText(
    `Showing ${total - 2} of ${total} items that match the filter.`,
  );
  await expect(page.getByTestId("checklist-progress")).toContainText(`2 of ${total} options considered`);

  await page.getByLabel("Select COM-02").check();
  await page.getByRole("button", { name: "Mark selected as not applicable" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked 1 item as not applicable." })).toBeVisible();

  // A selection made before someone else decided one of its items is refused as a whole.
  const lead = await apiAs(playwright, baseURL!, cast.sitelead.username);
  const checklist = await (await lead.get(`/api/sites/${cast.site.id}/checklist`)).json();
  const byCode = (code: string) =>
    checklist.items.find((item: { option: { code: string } }) => item.option.code === code);
  const [fresh, stale] = [byCode("ACC-01"), byCode("COM-01")];
  const refused = await lead.post(`/api/sites/${cast.site.id}/checklist/decisions`, {
    data: {
      status: "NOT_APPLICABLE",
      items: [
        { id: fresh.id, expectedVersion: fresh.version },
        { id: stale.id, expectedVersion: stale.version - 1 },
      ],
    },
  });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.details.current).toEqual([expect.objectContaining({ id: stale.id })]);

  await page.getByLabel("Show", { exact: true }).selectOption({ label: "Assigned to me" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("checklist-shown")).toHaveText(`Showing 0 of ${total} items that match the filter.`);
  await page.getByRole("link", { name: "Show every item" }).click();
  await expect(page.getByTestId("item-COM-01").getByTestId("item-status")).toHaveText("Implemented");
  await expect(page.getByTestId("item-COM-02").getByTestId("item-status")).toHaveText("Not applicable");
  await expect(page.getByTestId("item-ACC-01").getByTestId("item-status")).toHaveText("Pending");
});

test("a site lead records a decision in the site log, in the National Decision Model's terms", async ({
  page,
  cast,
}) => {
  await login(page, cast.sitelead.username);
  await page.goto(`/sites/${cast.site.id}`);
  await expect(page.locator("[data-live-status=live]")).toBeVisible();
  await page.locator("summary", { hasText: "Add to the site log" }).click();
  const form = page.getByRole("form", { name: "Add to the site log" });
  await form.getByLabel("A decision (National Decision Model)").check();
  await form.getByLabel("Summary").fill("Rear gate closed to all but emergency vehicles");
  await form.getByRole("button", { name: "Add to the log" }).click();
  const summary = form.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: /Assessment of the threat and risk/ })).toBeVisible();
  await form.getByLabel("Information: what is known").fill("A car was seen twice at the rear gate overnight");
  await form.getByLabel("Assessment of the threat and risk").fill("Possible hostile reconnaissance");
  await form.getByLabel("Action taken").fill("Gate closed and signed; staff briefed");
  await form.getByLabel("Review: when and how it will be looked at again").fill("At the next shift briefing");
  await form.getByRole("button", { name: "Add to the log" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Added to the site log." })).toBeVisible();
  const entry = page.getByTestId("site-log").getByRole("listitem").first();
  await expect(entry).toContainText("Rear gate closed to all but emergency vehicles");
  await expect(entry).toContainText("Possible hostile reconnaissance");
  await expect(entry).toContainText(cast.sitelead.displayName);
});

test("a site lead confirms a recurring sweep: due again next shift, the confirmation in the site log", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  await setForceLevel(await apiAs(playwright, baseURL!, cast.commander.username), "HEIGHTENED");
  await login(page, cast.sitelead.username);
  await page.goto(`/sites/${cast.site.id}`);
  await expect(page.locator("[data-live-status=live]")).toBeVisible();
  const sweep = page.getByTestId("item-SRC-04");
  await expect(sweep).toContainText("Every shift");
  await sweep.getByText("Record a decision on SRC-04").click();
  await sweep.getByLabel("Status").selectOption("IMPLEMENTED");
  await sweep.getByLabel("Rationale").fill("Car park and lobby swept: nothing found");
  await sweep.getByRole("button", { name: "Save SRC-04" }).click();
  await expect(sweep.getByTestId("item-status")).toHaveText("Implemented");
  await expect(sweep).toContainText("Confirm again by");
  const entry = page.getByTestId("site-log").getByRole("listitem").first();
  await expect(entry).toContainText("Recurring check confirmed");
  await expect(entry).toContainText("Confirmed SRC-04 Unpredictable search sweeps");
  await expect(entry).toContainText("Note: Car park and lobby swept: nothing found");
});
