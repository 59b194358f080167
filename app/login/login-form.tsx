"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { TextField } from "@/components/form-field";
import { formatTime } from "@/lib/format";

type Errors = { username?: string; password?: string; form?: string };

const LOCKED_PREFIX = "LOCKED_UNTIL_";

function signInErrorMessage(error: string | null | undefined): string {
  if (error?.startsWith(LOCKED_PREFIX)) {
    const until = new Date(error.slice(LOCKED_PREFIX.length));
    const when = Number.isNaN(until.getTime()) ? "in 15 minutes" : `after ${formatTime(until)}`;
    return `Too many failed attempts to sign in to this account. Try again ${when}, or ask an administrator to unlock it.`;
  }
  if (error === "SignInUnavailable") return "Sign-in is not working just now. Try again in a few minutes.";
  return "The username or password is not right. Check them and try again.";
}

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [errors, setErrors] = useState<Errors>({});
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const fieldErrors: Errors = {
      ...(!username && { username: "Enter your username" }),
      ...(!password && { password: "Enter your password" }),
    };
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length) return;
    setPending(true);
    const result = await signIn("credentials", { username, password, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setErrors({ form: signInErrorMessage(result?.error) });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-gray-300 bg-white p-6">
      {errors.form && (
        <p role="alert" className="border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-800">
          {errors.form}
        </p>
      )}
      <TextField name="username" label="Username" autoComplete="username" error={errors.username} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password}
      />
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-[#142a52] disabled:opacity-60"
      >
        {isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
