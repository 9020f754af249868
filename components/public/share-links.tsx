import { SITE_LOCALE, directionOf } from "@/lib/i18n/locale";
import { shareLinks } from "@/lib/site/share-links";
import { siteTranslations } from "@/server/public/site-i18n";

/**
 * Sharing without anyone's script: plain links to each service's own share
 * address, and the story's address itself to copy. Not printed.
 */
export async function ShareLinks({ url, headline }: { url: string; headline: string }) {
  const t = await siteTranslations("site");
  const links = shareLinks({ url, headline });
  const services = [
    ["whatsapp", "WhatsApp"],
    ["telegram", "Telegram"],
    ["x", "X"],
    ["facebook", "Facebook"],
  ] as const;
  return (
    <nav aria-label={t("share")} lang={SITE_LOCALE} dir={directionOf(SITE_LOCALE)} className="mt-10 border-t border-stone-200 pt-4 text-sm print:hidden">
      <h2 className="font-semibold text-stone-700">{t("share")}</h2>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
        {services.map(([key, name]) => (
          <li key={key}>
            <a href={links[key]} rel="noopener noreferrer" target="_blank" className="text-accent underline">
              {name}
            </a>
          </li>
        ))}
        <li>
          <a href={links.email} className="text-accent underline">
            {t("shareEmail")}
          </a>
        </li>
      </ul>
      <label className="mt-3 block text-stone-600">
        {t("storyAddress")}
        <input readOnly value={url} dir="ltr" className="mt-1 block w-full rounded border border-stone-300 bg-stone-50 px-2 py-1 font-mono text-xs" />
      </label>
    </nav>
  );
}
