"use client";

import { useActionState } from "react";
import {
  createDraftAction,
  publishDraftAction,
  removeOptionAction,
  saveOptionAction,
  updateDetailsAction,
} from "@/app/admin/policy/actions";
import { buttonClass, FormMessage, secondaryButtonClass } from "@/components/form-controls";
import { FieldError, SelectField, TextAreaField, TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { ALL_ROLES } from "@/lib/auth/permissions";
import { humanize } from "@/lib/format";
import { SITE_TYPES } from "@/lib/policy/schemas";

export type EditableOption = {
  id: string;
  code: string;
  title: string;
  guidance: string;
  category: string;
  minLevel: string;
  siteTypes: string[];
  ownerRole: string;
  officerHoursPerDay: number;
  costPerDay: number;
  visibility: string;
};

export function StartDraftButton() {
  const [state, action, isPending] = useActionState(createDraftAction, { ok: true });
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <button type="submit" disabled={isPending} className={buttonClass}>
        Start a new draft version
      </button>
    </form>
  );
}

export function PublishButton() {
  const [state, action, isPending] = useActionState(publishDraftAction, { ok: true });
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <button type="submit" disabled={isPending} className={buttonClass}>
        Publish the draft
      </button>
    </form>
  );
}

export function DraftDetailsForm({ owner }: { owner: string }) {
  const [state, action, isPending] = useActionState(updateDetailsAction, { ok: true });
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <FormMessage state={state} />
      <TextField
        id="policy-owner"
        name="owner"
        label="Policy owner"
        defaultValue={owner}
        error={state.fieldErrors?.owner?.[0]}
      />
      <button type="submit" disabled={isPending} className={secondaryButtonClass}>
        Save owner
      </button>
    </form>
  );
}

export function OptionForm({ option }: { option?: EditableOption }) {
  const { state, onSubmit, isPending } = useActionForm(saveOptionAction);
  const errors = state.fieldErrors ?? {};
  const id = (field: string) => `${option?.id ?? "new"}-${field}`;
  return (
    <form onSubmit={onSubmit} className="grid gap-2 sm:grid-cols-2" noValidate>
      <input type="hidden" name="optionId" value={option?.id ?? ""} />
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <TextField id={id("code")} name="code" label="Code" defaultValue={option?.code} error={errors.code?.[0]} />
      <TextField
        id={id("category")}
        name="category"
        label="Category"
        defaultValue={option?.category}
        error={errors.category?.[0]}
      />
      <div className="sm:col-span-2">
        <TextField id={id("title")} name="title" label="Title" defaultValue={option?.title} error={errors.title?.[0]} />
      </div>
      <div className="sm:col-span-2">
        <TextAreaField
          id={id("guidance")}
          name="guidance"
          label="Guidance"
          defaultValue={option?.guidance}
          error={errors.guidance?.[0]}
        />
      </div>
      <SelectField
        id={id("minLevel")}
        name="minLevel"
        label="Lowest level at which it applies"
        defaultValue={option?.minLevel}
        error={errors.minLevel?.[0]}
        options={["HEIGHTENED", "EXCEPTIONAL"].map((value) => ({ value, label: value }))}
      />
      <SelectField
        id={id("visibility")}
        name="visibility"
        label="Who may see it"
        defaultValue={option?.visibility}
        error={errors.visibility?.[0]}
        options={[
          { value: "ALL_STAFF", label: "All staff" },
          { value: "RESTRICTED", label: "Restricted: commanders and site leads" },
        ]}
      />
      <SelectField
        id={id("ownerRole")}
        name="ownerRole"
        label="Owner role"
        defaultValue={option?.ownerRole ?? "SITE_LEAD"}
        error={errors.ownerRole?.[0]}
        options={ALL_ROLES.map((value) => ({ value, label: humanize(value) }))}
      />
      <TextField
        id={id("hours")}
        name="officerHoursPerDay"
        label="Officer-hours per day"
        inputMode="decimal"
        defaultValue={option?.officerHoursPerDay ?? 0}
        error={errors.officerHoursPerDay?.[0]}
      />
      <TextField
        id={id("cost")}
        name="costPerDay"
        label="Cost per day (£)"
        inputMode="numeric"
        defaultValue={option?.costPerDay ?? 0}
        error={errors.costPerDay?.[0]}
      />
      <fieldset className="sm:col-span-2" aria-describedby={errors.siteTypes ? id("siteTypes-error") : undefined}>
        <legend className="font-semibold">Site types</legend>
        <FieldError id={id("siteTypes-error")} message={errors.siteTypes?.[0]} />
        <div className="flex flex-wrap gap-4">
          {SITE_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-1">
              <input
                type="checkbox"
                name="siteTypes"
                value={type}
                defaultChecked={option ? option.siteTypes.includes(type) : true}
              />
              {humanize(type)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="sm:col-span-2">
        <button type="submit" disabled={isPending} className={buttonClass}>
          {option ? `Save ${option.code}` : "Add option"}
        </button>
      </div>
    </form>
  );
}

export function RemoveOptionButton({ optionId, code }: { optionId: string; code: string }) {
  const [state, action, isPending] = useActionState(removeOptionAction, { ok: true });
  return (
    <form action={action}>
      <input type="hidden" name="optionId" value={optionId} />
      <FormMessage state={state} />
      <button type="submit" disabled={isPending} className={secondaryButtonClass}>
        Remove {code}
      </button>
    </form>
  );
}
