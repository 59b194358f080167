import { z } from "zod";
import { ALL_ROLES } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  createUsers: boolean;
  roleMap: Record<string, Role>;
  supportContact: string;
};

const roleMapSchema = z.record(z.string(), z.enum(ALL_ROLES));

const configSchema = z.object({
  AUTH_OIDC_ISSUER: z.url({ error: "must be the issuer's URL" }),
  AUTH_OIDC_CLIENT_ID: z.string().min(1, "must be set with AUTH_OIDC_ISSUER"),
  AUTH_OIDC_CLIENT_SECRET: z.string().min(1, "must be set with AUTH_OIDC_ISSUER"),
  AUTH_OIDC_NAME: z.string().min(1).default("Sign in with Microsoft"),
  AUTH_OIDC_CREATE_USERS: z.enum(["true", "false"]).default("false"),
  AUTH_OIDC_ROLE_MAP: z
    .string()
    .optional()
    .transform((text, context) => {
      if (!text) return {};
      try {
        return roleMapSchema.parse(JSON.parse(text));
      } catch {
        context.addIssue({ code: "custom", message: `must be JSON mapping claim values to ${ALL_ROLES.join(", ")}` });
        return z.NEVER;
      }
    }),
  AUTH_SUPPORT_CONTACT: z.string().min(1).default("the IT service desk"),
});

/**
 * Sign-in through the force's identity provider (Entra ID or any OIDC issuer), or null when
 * AUTH_OIDC_ISSUER is unset. A half-made configuration stops the server with the variable named.
 */
export function oidcConfig(source: Record<string, string | undefined> = process.env): OidcConfig | null {
  if (!source.AUTH_OIDC_ISSUER) return null;
  const result = configSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new Error(`Invalid sign-in configuration: ${problems.join("; ")}`);
  }
  const env = result.data;
  return {
    issuer: env.AUTH_OIDC_ISSUER.replace(/\/$/, ""),
    clientId: env.AUTH_OIDC_CLIENT_ID,
    clientSecret: env.AUTH_OIDC_CLIENT_SECRET,
    name: env.AUTH_OIDC_NAME,
    createUsers: env.AUTH_OIDC_CREATE_USERS === "true",
    roleMap: env.AUTH_OIDC_ROLE_MAP,
    supportContact: env.AUTH_SUPPORT_CONTACT,
  };
}

/**
 * The app's roles for the identity provider's role or group names: by the configured map, else
 * a name equal to a role's. Unknown names are ignored; everyone is at least STAFF.
 */
export function mapRoles(values: readonly string[], roleMap: Record<string, Role>): Role[] {
  const roles = new Set<Role>();
  for (const value of values) {
    const role = roleNamed(value, roleMap);
    if (role) roles.add(role);
  }
  if (roles.size === 0) roles.add("STAFF");
  return ALL_ROLES.filter((role) => roles.has(role));
}

/** The role a group or app-role name stands for, by the map, else a role's own name; null for none. */
export function roleNamed(value: string, roleMap: Record<string, Role>): Role | null {
  return roleMap[value] ?? ((ALL_ROLES as string[]).includes(value) ? (value as Role) : null);
}

/** AUTH_OIDC_ROLE_MAP on its own, for SCIM groups (which may be provisioned without OIDC sign-in). */
export function roleMapFromEnv(source: Record<string, string | undefined> = process.env): Record<string, Role> {
  const parsed = roleMapSchema.safeParse(source.AUTH_OIDC_ROLE_MAP ? JSON.parse(source.AUTH_OIDC_ROLE_MAP) : {});
  if (!parsed.success) throw new Error("Invalid sign-in configuration: AUTH_OIDC_ROLE_MAP must map names to roles");
  return parsed.data;
}
