"use client";

import { createUserAction, updateUserAction } from "@/app/admin/users/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { CheckboxesField, SelectField, TextField, type Option } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/password-rules";

type User = {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: string[];
  homeSiteId: string | null;
  leadSites: { id: string }[];
};

type Props = { user?: User; roles: Option[]; sites: Option[] };

/** Adds a local user, or edits anyone: the server checks every field, and the sites are open ones. */
export function UserForm({ user, roles, sites }: Props) {
  const { state, onSubmit, isPending, field } = useActionForm(user ? updateUserAction : createUserAction, "user");
  const { firstPassword } = state as { firstPassword?: string | null };
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="max-w-3xl space-y-4"
      aria-label={user ? "Edit the user" : "Add a user"}
    >
      {user && <input type="hidden" name="userId" value={user.id} />}
      <FormMessage state={state} field={field} />
      {state.ok && firstPassword && (
        <p role="status" className="border-l-4 border-brand bg-white p-3" data-testid="first-password">
          Their first password, shown this once: <code className="text-lg font-bold">{firstPassword}</code>. Give it to
          them in person or by phone; they choose their own when they first sign in.
        </p>
      )}
      {!user && (
        <TextField
          {...field("username")}
          label="Username"
          hint="3 to 64 letters, digits, dots, hyphens or underscores, like a.morgan"
          autoComplete="off"
        />
      )}
      <TextField
        {...field("displayName")}
        label="Name"
        hint="As staff know them, like Sgt Sam Patel"
        defaultValue={user?.displayName}
      />
      <TextField {...field("email")} label="Email (optional)" type="email" defaultValue={user?.email ?? ""} />
      <CheckboxesField {...field("roles")} label="Roles" choices={roles} checked={user?.roles ?? ["STAFF"]} />
      <SelectField
        {...field("homeSiteId")}
        label="Home site"
        defaultValue={user?.homeSiteId ?? ""}
        options={[{ value: "", label: "No home site" }, ...sites]}
      />
      <details className="rounded border border-gray-300 bg-white p-3" open={Boolean(user?.leadSites.length)}>
        <summary className="cursor-pointer font-semibold">Further sites they lead (site leads only)</summary>
        <div className="pt-3">
          <CheckboxesField
            {...field("leadSiteIds")}
            label="Sites led besides their home site"
            hint="A lead covering a district works the checklists and sees the posture and coverage of each."
            choices={sites}
            checked={user?.leadSites.map((site) => site.id) ?? []}
            columns
          />
        </div>
      </details>
      {!user && (
        <TextField
          {...field("password")}
          label="First password (optional)"
          hint={`Leave empty and one is made up and shown once. At least ${MIN_PASSWORD_LENGTH} characters. They choose their own at first sign-in.`}
          type="password"
          autoComplete="new-password"
        />
      )}
      <button type="submit" disabled={isPending} className={buttonClass}>
        {user ? "Save the user" : "Add the user"}
      </button>
    </form>
  );
}
