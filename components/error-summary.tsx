"use client";

import { useEffect, useId, useRef } from "react";
import type { FieldErrors } from "@/lib/errors";

/**
 * GOV.UK's error summary: every error at once under "There is a problem", each a link to its
 * field; focus moves here and the page title starts "Error: " so a screen reader hears it first.
 */
export function ErrorSummary({
  message,
  errors,
  idOf,
  idPrefix,
}: {
  message?: string;
  errors?: FieldErrors;
  /** The id of a field's control; from a server component, give `idPrefix` instead (`filter-from`). */
  idOf?: (name: string) => string;
  idPrefix?: string;
}) {
  const idFor = idOf ?? ((name: string) => (idPrefix ? `${idPrefix}-${name}` : name));
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
    const title = document.title.replace(/^Error: /, "");
    document.title = `Error: ${title}`;
    return () => {
      document.title = title;
    };
  }, [message, errors]);
  const formErrors = errors?._form ?? [];
  const fieldErrors = Object.entries(errors ?? {}).filter(([name, messages]) => name !== "_form" && messages.length);
  const hasList = formErrors.length + fieldErrors.length > 0;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className="space-y-2 border-4 border-red-700 bg-white p-4"
    >
      <h2 id={titleId} className="text-lg font-bold">
        There is a problem
      </h2>
      {hasList ? (
        <ul className="list-disc space-y-1 pl-6">
          {formErrors.map((text) => (
            <li key={text} className="font-semibold text-red-800">
              {text}
            </li>
          ))}
          {fieldErrors.map(([name, messages]) => (
            <li key={name}>
              <a href={`#${idFor(name)}`} className="font-semibold text-red-800 underline">
                {messages[0]}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="font-semibold text-red-800">{message}</p>
      )}
    </div>
  );
}
