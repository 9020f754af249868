import "server-only";
import { storyPath } from "@/db/queries/public-stories";
import { absoluteUrl } from "@/lib/site/public-url";
import { parseSitemapPartName, planSitemapParts, SITEMAP_INDEX_PATH } from "@/lib/site/sitemap-plan";
import { NEWS_SITEMAP_MAX_URLS, NEWS_SITEMAP_WINDOW_MS, newsSitemapXml, sitemapIndexXml, urlsetXml } from "@/lib/site/sitemaps";
import { robotsTxt } from "@/lib/site/robots";
import { newsSitemapStories, sitemapMonths, sitemapStories } from "./cached-data";
import { publicBaseUrl } from "./public-base";
import { siteTranslations } from "./site-i18n";

async function months() {
  return (await sitemapMonths()).map((m) => ({ ...m, lastmod: new Date(m.lastmod) }));
}

/** /sitemap.xml: every monthly part and the news sitemap. */
export async function sitemapIndex(): Promise<string> {
  const all = await months();
  const newest = all.reduce<Date | null>((latest, m) => (!latest || m.lastmod > latest ? m.lastmod : latest), null);
  return sitemapIndexXml(publicBaseUrl(), all, { lastmod: newest });
}

/** One monthly part (`2026-11.xml`, `2026-11-2.xml`), or null when no such part exists. */
export async function sitemapPart(name: string): Promise<string | null> {
  const wanted = parseSitemapPartName(name);
  if (!wanted) return null;
  const part = planSitemapParts(await months()).find((p) => p.year === wanted.year && p.month === wanted.month && p.part === wanted.part);
  if (!part) return null;
  const base = publicBaseUrl();
  const stories = await sitemapStories(part.year, part.month, part.offset, part.limit);
  return urlsetXml(stories.map((s) => ({ url: absoluteUrl(base, storyPath(s)), lastmod: new Date(s.lastmod) })));
}

/** The Google News sitemap: what was first published in the last 48 hours. */
export async function newsSitemap(now: Date = new Date()): Promise<string> {
  const base = publicBaseUrl();
  const [t, stories] = await Promise.all([
    siteTranslations("site"),
    newsSitemapStories(new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS), NEWS_SITEMAP_MAX_URLS),
  ]);
  return newsSitemapXml(
    t("name"),
    stories.map((s) => ({ url: absoluteUrl(base, storyPath(s)), headline: s.headline, language: s.language, publishedAt: new Date(s.publishedAt) })),
    now,
  );
}

export function robots(): string {
  return robotsTxt(publicBaseUrl(), [SITEMAP_INDEX_PATH]);
}
