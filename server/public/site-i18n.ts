import "server-only";
import { getTranslations } from "next-intl/server";
import { SITE_LOCALE } from "@/lib/i18n/locale";

/**
 * The public site's words. The locale is named rather than looked up, so no
 * request header or cookie is read and the page can be rendered once.
 */
export function siteTranslations<N extends "site" | "notFound" | "error">(namespace: N) {
  return getTranslations({ locale: SITE_LOCALE, namespace });
}
