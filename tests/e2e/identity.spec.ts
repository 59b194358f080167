import type { Page } from "@playwright/test";
import { withDatabase } from "./database";
import { expect, test } from "./fixtures";
import { SUPPORT_CONTACT } from "./server";

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
