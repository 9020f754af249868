import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { directionOf, isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locale";
import { naskhArabic, naskhLatin, sansArabic, sansLatin } from "../fonts";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

/**
 * The newsroom's own pages (desk, admin, sign-in): rendered per request in
 * the user's language. The public site has a root layout of its own, so that
 * nothing here (the session, cookies, headers) makes a reader's page dynamic.
 */
export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return (
    <html lang={locale} dir={directionOf(locale)} className={`${sansLatin.variable} ${sansArabic.variable} ${naskhLatin.variable} ${naskhArabic.variable}`}>
      <body className="min-h-screen font-sans antialiased">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
