"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded border border-white px-3 py-1 hover:bg-white hover:text-brand"
    >
      Sign out
    </button>
  );
}
