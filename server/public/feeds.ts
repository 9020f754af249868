import "server-only";
import { storyPath } from "@/db/queries/public-stories";
import { env } from "@/lib/env";
import { SITE_LOCALE } from "@/lib/i18n/locale";
import { sectionName } from "@/lib/i18n/section-name";
import { documentToHtml } from "@/lib/richtext/html";
import { relatedStoryIds } from "@/lib/richtext/related";
import { buildFeeds, FEED_MAX_ITEMS, type FeedItem } from "@/lib/site/feed";
import { feedPath, type FeedFormat } from "@/lib/site/feed-paths";
import { absoluteUrl } from "@/lib/site/public-url";
import { formatStoryTime } from "@/lib/time/format";
import { bylineNames, latestStoryIds, publicStory, sectionsById, sectionStoryPage, storyCards, type Section } from "./cached-data";
import { publicBaseUrl } from "./public-base";
import { mediaPublicBase } from "../media/public-base";
import { bodyPicturesFrom } from "../media/readers-pictures";
import { resolveRelated } from "./related-links";
import { siteTranslations } from "./site-i18n";

/** Where a feed reader fetches pictures: a CDN as it is, this app's own /media under the site's address. */
function absoluteMediaBase(base: string): string {
  const media = mediaPublicBase();
  return media.startsWith("/") ? absoluteUrl(base, media) : media;
}

/** One story as a feed item: its full text rendered as on its page, every link in it absolute. */
async function feedItem(id: string, base: string): Promise<FeedItem | null> {
  const story = await publicStory(id);
  if (!story?.publishedAt) return null;
  const [[section], authors, related] = await Promise.all([
    sectionsById([story.sectionId]),
    bylineNames(story.authorIds),
    resolveRelated(relatedStoryIds(story.body), { cards: storyCards, sections: sectionsById }),
  ]);
  if (!section) return null;
  const absolute = new Map([...related].map(([key, link]) => [key, { ...link, href: absoluteUrl(base, link.href) }]));
  const names = new Map(authors.map((a) => [a.id, a.name]));
  const url = absoluteUrl(base, storyPath({ sectionSlug: section.slug, slug: story.slug }));
  return {
    // The address a story was first published at may change; its id never does.
    id: `${absoluteUrl(base, "/")}#story-${story.id}`,
    url,
    headline: story.headline,
    summary: story.dek,
    contentHtml: documentToHtml(story.body, story.language, absolute, bodyPicturesFrom(story.bodyPictures, absoluteMediaBase(base))),
    language: story.language,
    section: sectionName(section, story.language),
    authors: story.authorIds.flatMap((a) => names.get(a) ?? []),
    publishedAt: new Date(story.publishedAt),
    updatedAt: new Date(story.updatedAt),
    corrections: story.corrections.map((c) => ({ text: c.text, at: new Date(c.at) })),
  };
}

/**
 * The newest stories of the site, or of one section, as RSS 2.0 or Atom:
 * full text with the summary beside it. Built from the same cached reads as
 * the pages, so the same changes make it stale.
 */
export async function siteFeed(format: FeedFormat, section?: Section): Promise<string> {
  const base = publicBaseUrl();
  const ids = section ? (await sectionStoryPage(section.id, null, FEED_MAX_ITEMS)).ids : await latestStoryIds(FEED_MAX_ITEMS);
  const [t, items] = await Promise.all([siteTranslations("site"), Promise.all(ids.map((id) => feedItem(id, base)))]);
  const stories = items.filter((item): item is FeedItem => item !== null);
  const zone = env().NEWSROOM_TIMEZONE;
  const feeds = buildFeeds(
    {
      title: section ? `${sectionName(section, SITE_LOCALE)} · ${t("name")}` : t("name"),
      description: t("tagline"),
      language: SITE_LOCALE,
      homeUrl: absoluteUrl(base, section ? `/${encodeURIComponent(section.slug)}` : "/"),
      feedUrls: { rss: absoluteUrl(base, feedPath("rss", section)), atom: absoluteUrl(base, feedPath("atom", section)) },
      updated: new Date(Math.max(0, ...stories.map((s) => s.updatedAt.getTime()))),
    },
    stories,
    { correctionLabel: (at, language) => `${t("correction")} (${formatStoryTime(at, language, zone)})` },
  );
  return feeds[format];
}
