import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

export const credentialsSchema = z.object({
  username: z.string().trim().min(1, "Enter your username").max(64),
  password: z.string().min(1, "Enter your password").max(256),
});

// Verified against when the username is unknown, so timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

/** The user for these credentials, or null: unknown user, wrong password and inactive look alike. */
export async function authenticate(input: unknown): Promise<{ id: string; name: string } | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  const user = await db.user.findUnique({
    where: { username: username.toLowerCase() },
    select: { id: true, displayName: true, active: true, passwordHash: true },
  });
  if (!user) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, password);
    return null;
  }
  const isValid = await verifyPassword(user.passwordHash, password);
  if (!isValid || !user.active) return null;
  return { id: user.id, name: user.displayName };
}
