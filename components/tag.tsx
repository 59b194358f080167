import type { ChecklistStatus } from "@/lib/levels/checklist-rules";

// GOV.UK's tag colours: dark text on a tint, so the word carries the meaning and colour supports it.
const COLOURS = {
  grey: "bg-[#e5e6e7] text-[#282d30]",
  green: "bg-[#cce2d8] text-[#005a30]",
  orange: "bg-[#fcd6c3] text-[#6e3619]",
  red: "bg-[#f4cdc6] text-[#2a0b06]",
  blue: "bg-[#bbd4ea] text-[#0c2d4a]",
  turquoise: "bg-[#bfe3e0] text-[#10403c]",
} as const;

export type TagColour = keyof typeof COLOURS;

export function Tag({ colour, children }: { colour: TagColour; children: React.ReactNode }) {
  return (
    <strong className={`inline-block rounded-sm px-2 py-0.5 text-sm font-semibold ${COLOURS[colour]}`}>
      {children}
    </strong>
  );
}

const CHECKLIST_TAG: Record<ChecklistStatus, [TagColour, string]> = {
  PENDING: ["grey", "Pending"],
  IMPLEMENTED: ["green", "Implemented"],
  NOT_IMPLEMENTED: ["orange", "Not implemented"],
  NOT_APPLICABLE: ["blue", "Not applicable"],
};

/** A checklist item's status in words and colour; a pending item past its due time reads "Overdue". */
export function ChecklistStatusTag({ status, overdue }: { status: ChecklistStatus; overdue: boolean }) {
  const [colour, label] = overdue ? (["red", "Overdue"] as const) : CHECKLIST_TAG[status];
  return (
    <span data-testid="item-status">
      <Tag colour={colour}>{label}</Tag>
    </span>
  );
}
