import { createTranslator } from "next-intl";
import { REFUSAL_MESSAGES } from "@/i18n/refusals/catalogue";
import type { FieldErrors, Refusal } from "@/lib/errors";
import { negotiateLocale, type Locale } from "@/lib/i18n/locale";

const translators = {
  ar: createTranslator({ locale: "ar", messages: { refusals: REFUSAL_MESSAGES.ar }, namespace: "refusals" }),
  en: createTranslator({ locale: "en", messages: { refusals: REFUSAL_MESSAGES.en }, namespace: "refusals" }),
};

/** A refusal in words, for the JSON API (the desk's forms translate on the client with the same catalogue). */
export function refusalText(refusal: Refusal, locale: Locale): string {
  const t = translators[locale] as unknown as { has: (key: string) => boolean; (key: string, params?: Refusal["params"]): string };
  return t.has(refusal.reason) ? t(refusal.reason, refusal.params) : refusal.reason;
}

export function fieldTexts(fields: FieldErrors, locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([name, refusal]) => [name, refusalText(refusal, locale)]));
}

/** The API speaks English unless the request asks for Arabic: scripts rarely say which language they read. */
export function apiLocale(request: Request | null): Locale {
  return negotiateLocale(request?.headers.get("accept-language")) ?? "en";
}
