import { withDatabase } from "./database";
import {
  apiAs,
  expect,
  fillReviewBy,
  inThreeDays,
  login,
  reviewByForTests,
  setForceLevel,
  test,
  type Posture,
} from "./fixtures";

/** "25 sites would change level": every site not held above NORMAL by an override of its own. */
function sitesThatWouldRise(posture: Posture) {
  const count = posture.sites.filter((site) => site.effectiveLevel === "NORMAL").length;
  return `${count} ${count === 1 ? "site" : "sites"} would change level`;
}

test("a commander raises the force while staff see their banner change without reloading", async ({
  browser,
  playwright,
  baseURL,
  cast,
}) => {
  const api = await apiAs(playwright, baseURL!, cast.commander.username);
  const before = await setForceLevel(api, "NORMAL", "Start of the live-update test");

  const staffContext = await browser.newContext({ baseURL });
  const staffPage = await staffContext.newPage();
  await login(staffPage, cast.staff.username);
  await staffPage.goto("/posture");
  const banner = staffPage.getByTestId("posture-banner");
  await expect(banner).toContainText("NORMAL");
  await expect(staffPage.locator("[data-live-status=live]")).toBeVisible();
  let reloads = 0;
  staffPage.on("load", () => reloads++);

  const commanderContext = await browser.newContext({ baseURL });
  const page = await commanderContext.newPage();
  await login(page, cast.commander.username);
  await page.goto("/levels");
  await expect(page.getByTestId("suggestion")).toContainText("is below it");
  await page.getByLabel("New force level").selectOption("HEIGHTENED");
  await page.getByLabel("Reason").last().fill("JTAC raised the national threat to SUBSTANTIAL");
  // A raise needs the time by which it must be reviewed.
  await page.getByRole("button", { name: "Preview change" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Give the time by which a commander must review" }),
  ).toBeVisible();
  await fillReviewBy(page);
  await page.getByRole("button", { name: "Preview change" }).click();
  const preview = page.getByTestId("level-preview");
  await expect(preview).toContainText(sitesThatWouldRise(before));
  await expect(preview).toContainText("officer-hours a day");
  await page.getByRole("button", { name: "Confirm change" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The force is now at HEIGHTENED." })).toBeVisible();
  await expect(page.getByTestId("force-level")).toContainText("HEIGHTENED");
  // The form now shows the state in force: one more preview would not undo the decision.
  await expect(page.getByLabel("New force level")).toHaveValue("HEIGHTENED");
  await expect(page.getByLabel("New force level").locator("option:checked")).toHaveText("HEIGHTENED (current)");
  await expect(page.getByLabel("Reason").last()).toHaveValue("");

  await expect(banner).toContainText("HEIGHTENED", { timeout: 5_000 });
  await expect(staffPage.getByText("Pass checks at every entry point")).toBeVisible();
  expect(reloads).toBe(0);
  // The change is said, not only shown: a banner, announced, and in the title of a tab in the background.
  const notice = staffPage.getByTestId("level-change-notice");
  await expect(notice).toContainText(
    new RegExp(`The response level for ${cast.site.code} ${cast.site.name} changed to HEIGHTENED at \\d\\d:\\d\\d\\.`),
  );
  await expect(staffPage.locator("[aria-live=assertive]").filter({ has: notice })).toHaveCount(1);
  await expect(staffPage).toHaveTitle(/^HEIGHTENED: /);
  await notice.getByRole("button", { name: /Dismiss/ }).click();
  await expect(notice).toHaveCount(0);
  await expect(staffPage).not.toHaveTitle(/^HEIGHTENED: /);
  // Restricted options never reach a staff browser.
  expect(await staffPage.content()).not.toContain("Unpredictable search sweeps");

  await staffPage.getByRole("button", { name: "I have read this" }).click();
  await expect(staffPage.getByText(/You acknowledged this posture on/)).toBeVisible();
  await staffContext.close();
  await commanderContext.close();
});

test("a stale preview is refused and the screen says someone else changed the level", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  const api = await apiAs(playwright, baseURL!, cast.commander.username);
  await setForceLevel(api, "HEIGHTENED");
  await login(page, cast.commander.username);
  await page.goto("/levels");
  await page.getByLabel("New force level").selectOption("EXCEPTIONAL");
  await fillReviewBy(page);
  await page.getByLabel("Reason").last().fill("Attack in a neighbouring force");
  await page.getByRole("button", { name: "Preview change" }).click();
  await expect(page.getByTestId("level-preview")).toContainText("EXCEPTIONAL is not sustainable for long");
  await setForceLevel(api, "NORMAL", "Another commander stood the force down");
  await page.getByRole("button", { name: "Confirm change" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Someone else changed the response level" })).toBeVisible();
  await expect(page.getByTestId("force-level")).toContainText("NORMAL");
});

test("a site lead works the checklist; not implemented without a rationale is refused with a field error", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  const api = await apiAs(playwright, baseURL!, cast.commander.username);
  await setForceLevel(api, "HEIGHTENED");
  await login(page, cast.sitelead.username);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Checklist" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(cast.site.code);
  await expect(page.getByTestId("site-level")).toContainText("HEIGHTENED");

  await expect(page.locator("[data-live-status=live]")).toBeVisible();
  // A live refresh can still fold an item's form away under load (a known defect, left for the
  // performance work): open it again if so, and choose again.
  const decide = async (code: string, status: string) => {
    const item = page.getByTestId(`item-${code}`);
    await expect(async () => {
      if (!(await item.locator("details").evaluate((details) => (details as HTMLDetailsElement).open)))
        await item.getByText(`Record a decision on ${code}`).click();
      await item.getByLabel("Status").selectOption(status, { timeout: 2_000 });
      await item.getByRole("button", { name: `Save ${code}` }).click({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    return item;
  };
  const briefing = await decide("COM-01", "IMPLEMENTED");
  await expect(briefing.getByTestId("item-status")).toHaveText("Implemented");

  const barrier = await decide("ACC-02", "NOT_IMPLEMENTED");
  const rationaleError = "Give the rationale for not implementing this option";
  await expect(barrier.getByRole("alert").getByRole("link", { name: rationaleError })).toBeVisible();
  await expect(barrier.getByText(`Error: ${rationaleError}`)).toBeVisible();
  await expect(barrier.getByLabel("Rationale")).toHaveAttribute("aria-invalid", "true");
  await expect(barrier.getByTestId("item-status")).toHaveText("Pending");

  await barrier.getByLabel("Rationale").fill("Only one public entrance exists at this station");
  await barrier.getByRole("button", { name: "Save ACC-02" }).click();
  await expect(barrier.getByTestId("item-status")).toHaveText("Not implemented");
  await expect(barrier.getByTestId("item-rationale")).toHaveText(
    "Rationale: Only one public entrance exists at this station",
  );
  await expect(page.getByTestId("checklist-progress")).toContainText("2 of");
});

test("staff cannot open the overview or any checklist, in pages or the API", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  const commander = await apiAs(playwright, baseURL!, cast.commander.username);
  const posture = await setForceLevel(commander, "HEIGHTENED");
  const siteId = cast.site.id;
  const checklist = await (await commander.get(`/api/sites/${siteId}/checklist`)).json();

  await login(page, cast.staff.username);
  expect((await page.goto("/levels"))?.status()).toBe(403);
  expect((await page.goto(`/sites/${siteId}`))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

  const staff = await apiAs(playwright, baseURL!, cast.staff.username);
  expect((await staff.get(`/api/sites/${siteId}/checklist`)).status()).toBe(403);
  expect((await staff.get(`/api/sites/${siteId}/checklist/export`)).status()).toBe(403);
  expect(
    (await staff.patch(`/api/checklist-items/${checklist.items[0].id}`, { data: { status: "IMPLEMENTED" } })).status(),
  ).toBe(403);
  expect(
    (
      await staff.post("/api/levels", {
        data: { scope: "FORCE", level: "NORMAL", reason: "Staff try", expectedVersion: posture.force.version },
      })
    ).status(),
  ).toBe(403);
  expect(
    (
      await staff.post("/api/threat-levels", { data: { scope: "NATIONAL", level: "LOW", reason: "Staff try" } })
    ).status(),
  ).toBe(403);
  const staffPosture = await (await staff.get("/api/posture")).json();
  expect(staffPosture.sites[0]).not.toHaveProperty("checklist");
  expect(JSON.stringify(staffPosture)).not.toContain("Unpredictable");
});

test("the printable notice shows the level and staff-visible measures only", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  const api = await apiAs(playwright, baseURL!, cast.commander.username);
  await setForceLevel(api, "HEIGHTENED");
  await login(page, cast.staff.username);
  await page.goto("/posture");
  await page.getByRole("link", { name: "Printable notice for entrances" }).click();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Security response level" })).toBeVisible();
  await expect(page.locator("[data-level]")).toHaveText(/HEIGHTENED/);
  await expect(page.getByText("Pass checks at every entry point")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  expect(await page.content()).not.toContain("CCTV vigilance");
});

test("a commander raises one site with an expiry and filters the overview by district and level", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  const api = await apiAs(playwright, baseURL!, cast.commander.username);
  await setForceLevel(api, "NORMAL");
  await login(page, cast.commander.username);
  // The overview lists 50 sites a page: the district finds the one wanted.
  await page.goto(`/levels?district=${encodeURIComponent(cast.otherSite.district)}`);
  await page.getByRole("link", { name: `${cast.otherSite.code} ${cast.otherSite.name}` }).click();
  await page.locator("summary", { hasText: "Raise this site" }).click();
  await page.getByLabel("Raise this site to").selectOption("HEIGHTENED");
  await page.getByLabel("Reason", { exact: true }).fill("Protest planned outside the custody suite");
  await page.getByRole("button", { name: "Preview change" }).click();
  await expect(page.getByTestId("level-preview")).toContainText("1 site would change level");
  await page.getByRole("button", { name: "Confirm change" }).click();
  await expect(page.getByTestId("site-level")).toContainText("HEIGHTENED");
  await expect(page.getByText(/Raised above the force level to HEIGHTENED until/)).toBeVisible();
  await expect(page.getByRole("row", { name: /Override set: NORMAL → HEIGHTENED/ })).toContainText("Protest planned");
  // Only levels above the force level are offered as a raise.
  await expect(page.getByLabel("Raise this site to").locator("option")).toHaveText([
    "HEIGHTENED (current)",
    "EXCEPTIONAL",
  ]);

  await page.goto("/levels");
  await page.getByLabel("District").selectOption(cast.otherSite.district);
  await page.getByLabel("Effective level").selectOption("HEIGHTENED");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("row", { name: new RegExp(cast.otherSite.code) })).toContainText("HEIGHTENED until");
  await expect(page.locator("[data-testid^=site-row-]")).toHaveCount(1);

  // Sorting keeps the filter; the header says which way the column is sorted.
  await page.getByLabel("Effective level").selectOption("");
  await page.getByRole("button", { name: "Filter" }).click();
  await page
    .getByRole("columnheader", { name: /Effective level/ })
    .getByRole("link")
    .click();
  await page
    .getByRole("columnheader", { name: /Effective level/ })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/sort=level&order=desc/);
  expect(new URL(page.url()).searchParams.get("district")).toBe(cast.otherSite.district);
  await expect(page.getByRole("columnheader", { name: /Effective level/ })).toHaveAttribute("aria-sort", "descending");
  await expect(page.locator("[data-testid^=site-row-]").first()).toHaveAttribute(
    "data-testid",
    `site-row-${cast.otherSite.code}`,
  );
});

test("a commander changes the force level with the keyboard alone", async ({ page, playwright, baseURL, cast }) => {
  const api = await apiAs(playwright, baseURL!, cast.commander.username);
  await setForceLevel(api, "NORMAL");
  await login(page, cast.commander.username);
  await page.goto("/levels");
  await page.getByLabel("New force level").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("New force level")).toHaveValue("HEIGHTENED");
  const { day, month, year } = inThreeDays();
  for (const value of [day, month, year, "09:00"]) {
    await page.keyboard.press("Tab");
    await page.keyboard.type(value);
  }
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Reason").last()).toBeFocused();
  await page.keyboard.type("Raised from the keyboard after the JTAC change");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("level-preview")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByText("Sites affected")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByText("Options that open")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Confirm change" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("force-level")).toContainText("HEIGHTENED");
});

test("a stream that reconnects with Last-Event-ID is sent the changes it missed", async ({
  playwright,
  baseURL,
  cast,
}) => {
  const api = await apiAs(playwright, baseURL!, cast.staff.username);
  const cookie = (await api.storageState()).cookies.map((entry) => `${entry.name}=${entry.value}`).join("; ");
  const commander = await apiAs(playwright, baseURL!, cast.commander.username);
  // Each stream is ended by aborting its request, so its socket is closed by us, not reset under us.
  const firstConnection = new AbortController();
  const first = await fetch(`${baseURL}/api/posture/stream`, {
    headers: { Cookie: cookie },
    signal: firstConnection.signal,
  });
  const reader = first.body!.getReader();
  const ready = new TextDecoder().decode((await reader.read()).value);
  const lastSeen = /id: (\d+)/.exec(ready)![1];
  firstConnection.abort();

  // While disconnected, the level changes.
  const posture = await setForceLevel(commander, "NORMAL");
  await commander.post("/api/levels", {
    data: {
      scope: "FORCE",
      level: "HEIGHTENED",
      reviewBy: reviewByForTests(),
      reason: "Changed while the client was away",
      expectedVersion: posture.force.version,
    },
  });

  const secondConnection = new AbortController();
  const again = await fetch(`${baseURL}/api/posture/stream`, {
    headers: { Cookie: cookie, "Last-Event-ID": lastSeen },
    signal: secondConnection.signal,
  });
  const replay = again.body!.getReader();
  let received = "";
  while (!received.includes("event: change")) received += new TextDecoder().decode((await replay.read()).value);
  secondConnection.abort();
  expect(received).toMatch(/event: change\nid: \d+|id: \d+\nevent: change/);
  expect(received).toContain('"type":"force"');
});

test("a commander ends a site's override with its own button, and a preview of no change is refused", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  const api = await apiAs(playwright, baseURL!, cast.commander.username);
  await setForceLevel(api, "NORMAL");
  const version = (await (await api.get("/api/posture")).json()).sites.find(
    (site: { id: string }) => site.id === cast.otherSite.id,
  ).version;
  const raised = await api.post("/api/levels", {
    data: {
      scope: "SITE",
      siteId: cast.otherSite.id,
      level: "HEIGHTENED",
      reason: "Protest planned",
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      expectedVersion: version,
    },
  });
  expect(raised.status()).toBe(200);

  await login(page, cast.commander.username);
  await page.goto(`/sites/${cast.otherSite.id}`);
  await page.getByLabel("Why the override can end").fill("The protest was called off");
  await page
    .getByRole("button", { name: `End the override and return ${cast.otherSite.code} to the force level` })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "The override has ended" })).toHaveText(
    `The override has ended: ${cast.otherSite.code} is back at the force level, NORMAL.`,
  );
  await expect(page.getByTestId("site-level")).toContainText("NORMAL");
  await expect(page.getByRole("row", { name: /Override ended: HEIGHTENED → NORMAL/ })).toContainText("called off");

  await page.goto("/levels");
  await page.getByLabel("New force level").selectOption("NORMAL");
  await page.getByRole("button", { name: "Preview change" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("The force is already at NORMAL");
  await expect(page.getByRole("button", { name: "Confirm change" })).toHaveCount(0);
});

test("a commander reviews an overdue force level and maintains it; the level never dropped by itself", async ({
  page,
  playwright,
  baseURL,
  server,
  cast,
}) => {
  const api = await apiAs(playwright, baseURL!, cast.commander.username);
  await setForceLevel(api, "HEIGHTENED");
  // The review-by time passes.
  await withDatabase(server, (client) =>
    client.query(`UPDATE "ForceLevel" SET "reviewBy" = now() - interval '1 hour' WHERE "id" = 1`),
  );
  await login(page, cast.commander.username);
  await page.goto("/levels");
  await expect(page.getByTestId("force-review")).toContainText("Review overdue: HEIGHTENED was due for review");
  await expect(page.getByTestId("force-level")).toContainText("HEIGHTENED");

  const form = page.getByRole("form", { name: "Review the force level" });
  await form.getByRole("button", { name: "Record the review" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await form.getByRole("radio", { name: /Maintain HEIGHTENED/ }).check();
  await fillReviewBy(page, "Next review by (UK time)");
  await form.getByLabel("Reason").fill("Threat assessment unchanged: the measures stay proportionate");
  await form.getByRole("button", { name: "Record the review" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "The force stays at HEIGHTENED until its next review" }),
  ).toBeVisible();
  await expect(page.getByTestId("force-review")).toContainText(`Review by ${inThreeDays().shown}, 09:00`);

  const history = await (await api.get("/api/levels/history")).text();
  expect(history).toContain("REVIEW_MAINTAINED");
  expect(history).toContain("Threat assessment unchanged");
});

test("the API refuses a force raise without a review-by time, naming the field, and a review past the limit", async ({
  playwright,
  baseURL,
  cast,
}) => {
  const api = await apiAs(playwright, baseURL!, cast.commander.username);
  const posture = await setForceLevel(api, "NORMAL");
  const raise = await api.post("/api/levels", {
    data: { scope: "FORCE", level: "EXCEPTIONAL", reason: "No review time", expectedVersion: posture.force.version },
  });
  expect(raise.status()).toBe(422);
  expect((await raise.json()).error.fields.reviewBy).toEqual([expect.stringContaining("review EXCEPTIONAL")]);
  const raised = await setForceLevel(api, "EXCEPTIONAL");
  const review = await api.post("/api/levels/review", {
    data: {
      scope: "FORCE",
      decision: "MAINTAIN",
      reviewBy: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      reason: "Keep it for ten days",
      expectedVersion: raised.force.version,
    },
  });
  expect(review.status()).toBe(422);
  expect((await review.json()).error.fields.reviewBy).toEqual(["EXCEPTIONAL must be reviewed within 7 days"]);
  const changed = await api.post("/api/levels/review", {
    data: {
      scope: "FORCE",
      decision: "CHANGE",
      level: "HEIGHTENED",
      reviewBy: reviewByForTests(),
      reason: "Step down to a sustainable level",
      expectedVersion: raised.force.version,
    },
  });
  expect(changed.status()).toBe(200);
  expect((await changed.json()).force).toMatchObject({ level: "HEIGHTENED" });
});

test("staff see personal-security advice while the police-sector threat is raised above the national one", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  const commander = await apiAs(playwright, baseURL!, cast.commander.username);
  const record = async (scope: string, level: string) =>
    expect(
      (await commander.post("/api/threat-levels", { data: { scope, level, reason: "JTAC assessment" } })).status(),
    ).toBe(201);
  await record("NATIONAL", "SUBSTANTIAL");
  await record("POLICE_SECTOR", "SUBSTANTIAL");
  await login(page, cast.staff.username);
  await page.goto("/posture");
  await expect(page.getByTestId("personal-security")).toHaveCount(0);
  await record("POLICE_SECTOR", "SEVERE");
  const advice = page.getByRole("region", { name: "Your personal security" });
  await expect(advice).toBeVisible({ timeout: 5_000 });
  await expect(advice).toContainText("police sector: Severe");
  await expect(advice).toContainText("No uniform or identifiable lanyards off duty");
  await expect(advice).toContainText("Book on and off duty");
  await record("POLICE_SECTOR", "SUBSTANTIAL");
  await expect(page.getByTestId("personal-security")).toHaveCount(0, { timeout: 5_000 });
});
