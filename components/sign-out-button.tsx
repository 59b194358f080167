/** A plain form: it works before any script has loaded, and ships none (app/sign-out/route.ts). */
export function SignOutButton() {
  return (
    <form method="post" action="/sign-out">
      <button type="submit" className="rounded border border-white px-3 py-1 hover:bg-white hover:text-brand">
        Sign out
      </button>
    </form>
  );
}
