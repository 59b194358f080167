import { expect, test as base, type APIRequest, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "estate-demo";

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export const test = base;
export { expect };

/** An API client signed in as a demo user, through next-auth's own credentials flow. */
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

/** Puts the force at a level through the API, whatever it was, so a spec does not depend on another. */
export async function setForceLevel(
  api: Awaited<ReturnType<typeof apiAs>>,
  level: Level,
  reason = "Set up by an end-to-end test",
) {
  const posture = await (await api.get("/api/posture")).json();
  if (posture.force.level === level) return posture;
  const response = await api.post("/api/levels", {
    data: { scope: "FORCE", level, reason, expectedVersion: posture.force.version },
  });
  expect(response.status()).toBe(200);
  return response.json();
}
