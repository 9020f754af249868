import type { Metadata } from "next";
import Link from "next/link";
import { directionOf, SITE_LOCALE } from "@/lib/i18n/locale";
import { siteTranslations } from "@/server/public/site-i18n";
import { naskhArabic, sansArabic } from "./fonts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await siteTranslations("notFound");
  return { title: t("title") };
}

/**
 * Addresses no route matches. The public site and the desk have root layouts
 * of their own, so this page brings its own document, in the site's language.
 */
export default async function GlobalNotFound() {
  const t = await siteTranslations("notFound");
  return (
    <html lang={SITE_LOCALE} dir={directionOf(SITE_LOCALE)} className={`${sansArabic.variable} ${naskhArabic.variable}`}>
      <body className="min-h-screen font-sans antialiased">
        <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
          <p className="text-6xl font-bold text-accent" aria-hidden>
            404
          </p>
          <h1 className="mt-4 text-2xl font-bold">{t("title")}</h1>
          <p className="mt-3 text-stone-600">{t("body")}</p>
          <Link href="/" className="mt-6 inline-block rounded bg-ink px-4 py-2 text-white">
            {t("home")}
          </Link>
        </main>
      </body>
    </html>
  );
}
