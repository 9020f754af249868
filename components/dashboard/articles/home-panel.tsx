"use client";

import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { HOME_PIN_CHOICES_MINUTES, HOME_PIN_DEFAULT_MINUTES, HOME_SLOT_COUNT } from "@/lib/home/lineup";
import { pinToHomeAction, unpinFromHomeAction, type FormState } from "@/server/actions/articles";
import { FormFeedback } from "./form-feedback";

const SLOTS = Array.from({ length: HOME_SLOT_COUNT }, (_, i) => i + 1);

/**
 * The home page for a published story: pin it to a slot at the top (1 is the
 * lead) for a while, or take it off. `pin` is the pin in force, if any.
 */
export function HomePanel({ id, pin }: { id: string; pin: { slot: number; until: string | null } | null }) {
  const t = useTranslations("articles.home");
  const format = useFormatter();
  const refusal = useRefusalText();
  const [pinned, pinAction, pinning] = useActionState<FormState, FormData>(pinToHomeAction, {});
  const [unpinned, unpin, unpinning] = useActionState<FormState, FormData>(unpinFromHomeAction, {});
  const slotName = (slot: number) => (slot === 1 ? t("lead") : t("top", { n: slot }));
  const duration = (minutes: number) => (minutes % 1440 === 0 ? t("days", { n: minutes / 1440 }) : t("hours", { n: minutes / 60 }));
  return (
    <section aria-labelledby="home-heading" className="space-y-2 rounded border border-stone-200 bg-white p-3" data-testid="home-panel">
      <h2 id="home-heading" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("intro")}</p>
      {/* Always there, so that its change is announced: the outcome of both forms. */}
      <p role="status" className={pin ? "font-semibold text-accent" : "text-sm text-stone-600"} data-testid="home-state">
        {pin && pin.until ? t("pinned", { slot: slotName(pin.slot), time: format.dateTime(new Date(pin.until), "minute") }) : t("notPinned")}
      </p>
      <form action={pinAction} className="space-y-2">
        <FormFeedback state={pinned} />
        <input type="hidden" name="id" value={id} />
        <Field id="home-slot" label={t("slot")} error={refusal(pinned.fields?.slot)} compact smallLabel>
          {(control) => (
            <select {...control} name="slot" defaultValue={pinned.values?.slot ?? String(pin?.slot ?? 1)}>
              {SLOTS.map((slot) => (
                <option key={slot} value={slot}>
                  {slotName(slot)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="home-minutes" label={t("for")} error={refusal(pinned.fields?.minutes)} compact smallLabel>
          {(control) => (
            <select {...control} name="minutes" defaultValue={pinned.values?.minutes ?? String(HOME_PIN_DEFAULT_MINUTES)}>
              {HOME_PIN_CHOICES_MINUTES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {duration(minutes)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={pinning} className="rounded bg-accent px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60">
          {pin ? t("change") : t("pin")}
        </button>
      </form>
      {pin && (
        <form action={unpin}>
          <FormFeedback state={unpinned} />
          <input type="hidden" name="id" value={id} />
          <button type="submit" disabled={unpinning} className="rounded border border-stone-300 px-3 py-1.5 text-sm font-semibold disabled:opacity-60">
            {t("unpin")}
          </button>
        </form>
      )}
    </section>
  );
}
