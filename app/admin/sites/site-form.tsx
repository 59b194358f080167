"use client";

import { createSiteAction, updateSiteAction } from "@/app/admin/sites/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { SelectField, TextAreaField, TextField, type Option } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";

type Site = { id: string; code: string; name: string; type: string; district: string; address: string };

/** Adds a site, or edits one: the same fields, checked on the server. */
export function SiteForm({ site, types }: { site?: Site; types: Option[] }) {
  const { state, onSubmit, isPending, field } = useActionForm(site ? updateSiteAction : createSiteAction, "site");
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid max-w-2xl gap-3 sm:grid-cols-2"
      aria-label={site ? "Edit the site" : "Add a site"}
    >
      {site && <input type="hidden" name="siteId" value={site.id} />}
      <div className="sm:col-span-2">
        <FormMessage state={state} field={field} />
      </div>
      <TextField
        {...field("code")}
        label="Code"
        hint="Like CEN07: letters, digits or hyphens"
        defaultValue={site?.code}
      />
      <SelectField
        {...field("type")}
        label="Type"
        defaultValue={site?.type ?? ""}
        options={[{ value: "", label: "Choose a type" }, ...types]}
      />
      <div className="sm:col-span-2">
        <TextField {...field("name")} label="Name" defaultValue={site?.name} />
      </div>
      <TextField {...field("district")} label="District" defaultValue={site?.district} />
      <div className="sm:col-span-2">
        <TextAreaField {...field("address")} label="Address" rows={2} defaultValue={site?.address} />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" disabled={isPending} className={buttonClass}>
          {site ? "Save the site" : "Add the site"}
        </button>
      </div>
    </form>
  );
}
