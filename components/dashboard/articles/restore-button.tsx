"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { restoreAction, type FormState } from "@/server/actions/articles";
import { FormFeedback } from "./form-feedback";

export function RestoreButton({ id, version, revisionId }: { id: string; version: number; revisionId: string }) {
  const t = useTranslations("history");
  const [state, action, pending] = useActionState<FormState, FormData>(restoreAction, {});
  return (
    <form action={action} className="space-y-1">
      <FormFeedback state={state} success={t("restored")} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <button type="submit" disabled={pending} className="rounded border border-stone-400 px-3 py-1 text-sm font-semibold disabled:opacity-60">
        {t("restore")}
      </button>
    </form>
  );
}
