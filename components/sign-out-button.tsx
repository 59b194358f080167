import { signOutAction } from "@/lib/auth/sign-out";

/** A plain form: it works before any script has loaded, and ships none. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border border-white px-3 py-1 hover:bg-white hover:text-brand">
        Sign out
      </button>
    </form>
  );
}
