"use client";

import { transitionAlarmAction } from "@/app/alarms/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { DateTimeField, RadiosField, SelectField, TextAreaField, TextField, YesNoField } from "@/components/form-field";
import type { DateInputValues } from "@/lib/date-input";
import { useActionForm } from "@/components/use-action-form";
import { ACTION_LABEL } from "@/lib/alarms/labels";
import type { AlarmAction } from "@/lib/alarms/transitions";

type Props = {
  requestId: string;
  action: AlarmAction;
  units: { id: string; assetTag: string }[];
  now: DateInputValues;
};

export function TransitionForm({ requestId, action, units, now }: Props) {
  const { state, onSubmit, isPending, field } = useActionForm(transitionAlarmAction, action);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label={ACTION_LABEL[action]}>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="action" value={action} />
      <FormMessage state={state} field={field} />
      {action === "install" && (
        <>
          <SelectField
            {...field("unitId")}
            label="Unit fitted (from stock)"
            options={[
              { value: "", label: "Choose a unit" },
              ...units.map((unit) => ({ value: unit.id, label: unit.assetTag })),
            ]}
          />
          <TextField {...field("controlRoomRef")} label="Control-room reference" />
          <DateTimeField {...field("installedAt")} label="Installed at (UK time)" defaultValue={now} />
          <YesNoField
            {...field("tested")}
            label="Was a test call made through to the control room?"
            hint="The alarm is not live until the control room confirms it."
          />
        </>
      )}
      {action === "confirm-live" && (
        <>
          <TextField
            {...field("controlRoomRef")}
            label="Reference in the control room's system"
            hint="Type it from your system: it must match the one the installer recorded."
            autoComplete="off"
          />
          <YesNoField {...field("rangThrough")} label="Did a test call from the device ring through to you?" />
        </>
      )}
      {(action === "extend" || action === "install") && (
        <DateTimeField
          {...field("reviewDueAt")}
          label={
            action === "extend"
              ? "New review date (UK time)"
              : "Review date (UK time, optional: the policy default applies)"
          }
        />
      )}
      {action === "remove" && (
        <RadiosField
          {...field("unitCondition")}
          label="Condition of the unit returned"
          inline
          choices={[
            { value: "GOOD", text: "Good: back to stock" },
            { value: "FAULTY", text: "Faulty" },
          ]}
        />
      )}
      <TextAreaField
        {...field("note")}
        label={["install", "remove", "close", "confirm-live"].includes(action) ? "Note (optional)" : "Reason"}
        rows={2}
      />
      <button type="submit" disabled={isPending} className={buttonClass}>
        {ACTION_LABEL[action]}
      </button>
    </form>
  );
}
