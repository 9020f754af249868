"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { deskAction, type FormState } from "@/server/actions/articles";
import { FormFeedback } from "./form-feedback";
import { useStoryVersion } from "./unsaved-changes";
import { DateInput } from "@/components/ui/date-input";

type Props = { id: string; version: number; deadline: string; assignedEditorId: string; editors: { id: string; name: string }[]; zone: string };

/**
 * Deadline and assigned editor: the desk's to set. Each is sent only when
 * changed; whenever the story's version moves (this form, a step, an edit)
 * the form starts again from what the server holds (its key).
 */
export function DeskForm({ id, version, deadline, assignedEditorId, editors, zone }: Props) {
  const t = useTranslations("articles");
  const [state, action, pending] = useActionState<FormState, FormData>(deskAction, {});
  const current = useStoryVersion(version);
  const typed = state.ok === false ? state.values : undefined;
  const refusal = useRefusalText();
  return (
    <form action={action} className="space-y-3 rounded border border-stone-200 bg-white p-4" key={`${version}:${deadline}:${assignedEditorId}`}>
      <h2 className="text-lg font-semibold">{t("desk.title")}</h2>
      <FormFeedback state={state} success={t("saved")} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={current} />
      <input type="hidden" name="was.deadline" value={deadline} />
      <input type="hidden" name="was.assignedEditorId" value={assignedEditorId} />
      <Field
        id="deadline"
        label={
          <>
            {t("fields.deadline")} <span className="font-normal text-stone-600">— {t("hints.zone", { zone })}</span>
          </>
        }
        error={refusal(state.fields?.deadline)}
        compact
        fit
        smallLabel
      >
        {(control) => <DateInput control={control} withTime name="deadline" defaultValue={typed?.deadline ?? deadline} />}
      </Field>
      <Field id="assignedEditorId" label={t("fields.assignedEditor")} error={refusal(state.fields?.assignedEditorId)} compact fit smallLabel>
        {(control) => (
          <select {...control} name="assignedEditorId" defaultValue={typed?.assignedEditorId ?? assignedEditorId}>
            <option value="">{t("desk.none")}</option>
            {editors.map((e) => (
              <option key={e.id} value={e.id} dir="auto" translate="no">
                {e.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={pending} className="rounded border border-stone-400 px-4 py-1.5 font-semibold disabled:opacity-60">
        {t("desk.save")}
      </button>
    </form>
  );
}
