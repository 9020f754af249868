"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deskAction, type FormState } from "@/server/actions/articles";
import { FieldError, FormFeedback } from "./form-feedback";
import { useStoryVersion } from "./unsaved-changes";

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
  return (
    <form action={action} className="space-y-3 rounded border border-stone-200 bg-white p-4" key={`${version}:${deadline}:${assignedEditorId}`}>
      <h2 className="text-lg font-semibold">{t("desk.title")}</h2>
      <FormFeedback state={state} success={t("saved")} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={current} />
      <input type="hidden" name="was.deadline" value={deadline} />
      <input type="hidden" name="was.assignedEditorId" value={assignedEditorId} />
      <div>
        <label htmlFor="deadline" className="text-sm font-semibold">
          {t("fields.deadline")} <span className="font-normal text-stone-600">— {t("hints.zone", { zone })}</span>
        </label>
        <input
          id="deadline"
          type="datetime-local"
          name="deadline"
          defaultValue={typed?.deadline ?? deadline}
          aria-invalid={Boolean(state.fields?.deadline)}
          aria-describedby="deadline-error"
          className="mt-1 block rounded border border-stone-300 px-2 py-1"
        />
        <FieldError state={state} name="deadline" id="deadline-error" />
      </div>
      <div>
        <label htmlFor="assignedEditorId" className="text-sm font-semibold">
          {t("fields.assignedEditor")}
        </label>
        <select
          id="assignedEditorId"
          name="assignedEditorId"
          defaultValue={typed?.assignedEditorId ?? assignedEditorId}
          aria-invalid={Boolean(state.fields?.assignedEditorId)}
          aria-describedby="editor-error"
          className="mt-1 block rounded border border-stone-300 px-2 py-1"
        >
          <option value="">{t("desk.none")}</option>
          {editors.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
        <FieldError state={state} name="assignedEditorId" id="editor-error" />
      </div>
      <button type="submit" disabled={pending} className="rounded border border-stone-400 px-4 py-1.5 font-semibold disabled:opacity-60">
        {t("desk.save")}
      </button>
    </form>
  );
}
