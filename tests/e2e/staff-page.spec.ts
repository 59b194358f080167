import { gzipSync } from "node:zlib";
import type { APIRequestContext } from "@playwright/test";
import { apiAs, expect, login, setForceLevel, test } from "./fixtures";

const POSTURE_JS_BUDGET_BYTES = 100_000;

async function cookieOf(api: APIRequestContext) {
  return (await api.storageState()).cookies.map((entry) => `${entry.name}=${entry.value}`).join("; ");
}

/** The acknowledgement form as a browser without scripts posts it. */
async function postAcknowledgement(api: APIRequestContext, fields: Record<string, string>, origin?: string) {
  return api.post("/posture", { form: fields, headers: origin ? { Origin: origin } : {}, maxRedirects: 0 });
}

test("the staff page ships one small inline script, no framework, and the stylesheet every page links", async ({
  page,
  cast,
}) => {
  await login(page, cast.staff.username);
  await page.goto("/posture");
  await expect(page.locator("[data-live-status=live]")).toBeVisible();
  expect(await page.locator("script[src]").count()).toBe(0);
  const scripts = await page.locator("script").allTextContents();
  const gzipped = scripts.reduce((bytes, code) => bytes + gzipSync(code).byteLength, 0);
  expect(gzipped).toBeGreaterThan(0);
  expect(gzipped).toBeLessThan(POSTURE_JS_BUDGET_BYTES);
  expect(await page.content()).not.toContain("self.__next_f");

  const stylesheets = async () =>
    page.locator("link[rel=stylesheet]").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  const postureSheets = await stylesheets();
  await page.goto("/estate");
  expect(postureSheets).toEqual(await stylesheets());
  const css = await page.request.get(postureSheets[0]!);
  expect(css.status()).toBe(200);
  expect(css.headers()["content-type"]).toContain("text/css");
});

test("staff acknowledge and sign out with scripts switched off", async ({ browser, baseURL, playwright, cast }) => {
  await setForceLevel(await apiAs(playwright, baseURL!, cast.commander.username), "HEIGHTENED");
  const staff = await apiAs(playwright, baseURL!, cast.staff.username);
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    storageState: await staff.storageState(),
  });
  const page = await context.newPage();
  await page.goto("/posture");
  await expect(page.getByTestId("posture-banner")).toContainText("HEIGHTENED");
  await page.getByRole("button", { name: "I have read this" }).click();
  await expect(page).toHaveURL(/\/posture$/);
  await expect(page.getByText(/You acknowledged this posture on/)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect((await page.request.get("/api/posture")).status()).toBe(401);
  await context.close();
});

test("a stale, malformed or forged acknowledgement is refused with its reason and records nothing", async ({
  playwright,
  baseURL,
  cast,
}) => {
  await setForceLevel(await apiAs(playwright, baseURL!, cast.commander.username), "EXCEPTIONAL");
  const staff = await apiAs(playwright, baseURL!, cast.staff.username);
  const stale = await postAcknowledgement(staff, { siteId: cast.site.id, postureVersion: "999999" });
  expect(stale.status()).toBe(409);
  expect(await stale.text()).toContain("The posture changed before you acknowledged it");

  const malformed = await postAcknowledgement(staff, { siteId: "not-a-site", postureVersion: "x" });
  expect(malformed.status()).toBe(422);
  const reason = await malformed.text();
  expect(reason).toContain("siteId:");
  expect(reason).toContain("postureVersion:");

  const current = (await (await staff.get("/api/posture")).json()) as { sites: { id: string; version: number }[] };
  const version = String(current.sites.find((site) => site.id === cast.site.id)!.version);
  const forged = await postAcknowledgement(
    staff,
    { siteId: cast.site.id, postureVersion: version },
    "http://evil.test",
  );
  expect(forged.status()).toBe(403);
  const asJson = await staff.post("/posture", { data: { siteId: cast.site.id, postureVersion: Number(version) } });
  expect(asJson.status()).toBe(415);
  const forgedSignOut = await staff.post("/sign-out", { headers: { Origin: "http://evil.test" }, maxRedirects: 0 });
  expect(forgedSignOut.status()).toBe(403);

  const page = await staff.get("/posture");
  expect(await page.text()).toContain("I have read this");
});

test("the stream names the reader's new site level in the event itself, before the page refetches", async ({
  playwright,
  baseURL,
  cast,
}) => {
  const commander = await apiAs(playwright, baseURL!, cast.commander.username);
  await setForceLevel(commander, "NORMAL");
  const staff = await apiAs(playwright, baseURL!, cast.staff.username);
  const connection = new AbortController();
  const stream = await fetch(`${baseURL}/api/posture/stream`, {
    headers: { Cookie: await cookieOf(staff) },
    signal: connection.signal,
  });
  const reader = stream.body!.getReader();
  let received = new TextDecoder().decode((await reader.read()).value);
  expect(JSON.parse(/event: ready\ndata: (.*)\n/.exec(received)![1]).spreadMs).toBeGreaterThanOrEqual(2_500);

  await setForceLevel(commander, "HEIGHTENED");
  while (!received.includes("event: change")) received += new TextDecoder().decode((await reader.read()).value);
  connection.abort();
  const level = JSON.parse(/event: level\ndata: (.*)\n/.exec(received)![1]);
  expect(level).toMatchObject({ siteId: cast.site.id, level: "HEIGHTENED" });
  expect(level.at).toMatch(/^\d\d:\d\d$/);
  expect(received.indexOf("event: level")).toBeLessThan(received.indexOf("event: change"));
});
