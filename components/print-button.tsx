"use client";

import { secondaryButtonClass } from "@/components/form-controls";

export function PrintButton({ label = "Print this notice" }: { label?: string }) {
  return (
    <button type="button" className={secondaryButtonClass} onClick={() => window.print()}>
      {label}
    </button>
  );
}
