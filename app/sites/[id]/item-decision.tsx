"use client";

import { createContext, useContext, useState } from "react";
import { ChecklistItemForm } from "@/app/sites/[id]/checklist-item-form";

type Assignee = { id: string; displayName: string };
type FormProps = Omit<React.ComponentProps<typeof ChecklistItemForm>, "assignees">;

const Assignees = createContext<Assignee[]>([]);

/** The people an item may be given to, sent once for the whole checklist rather than once per item. */
export function AssigneesProvider({ assignees, children }: { assignees: Assignee[]; children: React.ReactNode }) {
  return <Assignees.Provider value={assignees}>{children}</Assignees.Provider>;
}

/**
 * An item's "Record a decision": the form (with its list of everyone at the site) is built when the
 * lead opens it, so a checklist of hundreds of items is not hundreds of forms in the page.
 */
export function ItemDecision(props: FormProps) {
  const assignees = useContext(Assignees);
  const [isOpen, setOpen] = useState(false);
  return (
    <details className="mt-2" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer underline">Record a decision on {props.code}</summary>
      {isOpen && <ChecklistItemForm {...props} assignees={assignees} />}
    </details>
  );
}
