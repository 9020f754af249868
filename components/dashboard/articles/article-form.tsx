"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { Editor } from "@tiptap/react";
import { RichEditor } from "@/components/editor/rich-editor";
import { countWords, readingMinutes, visibleLength } from "@/lib/arabic/count";
import { backupKey, clearBackup, readBackup, writeBackup, type StoryDraft } from "@/lib/autosave/draft";
import { paragraph } from "@/lib/richtext/build";
import { toStoredDocument } from "@/lib/richtext/editor-json";
import type { RichTextDocument } from "@/lib/richtext/schema";
import { documentToPlainText } from "@/lib/richtext/text";
import { createArticleAction, type FormState } from "@/server/actions/articles";
import { FieldError, FormFeedback } from "./form-feedback";
import { HEADLINE_TARGET } from "./story-editor-form";

type Props = { sections: { slug: string; name: string }[]; defaultSection: string };

const input = "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 aria-[invalid=true]:border-accent";
const EMPTY: RichTextDocument = { type: "doc", content: [paragraph("")] };

/**
 * A new story. What is typed is kept in the browser until the story exists
 * (the story page clears the copy once the server has it), and offered back
 * after a reload.
 */
export function ArticleForm({ sections, defaultSection }: Props) {
  const t = useTranslations("articles");
  const te = useTranslations("editor");
  const [state, action, pending] = useActionState<FormState, FormData>(createArticleAction, {});
  const [draft, setDraft] = useState<StoryDraft>({ headline: "", dek: "", section: defaultSection, language: "ar", body: EMPTY });
  const [offer, setOffer] = useState<StoryDraft | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const editor = useRef<Editor | null>(null);
  const key = backupKey(null);

  useEffect(() => {
    // Browser storage exists only after hydration, so this cannot be read during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOffer(readBackup(window.localStorage, key)?.draft ?? null);
  }, [key]);

  const update = (changes: Partial<StoryDraft>) => {
    setDraft((previous) => {
      const next = { ...previous, ...changes };
      writeBackup(window.localStorage, key, { version: 0, savedAt: new Date().toISOString(), draft: next });
      return next;
    });
  };
  const invalid = (name: string) => Boolean(state.fields?.[name]);
  const dir = draft.language === "ar" ? "rtl" : "ltr";
  const words = countWords(documentToPlainText(draft.body), draft.language);
  const headlineLength = visibleLength(draft.headline);

  return (
    <form action={action} className="space-y-5" noValidate>
      <FormFeedback state={state} />
      {offer && (
        <div role="alert" className="space-y-2 rounded border-s-4 border-amber-500 bg-amber-50 p-3" data-testid="backup-offer">
          <p>{te("backup.foundNew")}</p>
          <div className="flex gap-3">
            <button
              type="button"
              className="rounded bg-ink px-3 py-1 font-semibold text-white"
              onClick={() => {
                setDraft(offer);
                setEditorKey((k) => k + 1);
                setOffer(null);
              }}
            >
              {te("backup.restore")}
            </button>
            <button
              type="button"
              className="underline"
              onClick={() => {
                clearBackup(window.localStorage, key);
                setOffer(null);
              }}
            >
              {te("backup.discard")}
            </button>
          </div>
        </div>
      )}
      <input type="hidden" name="body" value={JSON.stringify(draft.body)} />
      <div>
        <label htmlFor="headline" className="font-semibold">
          {t("fields.headline")}
        </label>
        <input
          id="headline"
          name="headline"
          dir={dir}
          value={draft.headline}
          onChange={(e) => update({ headline: e.target.value })}
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
        <textarea id="dek" name="dek" dir={dir} rows={2} value={draft.dek} onChange={(e) => update({ dek: e.target.value })} maxLength={1000} aria-invalid={invalid("dek")} aria-describedby="dek-error" className={input} />
        <FieldError state={state} name="dek" id="dek-error" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="section" className="font-semibold">
            {t("fields.section")}
          </label>
          <select id="section" name="section" value={draft.section} onChange={(e) => update({ section: e.target.value })} aria-invalid={invalid("section")} aria-describedby="section-error" className={input}>
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
          <select id="language" name="language" value={draft.language} onChange={(e) => update({ language: e.target.value === "en" ? "en" : "ar" })} className={input}>
            <option value="ar">{t("languages.ar")}</option>
            <option value="en">{t("languages.en")}</option>
          </select>
        </div>
      </div>
      <div>
        <p id="body-editor-label" className="font-semibold">
          {t("fields.body")}
        </p>
        <p id="body-hint" className="text-sm text-stone-600">
          {te("hint")}
        </p>
        <RichEditor
          key={`${draft.language}-${editorKey}`}
          id="body-editor"
          initial={draft.body}
          language={draft.language}
          describedBy="body-hint body-count body-error"
          invalid={invalid("body")}
          onReady={(created) => (editor.current = created)}
          onChange={(json) => update({ body: toStoredDocument(json) as RichTextDocument })}
        />
        <p id="body-count" className="mt-1 text-sm text-stone-600" aria-live="polite">
          {t("counts.bodyCount", { words, minutes: readingMinutes(words, draft.language) })}
        </p>
        <FieldError state={state} name="body" id="body-error" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-ink px-5 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("saving") : t("create")}
      </button>
    </form>
  );
}
