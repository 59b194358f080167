import { z } from "zod";
import { AUDIT_EVENT_TYPES } from "@/lib/audit/describe-audit-event";
import { calendarDay, pageNumber } from "@/lib/validation";

/** The kinds of record events are about, as the log's filter names them. */
export const RECORD_LABEL = {
  AlarmRequest: "Alarm request",
  AlarmUnit: "Alarm unit",
  ChecklistItem: "Checklist item",
  ForceLevel: "Force level",
  PolicyVersion: "Menu of Options",
  SignIn: "Sign-in",
  Site: "Site",
  ThreatRecord: "Threat record",
  User: "User account",
} as const;

export type RecordType = keyof typeof RECORD_LABEL;
const RECORD_TYPES = Object.keys(RECORD_LABEL) as RecordType[];

/** `GET /api/audit` and the audit page: every filter optional, each refused by name when malformed. */
export const auditFilterSchema = z
  .object({
    type: z.enum(AUDIT_EVENT_TYPES, { error: "Choose an event type from the list" }).optional(),
    who: z.string().trim().max(100, "Keep the name under 100 characters").optional(),
    entity: z.enum(RECORD_TYPES, { error: "Choose a kind of record from the list" }).optional(),
    from: calendarDay("The ‘from’ date must be a real date").optional(),
    to: calendarDay("The ‘to’ date must be a real date").optional(),
    page: pageNumber.default(1),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    path: ["to"],
    message: "The ‘to’ date must be the same as or after the ‘from’ date",
  });

export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** Blank form fields are no filter. */
export function auditFilterInput(query: Record<string, string | string[] | undefined>) {
  const first = (name: string) => {
    const value = query[name];
    const text = Array.isArray(value) ? value[0] : value;
    return text?.trim() ? text : undefined;
  };
  return {
    type: first("type"),
    who: first("who"),
    entity: first("entity"),
    from: first("from"),
    to: first("to"),
    page: first("page"),
  };
}
