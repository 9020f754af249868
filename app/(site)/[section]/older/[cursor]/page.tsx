import type { Metadata } from "next";
import { SectionStories } from "@/components/public/section-stories";
import { findVisibleSection } from "@/server/public/section-lookup";
import { SITE_LOCALE } from "@/lib/i18n/locale";
import { sectionName } from "@/lib/i18n/section-name";
import { siteTranslations } from "@/server/public/site-i18n";

// Cached like the section's first page, and made stale by the same changes.
export const revalidate = 3600; // PUBLIC_REVALIDATE_SECONDS; Next.js needs the number written here
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ section: string; cursor: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [found, t] = await Promise.all([findVisibleSection((await params).section), siteTranslations("site")]);
  // Pages of older stories are for readers; search engines find every story through the sitemaps.
  return found ? { title: `${sectionName(found.section, SITE_LOCALE)} · ${t("olderStories")}`, robots: { index: false, follow: true } } : {};
}

export default async function OlderSectionStories({ params }: Params) {
  const { section, cursor } = await params;
  return <SectionStories param={section} cursor={cursor} />;
}
