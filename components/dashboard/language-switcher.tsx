import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locale";
import { setLocaleAction } from "@/server/actions/locale";

/** Offers the other UI language; the choice is saved on the account and in a cookie. */
export async function LanguageSwitcher({ current }: { current: Locale }) {
  const t = await getTranslations("language");
  const other: Locale = current === "ar" ? "en" : "ar";
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other} />
      <button type="submit" lang={other} title={t("switchTo")} className="rounded border border-white/40 px-3 py-1 text-sm hover:bg-white/10">
        {t(other)}
      </button>
    </form>
  );
}
