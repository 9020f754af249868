"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { addNoteAction, type FormState } from "@/server/actions/articles";
import { FieldError, FormFeedback } from "./form-feedback";

export function NoteForm({ id }: { id: string }) {
  const t = useTranslations("articles");
  const [state, action, pending] = useActionState<FormState, FormData>(addNoteAction, {});
  return (
    <form action={action} className="space-y-2">
      <FormFeedback state={state} />
      <input type="hidden" name="id" value={id} />
      <label htmlFor="note" className="text-sm font-semibold">
        {t("notes.label")}
      </label>
      <textarea
        id="note"
        name="note"
        dir="auto"
        rows={3}
        defaultValue={state.ok ? "" : state.values?.note}
        aria-describedby="note-error"
        className="block w-full rounded border border-stone-300 px-2 py-1"
      />
      <FieldError state={state} name="note" id="note-error" />
      <button type="submit" disabled={pending} className="rounded border border-stone-400 px-4 py-1.5 font-semibold disabled:opacity-60">
        {t("notes.add")}
      </button>
    </form>
  );
}
