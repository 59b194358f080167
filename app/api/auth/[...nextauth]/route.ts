import NextAuth from "next-auth";
import { clientAddress, currentLockout } from "@/lib/auth/login-throttle";
import { authOptions } from "@/lib/auth/options";
import { refusedSignIn } from "@/lib/auth/refused-sign-in";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** A locked-out username or address is refused with 429 before next-auth checks any password. */
async function post(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const username = String(form?.get("username") ?? "");
    const lockout = await currentLockout(username, clientAddress(request.headers)).catch(() => null);
    if (lockout) return refusedSignIn(lockout, new URL(request.url).origin);
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
