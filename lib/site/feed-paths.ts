export type FeedFormat = "rss" | "atom";

/** Where a feed lives: the whole site's, or one section's. */
export function feedPath(format: FeedFormat, section?: { slug: string }): string {
  return section ? `/feeds/${encodeURIComponent(section.slug)}/${format}.xml` : `/feeds/${format}.xml`;
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};
