import { z } from "zod";

/** Every audit event type and the payload it carries. */
export const AUDIT_PAYLOADS = {
  "user.activeChanged": z.object({ username: z.string(), active: z.boolean() }),
} as const;

export type AuditEventType = keyof typeof AUDIT_PAYLOADS;
export type AuditPayload<T extends AuditEventType> = z.infer<(typeof AUDIT_PAYLOADS)[T]>;

export type AuditEventInput<T extends AuditEventType> = {
  type: T;
  actorId: string | null;
  entityType: string;
  entityId: string;
  payload: AuditPayload<T>;
};
