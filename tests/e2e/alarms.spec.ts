import type { Browser, Page } from "@playwright/test";
import { apiAs, expect, login, requestAlarm, test } from "./fixtures";

async function signedIn(browser: Browser, baseURL: string, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await login(page, username);
  return page;
}

/** The confirmation's plain words for each action a test takes through its form. */
const DONE: Record<string, string> = {
  Approve: "Approved",
  "Confirm the alarm is live": "Confirmed live",
  "Order removal": "Ordered the removal of",
  "Record removal": "Recorded the removal of",
};

async function act(
  page: Page,
  action: string,
  fill: (form: ReturnType<Page["getByRole"]>) => Promise<void> = async () => {},
) {
  await page.locator("summary", { hasText: action }).click();
  const form = page.getByRole("form", { name: action });
  await fill(form);
  await form.getByRole("button", { name: action }).click();
  await expect(page.getByRole("status").filter({ hasText: new RegExp(`^${DONE[action]} TPA-`) })).toBeVisible();
}

/** A GOV.UK date group's day, month and year boxes, by the group's legend. */
async function fillDay(page: Page, legend: string, date: Date) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(date.getUTCDate()));
  await group.getByLabel("Month").fill(String(date.getUTCMonth() + 1));
  await group.getByLabel("Year").fill(String(date.getUTCFullYear()));
}

const answer = (page: Page, question: string, choice: "Yes" | "No") =>
  page.getByRole("group", { name: question }).getByLabel(choice, { exact: true }).check();

test("an alarm goes from request to removal, each person in their own session", async ({ browser, baseURL, cast }) => {
  test.setTimeout(120_000);
  const postcode = "KB9 4ZT";
  // An address of this test's own, so the hazard check finds only its alarm.
  const address = `21 Playwright Gardens ${cast.tag}`;
  const officer = await signedIn(browser, baseURL!, cast.officer.username);
  await officer
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: /^Alarms/ })
    .click();
  await officer.getByRole("link", { name: "Request an alarm" }).click();

  await officer.getByRole("button", { name: "Submit the request" }).click();
  await expect(officer.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(officer.getByLabel("Postcode")).toHaveAttribute("aria-invalid", "true");

  await officer.getByLabel("Address line 1").fill(address);
  await officer.getByLabel("Town").fill("Kingsbridge");
  await officer.getByLabel("Postcode").fill(postcode);
  await officer.getByLabel("Town").focus();
  // Before submitting, the form says whether a live alarm already protects the address.
  await expect(officer.getByTestId("address-check")).toContainText(
    "No live temporary alarm is recorded at this address",
  );
  await officer.getByLabel("Full name").fill("Erin Testperson");
  await officer.getByLabel("Safe phone number").fill("07700 900555");
  await officer.getByLabel("Safe times and ways to make contact").fill("Mobile only, after 6pm");
  await officer.getByLabel("Agreed codeword").fill("marigold");
  await answer(officer, "Does the occupier consent to the alarm being fitted?", "Yes");
  await officer.getByLabel("Reason", { exact: true }).selectOption("DOMESTIC_ABUSE");
  await officer.getByLabel("DASH risk grade").selectOption("HIGH");
  await fillDay(officer, "Date of the risk assessment", new Date(Date.now() - 2 * 86_400_000));
  await answer(officer, "Has the case been heard at a MARAC?", "No");
  await officer.getByLabel("Risk summary").fill("Former partner has threatened to return to the address.");
  await officer
    .getByLabel("Perpetrator and hazard information")
    .fill("Former partner known to be violent towards police; large dog.");
  await officer.getByLabel("Intelligence or crime reference").fill("CR/26/099001");
  await officer.getByLabel(/Days needed/).fill("42");
  await expect(officer.getByTestId("estimated-cost")).toContainText("£168");
  await officer.getByRole("button", { name: "Submit the request" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "has been submitted for approval" })).toBeVisible();
  const number = (await officer.getByRole("heading", { level: 1 }).textContent())!.replace("Alarm request ", "").trim();
  const url = officer.url();

  // "My requests" says where each request is and filters by status, in the address.
  await officer.goto("/alarms");
  await expect(officer.getByTestId(`alarm-${number}`)).toContainText(`${address}, Kingsbridge, ${postcode}`);
  await officer.getByLabel("Status").selectOption({ label: "Installed" });
  await officer.getByRole("button", { name: "Filter" }).click();
  await expect(officer).toHaveURL(/ownStatus=INSTALLED/);
  await expect(officer.getByText("None of your requests has that status.")).toBeVisible();
  await officer.getByLabel("Status").selectOption({ label: "Requested" });
  await officer.getByRole("button", { name: "Filter" }).click();
  await expect(officer.getByTestId(`alarm-${number}`)).toBeVisible();

  const approver = await signedIn(browser, baseURL!, cast.approver.username);
  await approver.goto("/alarms");
  await approver.getByRole("link", { name: number }).click();
  await expect(approver.getByText("To see it, say why you need to")).toBeVisible();
  await expect(approver.getByText("Erin Testperson")).toHaveCount(0);
  // The decision form is under the risk summary: it appears only once the approver has opened it.
  await expect(approver.getByRole("form", { name: "Approve" })).toHaveCount(0);
  await expect(approver.getByLabel("Why do you need to see it?")).toHaveValue(
    "Reading the risk summary to decide the request",
  );
  await approver.getByRole("button", { name: "Show the personal data" }).click();
  await expect(approver.getByTestId("personal-data")).toContainText("Erin Testperson");
  await expect(approver.getByTestId("personal-data")).toContainText("marigold");
  await expect(approver.getByTestId("access-log")).toContainText("Reading the risk summary to decide the request");
  await act(approver, "Approve", (form) => form.getByLabel("Reason").fill("Risk is high and current"));

  const installer = await signedIn(browser, baseURL!, cast.installer.username);
  // The installer's queue gives the town and postcode to plan rounds by, not the street.
  await installer.goto("/alarms");
  const toFit = installer.getByRole("region", { name: /^To install/ }).getByTestId(`alarm-${number}`);
  await expect(toFit).toContainText("Kingsbridge");
  await expect(toFit).toContainText(postcode);
  await expect(toFit).not.toContainText(address);
  await toFit.getByRole("link", { name: number }).click();
  await expect(installer).toHaveURL(new RegExp(`${new URL(url).pathname}$`));
  await installer.getByLabel("Why do you need to see it?").fill("Arranging the installation visit");
  await installer.getByRole("button", { name: "Show the personal data" }).click();
  await expect(installer.getByTestId("personal-data")).toContainText(address);
  await expect(installer.getByTestId("personal-data")).not.toContainText("violent");
  await installer.locator("summary", { hasText: "Record installation" }).click();
  const installForm = installer.getByRole("form", { name: "Record installation" });
  const assetTag = cast.unit.assetTag;
  await installForm.getByLabel("Unit fitted (from stock)").selectOption({ label: assetTag });
  await installForm.getByRole("button", { name: "Record installation" }).click();
  await expect(installForm.getByText(/control-room reference/i).first()).toBeVisible();
  await expect(installForm.getByText("Say whether the alarm was tested with the control room").first()).toBeVisible();
  await installForm.getByLabel("Control-room reference").fill("CTRL-99812");
  await installForm
    .getByRole("group", { name: /test call/ })
    .getByLabel("Yes")
    .check();
  await installForm.getByRole("button", { name: "Record installation" }).click();
  await expect(
    installer.getByRole("status").filter({ hasText: `Recorded the installation of ${number}.` }),
  ).toBeVisible();
  await expect(
    installer.getByRole("region", { name: /not yet confirmed live/ }).getByTestId(`alarm-${number}`),
  ).toBeVisible();

  // Fitted is not live: no hazard marker until the control room confirms the link.
  const otherOfficer = await signedIn(browser, baseURL!, cast.officer2.username);
  await otherOfficer.getByRole("link", { name: "Hazard check" }).click();
  await otherOfficer.getByLabel("Postcode or address").fill(address.toLowerCase());
  await otherOfficer.getByRole("button", { name: "Check" }).click();
  await expect(otherOfficer.getByRole("heading", { name: "No live temporary alarm at that address" })).toBeVisible();

  const controlRoom = await signedIn(browser, baseURL!, cast.controlroom.username);
  await expect(controlRoom.getByRole("heading", { name: "Alarm lookup", level: 1 })).toBeVisible();
  await controlRoom.getByRole("link", { name: /waiting for you to confirm/ }).click();
  await controlRoom
    .getByRole("region", { name: /awaiting your confirmation/ })
    .getByRole("link", { name: number })
    .click();
  await controlRoom.locator("summary", { hasText: "Confirm the alarm is live" }).click();
  const confirmForm = controlRoom.getByRole("form", { name: "Confirm the alarm is live" });
  await confirmForm.getByLabel("Reference in the control room's system").fill("CTRL-00000");
  await confirmForm
    .getByRole("group", { name: /ring through/ })
    .getByLabel("Yes")
    .check();
  await confirmForm.getByRole("button", { name: "Confirm the alarm is live" }).click();
  await expect(confirmForm.getByText(/does not match/).first()).toBeVisible();
  await confirmForm.getByLabel("Reference in the control room's system").fill("ctrl-99812");
  await confirmForm.getByRole("button", { name: "Confirm the alarm is live" }).click();
  await expect(controlRoom.getByRole("status").filter({ hasText: `Confirmed live ${number}.` })).toBeVisible();

  await otherOfficer.getByRole("button", { name: "Check" }).click();
  const marker = otherOfficer.getByTestId("hazard-marker");
  await expect(marker).toContainText(address);
  await expect(marker).toContainText("violent towards police");
  await expect(marker).not.toContainText("Erin Testperson");
  await expect(marker).not.toContainText("07700");
  // The address searched for never sits in the URL.
  expect(otherOfficer.url()).not.toContain("Playwright");

  // The alarm rings: the call handler finds it by the phone number, however it is written.
  await controlRoom.getByRole("link", { name: "Alarm lookup" }).click();
  await controlRoom.getByLabel("Device reference, phone number, postcode or address").fill("+44 7700 900555");
  await controlRoom.getByRole("button", { name: "Find the alarm" }).click();
  const card = controlRoom.getByTestId("call-card");
  await expect(card).toContainText("Erin Testperson");
  await expect(card).toContainText("marigold");
  await expect(card).toContainText("Mobile only, after 6pm");
  await expect(card).toContainText("DASH high");
  await expect(card).toContainText(cast.officer.displayName);
  expect(controlRoom.url()).not.toContain("7700");
  await approver.goto(url);
  await expect(approver.getByTestId("access-log")).toContainText("alarm call (searched “+44 7700 900555”)");

  await approver.goto(url);
  await act(approver, "Order removal", (form) =>
    form.getByLabel("Reason").fill("Perpetrator has been remanded in custody"),
  );

  await installer.goto("/alarms");
  await installer.getByRole("link", { name: number }).click();
  await act(installer, "Record removal", (form) => form.getByLabel("Good: back to stock").check());

  // Once removed, the check says what it searched and to look in the force's other systems too.
  await otherOfficer.getByRole("button", { name: "Check" }).click();
  await expect(otherOfficer.getByRole("heading", { name: "No live temporary alarm at that address" })).toBeVisible();
  await expect(otherOfficer.getByTestId("no-hazard-found")).toContainText(`containing “${address.toLowerCase()}”`);
  await expect(otherOfficer.getByTestId("no-hazard-found")).toContainText("Check the command-and-control system");

  await installer.goto("/alarms/units");
  await installer.getByLabel("Asset tag starts with").fill(assetTag);
  await installer.getByRole("button", { name: "Filter" }).click();
  await expect(installer.getByTestId(`unit-${assetTag}`)).toContainText("In stock");
  await installer.getByRole("link", { name: assetTag }).click();
  await expect(installer.getByRole("listitem").filter({ hasText: "Returned" })).toContainText(number);
});

test("staff get 403 on every alarm page and route", async ({ page, playwright, baseURL, cast }) => {
  await login(page, cast.staff.username);
  for (const path of ["/alarms", "/alarms/new", "/alarms/units", "/alarms/hazards", "/alarms/reports"]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  const anyRequest = await requestAlarm(await apiAs(playwright, baseURL!, cast.officer.username));
  expect((await page.goto(`/alarms/${anyRequest.id}`))?.status()).toBe(403);

  const staff = await apiAs(playwright, baseURL!, cast.staff.username);
  const attempts = [
    staff.get("/api/alarms"),
    staff.get(`/api/alarms/${anyRequest.id}?reason=I%20am%20just%20curious%20today`),
    staff.post("/api/alarms", { data: {} }),
    staff.post(`/api/alarms/${anyRequest.id}/transitions`, { data: { action: "approve", note: "no" } }),
    staff.post(`/api/alarms/${anyRequest.id}/calls`, {
      data: { occurredAt: new Date().toISOString(), outcome: "TEST" },
    }),
    staff.get("/api/alarm-units"),
    staff.post("/api/alarm-units", { data: { assetTag: "PA-9999", type: "INTRUDER" } }),
    staff.get("/api/alarms/hazards?q=KB1"),
    staff.get("/api/alarms/reports"),
  ];
  for (const response of await Promise.all(attempts)) expect(response.status(), response.url()).toBe(403);
});

test("the API validates a request, naming each bad field", async ({ playwright, baseURL, cast }) => {
  const officer = await apiAs(playwright, baseURL!, cast.officer.username);
  const response = await officer.post("/api/alarms", {
    data: { postcode: "NOPE", periodDays: 1000, alarmType: "SIREN" },
  });
  expect(response.status()).toBe(422);
  const body = await response.json();
  expect(Object.keys(body.error.fields)).toEqual(
    expect.arrayContaining([
      "addressLine1",
      "town",
      "postcode",
      "personName",
      "contactPhone",
      "reasonCategory",
      "riskSummary",
      "hazards",
      "reference",
      "alarmType",
      "periodDays",
    ]),
  );
});
