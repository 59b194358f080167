import type { Metadata } from "next";
import {
  DraftDetailsForm,
  OptionForm,
  PublishForm,
  RemoveOptionButton,
  StartDraftButton,
} from "@/app/admin/policy/policy-forms";
import { PolicyChanges } from "@/app/admin/policy/policy-changes";
import { AUDIENCE_LABEL } from "@/lib/policy/audience";
import { requirePageUser } from "@/lib/auth/page-guard";
import { formatDate, humanize, pounds } from "@/lib/format";
import { readPolicy } from "@/lib/policy/read-policy";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { Section } from "@/components/section";

export const metadata: Metadata = { title: "Menu of Options" };

export default async function PolicyPage() {
  const user = await requirePageUser("policy.manage");
  const { versions, published, draft, changes } = await readPolicy(user);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Menu of Options</h1>
      <Section id="versions-title" title="Versions" className="space-y-2">
        <DataTable columns={["Version", "Status", "Owner", "Approved", "Approved by", "Review due", "Options"]}>
          {versions.map((version) => (
            <Row key={version.id}>
              <RowHeader>
                {version.reference} v{version.version}
              </RowHeader>
              <Cell>{humanize(version.status)}</Cell>
              <Cell>{version.owner}</Cell>
              <Cell>{version.approvedAt ? formatDate(version.approvedAt) : "—"}</Cell>
              <Cell>{version.approverName ? `${version.approverName} (${version.approverRole})` : "—"}</Cell>
              <Cell>{version.reviewDueAt ? formatDate(version.reviewDueAt) : "—"}</Cell>
              <Cell>{version.options.length}</Cell>
            </Row>
          ))}
        </DataTable>
        {!draft && <StartDraftButton />}
      </Section>

      {draft && (
        <Section id="draft-title" title={<>Draft version {draft.version}</>} className="space-y-4">
          <p>
            Edits here change nothing in force until the draft is published. Open checklists keep the options they were
            opened with.
          </p>
          <DraftDetailsForm owner={draft.owner} />
          <ul className="space-y-3">
            {draft.options.map((option) => (
              <li key={option.id} className="rounded border border-gray-300 bg-white p-3">
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-semibold">
                      {option.code} {option.title}
                    </span>{" "}
                    · {option.category} · from {option.minLevel} · {AUDIENCE_LABEL[option.visibility]}
                  </summary>
                  <div className="space-y-2 pt-3">
                    <OptionForm option={option} />
                    <RemoveOptionButton optionId={option.id} code={option.code} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
          <details className="rounded border border-gray-300 bg-white p-3">
            <summary className="cursor-pointer font-semibold">Add an option</summary>
            <div className="pt-3">
              <OptionForm />
            </div>
          </details>
          {changes && <PolicyChanges diff={changes} inForce={published?.version ?? null} />}
          <PublishForm version={draft.version} />
        </Section>
      )}

      {published && (
        <Section id="published-title" title={<>In force: version {published.version}</>} className="space-y-2">
          <DataTable columns={["Option", "Category", "From", "For", "Officer-hours/day", "Cost/day"]}>
            {published.options.map((option) => (
              <Row key={option.id}>
                <RowHeader className="font-medium">
                  {option.code} {option.title}
                </RowHeader>
                <Cell>{option.category}</Cell>
                <Cell>{option.minLevel}</Cell>
                <Cell>{AUDIENCE_LABEL[option.visibility]}</Cell>
                <Cell>{option.officerHoursPerDay}</Cell>
                <Cell>{pounds(option.costPerDay)}</Cell>
              </Row>
            ))}
          </DataTable>
        </Section>
      )}
    </div>
  );
}
