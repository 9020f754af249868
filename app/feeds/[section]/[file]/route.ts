import { findVisibleSection } from "@/server/public/section-lookup";
import { FEED_CONTENT_TYPES, type FeedFormat } from "@/lib/site/feed-paths";
import { siteFeed } from "@/server/public/feeds";

// Cached like the section's page, and made stale by the same changes.
export const revalidate = 3600; // PUBLIC_REVALIDATE_SECONDS; Next.js needs the number written here
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const FILES: Record<string, FeedFormat> = { "rss.xml": "rss", "atom.xml": "atom" };

/** One visible section's newest stories: /feeds/<section>/rss.xml and …/atom.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ section: string; file: string }> }) {
  const { section: param, file } = await params;
  const format = FILES[file];
  const found = format ? await findVisibleSection(param) : null;
  if (!format || !found || found.moved) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(await siteFeed(format, found.section), { headers: { "Content-Type": FEED_CONTENT_TYPES[format] } });
}
