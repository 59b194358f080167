"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { buttonClass } from "@/components/form-controls";

/** Off to the force's identity provider, and back to where the user was going. */
export function OidcButton({
  providerId,
  label,
  callbackUrl,
}: {
  providerId: string;
  label: string;
  callbackUrl: string;
}) {
  const [isPending, setPending] = useState(false);
  return (
    <button
      type="button"
      className={`${buttonClass} w-full py-3 text-lg`}
      disabled={isPending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl });
      }}
    >
      {label}
    </button>
  );
}
