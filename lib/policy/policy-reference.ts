/** The Menu of Options of Contingency Plan 448 ("Op Quantity — move to Critical"). */
export const POLICY_REFERENCE = "CP448-OPQ";

/** The policy is reviewed every two years; reminders start this many days before. */
export const POLICY_REVIEW_YEARS = 2;
export const POLICY_REMINDER_DAYS = 90;
