"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Refusal } from "@/lib/errors";
import { paramWordsFrom, readableParams } from "@/lib/i18n/refusal-params";

/**
 * Turns the server's refusal codes into words in the reader's language
 * (i18n/refusals), with field keys and body paths named as the form names
 * them. A reason missing from the catalogue — a bug — shows as its code
 * rather than breaking the form.
 */
export function useRefusalText(): (refusal: Refusal | undefined) => string | undefined {
  const t = useTranslations("refusals");
  const names = useTranslations("fieldNames");
  const locale = useLocale();
  const words = paramWordsFrom(names as unknown as Parameters<typeof paramWordsFrom>[0], locale);
  return (refusal) => {
    if (!refusal) return undefined;
    if (!t.has(refusal.reason)) return refusal.reason;
    const params = readableParams(refusal.params, words);
    return t(refusal.reason as never, params as never);
  };
}
