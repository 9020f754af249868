"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { addNoteAction, type FormState } from "@/server/actions/articles";
import { FormFeedback } from "./form-feedback";

export function NoteForm({ id }: { id: string }) {
  const t = useTranslations("articles");
  const [state, action, pending] = useActionState<FormState, FormData>(addNoteAction, {});
  const refusal = useRefusalText();
  return (
    <form action={action} className="space-y-2">
      <FormFeedback state={state} />
      <input type="hidden" name="id" value={id} />
      <Field id="note" label={t("notes.label")} error={refusal(state.fields?.note)} compact smallLabel>
        {(control) => <textarea {...control} name="note" dir="auto" rows={3} defaultValue={state.ok ? "" : state.values?.note} />}
      </Field>
      <button type="submit" disabled={pending} className="rounded border border-stone-400 px-4 py-1.5 font-semibold disabled:opacity-60">
        {t("notes.add")}
      </button>
    </form>
  );
}
