import type { Locale } from "../i18n/locale";
import { absoluteUrl, requireAbsoluteUrl } from "./public-url";
import { NEWS_SITEMAP_PATH, SITEMAP_MAX_URL_LENGTH, URLS_PER_SITEMAP_PART, planSitemapParts, type SitemapMonth } from "./sitemap-plan";
import { element, textElement, xmlDocument } from "./xml";

const SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

/** Google News reads stories from the last two days, at most 1,000 per sitemap. */
export const NEWS_SITEMAP_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_SITEMAP_MAX_URLS = 1_000;

/**
 * The sitemap index: every monthly part the months need (see `planSitemapParts`) and the
 * Google News sitemap, as absolute addresses under `base`.
 */
export function sitemapIndexXml(base: string, months: readonly SitemapMonth[], news: { lastmod: Date | null } = { lastmod: null }): string {
  const doc = xmlDocument();
  const root = doc.ele(SITEMAP, "sitemapindex");
  const newsEntry = element(root, "sitemap");
  textElement(newsEntry, "loc", absoluteUrl(base, NEWS_SITEMAP_PATH));
  if (news.lastmod) textElement(newsEntry, "lastmod", news.lastmod.toISOString());
  for (const part of planSitemapParts(months)) {
    textElement(textElement(element(root, "sitemap"), "loc", absoluteUrl(base, part.path)), "lastmod", part.lastmod.toISOString());
  }
  return doc.end();
}

/**
 * One monthly sitemap part. Addresses over the protocol's 2,048 characters are left out: a
 * crawler refuses them anyway, and the part's size estimate counts on none being longer.
 */
export function urlsetXml(entries: readonly { url: string; lastmod: Date }[]): string {
  if (entries.length > URLS_PER_SITEMAP_PART) throw new RangeError(`${entries.length} URLs do not fit one sitemap part (${URLS_PER_SITEMAP_PART})`);
  const doc = xmlDocument();
  const root = doc.ele(SITEMAP, "urlset");
  for (const { url, lastmod } of entries) {
    if (requireAbsoluteUrl(url).length > SITEMAP_MAX_URL_LENGTH) continue;
    textElement(textElement(element(root, "url"), "loc", url), "lastmod", lastmod.toISOString());
  }
  return doc.end();
}

export type NewsSitemapStory = { url: string; headline: string; language: Locale; publishedAt: Date };

/**
 * The Google News sitemap: stories first published within 48 hours of `now`, newest first, at most
 * 1,000. `publicationName` must be the name Google News knows the publication by.
 */
export function newsSitemapXml(publicationName: string, stories: readonly NewsSitemapStory[], now: Date): string {
  const since = now.getTime() - NEWS_SITEMAP_WINDOW_MS;
  const recent = stories
    .filter((s) => s.publishedAt.getTime() >= since)
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, NEWS_SITEMAP_MAX_URLS);
  const doc = xmlDocument();
  const root = doc.ele(SITEMAP, "urlset", { "xmlns:news": NEWS });
  for (const story of recent) {
    const url = textElement(element(root, "url"), "loc", requireAbsoluteUrl(story.url));
    const news = element(url, "news:news");
    textElement(textElement(element(news, "news:publication"), "news:name", publicationName), "news:language", story.language);
    textElement(news, "news:publication_date", story.publishedAt.toISOString());
    textElement(news, "news:title", story.headline);
  }
  return doc.end();
}
