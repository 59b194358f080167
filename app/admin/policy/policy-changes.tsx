import { humanize } from "@/lib/format";
import type { PolicyDiff } from "@/lib/policy/policy-diff";

/** What publishing the draft would change against the version in force, field by field. */
export function PolicyChanges({ diff, inForce }: { diff: PolicyDiff; inForce: number | null }) {
  const none = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <section aria-labelledby="changes-title" className="space-y-2 rounded border border-gray-300 bg-white p-4">
      <h3 id="changes-title" className="text-lg font-semibold">
        {inForce ? <>Changes against version {inForce} in force</> : "Changes: the first version"}
      </h3>
      <div data-testid="policy-changes" className="space-y-2">
        {none && <p>No option changes: publishing restarts the two-year review.</p>}
        {diff.added.length > 0 && (
          <>
            <h4 className="font-semibold">Added ({diff.added.length})</h4>
            <ul className="list-disc pl-6">
              {diff.added.map((option) => (
                <li key={option.code}>
                  {option.code} {option.title}
                </li>
              ))}
            </ul>
          </>
        )}
        {diff.removed.length > 0 && (
          <>
            <h4 className="font-semibold">Removed ({diff.removed.length})</h4>
            <ul className="list-disc pl-6">
              {diff.removed.map((option) => (
                <li key={option.code}>
                  {option.code} {option.title}
                </li>
              ))}
            </ul>
          </>
        )}
        {diff.changed.length > 0 && (
          <>
            <h4 className="font-semibold">Changed ({diff.changed.length})</h4>
            <ul className="list-disc space-y-1 pl-6">
              {diff.changed.map((option) => (
                <li key={option.code}>
                  {option.code} {option.title}:
                  <ul className="list-[circle] pl-6">
                    {option.fields.map((change) => (
                      <li key={change.field}>
                        {humanize(change.field)}: <del>{change.from}</del> → <ins>{change.to}</ins>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
