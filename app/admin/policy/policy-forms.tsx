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
import { AUDIENCE_OPTIONS } from "@/lib/policy/audience";
import { CADENCE_OPTIONS } from "@/lib/levels/cadence";
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
  cadence: string;
};

/** A policy step that takes no input: start a draft, or publish it. */
function PolicyStepButton({ action, label }: { action: typeof createDraftAction; label: string }) {
  const [state, dispatch, isPending] = useActionState(action, { ok: true });
  return (
    <form action={dispatch} className="space-y-2">
      <FormMessage state={state} />
      <button type="submit" disabled={isPending} className={buttonClass}>
        {label}
      </button>
    </form>
  );
}

export function StartDraftButton() {
  return <PolicyStepButton action={createDraftAction} label="Start a new draft version" />;
}

/** Publishing is an approval: the approver confirms having reviewed the changes listed above it. */
export function PublishForm({ version }: { version: number }) {
  const { state, onSubmit, isPending, field } = useActionForm(publishDraftAction, "publish");
  const confirm = field("confirm");
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Publish the draft">
      <FormMessage state={state} field={field} />
      <FieldError id={`${confirm.id}-error`} message={confirm.error} />
      <label className="flex items-start gap-2" htmlFor={confirm.id}>
        <input
          type="checkbox"
          id={confirm.id}
          name="confirm"
          value="true"
          className="mt-1 h-5 w-5"
          aria-describedby={confirm.error ? `${confirm.id}-error` : undefined}
        />
        I have reviewed these changes and approve publishing version {version}. My name and role are recorded as its
        approver.
      </label>
      <button type="submit" disabled={isPending} className={buttonClass}>
        Publish the draft
      </button>
    </form>
  );
}

export function DraftDetailsForm({ owner }: { owner: string }) {
  const { state, onSubmit, isPending, field } = useActionForm(updateDetailsAction, "policy");
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <FormMessage state={state} field={field} />
      <TextField {...field("owner")} label="Policy owner" defaultValue={owner} />
      <button type="submit" disabled={isPending} className={secondaryButtonClass}>
        Save owner
      </button>
    </form>
  );
}

export function OptionForm({ option }: { option?: EditableOption }) {
  const { state, onSubmit, isPending, field } = useActionForm(saveOptionAction, option?.id ?? "new");
  return (
    <form onSubmit={onSubmit} className="grid gap-2 sm:grid-cols-2" noValidate>
      <input type="hidden" name="optionId" value={option?.id ?? ""} />
      <div className="sm:col-span-2">
        <FormMessage state={state} field={field} />
      </div>
      <TextField {...field("code")} label="Code" defaultValue={option?.code} />
      <TextField {...field("category")} label="Category" defaultValue={option?.category} />
      <div className="sm:col-span-2">
        <TextField {...field("title")} label="Title" defaultValue={option?.title} />
      </div>
      <div className="sm:col-span-2">
        <TextAreaField {...field("guidance")} label="Guidance" defaultValue={option?.guidance} />
      </div>
      <SelectField
        {...field("minLevel")}
        label="Lowest level at which it applies"
        hint="NORMAL: part of the baseline every site keeps at every level."
        defaultValue={option?.minLevel ?? "HEIGHTENED"}
        options={[
          { value: "NORMAL", label: "NORMAL (baseline)" },
          { value: "HEIGHTENED", label: "HEIGHTENED" },
          { value: "EXCEPTIONAL", label: "EXCEPTIONAL" },
        ]}
      />
      <SelectField
        {...field("visibility")}
        label="Who it is for"
        hint="All staff: on the posture page and the notice. Site leads and Restricted: leads and commanders only. Personal security advice: shown to staff while the police-sector threat calls for it, never a checklist item."
        defaultValue={option?.visibility}
        options={AUDIENCE_OPTIONS}
      />
      <SelectField
        {...field("cadence")}
        label="How often it is confirmed"
        hint="A recurring check (sweeps, shift briefings, barrier checks) is due again after each confirmation."
        defaultValue={option?.cadence ?? "ONCE"}
        options={CADENCE_OPTIONS}
      />
      <SelectField
        {...field("ownerRole")}
        label="Owner role"
        defaultValue={option?.ownerRole ?? "SITE_LEAD"}
        options={ALL_ROLES.map((value) => ({ value, label: humanize(value) }))}
      />
      <TextField
        {...field("officerHoursPerDay")}
        label="Officer-hours per day"
        inputMode="decimal"
        defaultValue={option?.officerHoursPerDay ?? 0}
      />
      <TextField
        {...field("costPerDay")}
        label="Cost per day (£)"
        inputMode="numeric"
        defaultValue={option?.costPerDay ?? 0}
      />
      <fieldset
        className="sm:col-span-2"
        aria-describedby={field("siteTypes").error ? `${field("siteTypes").id}-error` : undefined}
      >
        <legend className="font-semibold">Site types</legend>
        <FieldError id={`${field("siteTypes").id}-error`} message={field("siteTypes").error} />
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
