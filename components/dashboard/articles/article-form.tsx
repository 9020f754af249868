"use client";

import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { countWords, readingMinutes, visibleLength } from "@/lib/arabic/count";
import { createArticleAction, saveArticleAction, type FormState } from "@/server/actions/articles";
import { FieldError, FormFeedback } from "./form-feedback";
import { useUnsavedChanges } from "./unsaved-changes";

export type ArticleFormValues = { headline: string; dek: string; section: string; language: "ar" | "en"; bodyText: string };

type Props = {
  sections: { slug: string; name: string }[];
  initial: ArticleFormValues;
  existing?: { id: string; version: number; richBody: boolean };
};

const input = "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 aria-[invalid=true]:border-accent";

// A headline that fits a homepage slot and a search result.
const HEADLINE_TARGET = 80;

/** The story form: headline, summary, section, language and the body as paragraphs. */
export function ArticleForm({ sections, initial, existing }: Props) {
  const t = useTranslations("articles");
  const [state, action, pending] = useActionState<FormState, FormData>(existing ? saveArticleAction : createArticleAction, {});
  const value = (name: keyof ArticleFormValues) => state.values?.[name] ?? initial[name];
  const invalid = (name: string) => Boolean(state.fields?.[name]);
  const [language, setLanguage] = useState<"ar" | "en">(value("language") === "en" ? "en" : "ar");
  const [headlineLength, setHeadlineLength] = useState(() => visibleLength(value("headline")));
  const [words, setWords] = useState(() => countWords(value("bodyText"), language));
  const dir = language === "ar" ? "rtl" : "ltr";
  const { setDirty } = useUnsavedChanges();
  useEffect(() => {
    if (state.ok) setDirty(false);
  }, [state, setDirty]);

  return (
    <form action={action} onInput={() => setDirty(true)} className="space-y-5" noValidate>
      <FormFeedback state={state} success={t("saved")} />
      {state.code === "conflict" && <p className="text-sm text-stone-700">{t("conflictKeep")}</p>}
      {existing && (
        <>
          <input type="hidden" name="id" value={existing.id} />
          <input type="hidden" name="version" value={state.currentVersion ?? existing.version} />
          <input type="hidden" name="originalBody" value={initial.bodyText} />
        </>
      )}
      <div>
        <label htmlFor="headline" className="font-semibold">
          {t("fields.headline")}
        </label>
        <input
          id="headline"
          name="headline"
          dir={dir}
          defaultValue={value("headline")}
          onChange={(e) => setHeadlineLength(visibleLength(e.target.value))}
          required
          maxLength={300}
          aria-invalid={invalid("headline")}
          aria-describedby="headline-count headline-error"
          className={`${input} font-serif text-xl`}
        />
        <p id="headline-count" className={`mt-1 text-sm ${headlineLength > HEADLINE_TARGET ? "font-semibold text-amber-800" : "text-stone-600"}`} aria-live="polite">
          {t(headlineLength > HEADLINE_TARGET ? "counts.headlineLong" : "counts.headlineLength", { length: headlineLength, target: HEADLINE_TARGET })}
        </p>
        <FieldError state={state} name="headline" id="headline-error" />
      </div>
      <div>
        <label htmlFor="dek" className="font-semibold">
          {t("fields.dek")}
        </label>
        <textarea id="dek" name="dek" dir={dir} rows={2} defaultValue={value("dek")} maxLength={1000} aria-invalid={invalid("dek")} aria-describedby="dek-error" className={input} />
        <FieldError state={state} name="dek" id="dek-error" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="section" className="font-semibold">
            {t("fields.section")}
          </label>
          <select id="section" name="section" defaultValue={value("section")} aria-invalid={invalid("section")} aria-describedby="section-error" className={input}>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError state={state} name="section" id="section-error" />
        </div>
        <div>
          <label htmlFor="language" className="font-semibold">
            {t("fields.language")}
          </label>
          <select id="language" name="language" value={language} onChange={(e) => setLanguage(e.target.value === "en" ? "en" : "ar")} className={input}>
            <option value="ar">{t("languages.ar")}</option>
            <option value="en">{t("languages.en")}</option>
          </select>
        </div>
      </div>
      <div>
        <label htmlFor="bodyText" className="font-semibold">
          {t("fields.body")}
        </label>
        <p id="body-hint" className="text-sm text-stone-600">
          {t("hints.body")}
        </p>
        {existing?.richBody && <p className="mt-1 text-sm text-amber-800">{t("hints.richBody")}</p>}
        <textarea
          id="bodyText"
          name="bodyText"
          dir={dir}
          rows={18}
          defaultValue={value("bodyText")}
          onChange={(e) => setWords(countWords(e.target.value, language))}
          readOnly={existing?.richBody}
          aria-invalid={invalid("bodyText") || invalid("body")}
          aria-describedby="body-hint body-count body-error"
          className={`${input} font-serif text-lg leading-loose`}
        />
        <p id="body-count" className="mt-1 text-sm text-stone-600" aria-live="polite">
          {t("counts.bodyCount", { words, minutes: readingMinutes(words, language) })}
        </p>
        <FieldError state={state} name={state.fields?.bodyText ? "bodyText" : "body"} id="body-error" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-ink px-5 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("saving") : existing ? t("save") : t("create")}
      </button>
    </form>
  );
}
