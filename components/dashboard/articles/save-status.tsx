"use client";

import { useTranslations } from "next-intl";
import type { AutosaveState } from "@/lib/autosave/queue";
import { useRefusalText } from "@/components/ui/refusal-text";

const TONE: Record<AutosaveState["status"], string> = {
  saved: "text-emerald-800",
  pending: "text-stone-600",
  saving: "text-stone-600",
  offline: "text-amber-800 font-semibold",
  conflict: "text-accent font-semibold",
  failed: "text-accent font-semibold",
};

/** Saved · Saving… · Offline — kept on this device · Conflict · Not saved: why. */
export function SaveStatus({ state }: { state: AutosaveState }) {
  const t = useTranslations("editor.status");
  const refusal = useRefusalText();
  const why = refusal(state.refusal) ?? "";
  const label = state.status === "failed" ? t("failed", { message: why }) : t(state.status === "pending" ? "saving" : state.status);
  return (
    <p role="status" aria-live="polite" data-testid="save-status" data-status={state.status} className={`text-sm ${TONE[state.status]}`}>
      {label}
    </p>
  );
}
