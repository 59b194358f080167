import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { LoginForm } from "@/app/login/login-form";
import { safeCallbackPath } from "@/lib/http/callback-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <section aria-labelledby="login-title" className="mx-auto max-w-md space-y-4">
      <h1 id="login-title" className="text-2xl font-bold">
        Sign in
      </h1>
      <p className="text-gray-700">Use your force username and password.</p>
      <LoginForm callbackUrl={callbackUrl} />
    </section>
  );
}
