"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { changeLevelAction, previewLevelAction, type PreviewState } from "@/app/levels/actions";
import { LevelPreviewPanel } from "@/app/levels/level-preview";
import { buttonClass, FormMessage, secondaryButtonClass } from "@/components/form-controls";
import { DateTimeField, SelectField, TextAreaField } from "@/components/form-field";
import type { DateInputValues } from "@/lib/date-input";
import { fieldsOf } from "@/components/use-action-form";
import type { ActionState } from "@/lib/errors";
import { compareResponseLevels, RESPONSE_LEVELS, type ResponseLevel } from "@/lib/levels/response-levels";

type Props = {
  scope: "FORCE" | "SITE";
  siteId?: string;
  current: ResponseLevel;
  /** A site can only be raised above the force level: the levels below it are not offered. */
  forceLevel?: ResponseLevel;
  defaultExpiry?: DateInputValues;
};

/** Choose, preview, then confirm: the confirmation is based on the version the preview showed. */
export function LevelChangeForm({ scope, siteId, current, forceLevel, defaultExpiry }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [preview, setPreview] = useState<PreviewState["preview"]>();
  const [state, setState] = useState<ActionState>({ ok: true });
  const [isPending, startTransition] = useTransition();
  const prefix = scope === "FORCE" ? "force" : "site";
  const field = fieldsOf(state.fieldErrors, prefix);
  const choices = forceLevel
    ? RESPONSE_LEVELS.filter((level) => compareResponseLevels(level, forceLevel) > 0)
    : RESPONSE_LEVELS;

  const onPreview = () =>
    startTransition(async () => {
      const result = await previewLevelAction({ ok: true }, new FormData(formRef.current!));
      setPreview(result.preview);
      setState(result.ok ? { ok: true } : result);
    });

  const onConfirm = () =>
    startTransition(async () => {
      const result = await changeLevelAction({ ok: true }, new FormData(formRef.current!));
      setState(result);
      if (result.ok || result.isStale) setPreview(undefined);
      // The form now shows the state in force: the level just chosen stays selected (the page
      // refreshes to mark it current); only the reason, which was this decision's, is cleared.
      const reason = formRef.current?.elements.namedItem("reason");
      if (result.ok && reason instanceof HTMLTextAreaElement) reason.value = "";
      router.refresh();
    });

  return (
    <form
      ref={formRef}
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (preview) onConfirm();
        else onPreview();
      }}
      noValidate
    >
      <input type="hidden" name="scope" value={scope} />
      {siteId && <input type="hidden" name="siteId" value={siteId} />}
      <input type="hidden" name="expectedVersion" value={preview?.basedOnVersion ?? ""} />
      <FormMessage state={state} field={field} />
      <SelectField
        {...field("level")}
        label={scope === "FORCE" ? "New force level" : "Raise this site to"}
        defaultValue={choices.includes(current) ? current : choices[0]}
        onChange={() => setPreview(undefined)}
        options={choices.map((level) => ({
          value: level,
          label: level === current ? `${level} (current)` : level,
        }))}
      />
      {scope === "SITE" && (
        <DateTimeField
          {...field("expiresAt")}
          label="Expires or must be reviewed at (UK time)"
          defaultValue={defaultExpiry}
          onChange={() => setPreview(undefined)}
        />
      )}
      {scope === "FORCE" && (
        <DateTimeField
          {...field("reviewBy")}
          label="Review by (UK time)"
          hint="Needed above NORMAL: HEIGHTENED is reviewed within 90 days, EXCEPTIONAL within 7. The level does not drop by itself: commanders are reminded. For example, 27 3 2026 and 14:30"
          onChange={() => setPreview(undefined)}
        />
      )}
      <TextAreaField {...field("reason")} label="Reason" hint="Recorded in the history and shown to commanders." />
      {preview && <LevelPreviewPanel preview={preview} />}
      <div className="flex gap-2">
        {preview ? (
          <>
            <button type="submit" disabled={isPending} className={buttonClass}>
              Confirm change
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setPreview(undefined)}>
              Change the choice
            </button>
          </>
        ) : (
          <button type="submit" disabled={isPending} className={buttonClass}>
            Preview change
          </button>
        )}
      </div>
    </form>
  );
}
