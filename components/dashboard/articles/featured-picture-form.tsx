"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useRefusalText } from "@/components/ui/refusal-text";
import { featuredPictureAction, type FormState } from "@/server/actions/articles";
import type { PictureChoice } from "@/server/media/picture-choices";
import { FormFeedback } from "./form-feedback";
import { useStoryVersion } from "./unsaved-changes";

/** Picks the story's featured picture from the library's newest (and the current one), or none. */
export function FeaturedPictureForm({ id, version, current, choices }: { id: string; version: number; current: string | null; choices: PictureChoice[] }) {
  const t = useTranslations("articles.picture");
  const [state, action, pending] = useActionState<FormState, FormData>(featuredPictureAction, {});
  const version$ = useStoryVersion(version);
  const refusal = useRefusalText();
  return (
    <form action={action} className="space-y-3 rounded border border-stone-200 bg-white p-4" key={`${version}:${current}`}>
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <FormFeedback state={state} success={t("saved")} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version$} />
      <p className="text-sm text-stone-600">
        {t("hint")}{" "}
        <Link href="/dashboard/media" className="underline">
          {t("library")}
        </Link>
      </p>
      <fieldset aria-label={t("title")} className="grid max-h-80 grid-cols-2 gap-2 overflow-y-auto">
        <label className="flex items-center gap-2 rounded border border-stone-200 p-2 text-sm has-checked:border-accent">
          <input type="radio" name="featuredImageId" value="" defaultChecked={current === null} />
          {t("none")}
        </label>
        {choices.map((c) => (
          <label key={c.id} className="block rounded border border-stone-200 p-1 text-xs has-checked:border-accent has-checked:ring-2 has-checked:ring-accent">
            <input type="radio" name="featuredImageId" value={c.id} defaultChecked={current === c.id} className="me-1" />
            {/* eslint-disable-next-line @next/next/no-img-element -- the library's own variant, made at upload */}
            {c.thumb && <img src={c.thumb} alt="" className="aspect-[4/3] w-full object-cover" loading="lazy" />}
            <bdi className="line-clamp-2">{c.caption || c.credit}</bdi>
            {!c.described && <span className="block font-semibold text-accent">{t("noAlt")}</span>}
          </label>
        ))}
      </fieldset>
      {choices.length === 0 && <p className="text-sm text-stone-600">{t("empty")}</p>}
      {state.fields?.featuredImageId && (
        <p role="alert" className="text-sm text-accent">
          {refusal(state.fields.featuredImageId)}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded border border-stone-400 px-4 py-1.5 font-semibold disabled:opacity-60">
        {t("save")}
      </button>
    </form>
  );
}
