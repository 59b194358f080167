import type { Metadata } from "next";
import Link from "next/link";
import { oidcConfig } from "@/lib/auth/oidc-config";

export const metadata: Metadata = { title: "Not set up" };

const WHY = {
  unknown: "Your account has not been set up for Estate Security",
  deactivated: "Your account for Estate Security has been deactivated",
  malformed: "Your organisation's sign-in did not say who you are",
} as const;

/** Where a sign-in through the identity provider ends when there is no active user for it here. */
export default async function RefusedPage({ searchParams }: PageProps<"/login/refused">) {
  const reason = [(await searchParams).reason].flat()[0];
  const why = WHY[reason as keyof typeof WHY] ?? WHY.unknown;
  const contact = oidcConfig()?.supportContact ?? "the IT service desk";
  return (
    <section aria-labelledby="refused-title" className="mx-auto max-w-xl space-y-4">
      <h1 id="refused-title" className="text-2xl font-bold">
        {why}
      </h1>
      <p>Contact {contact}: they can give you access to Estate Security. You have not been signed in.</p>
      <p>
        <Link href="/login" className="underline">
          Back to sign in
        </Link>
      </p>
    </section>
  );
}
