import { emailOf } from "./cast";
import { apiAs, expect, login, setForceLevel, test } from "./fixtures";

// A level change reaches people outside the app: the worker's own SMTP server and Teams receiver
// (started with its app server, tests/e2e/server.ts) keep what was sent.
test("a force raise emails each member of staff once and posts to Teams; staff acknowledge and leads see who has not", async ({
  page,
  playwright,
  baseURL,
  cast,
  server,
}) => {
  test.setTimeout(120_000);
  const commander = await apiAs(playwright, baseURL!, cast.commander.username);
  await setForceLevel(commander, "NORMAL");
  const teamsBefore = server.teams.length;
  await setForceLevel(commander, "HEIGHTENED", `Reason that stays inside ${cast.tag}`);
  const raisedFor = (username: string) =>
    server.mail.filter((mail) => mail.to.includes(emailOf(username)) && mail.subject.endsWith("now HEIGHTENED"));
  await expect.poll(() => raisedFor(cast.staff.username).length, { timeout: 45_000 }).toBe(1);
  const [mail] = raisedFor(cast.staff.username);
  expect(mail.subject).toBe(`${cast.site.code} ${cast.site.name}: the security response level is now HEIGHTENED`);
  expect(mail.text).toContain("Pass checks at every entry point");
  expect(mail.text).not.toContain("Pre-scripted messages");
  expect(mail.text).not.toContain("Reason that stays inside");
  await expect
    .poll(
      () =>
        server.mail.some(
          (sent) =>
            sent.to.includes(emailOf(cast.commander.username)) &&
            sent.subject.startsWith("Force response level change"),
        ),
      { timeout: 45_000 },
    )
    .toBe(true);
  // One card per change, naming the level; a long list of sites is cut short on the card.
  await expect
    .poll(
      () =>
        server.teams.slice(teamsBefore).some((post) => post.body.includes("Force security response level: HEIGHTENED")),
      { timeout: 45_000 },
    )
    .toBe(true);
  expect(server.teams.slice(teamsBefore).some((post) => post.body.includes("Reason that stays inside"))).toBe(false);

  await login(page, cast.staff.username);
  await page.goto("/posture");
  await page.getByRole("button", { name: /I have read this/ }).click();
  await expect(page.getByText(/You acknowledged this posture on/)).toBeVisible();

  const lead = await page.context().browser()!.newContext({ baseURL });
  const leadPage = await lead.newPage();
  await login(leadPage, cast.sitelead.username);
  await leadPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Coverage" }).click();
  const staffRow = leadPage.getByTestId(`person-${cast.staff.id}`);
  await expect(staffRow).toContainText("in the app");
  const approverRow = leadPage.getByTestId(`person-${cast.approver.id}`);
  await expect(approverRow).toContainText("Outstanding");
  await approverRow.getByRole("button", { name: `Briefed in person ${cast.approver.displayName}` }).click();
  await expect(approverRow).toContainText(`briefed in person (recorded by ${cast.sitelead.displayName})`);
  await lead.close();

  const coverage = await (await commander.get("/api/acknowledgements")).json();
  const site = coverage.sites.find((entry: { siteId: string }) => entry.siteId === cast.site.id);
  expect(site).toMatchObject({ acknowledged: 2, effectiveLevel: "HEIGHTENED" });
  expect(site.outstanding.map((person: { userId: string }) => person.userId)).not.toContain(cast.staff.id);
});

test("on a phone, 'I have read this' comes first on the staff posture page", async ({
  browser,
  playwright,
  baseURL,
  cast,
}) => {
  await setForceLevel(await apiAs(playwright, baseURL!, cast.commander.username), "HEIGHTENED");
  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await login(page, cast.staff.username);
  await page.goto("/posture");
  const button = await page.getByRole("button", { name: "I have read this" }).boundingBox();
  const measures = await page.getByText("Pass checks at every entry point").boundingBox();
  const heading = await page.getByRole("heading", { name: cast.site.name }).boundingBox();
  expect(button!.y).toBeLessThan(heading!.y);
  expect(button!.y).toBeLessThan(measures!.y);
  await phone.close();
});

test("an officer follows a station from the estate list and is emailed when it is raised", async ({
  page,
  playwright,
  baseURL,
  cast,
  server,
}) => {
  test.setTimeout(120_000);
  const commander = await apiAs(playwright, baseURL!, cast.commander.username);
  await setForceLevel(commander, "NORMAL");
  await login(page, cast.officer2.username);
  await page.goto("/estate");
  const row = page.getByRole("row", { name: new RegExp(cast.site.code) });
  await row.getByRole("button", { name: `Follow ${cast.site.code} ${cast.site.name}` }).click();
  await expect(row.getByRole("status")).toHaveText("Following: you will be emailed when its level changes.");
  const following = await (await apiAs(playwright, baseURL!, cast.officer2.username)).get("/api/subscriptions");
  expect((await following.json()).items.map((item: { siteId: string }) => item.siteId)).toContain(cast.site.id);

  const posture = await (await commander.get("/api/posture")).json();
  const site = posture.sites.find((entry: { id: string }) => entry.id === cast.site.id);
  const raised = await commander.post("/api/levels", {
    data: {
      scope: "SITE",
      siteId: cast.site.id,
      level: "EXCEPTIONAL",
      reason: "Followed site raised",
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      expectedVersion: site.version,
    },
  });
  expect(raised.status()).toBe(200);
  await expect
    .poll(
      () =>
        server.mail.filter(
          (mail) => mail.to.includes(emailOf(cast.officer2.username)) && mail.subject.includes(`${cast.site.code} `),
        ).length,
      { timeout: 45_000 },
    )
    .toBe(1);
});
