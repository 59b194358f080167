import "server-only";
import { csvLines } from "@/lib/http/csv";
import { activationRows, type ReviewPeriod, timeToImplementByOption } from "@/lib/reports/policy-review";

const BATCH = 500;
const oneDecimal = (value: number | null) => (value === null ? "" : value.toFixed(1));

const ACTIVATION_HEADER = [
  "Site",
  "Site name",
  "Level",
  "Opened",
  "Closed",
  "Days at level",
  "Items implemented",
  "Items not implemented",
  "Average hours to implement",
  "Longest hours to implement",
  "Estimated officer-hours",
  "Estimated cost (GBP)",
  "Debrief submitted",
  "What worked",
  "What did not work",
];

const OPTION_HEADER = [
  "Option",
  "Title",
  "Times implemented",
  "Times not implemented",
  "Average hours to implement",
  "Longest hours to implement",
];

/** The pack's activations (read in batches) or its per-option figures, as CSV. */
export async function policyReviewCsv(period: ReviewPeriod, table: "activations" | "options"): Promise<string> {
  if (table === "options") {
    const options = await timeToImplementByOption(period);
    return csvLines([
      OPTION_HEADER,
      ...options.map((option) => [
        option.code,
        option.title,
        option.implemented,
        option.notImplemented,
        oneDecimal(option.averageHours),
        oneDecimal(option.longestHours),
      ]),
    ]);
  }
  const now = new Date();
  let csv = csvLines([ACTIVATION_HEADER]);
  for (let offset = 0; ; offset += BATCH) {
    const rows = await activationRows(period, now, BATCH, offset);
    csv += csvLines(
      rows.map((row) => [
        row.siteCode,
        row.siteName,
        row.level,
        row.openedAt,
        row.closedAt,
        row.daysAtLevel.toFixed(1),
        row.implemented,
        row.notImplemented,
        oneDecimal(row.averageHoursToImplement),
        oneDecimal(row.longestHoursToImplement),
        row.officerHours.toFixed(1),
        row.cost,
        row.debriefSubmittedAt,
        row.whatWorked,
        row.whatDidNot,
      ]),
    );
    if (rows.length < BATCH) return csv;
  }
}
