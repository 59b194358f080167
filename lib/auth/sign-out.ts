"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionId } from "@/lib/auth/session";
import { revokeSession } from "@/lib/auth/sessions";

/**
 * Signing out without next-auth's browser library (about 20 kB on every page): the server-side
 * session is revoked — so the cookie is worthless even if kept — the cookie is removed, and the
 * person lands on the sign-in page. Next.js checks the Origin of every server action.
 */
export async function signOutAction(): Promise<never> {
  const sessionId = await getSessionId();
  if (sessionId) await revokeSession(sessionId);
  const store = await cookies();
  for (const { name } of store.getAll()) if (name.includes("next-auth.session-token")) store.delete(name);
  redirect("/login");
}
