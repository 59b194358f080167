import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { LoginForm } from "@/app/login/login-form";
import { OidcButton } from "@/app/login/oidc-button";
import { oidcConfig } from "@/lib/auth/oidc-config";
import { OIDC_PROVIDER_ID } from "@/lib/auth/options";
import { safeCallbackPath } from "@/lib/http/callback-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const query = await searchParams;
  const callbackUrl = safeCallbackPath(query.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const oidc = oidcConfig();
  // next-auth comes back here with ?error= when the identity provider's answer could not be used.
  const failed = oidc && query.error && query.error !== "CredentialsSignin";
  return (
    <section aria-labelledby="login-title" className="mx-auto max-w-md space-y-4">
      <h1 id="login-title" className="text-2xl font-bold">
        Sign in
      </h1>
      {failed && (
        <p role="alert" className="border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-800">
          Signing in through your organisation&apos;s account did not work. Try again; if it keeps failing, contact{" "}
          {oidc.supportContact}.
        </p>
      )}
      {oidc ? (
        <>
          <p className="text-gray-700">Use your organisation account: the one you sign in to your computer with.</p>
          <OidcButton providerId={OIDC_PROVIDER_ID} label={oidc.name} callbackUrl={callbackUrl} />
          <h2 className="pt-4 text-lg font-semibold">Or with a username and password</h2>
          <p className="text-sm text-gray-700">For break-glass and demonstration accounts only.</p>
          <LoginForm callbackUrl={callbackUrl} />
        </>
      ) : (
        <>
          <p className="text-gray-700">Use your force username and password.</p>
          <LoginForm callbackUrl={callbackUrl} />
        </>
      )}
    </section>
  );
}
