"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/dashboard/articles/form-feedback";
import { deleteMediaAction, type MediaFormState } from "@/server/actions/media";

/** Deleting for good; refused, with the stories named, while any story shows the picture. */
export function DeleteMediaForm({ id, inUse }: { id: string; inUse: boolean }) {
  const t = useTranslations("media");
  const [state, action, pending] = useActionState<MediaFormState, FormData>(deleteMediaAction, {});
  return (
    <form action={action} className="space-y-2 rounded border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{t("delete")}</h2>
      <p className="text-sm text-stone-600">{t(inUse ? "deleteInUse" : "deleteHint")}</p>
      <FormFeedback state={state} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="rounded border border-accent px-4 py-1.5 font-semibold text-accent disabled:opacity-60">
        {t("deleteButton")}
      </button>
    </form>
  );
}
