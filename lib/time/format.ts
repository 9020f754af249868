import type { Locale } from "../i18n/locale";

// Western digits in Arabic text, as the desk writes them («2018», «06/17»).
export const INTL_LOCALE: Record<Locale, string> = { ar: "ar-EG-u-nu-latn", en: "en-GB" };

/** A story time as readers see it, in the newsroom's time zone. */
export function formatStoryTime(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone,
  }).format(date);
}
