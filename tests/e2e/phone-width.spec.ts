import { ROLES } from "./cast";
import { apiAs, expect, login, requestAlarm, setForceLevel, test } from "./fixtures";
import { idsOf, pages } from "./pages";

const PHONE = { width: 390, height: 844 };

// At a phone's width no page may scroll sideways: tables reflow to stacked rows, forms stack.
// The force is raised first, so the site pages show their checklists at their fullest.
test("no page is wider than a 390 px phone, and none has a browser-locale date input, for any role", async ({
  browser,
  baseURL,
  playwright,
  cast,
}) => {
  test.setTimeout(180_000);
  const commander = await apiAs(playwright, baseURL!, cast.commander.username);
  await setForceLevel(commander, "HEIGHTENED");
  const request = await requestAlarm(await apiAs(playwright, baseURL!, cast.officer.username));
  const everyPage = pages(idsOf(cast, request.id));

  const tooWide: string[] = [];
  const localeDates: string[] = [];
  for (const role of ROLES) {
    const context = await browser.newContext({ baseURL, viewport: PHONE });
    const page = await context.newPage();
    await login(page, cast[role].username);
    for (const [path] of everyPage.filter(([, allowed]) => allowed.includes(role))) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) tooWide.push(`${role} ${path}: ${width} px`);
      const browserDates = await page.locator("input[type=datetime-local], input[type=date], input[type=time]").count();
      if (browserDates) localeDates.push(`${role} ${path}: ${browserDates} browser-locale date inputs`);
    }
    await context.close();
  }
  expect(tooWide).toEqual([]);
  // Dates are typed in GOV.UK's day, month, year boxes, never in a control whose format follows the browser.
  expect(localeDates).toEqual([]);
});
