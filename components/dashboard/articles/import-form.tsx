"use client";

import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { importAction, type FormState } from "@/server/actions/articles";
import { FormFeedback } from "./form-feedback";
import { SectionOptions } from "./section-options";

const DUPLICATE = new Set(["import_duplicate", "import_near_duplicate"]);

export function ImportForm({ sections, year }: { sections: { slug: string; name: string }[]; year: number }) {
  const t = useTranslations("import");
  const [state, action, pending] = useActionState<FormState, FormData>(importAction, {});
  const refusal = useRefusalText();
  // A story with this headline and dateline, or nearly this text, exists: say which, and let the person import anyway.
  const duplicate = DUPLICATE.has(state.refusal?.reason ?? "") && typeof state.refusal?.params?.id === "string";
  return (
    <form action={action} className="space-y-5" noValidate>
      {!duplicate && <FormFeedback state={state} />}
      {duplicate ? (
        <div role="alert" className="space-y-2 rounded border-s-4 border-amber-500 bg-amber-50 px-3 py-2 text-amber-950" data-testid="import-duplicate">
          <p>{refusal(state.refusal)}</p>
          <p className="flex flex-wrap gap-4">
            <Link href={`/dashboard/articles/${String(state.refusal!.params!.id)}`} className="font-semibold underline">
              {t("openExisting")}
            </Link>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="allowDuplicate" />
              {t("importAnyway")}
            </label>
          </p>
        </div>
      ) : (
        state.refusal && (
          <p className="text-sm text-accent" id="import-error">
            {t("errorText", { message: refusal(state.refusal) ?? "" })}
          </p>
        )
      )}
      <Field id="text" label={t("text")} describedBy={state.refusal ? "import-error" : undefined}>
        {(control) => (
          <textarea {...control} name="text" dir="auto" rows={14} defaultValue={state.values?.text} className={`${control.className} font-serif`} />
        )}
      </Field>
      <div>
        <label htmlFor="file" className="font-semibold">
          {t("file")}
        </label>
        <input id="file" name="file" type="file" accept=".txt,text/plain" className="mt-1 block" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="section" label={t("section")}>
          {(control) => (
            <select {...control} name="section" defaultValue={state.values?.section ?? ""}>
              <option value="">{t("fromText")}</option>
              <SectionOptions sections={sections} />
            </select>
          )}
        </Field>
        <Field id="year" label={t("year")}>
          {(control) => <input {...control} name="year" type="number" min={1900} max={2100} defaultValue={state.values?.year ?? year} />}
        </Field>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-ink px-5 py-2 font-semibold text-white disabled:opacity-60">
        {t("submit")}
      </button>
    </form>
  );
}
