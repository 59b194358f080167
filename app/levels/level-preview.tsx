"use client";

import { useEffect, useRef } from "react";
import type { LevelPreviewResult } from "@/lib/levels/preview-response-level";
import { pounds } from "@/lib/format";

/** Takes focus when it appears, so keyboard and screen-reader users land on what they must confirm. */
export function LevelPreviewPanel({ preview }: { preview: LevelPreviewResult }) {
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <section
      ref={panel}
      aria-labelledby="preview-title"
      className="space-y-2 rounded border-2 border-brand bg-blue-50 p-3"
      data-testid="level-preview"
      tabIndex={-1}
    >
      <h3 id="preview-title" className="font-bold">
        Before you confirm
      </h3>
      {preview.isExceptional && (
        <p role="alert" className="border-l-4 border-red-700 bg-red-50 p-2 font-semibold text-red-800">
          EXCEPTIONAL is not sustainable for long: plan how and when to step down.
        </p>
      )}
      {preview.moves.length === 0 ? (
        <p>No site&apos;s effective level would change.</p>
      ) : (
        <>
          <p>
            <strong>{preview.moves.length}</strong> site{preview.moves.length === 1 ? "" : "s"} would change level;{" "}
            <strong>{preview.itemsOpening}</strong> checklist item{preview.itemsOpening === 1 ? "" : "s"} would open.
          </p>
          <p>
            Resource implication at the new level:{" "}
            <strong>{preview.officerHoursPerDay.toLocaleString("en-GB")} officer-hours a day</strong> and{" "}
            <strong>{pounds(preview.costPerDay)} a day</strong>.
          </p>
          <details>
            <summary className="cursor-pointer underline">Sites affected</summary>
            <ul className="list-disc pl-6">
              {preview.moves.map((move) => (
                <li key={move.id}>
                  {move.code} {move.name}: {move.from} → {move.to}
                </li>
              ))}
            </ul>
          </details>
          {preview.opening.length > 0 && (
            <details>
              <summary className="cursor-pointer underline">Options that open</summary>
              <ul className="list-disc pl-6">
                {preview.opening.map((option) => (
                  <li key={option.code}>
                    {option.code} {option.title} ({option.siteCount} site{option.siteCount === 1 ? "" : "s"})
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
