"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/server/actions/articles";

/** The form-level outcome: success in words, or the error for its code. */
export function FormFeedback({ state, success }: { state: FormState; success?: string }) {
  const t = useTranslations("articles.errors");
  if (state.ok && success) {
    return (
      <p role="status" className="rounded border-s-4 border-emerald-600 bg-emerald-50 px-3 py-2 text-emerald-900">
        ✓ {success}
      </p>
    );
  }
  if (state.ok !== false || !state.code) return null;
  return (
    <p role="alert" className="rounded border-s-4 border-accent bg-accent-soft px-3 py-2 text-accent">
      {t(state.code)}
    </p>
  );
}

/** The message for one field, if the server flagged it. */
export function FieldError({ state, name, id }: { state: FormState; name: string; id: string }) {
  const t = useTranslations("articles.fieldErrors");
  if (!state.fields?.[name]) return null;
  return (
    <p id={id} className="mt-1 text-sm text-accent">
      {t.has(name) ? t(name) : state.fields[name]}
    </p>
  );
}
