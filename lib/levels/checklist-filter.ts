import { z } from "zod";

/** The views a site lead works a checklist through: everything, what is left, what is late, their own. */
export const CHECKLIST_VIEWS = ["pending", "overdue", "mine"] as const;
export type ChecklistView = (typeof CHECKLIST_VIEWS)[number];

export const CHECKLIST_VIEW_LABEL: Record<ChecklistView, string> = {
  pending: "Pending",
  overdue: "Overdue",
  mine: "Assigned to me",
};

// An address someone edited by hand shows everything rather than an error.
const checklistFilterSchema = z.object({
  show: z.enum(CHECKLIST_VIEWS).optional().catch(undefined),
  category: z.string().trim().min(1).max(200).optional().catch(undefined),
});

export type ChecklistFilter = z.infer<typeof checklistFilterSchema>;

export function parseChecklistFilter(query: Record<string, string | string[] | undefined>): ChecklistFilter {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return checklistFilterSchema.parse({ show: first(query.show), category: first(query.category) });
}
