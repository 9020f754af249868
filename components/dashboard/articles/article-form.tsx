"use client";

import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { backupKey, clearBackup, readBackup, writeBackup, type StoryDraft } from "@/lib/autosave/draft";
import { paragraph } from "@/lib/richtext/build";
import { createArticleAction, type FormState } from "@/server/actions/articles";
import { BackupOffer } from "./backup-offer";
import { FormFeedback } from "./form-feedback";
import { StoryFields, useFieldMessages } from "./story-fields";

type Props = { sections: { slug: string; name: string }[]; defaultSection: string };

/**
 * A new story. What is typed is kept in the browser until the story exists
 * (the story page clears the copy once the server has it), and offered back
 * after a reload.
 */
export function ArticleForm({ sections, defaultSection }: Props) {
  const t = useTranslations("articles");
  const te = useTranslations("editor");
  const [state, action, pending] = useActionState<FormState, FormData>(createArticleAction, {});
  const [draft, setDraft] = useState<StoryDraft>({
    headline: "",
    dek: "",
    section: defaultSection,
    language: "ar",
    body: { type: "doc", content: [paragraph("")] },
  });
  const [offer, setOffer] = useState<StoryDraft | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const errors = useFieldMessages(state.fields);
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

  return (
    <form action={action} className="space-y-5" noValidate>
      <FormFeedback state={state} />
      {offer && (
        <BackupOffer
          message={te("backup.foundNew")}
          onRestore={() => {
            setDraft(offer);
            setEditorKey((k) => k + 1);
            setOffer(null);
          }}
          onDiscard={() => {
            clearBackup(window.localStorage, key);
            setOffer(null);
          }}
        />
      )}
      <input type="hidden" name="body" value={JSON.stringify(draft.body)} />
      <StoryFields draft={draft} sections={sections} errors={errors} onChange={update} editorKey={editorKey} />
      <button type="submit" disabled={pending} className="rounded bg-ink px-5 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("saving") : t("create")}
      </button>
    </form>
  );
}
