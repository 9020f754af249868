import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { Refusal } from "@/lib/errors";
import { paramWordsFrom, readableParams } from "@/lib/i18n/refusal-params";

/** Refusals in the reader's language, for server-rendered pages (forms use useRefusalText). */
export async function pageRefusalText(): Promise<(refusal: Refusal) => string> {
  const [t, names, locale] = await Promise.all([getTranslations("refusals"), getTranslations("fieldNames"), getLocale()]);
  const words = paramWordsFrom(names as unknown as Parameters<typeof paramWordsFrom>[0], locale);
  return (refusal) => {
    if (!t.has(refusal.reason)) return refusal.reason;
    const params = readableParams(refusal.params, words);
    return t(refusal.reason as never, params as never);
  };
}
