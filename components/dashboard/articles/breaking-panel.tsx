"use client";

import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { BREAKING_DEFAULT_MINUTES } from "@/lib/breaking/expiry";
import { BREAKING_CHOICES_MINUTES } from "@/lib/validation/breaking";
import { clearBreakingAction, markBreakingAction, type FormState } from "@/server/actions/articles";
import { FormFeedback } from "./form-feedback";

/**
 * «عاجل» for a published story: put it in the bar on every public page for
 * a while, or take it out. `until` is the end of the mark in force, if any.
 */
export function BreakingPanel({ id, until }: { id: string; until: string | null }) {
  const t = useTranslations("articles.breaking");
  const format = useFormatter();
  const refusal = useRefusalText();
  const [marked, mark, marking] = useActionState<FormState, FormData>(markBreakingAction, {});
  const [cleared, clear, clearing] = useActionState<FormState, FormData>(clearBreakingAction, {});
  const duration = (minutes: number) => (minutes % 60 === 0 ? t("hours", { n: minutes / 60 }) : t("minutes", { n: minutes }));
  return (
    <section aria-labelledby="breaking-heading" className="space-y-2 rounded border border-stone-200 bg-white p-3" data-testid="breaking-panel">
      <h2 id="breaking-heading" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("intro")}</p>
      {/* Always there, so that its change is announced: the outcome of both forms. */}
      <p role="status" className={until ? "font-semibold text-accent" : "text-sm text-stone-600"} data-testid="breaking-state">
        {until ? t("until", { time: format.dateTime(new Date(until), "minute") }) : t("notBreaking")}
      </p>
      <form action={mark} className="space-y-2">
        <FormFeedback state={marked} />
        <input type="hidden" name="id" value={id} />
        <Field id="breaking-minutes" label={t("for")} error={refusal(marked.fields?.minutes)} compact smallLabel>
          {(control) => (
            <select {...control} name="minutes" defaultValue={marked.values?.minutes ?? String(BREAKING_DEFAULT_MINUTES)}>
              {BREAKING_CHOICES_MINUTES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {duration(minutes)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={marking} className="rounded bg-accent px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60">
          {until ? t("extend") : t("mark")}
        </button>
      </form>
      {until && (
        <form action={clear}>
          <FormFeedback state={cleared} />
          <input type="hidden" name="id" value={id} />
          <button type="submit" disabled={clearing} className="rounded border border-stone-300 px-3 py-1.5 text-sm font-semibold disabled:opacity-60">
            {t("clear")}
          </button>
        </form>
      )}
    </section>
  );
}
