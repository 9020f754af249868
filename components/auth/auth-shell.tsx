import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/dashboard/language-switcher";
import { isLocale } from "@/lib/i18n/locale";

/** The frame of the signed-out pages (sign-in, setting a password): the brand, the language, one narrow column. */
export async function AuthShell({ children }: { children: React.ReactNode }) {
  const [brand, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between bg-ink px-6 py-3 text-white">
        <span className="font-serif text-xl font-bold">{brand("brand")}</span>
        <LanguageSwitcher current={isLocale(locale) ? locale : "ar"} />
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-6 py-16">
        {children}
      </main>
    </div>
  );
}
