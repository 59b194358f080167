"use client";

import { useState } from "react";

/**
 * A `<details>` that keeps the state the user left it in: the page re-rendering after a form
 * inside it succeeds does not fold it away (and its confirmation with it).
 */
export function Disclosure({
  summary,
  defaultOpen = false,
  className,
  children,
}: {
  summary: React.ReactNode;
  defaultOpen?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)} className={className}>
      <summary className="cursor-pointer font-semibold">{summary}</summary>
      <div className="pt-3">{children}</div>
    </details>
  );
}
