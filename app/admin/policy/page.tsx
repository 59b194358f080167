import type { Metadata } from "next";
import {
  DraftDetailsForm,
  OptionForm,
  PublishButton,
  RemoveOptionButton,
  StartDraftButton,
} from "@/app/admin/policy/policy-forms";
import { requirePageUser } from "@/lib/auth/page-guard";
import { formatDate, humanize, pounds } from "@/lib/format";
import { readPolicy } from "@/lib/policy/read-policy";
import { TableHead, tableClass } from "@/components/table";

export const metadata: Metadata = { title: "Menu of Options" };

export default async function PolicyPage() {
  const user = await requirePageUser("policy.manage");
  const { versions, published, draft } = await readPolicy(user);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Menu of Options</h1>
      <section aria-labelledby="versions-title" className="space-y-2">
        <h2 id="versions-title" className="text-xl font-semibold">
          Versions
        </h2>
        <table className={tableClass}>
          <TableHead columns={["Version", "Status", "Owner", "Approved", "Review due", "Options"]} />
          <tbody>
            {versions.map((version) => (
              <tr key={version.id} className="border-b border-gray-200">
                <th scope="row" className="p-2">
                  {version.reference} v{version.version}
                </th>
                <td className="p-2">{humanize(version.status)}</td>
                <td className="p-2">{version.owner}</td>
                <td className="p-2">{version.approvedAt ? formatDate(version.approvedAt) : "—"}</td>
                <td className="p-2">{version.reviewDueAt ? formatDate(version.reviewDueAt) : "—"}</td>
                <td className="p-2">{version.options.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!draft && <StartDraftButton />}
      </section>

      {draft && (
        <section aria-labelledby="draft-title" className="space-y-4">
          <h2 id="draft-title" className="text-xl font-semibold">
            Draft version {draft.version}
          </h2>
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
                    · {option.category} · from {option.minLevel} ·{" "}
                    {option.visibility === "RESTRICTED" ? "Restricted" : "All staff"}
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
          <PublishButton />
        </section>
      )}

      {published && (
        <section aria-labelledby="published-title" className="space-y-2">
          <h2 id="published-title" className="text-xl font-semibold">
            In force: version {published.version}
          </h2>
          <table className={tableClass}>
            <TableHead columns={["Option", "Category", "From", "Visibility", "Officer-hours/day", "Cost/day"]} />
            <tbody>
              {published.options.map((option) => (
                <tr key={option.id} className="border-b border-gray-200">
                  <th scope="row" className="p-2 font-medium">
                    {option.code} {option.title}
                  </th>
                  <td className="p-2">{option.category}</td>
                  <td className="p-2">{option.minLevel}</td>
                  <td className="p-2">{option.visibility === "RESTRICTED" ? "Restricted" : "All staff"}</td>
                  <td className="p-2">{option.officerHoursPerDay}</td>
                  <td className="p-2">{pounds(option.costPerDay)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
