"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { RichEditor } from "@/components/editor/rich-editor";
import { useRefusalText } from "@/components/ui/refusal-text";
import { countWords, readingMinutes, visibleLength } from "@/lib/arabic/count";
import type { StoryDraft } from "@/lib/autosave/draft";
import type { FieldErrors } from "@/lib/errors";
import { toStoredDocument } from "@/lib/richtext/editor-json";
import type { RichTextDocument } from "@/lib/richtext/schema";
import { documentToPlainText } from "@/lib/richtext/text";

const input = "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 aria-[invalid=true]:border-accent";

// A headline that fits a homepage slot and a search result.
const HEADLINE_TARGET = 80;

type Props = {
  draft: StoryDraft;
  sections: { slug: string; name: string }[];
  /** A message per field the server refused, in the reader's language. */
  errors: Record<string, string | undefined>;
  onChange: (changes: Partial<StoryDraft>) => void;
  onBlur?: () => void;
  storyId?: string;
  /** Changing it starts the body editor afresh from `draft.body` (after a restore). */
  editorKey?: string | number;
  onEditorReady?: (editor: Editor) => void;
};

function FieldMessage({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-accent">
      {message}
    </p>
  ) : null;
}

/**
 * The story's own fields, as both the new-story form and the story page edit
 * them: headline with its length target, summary, section, language and the
 * rich body with live Arabic-aware counts.
 */
export function StoryFields({ draft, sections, errors, onChange, onBlur, storyId, editorKey = 0, onEditorReady }: Props) {
  const t = useTranslations("articles");
  const te = useTranslations("editor");
  const dir = draft.language === "ar" ? "rtl" : "ltr";
  const words = countWords(documentToPlainText(draft.body), draft.language);
  const headlineLength = visibleLength(draft.headline);
  return (
    <>
      <div>
        <label htmlFor="headline" className="font-semibold">
          {t("fields.headline")}
        </label>
        <input
          id="headline"
          name="headline"
          dir={dir}
          value={draft.headline}
          onChange={(e) => onChange({ headline: e.target.value })}
          onBlur={onBlur}
          required
          maxLength={300}
          aria-invalid={Boolean(errors.headline)}
          aria-describedby="headline-count headline-error"
          className={`${input} font-serif text-xl`}
        />
        <p
          id="headline-count"
          className={`mt-1 text-sm ${headlineLength > HEADLINE_TARGET ? "font-semibold text-amber-800" : "text-stone-600"}`}
          aria-live="polite"
        >
          {t(headlineLength > HEADLINE_TARGET ? "counts.headlineLong" : "counts.headlineLength", { length: headlineLength, target: HEADLINE_TARGET })}
        </p>
        <FieldMessage id="headline-error" message={errors.headline} />
      </div>
      <div>
        <label htmlFor="dek" className="font-semibold">
          {t("fields.dek")}
        </label>
        <textarea
          id="dek"
          name="dek"
          dir={dir}
          rows={2}
          value={draft.dek}
          onChange={(e) => onChange({ dek: e.target.value })}
          onBlur={onBlur}
          maxLength={1000}
          aria-invalid={Boolean(errors.dek)}
          aria-describedby="dek-error"
          className={input}
        />
        <FieldMessage id="dek-error" message={errors.dek} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="section" className="font-semibold">
            {t("fields.section")}
          </label>
          <select
            id="section"
            name="section"
            value={draft.section}
            onChange={(e) => onChange({ section: e.target.value })}
            aria-invalid={Boolean(errors.section)}
            aria-describedby="section-error"
            className={input}
          >
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldMessage id="section-error" message={errors.section} />
        </div>
        <div>
          <label htmlFor="language" className="font-semibold">
            {t("fields.language")}
          </label>
          <select
            id="language"
            name="language"
            value={draft.language}
            onChange={(e) => onChange({ language: e.target.value === "en" ? "en" : "ar" })}
            className={input}
          >
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
          storyId={storyId}
          describedBy="body-hint body-count body-error"
          invalid={Boolean(errors.body)}
          onReady={onEditorReady}
          onChange={(json) => onChange({ body: toStoredDocument(json) as RichTextDocument })}
          onBlur={onBlur}
        />
        <p id="body-count" className="mt-1 text-sm text-stone-600" aria-live="polite">
          {t("counts.bodyCount", { words, minutes: readingMinutes(words, draft.language) })}
        </p>
        <FieldMessage id="body-error" message={errors.body} />
      </div>
    </>
  );
}

/** The server's field messages in the reader's language where we have one. */
export function useFieldMessages(fields: FieldErrors | undefined): Record<string, string> {
  const text = useRefusalText();
  return Object.fromEntries(Object.entries(fields ?? {}).map(([name, refusal]) => [name, text(refusal) ?? ""]));
}
