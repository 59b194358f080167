import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { readPolicyReminder, type PolicyReminder as Reminder } from "@/lib/policy/read-policy";

/** Reminds ADMINs and COMMANDERs 90 days before the Menu of Options falls due for review. */
export async function PolicyReminder({ user }: { user: CurrentUser }) {
  const reminder = await readPolicyReminder(user);
  return reminder && <PolicyReminderBanner reminder={reminder} user={user} />;
}

/** The reminder itself, for a page that has read it already (one rendered without React on the client). */
export function PolicyReminderBanner({
  reminder,
  user,
  linkAs: LinkTo = Link,
}: {
  reminder: Reminder;
  user: CurrentUser;
  linkAs?: typeof Link | "a";
}) {
  const when = formatDate(reminder.reviewDueAt);
  return (
    <div
      role="region"
      aria-label="Policy review"
      className="border-b-4 border-amber-600 bg-amber-50 print:hidden"
      data-testid="policy-reminder"
    >
      <p className="mx-auto max-w-6xl px-4 py-2 font-semibold">
        {reminder.isOverdue
          ? `The Menu of Options (version ${reminder.version}) was due for review on ${when}: it is overdue.`
          : `The Menu of Options (version ${reminder.version}) is due for review on ${when}, in ${reminder.daysLeft} days.`}{" "}
        {can(user.roles, "policy.manage") && (
          <LinkTo href="/admin/policy" className="underline">
            Start the review
          </LinkTo>
        )}
      </p>
    </div>
  );
}
