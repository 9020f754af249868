"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { addNoteAction, type FormState } from "@/server/actions/articles";
import { FormFeedback } from "./form-feedback";
import { MentionTextarea } from "./mention-textarea";

type Submitted = FormState & { sent: number };

/** A note on the story; `@Name` mentions someone, who is told. A refused note keeps its text. */
export function NoteForm({ id, staff }: { id: string; staff: { id: string; name: string }[] }) {
  const t = useTranslations("articles");
  // Each note sent starts the box afresh (a new key); a refused one keeps what was typed.
  const [state, action, pending] = useActionState<Submitted, FormData>(
    async (previous, form) => {
      const outcome = await addNoteAction(previous, form);
      return { ...outcome, sent: previous.sent + (outcome.ok ? 1 : 0) };
    },
    { sent: 0 },
  );
  const refusal = useRefusalText();
  // The service names the note's field `body`, as the API does; the form names it `note`.
  const error = refusal(state.fields?.note ?? state.fields?.body);
  return (
    <form action={action} className="space-y-2">
      <FormFeedback state={state} />
      <input type="hidden" name="id" value={id} />
      <Field id="note" label={t("notes.label")} hint={t("notes.mentionHint")} error={error} compact smallLabel>
        {(control) => (
          <MentionTextarea {...control} key={state.sent} staff={staff} name="note" dir="auto" rows={3} defaultValue={state.ok ? "" : state.values?.note} />
        )}
      </Field>
      <button type="submit" disabled={pending} className="rounded border border-stone-400 px-4 py-1.5 font-semibold disabled:opacity-60">
        {t("notes.add")}
      </button>
    </form>
  );
}
