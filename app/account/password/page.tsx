import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PasswordForm } from "@/app/account/password/password-form";
import { getCurrentUser } from "@/lib/auth/session";
import { hasOwnPassword } from "@/lib/users/change-own-password";

export const metadata: Metadata = { title: "Your password" };

/** Any signed-in user may come here; one given a first password by an administrator is sent here until they choose their own. */
export default async function PasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return (
    <section aria-labelledby="password-title" className="space-y-4">
      <h1 id="password-title" className="text-2xl font-bold">
        {user.mustChangePassword ? "Choose your own password" : "Change your password"}
      </h1>
      {user.mustChangePassword && (
        <p className="border-l-4 border-brand bg-white p-3">
          An administrator gave you a first password. Choose your own before you go on: only you will know it.
        </p>
      )}
      {(await hasOwnPassword(user)) ? (
        <PasswordForm username={user.username} />
      ) : (
        <p>You sign in through the force&apos;s identity provider, so there is no password to change here.</p>
      )}
    </section>
  );
}
