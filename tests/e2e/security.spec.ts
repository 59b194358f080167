import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIRequestContext } from "@playwright/test";
import { withDatabase } from "./database";
import { apiAs, DEMO_PASSWORD, expect, login, reviewByForTests, setForceLevel, test } from "./fixtures";

async function cookieHeader(api: APIRequestContext) {
  const { cookies } = await api.storageState();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

async function signOut(api: APIRequestContext) {
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  await api.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
}

test("a page on another origin cannot change the level in a signed-in commander's browser", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  const APP = baseURL!;
  await login(page, cast.commander.username);
  const before = await (await page.request.get("/api/posture")).json();
  // The attacker's page, on another port of the same host: same site, so the cookie goes along.
  const attack = `<script>
    fetch("${APP}/api/levels", { method: "POST", credentials: "include", headers: { "Content-Type": "text/plain" },
      body: JSON.stringify({ scope: "FORCE", level: "EXCEPTIONAL", reason: "forged by another page", reviewBy: "${reviewByForTests()}", expectedVersion: ${before.force.version} }) })
      .then((r) => (document.title = "status " + r.status), () => (document.title = "blocked"));
  </script>`;
  const server: Server = createServer((_request, response) => response.end(attack));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const attacker = `http://localhost:${(server.address() as AddressInfo).port}`;
  try {
    await page.goto(`${attacker}/`);
    await expect(page).toHaveTitle(/status 403|blocked/);
  } finally {
    server.close();
  }
  expect((await (await page.request.get("/api/posture")).json()).force).toEqual(before.force);

  const commander = await apiAs(playwright, APP, cast.commander.username);
  const forged = await commander.post("/api/levels", {
    headers: { Origin: attacker },
    data: {
      scope: "FORCE",
      level: "EXCEPTIONAL",
      reason: "forged",
      reviewBy: reviewByForTests(),
      expectedVersion: before.force.version,
    },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.code).toBe("FORBIDDEN");
  const plain = await commander.post("/api/levels", {
    headers: { Origin: APP, "Content-Type": "text/plain" },
    data: "{}",
  });
  expect(plain.status()).toBe(415);
  const action = await commander.post("/levels", {
    headers: { Origin: attacker, "Next-Action": "0".repeat(42) },
    data: "[]",
  });
  expect(action.status()).toBe(403);
  const huge = await commander.post("/api/threat-levels", {
    headers: { Origin: APP },
    data: { reason: "x".repeat(1_100_000) },
  });
  expect(huge.status()).toBe(413);
});

test("after sign-in only the app's own paths are followed", async ({ page, baseURL, cast }) => {
  await page.goto("/login?callbackUrl=" + encodeURIComponent("/\\evil.example/steal"));
  await page.getByLabel("Username").fill(cast.staff.username);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(baseURL);
  // The refused callback falls back to the app's address, which leads staff to their posture.
  expect(new URL(page.url()).pathname).toBe("/posture");
});

test("five wrong passwords lock the account, even against the right one, until an admin unlocks it", async ({
  page,
  playwright,
  baseURL,
  server,
  cast,
}) => {
  const username = cast.officer2.username;
  const attempt = async (password: string) => {
    const api = await playwright.request.newContext({ baseURL });
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    const response = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, username, password, json: "true" },
    });
    const status = response.status();
    await api.dispose();
    return status;
  };
  for (let index = 0; index < 5; index++) expect(await attempt(`wrong-${index}`)).not.toBe(200);
  expect(await attempt(DEMO_PASSWORD)).toBe(429);

  await page.goto("/login");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Too many/ })).toContainText(
    /Too many failed attempts to sign in to this account\. Try again after \d\d:\d\d/,
  );

  const audit = await withDatabase(server, (client) =>
    client.query<{ type: string; payload: { username: string; address: string } }>(
      `SELECT "type", "payload" FROM "AuditEvent" WHERE "entityType" = 'SignIn' AND "entityId" = $1 ORDER BY "id"`,
      [username],
    ),
  );
  expect(audit.rows.filter((row) => row.type === "auth.signInFailed")).toHaveLength(5);
  expect(audit.rows.filter((row) => row.type === "auth.lockedOut")).toHaveLength(1);
  expect(JSON.stringify(audit.rows)).not.toContain("wrong-");

  const admin = await page.context().browser()!.newContext({ baseURL });
  const adminPage = await admin.newPage();
  await login(adminPage, cast.admin.username);
  await adminPage.goto(`/admin/users?q=${username}`);
  const row = adminPage.getByRole("row", { name: new RegExp(username) });
  await expect(row.getByText("Locked out")).toBeVisible();
  await row.getByRole("button", { name: `Unlock ${username}` }).click();
  await expect(row.getByText("Locked out")).toHaveCount(0);
  await admin.close();
  expect(await attempt(DEMO_PASSWORD)).toBe(200);
});

test("a signed-out or ended session's cookie is refused at once, and its event stream closes", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  const APP = baseURL!;
  const staff = await apiAs(playwright, APP, cast.staff.username);
  const cookie = await cookieHeader(staff);
  expect((await staff.get("/api/posture")).status()).toBe(200);
  const stream = await fetch(`${APP}/api/posture/stream`, { headers: { Cookie: cookie } });
  expect(stream.status).toBe(200);
  const reader = stream.body!.getReader();
  await reader.read(); // the "ready" message
  await signOut(staff);
  const ended = await Promise.race([
    (async () => {
      for (;;) if ((await reader.read()).done) return "closed";
    })(),
    new Promise((resolve) => setTimeout(() => resolve("still open"), 10_000)),
  ]);
  expect(ended).toBe("closed");
  const replay = await fetch(`${APP}/api/posture`, { headers: { Cookie: cookie } });
  expect(replay.status).toBe(401);

  const approver = await apiAs(playwright, APP, cast.approver.username);
  expect((await approver.get("/api/posture")).status()).toBe(200);
  await login(page, cast.admin.username);
  await page.goto(`/admin/users?q=${cast.approver.username}`);
  const row = page.getByRole("row", { name: new RegExp(cast.approver.username) });
  await row.getByRole("button", { name: `End all sessions ${cast.approver.username}` }).click();
  await expect(row.getByRole("status").filter({ hasText: /ended/ })).toContainText(/\d+ sessions? ended/);
  expect((await approver.get("/api/posture")).status()).toBe(401);
});

test("every page is served with the security headers and no CSP violation", async ({ page, cast }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = (await page.goto("/login"))!;
  const csp = response.headers()["content-security-policy"];
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  for (const directive of ["frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'"])
    expect(csp).toContain(directive);
  expect(response.headers()["permissions-policy"]).toContain("camera=()");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  await login(page, cast.commander.username);
  for (const path of ["/estate", "/levels", "/posture"]) {
    const visit = (await page.goto(path))!;
    expect(visit.headers()["cache-control"]).toContain("no-store");
  }
  const api = await page.request.get("/api/posture");
  expect(api.headers()["cache-control"]).toContain("no-store");
  expect(violations).toEqual([]);
});

test("the hazard search treats % and _ as themselves", async ({ playwright, baseURL, cast }) => {
  const officer = await apiAs(playwright, baseURL!, cast.officer.username);
  for (const q of ["%%%", "___", "%_%_%"]) {
    const response = await officer.get(`/api/alarms/hazards?q=${encodeURIComponent(q)}`);
    expect(response.status()).toBe(422);
    expect((await response.json()).error.fields.q).toBeDefined();
  }
  const wildcard = await officer.get(`/api/alarms/hazards?q=${encodeURIComponent("%%%a%b%c")}`);
  expect(wildcard.status()).toBe(200);
  expect((await wildcard.json()).items).toEqual([]);
});

test("a checklist update based on a stale version is refused with the item as it is now", async ({
  playwright,
  baseURL,
  cast,
}) => {
  const commander = await apiAs(playwright, baseURL!, cast.commander.username);
  await setForceLevel(commander, "HEIGHTENED");
  const checklist = await (await commander.get(`/api/sites/${cast.site.id}/checklist`)).json();
  const item = checklist.items[0];
  const first = await commander.patch(`/api/checklist-items/${item.id}`, {
    data: { status: "IMPLEMENTED", expectedVersion: item.version },
  });
  expect(first.status()).toBe(200);
  const stale = await commander.patch(`/api/checklist-items/${item.id}`, {
    data: { status: "NOT_APPLICABLE", expectedVersion: item.version },
  });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.details.current).toMatchObject({
    id: item.id,
    status: "IMPLEMENTED",
    version: item.version + 1,
  });
});
