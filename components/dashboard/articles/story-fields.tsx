"use client";

import type { Editor } from "@tiptap/react";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ShortcutHelp } from "@/components/editor/shortcut-help";
import { RichEditor } from "@/components/editor/rich-editor";
import { Field, FieldError } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { countWords, readingMinutes, visibleLength } from "@/lib/arabic/count";
import type { StoryDraft } from "@/lib/autosave/draft";
import type { FieldErrors } from "@/lib/errors";
import { toStoredDocument } from "@/lib/richtext/editor-json";
import type { RichTextDocument } from "@/lib/richtext/schema";
import { documentOwnText } from "@/lib/richtext/text";
import { SectionOptions } from "./section-options";

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
  /** The save status, kept in sight in the editor's sticky toolbar while one writes. */
  status?: ReactNode;
};

/**
 * The story's own fields, as both the new-story form and the story page edit
 * them: headline with its length target, summary, section, language and the
 * rich body with live Arabic-aware counts.
 */
export function StoryFields({ draft, sections, errors, onChange, onBlur, storyId, editorKey = 0, onEditorReady, status }: Props) {
  const t = useTranslations("articles");
  const te = useTranslations("editor");
  const dir = draft.language === "ar" ? "rtl" : "ltr";
  const words = countWords(documentOwnText(draft.body), draft.language);
  const headlineLength = visibleLength(draft.headline);
  return (
    <>
      <Field id="headline" label={t("fields.headline")} error={errors.headline} describedBy="headline-count">
        {(control) => (
          <>
            <input
              {...control}
              name="headline"
              dir={dir}
              value={draft.headline}
              onChange={(e) => onChange({ headline: e.target.value })}
              onBlur={onBlur}
              required
              maxLength={300}
              className={`${control.className} font-serif text-xl`}
            />
            <p
              id="headline-count"
              className={`mt-1 text-sm ${headlineLength > HEADLINE_TARGET ? "font-semibold text-amber-800" : "text-stone-600"}`}
              aria-live="polite"
            >
              {t(headlineLength > HEADLINE_TARGET ? "counts.headlineLong" : "counts.headlineLength", { length: headlineLength, target: HEADLINE_TARGET })}
            </p>
          </>
        )}
      </Field>
      <Field id="dek" label={t("fields.dek")} error={errors.dek}>
        {(control) => (
          <textarea
            {...control}
            name="dek"
            dir={dir}
            rows={2}
            value={draft.dek}
            onChange={(e) => onChange({ dek: e.target.value })}
            onBlur={onBlur}
            maxLength={1000}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="section" label={t("fields.section")} error={errors.section}>
          {(control) => (
            <select {...control} name="section" value={draft.section} onChange={(e) => onChange({ section: e.target.value })}>
              <SectionOptions sections={sections} />
            </select>
          )}
        </Field>
        <Field id="language" label={t("fields.language")}>
          {(control) => (
            <select {...control} name="language" value={draft.language} onChange={(e) => onChange({ language: e.target.value === "en" ? "en" : "ar" })}>
              <option value="ar">{t("languages.ar")}</option>
              <option value="en">{t("languages.en")}</option>
            </select>
          )}
        </Field>
      </div>
      <div>
        <p id="body-editor-label" className="font-semibold">
          {t("fields.body")}
        </p>
        <p id="body-hint" className="text-sm text-stone-600">
          {te("hint")}
        </p>
        <ShortcutHelp />
        <RichEditor
          key={`${draft.language}-${editorKey}`}
          id="body-editor"
          initial={draft.body}
          language={draft.language}
          storyId={storyId}
          describedBy="body-hint body-count body-error"
          invalid={Boolean(errors.body)}
          onReady={onEditorReady}
          status={status}
          onChange={(json) => onChange({ body: toStoredDocument(json) as RichTextDocument })}
          onBlur={onBlur}
        />
        <p id="body-count" className="mt-1 text-sm text-stone-600" aria-live="polite">
          {t("counts.bodyCount", { words, minutes: readingMinutes(words, draft.language) })}
        </p>
        <FieldError id="body-error" message={errors.body} />
      </div>
    </>
  );
}

/** The server's field messages in the reader's language where we have one. */
export function useFieldMessages(fields: FieldErrors | undefined): Record<string, string> {
  const text = useRefusalText();
  return Object.fromEntries(Object.entries(fields ?? {}).map(([name, refusal]) => [name, text(refusal) ?? ""]));
}
