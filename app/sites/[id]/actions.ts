"use server";

import { revalidatePath } from "next/cache";
import { humanize } from "@/lib/format";
import { serverAction } from "@/lib/http/server-action";
import { updateChecklistItem } from "@/lib/levels/update-checklist-item";
import { updateChecklistItems } from "@/lib/levels/update-checklist-items";
import { readDateInput } from "@/lib/date-input";
import { NDM_FIELDS, writeSiteLogEntry } from "@/lib/sites/site-log";

export const updateChecklistItemAction = serverAction(async (user, form) => {
  const saved = await updateChecklistItem(user, String(form.get("itemId") ?? ""), {
    status: form.get("status"),
    rationale: String(form.get("rationale") ?? "") || undefined,
    assigneeId: form.get("assigneeId") ?? undefined,
    dueAt: readDateInput(form, "dueAt"),
    dueChangeReason: String(form.get("dueChangeReason") ?? "") || undefined,
    expectedVersion: form.get("expectedVersion"),
  });
  revalidatePath("/sites/[id]", "page");
  return { ok: true, message: `Saved ${saved.optionCode}: ${humanize(saved.status).toLowerCase()}.` };
});

const BULK_DONE = { IMPLEMENTED: "implemented", NOT_APPLICABLE: "not applicable" } as const;

/** Ticked items arrive as "id:version", so each change names the version the user saw. */
export const bulkChecklistAction = serverAction(async (user, form) => {
  const items = form.getAll("item").map((value) => {
    const [id, expectedVersion] = String(value).split(":");
    return { id, expectedVersion };
  });
  const done = await updateChecklistItems(user, String(form.get("siteId") ?? ""), {
    status: form.get("status"),
    items,
  });
  revalidatePath("/sites/[id]", "page");
  const count = done.items.length === 1 ? "1 item" : `${done.items.length} items`;
  return { ok: true, message: `Marked ${count} as ${BULK_DONE[done.status]}.` };
});

export const writeSiteLogAction = serverAction(async (user, form) => {
  const text = (name: string) => String(form.get(name) ?? "") || undefined;
  await writeSiteLogEntry(user, String(form.get("siteId") ?? ""), {
    kind: form.get("kind") ?? undefined,
    summary: form.get("summary"),
    occurredAt: readDateInput(form, "occurredAt"),
    ...Object.fromEntries(NDM_FIELDS.map((field) => [field, text(field)])),
  });
  revalidatePath("/sites/[id]", "page");
  return { ok: true, message: "Added to the site log." };
});
