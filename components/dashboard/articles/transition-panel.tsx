"use client";

import { useActionState, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { transitionAction, type FormState } from "@/server/actions/articles";
import { FormFeedback } from "./form-feedback";
import { useStoryVersion, useUnsavedChanges } from "./unsaved-changes";
import { DateInput } from "@/components/ui/date-input";

export type OfferedTransition = { to: string; action: string; needsReason: boolean; needsPublishAt: boolean };

const PRIMARY = new Set(["submit", "resubmit", "approve", "publish", "publish_update"]);
// Steps whose reason, for an author, is an admin's four-eyes override.
const OVERRIDABLE = new Set(["approve", "publish", "schedule", "publish_update", "reschedule", "publish_now"]);

// Readers saw the story before: the step that puts out the fix can carry a correction.
const CORRECTABLE = new Set(["publish", "publish_update"]);

/** What was wrong, what is right and what readers are told: sent only when one of them is filled. */
function CorrectionFields({ prefix, state }: { prefix: string; state: FormState }) {
  const t = useTranslations("articles.correction");
  const refusal = useRefusalText();
  const fields = [
    ["wrong", "correctionWrong", "correction.wrong"],
    ["correct", "correctionCorrect", "correction.correct"],
    ["publicText", "correctionText", "correction.publicText"],
  ] as const;
  const touched = fields.some(([, name, path]) => state.values?.[name] || state.fields?.[path]);
  return (
    <details open={touched} className="rounded border border-stone-200 p-2" data-testid="correction-fields">
      <summary className="cursor-pointer text-sm font-semibold">{t("title")}</summary>
      <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
      {fields.map(([label, name, path]) => (
        <Field key={name} id={`${prefix}-${name}`} label={t(label)} error={refusal(state.fields?.[path])} compact smallLabel>
          {(control) => <textarea {...control} name={name} dir="auto" rows={2} maxLength={1000} defaultValue={state.values?.[name]} />}
        </Field>
      ))}
    </details>
  );
}

function TransitionForm({
  id,
  version,
  offer,
  zone,
  override,
  correctable,
}: {
  id: string;
  version: number;
  offer: OfferedTransition;
  zone: string;
  override: boolean;
  correctable: boolean;
}) {
  const t = useTranslations("articles");
  const [state, action, pending] = useActionState<FormState, FormData>(transitionAction, {});
  const { dirty, flush } = useUnsavedChanges();
  const current = useStoryVersion(version);
  const [blocked, setBlocked] = useState(false);
  const [, startTransition] = useTransition();
  const refusal = useRefusalText();
  const fieldId = (name: string) => `${offer.action}-${name}`;
  return (
    <form
      action={action}
      onSubmit={(event) => {
        setBlocked(false);
        if (!dirty) return;
        // Text still being autosaved goes first; the step then acts on the version it produced.
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        void flush().then((saved) => {
          if (saved === null) return setBlocked(true);
          data.set("version", String(saved));
          startTransition(() => action(data));
        });
      }}
      className="space-y-2 rounded border border-stone-200 bg-white p-3"
      data-transition={offer.action}
    >
      <FormFeedback state={state} />
      {blocked && (
        <p role="alert" className="text-sm text-accent">
          {t("saveFirst")}
        </p>
      )}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={current} />
      <input type="hidden" name="to" value={offer.to} />
      {offer.needsReason && (
        <Field id={fieldId("reason")} label={override ? t("overrideReason") : t("fields.reason")} error={refusal(state.fields?.reason)} compact smallLabel>
          {(control) => <textarea {...control} name="reason" dir="auto" rows={2} defaultValue={state.values?.reason} />}
        </Field>
      )}
      {offer.needsPublishAt && (
        <Field
          id={fieldId("publishAt")}
          label={
            <>
              {t("fields.publishAt")} <span className="font-normal text-stone-600">— {t("hints.zone", { zone })}</span>
            </>
          }
          error={refusal(state.fields?.publishAt)}
          compact
          fit
          smallLabel
        >
          {(control) => <DateInput control={control} withTime name="publishAt" defaultValue={state.values?.publishAt} />}
        </Field>
      )}
      {correctable && <CorrectionFields prefix={offer.action} state={state} />}
      <button
        type="submit"
        disabled={pending}
        className={
          PRIMARY.has(offer.action)
            ? "rounded bg-accent px-4 py-1.5 font-semibold text-white disabled:opacity-60"
            : "rounded border border-stone-400 px-4 py-1.5 font-semibold disabled:opacity-60"
        }
      >
        {t(`actions.${offer.action}`)}
      </button>
    </form>
  );
}

/** One small form per step the user may take now; the server decides again on submit. */
export function TransitionPanel({
  id,
  version,
  offers,
  zone,
  isAuthor,
  everPublished,
}: {
  id: string;
  version: number;
  offers: OfferedTransition[];
  zone: string;
  isAuthor: boolean;
  /** Readers have seen the story: publishing it again may carry a correction. */
  everPublished: boolean;
}) {
  const t = useTranslations("articles");
  return (
    <section aria-labelledby="actions-heading" className="space-y-3">
      <h2 id="actions-heading" className="text-lg font-semibold">
        {t("actionsTitle")}
      </h2>
      {offers.length === 0 ? (
        <p className="text-stone-600">{t("noActions")}</p>
      ) : (
        offers.map((offer) => (
          <TransitionForm
            key={offer.action}
            id={id}
            version={version}
            offer={offer}
            zone={zone}
            override={isAuthor && offer.needsReason && OVERRIDABLE.has(offer.action)}
            correctable={everPublished && CORRECTABLE.has(offer.action)}
          />
        ))
      )}
    </section>
  );
}
