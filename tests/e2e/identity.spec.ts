import type { APIRequestContext, Page } from "@playwright/test";
import { withDatabase } from "./database";
import { expect, login, test } from "./fixtures";
import { SCIM_TOKEN, SUPPORT_CONTACT } from "./server";

/** Through the identity provider's own sign-in page (its development form takes any password). */
async function signInThroughIssuer(page: Page, login: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("a provisioned person signs in through the identity provider, with the roles its token maps to", async ({
  page,
  server,
  cast,
}) => {
  const oid = crypto.randomUUID();
  await withDatabase(server, (client) =>
    client.query(`UPDATE "User" SET "externalId" = $1 WHERE "id" = $2`, [oid, cast.staff.id]),
  );
  server.oidc.addAccount(`entra-${cast.tag}`, {
    oid,
    name: cast.staff.displayName,
    roles: ["EstateSecurity.Commander", "Finance.Reader"],
  });
  await page.goto("/login");
  // With an identity provider configured, its button comes first.
  await expect(page.getByRole("button").first()).toHaveText("Sign in with Microsoft");
  await signInThroughIssuer(page, `entra-${cast.tag}`);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByTestId("user-roles")).toHaveText("(Commander)");
  await expect(page).toHaveURL(/\/levels$/);

  const signedIn = await withDatabase(server, async (client) => {
    const { rows } = await client.query(
      `SELECT "lastSignInMethod", "roles"::text[] AS roles FROM "User" WHERE "id" = $1`,
      [cast.staff.id],
    );
    return rows[0];
  });
  expect(signedIn).toEqual({ lastSignInMethod: "oidc", roles: ["COMMANDER"] });
});

test("someone the app does not know is refused with a page that says whom to contact", async ({
  page,
  server,
  cast,
}) => {
  server.oidc.addAccount(`stranger-${cast.tag}`, { oid: crypto.randomUUID(), name: "Not Provisioned" });
  await signInThroughIssuer(page, `stranger-${cast.tag}`);
  await expect(
    page.getByRole("heading", { name: "Your account has not been set up for Estate Security" }),
  ).toBeVisible();
  await expect(page.getByText(`Contact ${SUPPORT_CONTACT}`)).toBeVisible();
  await page.goto("/posture");
  await expect(page).toHaveURL(/\/login/);
});

for (const tampering of ["changed-claim", "expired"] as const) {
  test(`an ID token that is ${tampering === "expired" ? "expired" : "altered"} is refused`, async ({
    page,
    server,
    cast,
  }) => {
    const oid = crypto.randomUUID();
    await withDatabase(server, (client) =>
      client.query(`UPDATE "User" SET "externalId" = $1 WHERE "id" = $2`, [oid, cast.officer.id]),
    );
    server.oidc.addAccount(`officer-${cast.tag}`, { oid, roles: ["OFFICER"] });
    server.oidc.tamperWithNextToken(tampering);
    await signInThroughIssuer(page, `officer-${cast.tag}`);
    await expect(
      page.getByRole("alert").filter({ hasText: "Signing in through your organisation's account did not work" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    await page.goto("/alarms");
    await expect(page).toHaveURL(/\/login/);
  });
}

test("an admin creates an API token for a system: it reads the posture and nothing else, until revoked", async ({
  page,
  playwright,
  baseURL,
  cast,
}) => {
  await login(page, cast.admin.username);
  await page.goto("/admin/api-tokens");
  await page.getByLabel("Name").fill(`Access control ${cast.tag}`);
  await page.getByRole("checkbox", { name: /^posture:read/ }).check();
  await page.getByRole("button", { name: "Create the token" }).click();
  const secret = (await page.getByTestId("token-secret").locator("code").first().textContent())!;
  expect(secret).toMatch(/^est_/);

  const system = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${secret}` },
  });
  const posture = await system.get("/api/posture");
  expect(posture.status()).toBe(200);
  const body = (await posture.json()) as { sites: { id: string; checklist?: unknown }[] };
  expect(body.sites.map((site) => site.id)).toContain(cast.site.id);
  expect(body.sites.every((site) => site.checklist === undefined)).toBe(true);
  expect((await system.get("/api/alarms/hazards?q=KB1")).status()).toBe(403);
  expect((await system.get("/api/levels/history")).status()).toBe(401);
  expect((await system.get("/api/admin/users")).status()).toBe(401);

  const row = page.getByRole("row", { name: new RegExp(`Access control ${cast.tag}`) });
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: /^Revoke/ }).click();
  await row.getByRole("button", { name: /^Yes, revoke/ }).click();
  await expect(row).toContainText("Revoked");
  expect((await system.get("/api/posture")).status()).toBe(401);
  await system.dispose();
});

test("a joiner provisioned by SCIM, and given a role by a SCIM group, signs in through the identity provider as that user", async ({
  page,
  browser,
  playwright,
  baseURL,
  server,
  cast,
}) => {
  await login(page, cast.admin.username);
  const withSession = await page.request.get("/scim/v2/Users");
  expect(withSession.status()).toBe(401);
  expect(withSession.headers()["content-type"]).toBe("application/scim+json");

  const entra = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${SCIM_TOKEN}` },
  });
  const scim = (method: "post" | "patch", path: string, body: unknown) =>
    entra[method](path, { headers: { "Content-Type": "application/scim+json" }, data: JSON.stringify(body) });
  const objectId = crypto.randomUUID();
  const userName = `joiner.${cast.tag}@force.example`;
  const created = await scim("post", "/scim/v2/Users", {
    schemas: [
      "urn:ietf:params:scim:schemas:core:2.0:User",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
    ],
    userName,
    externalId: objectId,
    displayName: "Insp New Joiner",
    active: true,
    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { department: cast.site.code },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const group = await scim("post", "/scim/v2/Groups", { displayName: "EstateSecurity.Commander", members: [] });
  const groupId = group.status() === 201 ? ((await group.json()) as { id: string }).id : await existingGroup(entra);
  expect(
    (
      await scim("patch", `/scim/v2/Groups/${groupId}`, {
        Operations: [{ op: "Add", path: "members", value: [{ value: id }] }],
      })
    ).status(),
  ).toBe(204);
  const found = await entra.get(`/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
  expect(await found.json()).toMatchObject({ totalResults: 1, Resources: [{ id, active: true }] });
  await entra.dispose();

  // Entra's ID token carries the same objectId as `oid`, and no roles claim: the group's role stands.
  server.oidc.addAccount(`joiner-${cast.tag}`, { oid: objectId, name: "Insp New Joiner" });
  const theirs = await browser.newContext({ baseURL });
  const them = await theirs.newPage();
  await signInThroughIssuer(them, `joiner-${cast.tag}`);
  await expect(them.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(them.getByTestId("user-roles")).toHaveText("(Staff, Commander)");
  await theirs.close();
});

async function existingGroup(entra: APIRequestContext): Promise<string> {
  const listed = await entra.get(
    `/scim/v2/Groups?filter=${encodeURIComponent('displayName eq "EstateSecurity.Commander"')}`,
  );
  return ((await listed.json()) as { Resources: { id: string }[] }).Resources[0].id;
}
