import { expect, test as base, type APIRequest, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, seedCast, type Cast } from "./cast";
import { withDatabase } from "./database";
import { startServer, type E2eServer } from "./server";

export { DEMO_PASSWORD, expect };
export type { Cast };

/**
 * Each worker has its own server and database (`server`); each test seeds its own people and
 * places (`cast`). `baseURL` is the worker's server, so `page.goto("/levels")` goes there.
 */
export const test = base.extend<{ cast: Cast }, { server: E2eServer }>({
  server: [
    // Playwright reads a fixture's dependencies from this pattern: it has none.
    async ({}, use, workerInfo) => {
      const server = await startServer(workerInfo.parallelIndex);
      await use(server);
      await server.stop();
    },
    { scope: "worker", timeout: 200_000 },
  ],
  baseURL: async ({ server }, use) => use(server.baseURL),
  cast: async ({ server }, use) => use(await withDatabase(server, seedCast)),
});

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** An API client signed in as a user, through next-auth's own credentials flow. */
export async function apiAs(playwright: { request: APIRequest }, baseURL: string, username: string) {
  const context = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const signIn = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password: DEMO_PASSWORD, json: "true" },
  });
  expect(signIn.ok()).toBe(true);
  return context;
}

type Level = "NORMAL" | "HEIGHTENED" | "EXCEPTIONAL";
type SitePosture = { id: string; effectiveLevel: Level; version: number; override: unknown };
export type Posture = { force: { level: Level; version: number }; sites: SitePosture[] };

/** Day, month and year in London three days from now: a valid override expiry and force review-by time. */
export function inThreeDays() {
  const date = new Date(Date.now() + 3 * 86_400_000);
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)!.value;
  const shown = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(date);
  return { day: get("day"), month: get("month"), year: get("year"), shown };
}

/** A review-by time any raise accepts (EXCEPTIONAL allows 7 days), as the API takes it. */
export const reviewByForTests = () => new Date(Date.now() + 3 * 86_400_000).toISOString();

/** Fills a form's "Review by" date group with a time three days ahead. */
export async function fillReviewBy(page: Page, label = "Review by (UK time)") {
  const group = page.getByRole("group", { name: label });
  const { day, month, year } = inThreeDays();
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
  await group.getByLabel("Time (24-hour)").fill("09:00");
}

async function changeForceLevel(api: APIRequestContext, level: Level, reason: string, version: number) {
  const response = await api.post("/api/levels", {
    data: { scope: "FORCE", level, reason, reviewBy: reviewByForTests(), expectedVersion: version },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as Posture;
}

/**
 * Puts the force at a level through the API, whatever it was. A test's own sites are seeded at
 * NORMAL and join the next change (decision 008): a force already above NORMAL is stood down and
 * raised again, so they open their checklists too.
 */
export async function setForceLevel(api: APIRequestContext, level: Level, reason = "Set up by an end-to-end test") {
  let posture = (await (await api.get("/api/posture")).json()) as Posture;
  if (posture.force.level === level && level === "NORMAL") return posture;
  if (posture.force.level === level) {
    posture = await changeForceLevel(api, "NORMAL", "Stood down to bring every site in", posture.force.version);
  }
  return changeForceLevel(api, level, reason, posture.force.version);
}

export const VALID_ALARM_REQUEST = {
  addressLine1: "1 Fixture Road",
  town: "Kingsbridge",
  postcode: "KB1 1AA",
  personName: "Fixture Person",
  contactPhone: "07700 900123",
  reasonCategory: "OTHER",
  riskSummary: "A risk summary written by a test",
  hazards: "Hazards written by a test",
  reference: "CR/26/000001",
  alarmType: "PERSONAL_ATTACK",
  periodDays: 28,
  riskGrade: "MEDIUM",
  riskAssessedOn: "2026-11-01",
  maracHeard: false,
  codeword: "lantern",
  safeContact: "Mobile only, afternoons",
  occupierConsent: true,
};

/** A REQUESTED alarm request of the officer's own, made through the API. */
export async function requestAlarm(api: APIRequestContext): Promise<{ id: string; number: string }> {
  const response = await api.post("/api/alarms", { data: VALID_ALARM_REQUEST });
  expect(response.status()).toBe(201);
  return response.json();
}
