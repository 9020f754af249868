import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "next-intl/server";
import { BreakingBar } from "@/components/public/breaking-bar";
import { SearchForm } from "@/components/public/search-form";
import { SectionNav } from "@/components/public/section-nav";
import { SiteIntlProvider } from "@/components/public/site-intl-provider";
import { env } from "@/lib/env";
import { directionOf, SITE_LOCALE } from "@/lib/i18n/locale";
import { feedPath } from "@/lib/site/feed-paths";
import { siteTranslations } from "@/server/public/site-i18n";
import { naskhArabic, naskhLatin, sansArabic, sansLatin } from "../fonts";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await siteTranslations("site");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    // Feed readers find the site's feeds from any of its pages.
    alternates: {
      types: {
        "application/rss+xml": [{ url: feedPath("rss"), title: t("name") }],
        "application/atom+xml": [{ url: feedPath("atom"), title: t("name") }],
      },
    },
  };
}

/**
 * The readers' site. A root layout of its own that reads no session, cookie or
 * header, so every public page is a pure function of published data: rendered
 * once, cached, and invalidated when that data changes (server/public/).
 */
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [t, messages] = await Promise.all([siteTranslations("site"), getMessages({ locale: SITE_LOCALE })]);
  return (
    <html
      lang={SITE_LOCALE}
      dir={directionOf(SITE_LOCALE)}
      className={`${sansLatin.variable} ${sansArabic.variable} ${naskhLatin.variable} ${naskhArabic.variable}`}
    >
      <body className="min-h-screen font-sans antialiased">
        <div className="flex min-h-screen flex-col">
          <header className="border-b-4 border-accent bg-white">
            <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-3 px-4 py-5">
              <div className="flex flex-wrap items-baseline gap-x-4">
                <Link href="/" className="font-serif text-3xl font-bold text-accent">
                  {t("name")}
                </Link>
                <p className="text-sm text-stone-600">{t("tagline")}</p>
              </div>
              <div className="w-full sm:w-72 print:hidden">
                <SearchForm />
              </div>
            </div>
            <SectionNav />
          </header>
          <BreakingBar />
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            {/* Only what the site's client components say is sent to the browser: the error boundary's words. */}
            <SiteIntlProvider locale={SITE_LOCALE} timeZone={env().NEWSROOM_TIMEZONE} messages={{ error: messages.error }}>
              {children}
            </SiteIntlProvider>
          </main>
          <footer className="border-t border-stone-200 py-6 text-center text-sm text-stone-500 print:hidden">
            <p>{t("name")}</p>
            <p className="mt-2">
              <Link href="/corrections" className="underline">
                {t("correctionsLink")}
              </Link>
            </p>
          </footer>
        </div>
      </body>
    </html>
  );
}
