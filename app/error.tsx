"use client";

import { secondaryButtonClass } from "@/components/form-controls";

/** Anything unexpected: a plain message and a way to try again; the details stay in the server log. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="error-title" className="space-y-3">
      <h1 id="error-title" className="text-2xl font-bold">
        Something went wrong on our side
      </h1>
      <p>The error has been logged. Try again; if it keeps happening, tell the service desk the time it happened.</p>
      <button type="button" onClick={reset} className={secondaryButtonClass}>
        Try again
      </button>
    </section>
  );
}
