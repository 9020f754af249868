import type { Metadata } from "next";
import { StatusMessage } from "@/components/ui/status-message";
import { directionOf, SITE_LOCALE } from "@/lib/i18n/locale";
import { siteTranslations } from "@/server/public/site-i18n";
import { naskhArabic, naskhLatin, sansArabic, sansLatin } from "./fonts";
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
    <html
      lang={SITE_LOCALE}
      dir={directionOf(SITE_LOCALE)}
      className={`${sansLatin.variable} ${sansArabic.variable} ${naskhLatin.variable} ${naskhArabic.variable}`}
    >
      <body className="min-h-screen font-sans antialiased">
        <main id="main" className="py-8">
          <StatusMessage code="404" title={t("title")} body={t("body")} action={{ href: "/", label: t("home") }} />
        </main>
      </body>
    </html>
  );
}
