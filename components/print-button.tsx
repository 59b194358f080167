"use client";

import { secondaryButtonClass } from "@/components/form-controls";

export function PrintButton() {
  return (
    <button type="button" className={secondaryButtonClass} onClick={() => window.print()}>
      Print this notice
    </button>
  );
}
