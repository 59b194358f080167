import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as groupRoute from "@/app/scim/v2/Groups/[id]/route";
import * as groupsRoute from "@/app/scim/v2/Groups/route";
import * as configRoute from "@/app/scim/v2/ServiceProviderConfig/route";
import * as userRoute from "@/app/scim/v2/Users/[id]/route";
import * as usersRoute from "@/app/scim/v2/Users/route";
import { readCurrentUser } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { createSite } from "./factories";

// Entra ID's provisioning service, as Microsoft documents its requests.
const TOKEN = "scim-test-token-0123456789abcdef";
const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

type Json = Record<string, unknown> & { id?: string };
const url = (path: string) => `http://localhost:3000/scim/v2${path}`;

function request(method: string, path: string, body?: unknown, token = TOKEN) {
  return new Request(url(path), {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/scim+json" },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const NO_PARAMS = { params: Promise.resolve({}) };
async function json(response: Response): Promise<Json> {
  expect(response.headers.get("content-type")).toBe("application/scim+json");
  return (await response.json()) as Json;
}

const entraUser = (suffix = crypto.randomUUID(), department?: string) => ({
  schemas: [USER, ENTERPRISE],
  externalId: crypto.randomUUID(),
  userName: `Test_User_${suffix}@force.example`,
  active: true,
  emails: [{ primary: true, type: "work", value: `Test_User_${suffix}@testuser.com` }],
  meta: { resourceType: "User" },
  name: { formatted: "givenName familyName", familyName: "familyName", givenName: "givenName" },
  roles: [],
  ...(department && { [ENTERPRISE]: { department } }),
});

async function provision(body = entraUser()) {
  const response = await usersRoute.POST(request("POST", "/Users", body), NO_PARAMS);
  expect(response.status).toBe(201);
  return json(response);
}

beforeAll(() => {
  process.env.SCIM_TOKEN = TOKEN;
  process.env.AUTH_OIDC_ROLE_MAP = JSON.stringify({ "Estate Security Commanders": "COMMANDER" });
});
afterAll(() => {
  delete process.env.SCIM_TOKEN;
  delete process.env.AUTH_OIDC_ROLE_MAP;
});

describe("SCIM: switched on and guarded", () => {
  it("answers 404 while SCIM_TOKEN is unset and 401 to a wrong token, as SCIM errors", async () => {
    delete process.env.SCIM_TOKEN;
    const off = await configRoute.GET(request("GET", "/ServiceProviderConfig"), NO_PARAMS);
    expect(off.status).toBe(404);
    process.env.SCIM_TOKEN = TOKEN;
    const wrong = await usersRoute.GET(request("GET", "/Users", undefined, "not-the-token"), NO_PARAMS);
    expect(wrong.status).toBe(401);
    expect(await json(wrong)).toMatchObject({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
      status: "401",
    });
    const config = await json(await configRoute.GET(request("GET", "/ServiceProviderConfig"), NO_PARAMS));
    expect(config).toMatchObject({ patch: { supported: true }, filter: { supported: true } });
  });
});

describe("SCIM users", () => {
  it("creates a user from Entra's request, finds them by userName, and refuses a duplicate with 409", async () => {
    const site = await createSite();
    const body = entraUser(undefined, site.code);
    const created = await provision(body);
    expect(created).toMatchObject({
      userName: body.userName.toLowerCase(),
      externalId: body.externalId,
      displayName: "givenName familyName",
      active: true,
      emails: [{ value: body.emails[0].value, type: "work", primary: true }],
      [ENTERPRISE]: { department: site.code },
      meta: { resourceType: "User", location: `http://localhost:3000/scim/v2/Users/${created.id}` },
    });
    const user = await readCurrentUser({ id: created.id! });
    expect(user).toMatchObject({ roles: ["STAFF"], homeSiteId: site.id });
    expect(await db.auditEvent.findFirst({ where: { type: "user.created", entityId: created.id } })).toMatchObject({
      actorId: null,
      payload: { source: "scim" },
    });

    const found = await json(
      await usersRoute.GET(
        request("GET", `/Users?filter=${encodeURIComponent(`userName eq "${body.userName}"`)}`),
        NO_PARAMS,
      ),
    );
    expect(found).toMatchObject({ totalResults: 1, startIndex: 1, itemsPerPage: 1, Resources: [{ id: created.id }] });
    const nobody = await json(
      await usersRoute.GET(request("GET", `/Users?filter=${encodeURIComponent('userName eq "nobody"')}`), NO_PARAMS),
    );
    expect(nobody).toMatchObject({ totalResults: 0, Resources: [] });

    const duplicate = await usersRoute.POST(request("POST", "/Users", body), NO_PARAMS);
    expect(duplicate.status).toBe(409);
    expect(await json(duplicate)).toMatchObject({ status: "409", scimType: "uniqueness" });
  });

  it("names bad input with 400, pages with startIndex and count, and refuses filters it cannot do", async () => {
    const bad = await usersRoute.POST(request("POST", "/Users", { schemas: [USER], active: "maybe" }), NO_PARAMS);
    expect(bad.status).toBe(400);
    expect((await json(bad)).detail).toMatch(/userName/);
    const unknownSite = await usersRoute.POST(request("POST", "/Users", entraUser(undefined, "NOWHERE")), NO_PARAMS);
    expect(unknownSite.status).toBe(400);
    expect((await json(unknownSite)).detail).toMatch(/department/);

    for (let i = 0; i < 3; i++) await provision();
    const page = await json(await usersRoute.GET(request("GET", "/Users?startIndex=2&count=2"), NO_PARAMS));
    expect(page).toMatchObject({ startIndex: 2, itemsPerPage: 2 });
    expect(page.totalResults).toBeGreaterThanOrEqual(3);
    const filter = await usersRoute.GET(
      request("GET", `/Users?filter=${encodeURIComponent('name.familyName co "x"')}`),
      NO_PARAMS,
    );
    expect(filter.status).toBe(400);
    expect(await json(filter)).toMatchObject({ scimType: "invalidFilter" });
    expect((await userRoute.GET(request("GET", "/Users/nope"), params("nope"))).status).toBe(404);
  });

  it("PATCHes as Entra does; replace active False disables a leaver and ends their sessions at once", async () => {
    const created = await provision();
    const id = created.id!;
    const patched = await json(
      await userRoute.PATCH(
        request("PATCH", `/Users/${id}`, {
          schemas: [PATCH_OP],
          Operations: [
            { op: "Replace", path: 'emails[type eq "work"].value', value: "updatedEmail@force.example" },
            { op: "Replace", path: "name.familyName", value: "updatedFamilyName" },
            { op: "Add", path: "displayName", value: "Insp Updated Name" },
          ],
        }),
        params(id),
      ),
    );
    expect(patched).toMatchObject({
      displayName: "Insp Updated Name",
      emails: [{ value: "updatedEmail@force.example" }],
    });

    await db.session.create({ data: { userId: id, expiresAt: new Date(Date.now() + 3_600_000) } });
    const disabled = await json(
      await userRoute.PATCH(
        request("PATCH", `/Users/${id}`, {
          schemas: [PATCH_OP],
          Operations: [{ op: "Replace", path: "active", value: "False" }],
        }),
        params(id),
      ),
    );
    expect(disabled.active).toBe(false);
    expect(await db.session.count({ where: { userId: id, revokedAt: null } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { type: "user.updated", entityId: id },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      actorId: null,
      payload: { source: "scim", changes: { active: { from: true, to: false } } },
    });

    const valueObject = await json(
      await userRoute.PATCH(
        request("PATCH", `/Users/${id}`, {
          schemas: [PATCH_OP],
          Operations: [{ op: "replace", value: { active: true } }],
        }),
        params(id),
      ),
    );
    expect(valueObject.active).toBe(true);
  });

  it("PUT replaces, and DELETE keeps the record but takes it out of SCIM and out of sign-in", async () => {
    const created = await provision();
    const id = created.id!;
    const body = { ...entraUser(), userName: created.userName, displayName: "Replaced Name" };
    const replaced = await json(await userRoute.PUT(request("PUT", `/Users/${id}`, body), params(id)));
    expect(replaced).toMatchObject({ displayName: "Replaced Name", externalId: body.externalId });

    const deleted = await userRoute.DELETE(request("DELETE", `/Users/${id}`), params(id));
    expect(deleted.status).toBe(204);
    expect((await userRoute.GET(request("GET", `/Users/${id}`), params(id))).status).toBe(404);
    const kept = await db.user.findUniqueOrThrow({ where: { id }, select: { active: true, deprovisionedAt: true } });
    expect(kept).toMatchObject({ active: false, deprovisionedAt: expect.any(Date) });
  });
});

describe("SCIM groups", () => {
  it("grant the role their name maps to while people are members, and take it back when they leave", async () => {
    const [alex, sam] = [await provision(), await provision()];
    const created = await groupsRoute.POST(
      request("POST", "/Groups", {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
        externalId: crypto.randomUUID(),
        displayName: "Estate Security Commanders",
        meta: { resourceType: "Group" },
      }),
      NO_PARAMS,
    );
    expect(created.status).toBe(201);
    const group = await json(created);
    const groupId = group.id!;
    const duplicate = await groupsRoute.POST(
      request("POST", "/Groups", { displayName: "Estate Security Commanders" }),
      NO_PARAMS,
    );
    expect(duplicate.status).toBe(409);

    const added = await groupRoute.PATCH(
      request("PATCH", `/Groups/${groupId}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: "Add", path: "members", value: [{ $ref: null, value: alex.id }, { value: sam.id }] }],
      }),
      params(groupId),
    );
    expect(added.status).toBe(204);
    expect((await readCurrentUser({ id: alex.id! })).roles).toEqual(["STAFF", "COMMANDER"]);

    const listed = await json(
      await groupsRoute.GET(
        request(
          "GET",
          `/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "Estate Security Commanders"')}`,
        ),
        NO_PARAMS,
      ),
    );
    expect(listed).toMatchObject({ totalResults: 1, Resources: [{ id: groupId }] });
    expect((listed.Resources as Json[])[0]).not.toHaveProperty("members");

    await groupRoute.PATCH(
      request("PATCH", `/Groups/${groupId}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: "Remove", path: "members", value: [{ $ref: null, value: alex.id }] }],
      }),
      params(groupId),
    );
    expect((await readCurrentUser({ id: alex.id! })).roles).toEqual(["STAFF"]);
    expect(
      await db.auditEvent.count({
        where: { type: "user.updated", entityId: alex.id, payload: { path: ["source"], equals: "scim" } },
      }),
    ).toBe(2);

    const full = await json(await groupRoute.GET(request("GET", `/Groups/${groupId}`), params(groupId)));
    expect(full.members).toEqual([expect.objectContaining({ value: sam.id })]);
    expect((await groupRoute.DELETE(request("DELETE", `/Groups/${groupId}`), params(groupId))).status).toBe(204);
    expect((await readCurrentUser({ id: sam.id! })).roles).toEqual(["STAFF"]);
  });
});
