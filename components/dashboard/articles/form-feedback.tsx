"use client";

import { useTranslations } from "next-intl";
import { useRefusalText } from "@/components/ui/refusal-text";
import type { FormState } from "@/server/actions/articles";

/** The form-level outcome: success in words, or the error for its code. */
export function FormFeedback({ state, success }: { state: FormState; success?: string }) {
  const t = useTranslations("articles.errors");
  const refusal = useRefusalText();
  if (state.ok && success) {
    return (
      <p role="status" className="rounded border-s-4 border-emerald-600 bg-emerald-50 px-3 py-2 text-emerald-900">
        ✓ {success}
      </p>
    );
  }
  if (state.ok !== false || !state.code) return null;
  // The form's own code says what happened in general; a field's refusal is shown at the field.
  return (
    <p role="alert" className="rounded border-s-4 border-accent bg-accent-soft px-3 py-2 text-accent">
      {state.fields || !state.refusal ? t(state.code) : refusal(state.refusal)}
    </p>
  );
}
