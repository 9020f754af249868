"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useRefusalText } from "@/components/ui/refusal-text";
import { importAction, type FormState } from "@/server/actions/articles";
import { FormFeedback } from "./form-feedback";

const input = "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2";

export function ImportForm({ sections, year }: { sections: { slug: string; name: string }[]; year: number }) {
  const t = useTranslations("import");
  const [state, action, pending] = useActionState<FormState, FormData>(importAction, {});
  const refusal = useRefusalText();
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormFeedback state={state} />
      {state.refusal && (
        <p className="text-sm text-accent" id="import-error">
          {t("errorText", { message: refusal(state.refusal) ?? "" })}
        </p>
      )}
      <div>
        <label htmlFor="text" className="font-semibold">
          {t("text")}
        </label>
        <textarea
          id="text"
          name="text"
          dir="auto"
          rows={14}
          defaultValue={state.values?.text}
          aria-describedby="import-error"
          className={`${input} font-serif`}
        />
      </div>
      <div>
        <label htmlFor="file" className="font-semibold">
          {t("file")}
        </label>
        <input id="file" name="file" type="file" accept=".txt,text/plain" className="mt-1 block" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="section" className="font-semibold">
            {t("section")}
          </label>
          <select id="section" name="section" defaultValue={state.values?.section ?? ""} className={input}>
            <option value="">{t("fromText")}</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="year" className="font-semibold">
            {t("year")}
          </label>
          <input id="year" name="year" type="number" min={1900} max={2100} defaultValue={state.values?.year ?? year} className={input} />
        </div>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-ink px-5 py-2 font-semibold text-white disabled:opacity-60">
        {t("submit")}
      </button>
    </form>
  );
}
