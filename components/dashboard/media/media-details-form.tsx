"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/dashboard/articles/form-feedback";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { changeMediaAction, type MediaFormState } from "@/server/actions/media";

type Description = { alt: string | null; decorative: boolean; caption: string; credit: string; usageNote: string | null; language: "ar" | "en" };

const TEXT_FIELDS = [
  { name: "credit", max: 200, long: false },
  { name: "caption", max: 1000, long: true },
  { name: "alt", max: 500, long: true },
  { name: "usageNote", max: 1000, long: true },
] as const;

/**
 * A picture's words: credit, caption, alt text and its language, the
 * decorative mark and the usage note. Only what was changed is sent, with the
 * version shown; after a refusal the fields keep what was typed.
 */
export function MediaDetailsForm({ id, version, current }: { id: string; version: number; current: Description }) {
  const t = useTranslations("media");
  const tLanguage = useTranslations("language");
  const refusal = useRefusalText();
  const formId = useId();
  const [state, action, pending] = useActionState<MediaFormState, FormData>(changeMediaAction, {});
  const typed = state.ok === false ? state.values : undefined;
  const shown = (name: keyof Description) => typed?.[name] ?? String(current[name] ?? "");
  return (
    <form action={action} className="space-y-3 rounded border border-stone-200 bg-white p-4" key={version}>
      <h2 className="text-lg font-semibold">{t("describeTitle")}</h2>
      <FormFeedback state={state} success={t("saved")} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {TEXT_FIELDS.map(({ name, max, long }) => (
        <div key={name}>
          <input type="hidden" name={`was.${name}`} value={current[name] ?? ""} />
          <Field id={`${formId}-${name}`} label={t(name)} error={refusal(state.fields?.[name])}>
            {(control) =>
              long ? (
                <textarea {...control} name={name} defaultValue={shown(name)} maxLength={max} rows={name === "alt" ? 3 : 2} dir="auto" />
              ) : (
                <input {...control} name={name} defaultValue={shown(name)} maxLength={max} dir="auto" required />
              )
            }
          </Field>
        </div>
      ))}
      <input type="hidden" name="was.language" value={current.language} />
      <Field id={`${formId}-language`} label={t("altLanguage")} error={refusal(state.fields?.language)}>
        {(control) => (
          <select {...control} name="language" defaultValue={shown("language")}>
            {/* Each language named in itself, as the language switcher does. */}
            <option value="ar" lang="ar">
              {tLanguage("ar")}
            </option>
            <option value="en" lang="en">
              {tLanguage("en")}
            </option>
          </select>
        )}
      </Field>
      <input type="hidden" name="was.decorative" value={String(current.decorative)} />
      {/* Unticked, the box sends nothing; the hidden "false" before it is then what arrives. */}
      <input type="hidden" name="decorative" value="false" />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="decorative" value="true" defaultChecked={typed ? typed.decorative === "true" : current.decorative} />
        {t("decorative")}
      </label>
      <button type="submit" disabled={pending} className="rounded bg-ink px-4 py-1.5 font-semibold text-white disabled:opacity-60">
        {t("save")}
      </button>
    </form>
  );
}
