import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, LockedOutError } from "@/lib/auth/credentials";
import { clientAddress } from "@/lib/auth/login-throttle";
import { sessionConfig } from "@/lib/auth/session-config";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { safeCallbackPath } from "@/lib/http/callback-path";
import { oidcConfig, type OidcConfig } from "@/lib/auth/oidc-config";
import { externalIdOf, resolveOidcSignIn } from "@/lib/auth/oidc-sign-in";

export const OIDC_PROVIDER_ID = "oidc";
const oidc = oidcConfig();

/**
 * The force's identity provider, by its discovery document: authorization code with PKCE and
 * state; openid-client checks the ID token's signature, issuer, audience and expiry.
 */
function identityProvider(config: OidcConfig): OAuthConfig<Record<string, unknown> & { sub: string; oid?: string }> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid profile email" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (claims) => ({ id: externalIdOf(claims), name: typeof claims.name === "string" ? claims.name : null }),
  };
}

const isHttps = () => (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

/** next-auth puts an error's message in the sign-in URL: only our own words may go there. */
async function authenticateSafely(credentials: unknown, address: string) {
  try {
    return await authenticate(credentials, address);
  } catch (error) {
    if (error instanceof LockedOutError) throw error;
    console.error("Sign-in failed unexpectedly", error);
    throw new Error("SignInUnavailable");
  }
}

// The JWT carries only the server-side session's id: the session and the user's roles are re-read
// from the database on every request (docs/decisions/001-sessions.md, 010-security-controls.md).
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: sessionConfig().absoluteMs / 1000 },
  pages: { signIn: "/login", error: "/login" },
  useSecureCookies: isHttps(),
  providers: [
    CredentialsProvider({
      name: "Username and password",
      credentials: { username: { label: "Username", type: "text" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => authenticateSafely(credentials, clientAddress(request?.headers)),
    }),
    ...(oidc ? [identityProvider(oidc)] : []),
  ],
  callbacks: {
    // A sign-in through the identity provider becomes the local user its token names, or is refused.
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID || !oidc) return true;
      const outcome = await resolveOidcSignIn(profile, oidc);
      if ("refused" in outcome) return `/login/refused?reason=${outcome.refused}`;
      Object.assign(user, { id: outcome.userId, method: "oidc" });
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = await createSession(user.id, (user as { method?: "password" | "oidc" }).method);
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, sessionId: token.sid };
    },
    redirect({ url, baseUrl }) {
      if (url.startsWith(baseUrl)) return `${baseUrl}${safeCallbackPath(url.slice(baseUrl.length) || "/")}`;
      return `${baseUrl}${safeCallbackPath(url)}`;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid);
    },
  },
};
