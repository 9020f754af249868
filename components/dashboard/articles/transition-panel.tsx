"use client";

import { useActionState, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { transitionAction, type FormState } from "@/server/actions/articles";
import { FieldError, FormFeedback } from "./form-feedback";
import { useStoryVersion, useUnsavedChanges } from "./unsaved-changes";

export type OfferedTransition = { to: string; action: string; needsReason: boolean; needsPublishAt: boolean };

const PRIMARY = new Set(["submit", "resubmit", "approve", "publish", "publish_update"]);
// Steps whose reason, for an author, is an admin's four-eyes override.
const OVERRIDABLE = new Set(["approve", "publish", "schedule", "publish_update"]);

function TransitionForm({ id, version, offer, zone, override }: { id: string; version: number; offer: OfferedTransition; zone: string; override: boolean }) {
  const t = useTranslations("articles");
  const [state, action, pending] = useActionState<FormState, FormData>(transitionAction, {});
  const { dirty, flush } = useUnsavedChanges();
  const current = useStoryVersion(version);
  const [blocked, setBlocked] = useState(false);
  const [, startTransition] = useTransition();
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
        <div>
          <label htmlFor={fieldId("reason")} className="text-sm font-semibold">
            {override ? t("overrideReason") : t("fields.reason")}
          </label>
          <textarea
            id={fieldId("reason")}
            name="reason"
            dir="auto"
            rows={2}
            defaultValue={state.values?.reason}
            aria-invalid={Boolean(state.fields?.reason)}
            aria-describedby={fieldId("reason-error")}
            className="mt-1 block w-full rounded border border-stone-300 px-2 py-1"
          />
          <FieldError state={state} name="reason" id={fieldId("reason-error")} />
        </div>
      )}
      {offer.needsPublishAt && (
        <div>
          <label htmlFor={fieldId("publishAt")} className="text-sm font-semibold">
            {t("fields.publishAt")} <span className="font-normal text-stone-600">— {t("hints.zone", { zone })}</span>
          </label>
          <input
            id={fieldId("publishAt")}
            type="datetime-local"
            name="publishAt"
            defaultValue={state.values?.publishAt}
            aria-invalid={Boolean(state.fields?.publishAt)}
            aria-describedby={fieldId("publishAt-error")}
            className="mt-1 block rounded border border-stone-300 px-2 py-1"
          />
          <FieldError state={state} name="publishAt" id={fieldId("publishAt-error")} />
        </div>
      )}
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
}: {
  id: string;
  version: number;
  offers: OfferedTransition[];
  zone: string;
  isAuthor: boolean;
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
          />
        ))
      )}
    </section>
  );
}
