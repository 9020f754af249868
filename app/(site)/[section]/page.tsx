import type { Metadata } from "next";
import { SectionStories } from "@/components/public/section-stories";
import { findVisibleSection } from "@/server/public/section-lookup";
import { SITE_LOCALE } from "@/lib/i18n/locale";
import { sectionName } from "@/lib/i18n/section-name";
import { feedPath } from "@/lib/site/feed-paths";
import { siteTranslations } from "@/server/public/site-i18n";

// Rendered on a reader's first visit, then served from the cache until a change to what it shows (server/public/).
export const revalidate = 3600; // PUBLIC_REVALIDATE_SECONDS; Next.js needs the number written here
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [found, t] = await Promise.all([findVisibleSection((await params).section), siteTranslations("site")]);
  if (!found) return {};
  const name = sectionName(found.section, SITE_LOCALE);
  return {
    title: name,
    alternates: {
      // A page's alternates replace the layout's: the site's feeds are named again beside the section's.
      types: {
        "application/rss+xml": [
          { url: feedPath("rss", found.section), title: name },
          { url: feedPath("rss"), title: t("name") },
        ],
        "application/atom+xml": [
          { url: feedPath("atom", found.section), title: name },
          { url: feedPath("atom"), title: t("name") },
        ],
      },
    },
  };
}

export default async function SectionPage({ params }: Params) {
  return <SectionStories param={(await params).section} cursor={null} />;
}
