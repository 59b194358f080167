import { describe, expect, it } from "vitest";
import { mapRoles, oidcConfig } from "@/lib/auth/oidc-config";

const base = {
  AUTH_OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0/",
  AUTH_OIDC_CLIENT_ID: "client",
  AUTH_OIDC_CLIENT_SECRET: "secret",
};

describe("the identity provider's configuration", () => {
  it("is off without an issuer, and has sensible defaults with one", () => {
    expect(oidcConfig({})).toBeNull();
    expect(oidcConfig(base)).toEqual({
      issuer: "https://login.microsoftonline.com/tenant/v2.0",
      clientId: "client",
      clientSecret: "secret",
      name: "Sign in with Microsoft",
      createUsers: false,
      roleMap: {},
      supportContact: "the IT service desk",
    });
  });

  it("names what is missing or malformed", () => {
    expect(() => oidcConfig({ AUTH_OIDC_ISSUER: "https://issuer.example" })).toThrow(/AUTH_OIDC_CLIENT_ID/);
    expect(() => oidcConfig({ ...base, AUTH_OIDC_ROLE_MAP: "{not json" })).toThrow(/AUTH_OIDC_ROLE_MAP must be JSON/);
    expect(() => oidcConfig({ ...base, AUTH_OIDC_ROLE_MAP: '{"X":"KING"}' })).toThrow(/AUTH_OIDC_ROLE_MAP/);
    expect(oidcConfig({ ...base, AUTH_OIDC_CREATE_USERS: "true", AUTH_OIDC_NAME: "Sign in with Okta" })).toMatchObject({
      createUsers: true,
      name: "Sign in with Okta",
    });
  });
});

describe("mapping the identity provider's roles", () => {
  const map = { "EstateSecurity.Commander": "COMMANDER", "EstateSecurity.Lead": "SITE_LEAD" } as const;

  it("maps by the configured names, and a role's own name by default", () => {
    expect(mapRoles(["EstateSecurity.Commander", "OFFICER"], map)).toEqual(["COMMANDER", "OFFICER"]);
    expect(mapRoles(["EstateSecurity.Lead", "EstateSecurity.Lead"], map)).toEqual(["SITE_LEAD"]);
  });

  it("ignores names it does not know, and leaves everyone at least STAFF", () => {
    expect(mapRoles(["Finance.Reader", "admin"], map)).toEqual(["STAFF"]);
    expect(mapRoles([], {})).toEqual(["STAFF"]);
  });
});
