// What a draft Menu of Options changes against the version in force, option by option (by code)
// and field by field: what the approver sees before publishing, and what the audit keeps.

export type DiffableOption = {
  code: string;
  title: string;
  guidance: string;
  category: string;
  minLevel: string;
  siteTypes: readonly string[];
  ownerRole: string;
  officerHoursPerDay: number;
  costPerDay: number;
  visibility: string;
  cadence: string;
};

export const COMPARED_FIELDS = [
  "title",
  "guidance",
  "category",
  "minLevel",
  "siteTypes",
  "ownerRole",
  "officerHoursPerDay",
  "costPerDay",
  "visibility",
  "cadence",
] as const satisfies readonly (keyof DiffableOption)[];

export type FieldChange = { field: (typeof COMPARED_FIELDS)[number]; from: string; to: string };
export type PolicyDiff = {
  added: { code: string; title: string }[];
  removed: { code: string; title: string }[];
  changed: { code: string; title: string; fields: FieldChange[] }[];
};

const shown = (value: DiffableOption[keyof DiffableOption]) =>
  Array.isArray(value) ? [...value].sort().join(", ") || "all" : String(value);

export function diffPolicyOptions(inForce: DiffableOption[], draft: DiffableOption[]): PolicyDiff {
  const before = new Map(inForce.map((option) => [option.code, option]));
  const after = new Map(draft.map((option) => [option.code, option]));
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
  const brief = ({ code, title }: DiffableOption) => ({ code, title });
  return {
    added: draft
      .filter((option) => !before.has(option.code))
      .map(brief)
      .sort(byCode),
    removed: inForce
      .filter((option) => !after.has(option.code))
      .map(brief)
      .sort(byCode),
    changed: draft
      .filter((option) => before.has(option.code))
      .map((option) => {
        const old = before.get(option.code)!;
        const fields = COMPARED_FIELDS.flatMap((field) =>
          shown(old[field]) === shown(option[field])
            ? []
            : [{ field, from: shown(old[field]), to: shown(option[field]) }],
        );
        return { code: option.code, title: option.title, fields };
      })
      .filter((option) => option.fields.length > 0)
      .sort(byCode),
  };
}

export const isUnchanged = (diff: PolicyDiff) =>
  diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
