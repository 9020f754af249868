import type { Locale } from "../i18n/locale";
import { requireAbsoluteUrl } from "./public-url";
import { truncateAtWord } from "./truncate";

/** Link previews show about two lines of description; X cuts its card's at 200 characters. */
export const PREVIEW_DESCRIPTION_MAX = 200;

/** The Open Graph locale of a story's language (Facebook's list names Arabic `ar_AR`). */
export function openGraphLocale(language: Locale): "ar_AR" | "en_US" {
  return language === "ar" ? "ar_AR" : "en_US";
}

export type ArticlePreview = {
  title: string;
  description: string | null;
  url: string;
  siteName: string;
  locale: "ar_AR" | "en_US";
  type: "article";
  publishedTime: string;
  modifiedTime: string;
  section: string;
  twitter: { card: "summary"; title: string; description: string | null };
};

/**
 * What chat apps and social sites show for a story's link (Open Graph and X card data), as plain
 * data for the page to map into its metadata. `url` is the canonical address.
 */
export function articlePreview(story: {
  headline: string;
  summary: string | null;
  /** The body's opening paragraph: the description when there is no summary. */
  opening?: string | null;
  url: string;
  siteName: string;
  language: Locale;
  section: string;
  publishedAt: Date;
  updatedAt: Date;
}): ArticlePreview {
  const described = story.summary?.trim() || story.opening?.trim();
  const description = described ? truncateAtWord(described, PREVIEW_DESCRIPTION_MAX) : null;
  const title = story.headline.trim();
  return {
    title,
    description,
    url: requireAbsoluteUrl(story.url),
    siteName: story.siteName,
    locale: openGraphLocale(story.language),
    type: "article",
    publishedTime: story.publishedAt.toISOString(),
    modifiedTime: story.updatedAt.toISOString(),
    section: story.section,
    // No story has an image yet, and "summary" is the card that needs none.
    twitter: { card: "summary", title, description },
  };
}
