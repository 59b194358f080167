import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { beginAttempt, currentLockout, usernameKey, type Lockout } from "@/lib/auth/login-throttle";
import { isStorableText } from "@/lib/errors";

export type SignedInUser = { id: string; name: string; method: "password" | "oidc" };

export const credentialsSchema = z.object({
  username: z.string().trim().min(1, "Enter your username").max(64).refine(isStorableText),
  password: z.string().min(1, "Enter your password").max(256).refine(isStorableText),
});

// Verified against when the username is unknown, so timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

/** Thrown while a username or address is locked out: the sign-in route answers 429. */
export class LockedOutError extends Error {
  constructor(readonly lockout: Lockout) {
    super(`LOCKED_UNTIL_${lockout.until.toISOString()}`);
  }
}

/**
 * The user for these credentials, or null: unknown user, wrong password and inactive look alike.
 * Every failure is audited (username tried and address, never the password); the fifth in 15
 * minutes locks the username out.
 */
export async function authenticate(input: unknown, address = "unknown"): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  const attempt = await beginAttempt(username, address);
  if (attempt.isRefused)
    throw new LockedOutError((await currentLockout(username, address)) ?? { until: new Date(Date.now() + 60_000) });
  const user = await db.user.findUnique({
    where: { username: username.toLowerCase() },
    select: { id: true, displayName: true, active: true, passwordHash: true },
  });
  if (!user?.passwordHash) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, password);
  }
  // A user without a password signs in only through the identity provider.
  const isValid = user?.passwordHash ? (await verifyPassword(user.passwordHash, password)) && user.active : false;
  if (user && isValid) {
    await attempt.succeeded();
    return { id: user.id, name: user.displayName, method: "password" };
  }
  const lockout = attempt.isLastChance ? await attempt.lockOut() : null;
  await recordSignInFailure(usernameKey(username), address, lockout);
  return null;
}

async function recordSignInFailure(username: string, address: string, lockout: Lockout | null) {
  await db.$transaction(async (tx) => {
    const common = { actorId: null, entityType: "SignIn", entityId: username } as const;
    await recordAuditEvent(tx, { ...common, type: "auth.signInFailed", payload: { username, address } });
    if (lockout) {
      await recordAuditEvent(tx, {
        ...common,
        type: "auth.lockedOut",
        payload: { username, address, until: lockout.until.toISOString() },
      });
    }
  });
}
