import ar from "@/i18n/messages/ar.json";
import en from "@/i18n/messages/en.json";
import { SITE_LOCALE } from "@/lib/i18n/locale";
import { statusPage } from "./status-page";

/**
 * The answer at the address of a story taken off the site: 410 Gone, so that
 * search engines drop it, with a short page in the site's language. Shared
 * caches may keep it as briefly as any public page.
 */
export function gonePage(): Response {
  const t = { ar: ar.gone, en: en.gone }[SITE_LOCALE];
  return statusPage({
    locale: SITE_LOCALE,
    status: 410,
    title: t.title,
    paragraphs: [t.body, `<a href="/">${t.home}</a>`],
    headers: { "Cache-Control": "s-maxage=3600" },
  });
}
