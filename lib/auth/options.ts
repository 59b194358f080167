import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, LockedOutError } from "@/lib/auth/credentials";
import { clientAddress } from "@/lib/auth/login-throttle";
import { sessionConfig } from "@/lib/auth/session-config";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { safeCallbackPath } from "@/lib/http/callback-path";

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
  pages: { signIn: "/login" },
  useSecureCookies: isHttps(),
  providers: [
    CredentialsProvider({
      name: "Username and password",
      credentials: { username: { label: "Username", type: "text" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => authenticateSafely(credentials, clientAddress(request?.headers)),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = await createSession(user.id);
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
