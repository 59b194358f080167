import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const SECRET = "x".repeat(32);

describe("parseEnv", () => {
  it("accepts the embedded default with nothing set", () => {
    expect(parseEnv({}).NODE_ENV).toBe("development");
  });

  it("refuses production on a database server without a session secret", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/estate" })).toThrow(
      /NEXTAUTH_SECRET is required/,
    );
  });

  it("starts production on a database server with a secret", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://db/estate",
      NEXTAUTH_SECRET: SECRET,
      AUDIT_HMAC_KEY: SECRET,
    });
    expect(env.DATABASE_URL).toBe("postgresql://db/estate");
  });

  it("refuses production on a database server without the audit key", () => {
    expect(() =>
      parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/estate", NEXTAUTH_SECRET: SECRET }),
    ).toThrow(/AUDIT_HMAC_KEY is required/);
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://db/estate" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET must be at least 32/);
  });
});
