import { readFileSync } from "node:fs";
import { apiAs, expect, login, setForceLevel, test } from "./fixtures";

type Item = { id: string; version: number; option: { code: string } };

test("a site lead writes the stand-down debrief; a commander reads it in the review pack, on screen and as CSV", async ({
  page,
  browser,
  playwright,
  baseURL,
  cast,
}) => {
  test.setTimeout(90_000);
  const commander = await apiAs(playwright, baseURL!, cast.commander.username);
  const lead = await apiAs(playwright, baseURL!, cast.sitelead.username);
  await setForceLevel(commander, "HEIGHTENED");
  const { items } = (await (await lead.get(`/api/sites/${cast.site.id}/checklist`)).json()) as { items: Item[] };
  const barriers = items.find((item) => item.option.code === "ACC-02") ?? items[items.length - 1];
  const refused = await lead.patch(`/api/checklist-items/${barriers.id}`, {
    data: {
      status: "NOT_IMPLEMENTED",
      rationale: "No barriers held at the station",
      expectedVersion: barriers.version,
    },
  });
  expect(refused.ok()).toBe(true);
  await setForceLevel(commander, "NORMAL");

  // The site lead is sent from their site to the debrief the stand-down opened.
  await login(page, cast.sitelead.username);
  await page.goto(`/sites/${cast.site.id}`);
  await expect(page.getByRole("heading", { name: "Checklist: the NORMAL baseline" })).toBeVisible();
  await page.getByRole("link", { name: "write the debrief" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Debrief: .* at HEIGHTENED/);
  await expect(page.getByTestId("debrief-figures")).toContainText("Days at level");
  const reason = page.getByLabel(new RegExp(`^${barriers.option.code} `));
  await expect(reason).toHaveValue("No barriers held at the station");
  await page.getByRole("button", { name: "Save the debrief" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("There is a problem");
  await summary.getByRole("link", { name: /what worked/ }).click();
  await expect(page.getByLabel("What worked")).toBeFocused();
  await page.getByLabel("What worked").fill("Every shift was briefed within the hour");
  await page.getByLabel("What did not work").fill("Barriers had to be borrowed from the depot");
  await reason.fill("No barriers held at the station: two now stored on site");
  await page.getByRole("button", { name: "Save the debrief" }).click();
  await expect(page.getByText("Debrief saved")).toBeVisible();

  // The commander's review pack shows the activation and the finding, with its charts.
  page = await (await browser.newContext({ baseURL })).newPage();
  await login(page, cast.commander.username);
  await page.goto("/reports/policy-review");
  await expect(page.getByRole("heading", { name: "Policy O27 review pack" })).toBeVisible();
  await expect(page.getByTestId("days-chart")).toHaveAttribute("aria-label", /HEIGHTENED/);
  await expect(page.getByTestId("not-implemented-chart")).toBeVisible();
  await expect(page.getByText("Every shift was briefed within the hour")).toBeVisible();
  // Every activation is listed, a page at a time (the header row, then a row each); the CSV has them all.
  const json = await (await commander.get("/api/reports/policy-review")).json();
  expect(json.activations.total).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId("review-activations").getByRole("row")).toHaveCount(
    Math.min(json.activations.total, json.activations.pageSize) + 1,
  );
  // In print the period form and its buttons are left off the A4 pages.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print the review pack" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Activations (CSV)" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv.split("\r\n")[0]).toMatch(/^Site,Site name,Level,Opened,Closed,Days at level/);
  expect(csv).toContain("Every shift was briefed within the hour");
  expect(csv).toContain(`${cast.site.code},`);

  expect(json.totals.activations).toBe(json.activations.total);
  expect(json.notImplemented.map((option: { code: string }) => option.code)).toContain(barriers.option.code);
  const bad = await commander.get("/api/reports/policy-review?from=2026-13-01");
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.fields.from).toBeDefined();
  expect((await lead.get("/api/reports/policy-review")).status()).toBe(403);
});
