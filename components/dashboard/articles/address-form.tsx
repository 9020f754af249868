"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { addressAction, type FormState } from "@/server/actions/articles";
import { FormFeedback } from "./form-feedback";
import { useStoryVersion } from "./unsaved-changes";

type Props = { id: string; version: number; slug: string; sectionSlug: string; language: "ar" | "en"; published: boolean; chosen: boolean };

/**
 * The story's address on the site. Until the story is first published it
 * follows the headline unless set here; once readers have it, changing it
 * leaves the old address redirecting to the new one.
 */
export function AddressForm({ id, version, slug, sectionSlug, language, published, chosen }: Props) {
  const t = useTranslations("articles.address");
  const [state, action, pending] = useActionState<FormState, FormData>(addressAction, {});
  const current = useStoryVersion(version);
  const refusal = useRefusalText();
  const typed = state.ok === false ? state.values?.slug : undefined;
  return (
    <form action={action} className="space-y-3 rounded border border-stone-200 bg-white p-4" key={`${version}:${slug}`}>
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <FormFeedback state={state} success={t("saved")} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={current} />
      <Field
        id="slug"
        label={t("label")}
        error={refusal(state.fields?.slug)}
        hint={published ? t("hintPublished") : chosen ? t("hintChosen") : t("hintFollows")}
        compact
        smallLabel
      >
        {(control) => (
          <div className="flex items-center gap-1" dir="ltr">
            <span className="shrink-0 text-sm text-stone-600" translate="no">
              /<bdi>{sectionSlug}</bdi>/
            </span>
            <input
              {...control}
              name="slug"
              dir={language === "ar" ? "rtl" : "ltr"}
              lang={language}
              defaultValue={typed ?? slug}
              required
              maxLength={200}
              className={`${control.className} mt-0 min-w-0 flex-1`}
            />
          </div>
        )}
      </Field>
      <button type="submit" disabled={pending} className="rounded border border-stone-400 px-4 py-1.5 font-semibold disabled:opacity-60">
        {t("save")}
      </button>
    </form>
  );
}
