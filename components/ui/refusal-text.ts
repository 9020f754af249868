"use client";

import { useTranslations } from "next-intl";
import type { Refusal } from "@/lib/errors";

/**
 * Turns the server's refusal codes into words in the reader's language
 * (i18n/refusals). A reason missing from the catalogue — a bug — shows as
 * its code rather than breaking the form.
 */
export function useRefusalText(): (refusal: Refusal | undefined) => string | undefined {
  const t = useTranslations("refusals");
  return (refusal) => {
    if (!refusal) return undefined;
    return t.has(refusal.reason) ? t(refusal.reason as never, refusal.params as never) : refusal.reason;
  };
}
